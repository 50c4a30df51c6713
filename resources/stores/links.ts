// Payment links: records and the state machine of specs/payment-link-status.yaml. Paying a link (an
// emulator control standing in for the customer) creates a payment through the payments module.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import { loadSpecs } from '../../lib/specs.js';
import type { Clock } from '../clock.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';
import type { Payments } from './payments.js';

interface LinkRec {
  code: string;
  body: Json;
  status: string;
  one_time_use: boolean;
  payments_number: number;
  finishAt?: number;
  payments: string[];
}

export class Links {
  readonly records = new Map<string, LinkRec>();
  private readonly specs = loadSpecs();

  constructor(
    private readonly clock: Clock,
    private readonly payments: Payments,
  ) {}

  private transition(id: string): { to: string } {
    const t = this.specs.linkStatus.transitions.find((x) => x.id === id);
    if (!t) throw new Error(`specs/payment-link-status.yaml has no transition ${id}`);
    return t;
  }

  /** Time-driven changes, applied when a link is read: past availability.finish_at it expires. */
  private tick(l: LinkRec): void {
    if (
      l.status === 'CREATED' &&
      l.finishAt !== undefined &&
      this.clock.now() >= l.finishAt &&
      enforces('link-transition', { transition: 'expire' })
    )
      l.status = this.transition('expire').to;
  }

  /** The refusal when the link table forbids an action from the link's status. */
  private forbidden(l: LinkRec, action: 'cancel' | 'pay'): Result | undefined {
    const rule = this.specs.linkStatus.forbidden.find((f) => f.from.includes(l.status) && f.action === action);
    if (!rule || !enforces('link-transition-forbidden', { action, from: l.status })) return undefined;
    return refuse(
      'link-transition-forbidden',
      `The payment link is ${l.status}; it cannot be ${action === 'cancel' ? 'canceled' : 'paid'}.`,
      'INVALID_STATUS',
    );
  }

  private find(code: string): LinkRec | Result {
    const l = this.records.get(code);
    if (!l) return err(404, 'NOT_FOUND', `No payment link has code ${code}.`);
    this.tick(l);
    return l;
  }

  /** The link as the docs' examples show it: create names it by id, retrieve and cancel by code. */
  private answer(l: LinkRec, withId = false): Json {
    const out: Json = {
      ...l.body,
      code: l.code,
      status: l.status,
      payments_number: l.payments_number,
      one_time_use: l.one_time_use,
      payments: l.payments.length ? l.payments.map((id) => ({ id })) : null,
      organization_code: l.body.account_id,
      account_code: l.body.account_id,
    };
    if (withId) out.id = l.code;
    return out;
  }

  create(body: Json): Result {
    const code = randomUUID();
    const availability = body.availability as { start_at?: string; finish_at?: string } | undefined;
    const l: LinkRec = {
      code,
      status: 'CREATED',
      one_time_use: body.one_time_use !== false,
      payments_number: 0,
      finishAt: availability?.finish_at ? Date.parse(availability.finish_at) : undefined,
      payments: [],
      body: {
        country: body.country,
        description: body.description ?? null,
        merchant_order_id: body.merchant_order_id ?? null,
        amount: body.amount,
        capture: body.capture ?? true,
        payment_method_types: body.payment_method_types,
        availability: availability ?? null,
        account_id: body.account_id,
        metadata: body.metadata ?? null,
        callback_url: body.callback_url ?? null,
        split_payment_methods: body.split_payment_methods ?? false,
        installments_plan: body.installments_plan ?? null,
        customer_payer: body.customer_payer ?? null,
        taxes: body.taxes ?? null,
        additional_data: body.additional_data ?? { airline: null, order: null, seller_details: null },
        merchant_image: '',
        checkout_url: `https://checkout.sandbox.y.uno/payment?session=${randomUUID()}`,
      },
    };
    this.records.set(code, l);
    return ok(this.answer(l, true));
  }

  retrieve(code: string): Result {
    const l = this.find(code);
    return 'code' in l ? ok(this.answer(l)) : l;
  }

  cancel(code: string): Result {
    const l = this.find(code);
    if (!('code' in l)) return l;
    const refused = this.forbidden(l, 'cancel');
    if (refused) return refused;
    const before = l.status;
    l.status = this.transition('cancel').to;
    const answer = this.answer(l);
    // Fault canceled-link-served: the answer says canceled, the link is served on as it was.
    if (!enforces('resource-ended', { resource: 'link' })) l.status = before;
    return ok(answer);
  }

  /** A customer pays the link with a card: a payment is created, and the link moves as the table says. */
  pay(code: string, cardNumber: string): Result {
    const l = this.find(code);
    if (!('code' in l)) return l;
    const refused = this.forbidden(l, 'pay');
    if (refused) return refused;
    const res = this.payments.create(
      {
        account_id: l.body.account_id,
        description: l.body.description ?? 'payment link',
        country: l.body.country,
        merchant_order_id: l.body.merchant_order_id ?? code,
        amount: l.body.amount,
        payment_method: { type: 'CARD', detail: { card: { capture: true, card_data: { number: cardNumber } } } },
      },
      null,
      code,
    );
    const payment = res.body as Json;
    if (res.status < 300 && payment.status === 'SUCCEEDED') {
      l.payments_number++;
      l.payments.push(String(payment.id));
      l.status = this.transition(l.one_time_use ? 'pay-one-time' : 'pay-multi-use').to;
    }
    return res;
  }
}
