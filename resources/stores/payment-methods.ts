// Customer sessions, enrollment and stored payment methods (the checkout workflow and the direct
// one), with the status table of specs/payment-method-status.yaml: a session enrolls a method
// READY_TO_ENROLL that the customer completes (an emulator control standing in for the SDK) to
// ENROLLED; the direct workflow enrolls a card ENROLLED at once, with its vaulted_token; unenroll
// makes it UNENROLLED, and a payment with it is then refused. Enrollments and unenrollments send
// enrollment.* events. Refusals come from the rule registry.
import { randomUUID } from 'node:crypto';
import { currentFaults, enforces } from '../../emulator/faults.js';
import { loadSpecs } from '../../lib/specs.js';
import type { Clock } from '../clock.js';
import { describeCard } from '../gateway.js';
import { err, type Json, ok, type PendingEvent, type Result, refuse } from '../result.js';
import type { Customers } from './customers.js';

export interface PaymentMethodRec {
  id: string;
  vaulted_token: string;
  customer_id: string;
  account_id: string;
  country: string;
  type: string;
  status: string;
  workflow: 'CHECKOUT' | 'DIRECT';
  created_at: string;
  updated_at: string;
  session: string | null;
  card: Json | null;
  /** The card number the method pays with (never answered). */
  number: string | null;
  verify: Json | null;
  callback_url: string | null;
}

interface SessionRec {
  customer_session: string;
  customer_id: string;
  country: string;
  callback_url: string | null;
  checkout_id: string | null;
  created_at: string;
}

/** The payment methods a customer session offers to enroll (the merchant's checkout configuration). */
const ENROLLABLE = [
  { name: 'Card', type: 'CARD', category: 'CARD', icon: 'https://icons.prod.y.uno/card_logosimbolo.png' },
  {
    name: 'Nu Pay',
    type: 'NU_PAY_ENROLLMENT',
    category: 'WALLET',
    icon: 'https://icons.prod.y.uno/nu_pay_logosimbolo.png',
  },
];

/** The icon Yuno's checkout shows for a method (a card by its brand), as the docs' lists give it. */
export function iconOf(type: string, brand?: unknown): string {
  if (type === 'CARD')
    return `https://icons.prod.y.uno/${typeof brand === 'string' ? brand.toLowerCase() : 'card'}_logosimbolo.png`;
  return `https://icons.prod.y.uno/${type.toLowerCase().replace(/_enrollment$|_enrollable$/, '')}_logosimbolo.png`;
}

/** A verification payment for an enrollment with verify.vault_on_success: its answer and events. */
export type Verify = (pm: PaymentMethodRec, currency: string) => Result;

export class PaymentMethods {
  readonly records = new Map<string, PaymentMethodRec>();
  private readonly sessions = new Map<string, SessionRec>();
  private readonly specs = loadSpecs();

  constructor(
    private readonly clock: Clock,
    private readonly customers: Customers,
  ) {}

  private transition(id: string): { from: string[]; to: string; webhook?: string } {
    const t = this.specs.paymentMethodStatus.transitions.find((x) => x.id === id);
    if (!t) throw new Error(`specs/payment-method-status.yaml has no transition ${id}`);
    return t;
  }

  /** Whether the status table allows a transition from the method's status. */
  private allowed(transition: string, pm: PaymentMethodRec): boolean {
    return this.transition(transition).from.includes(pm.status);
  }

  /** Applies a transition; its webhook event (if the table names one) reports the method after it. */
  private move(pm: PaymentMethodRec, transition: string): PendingEvent[] {
    const t = this.transition(transition);
    pm.status = t.to;
    pm.updated_at = this.clock.iso();
    return t.webhook
      ? [{ typeEvent: t.webhook, data: { payment_method: this.answer(pm) }, faults: currentFaults() }]
      : [];
  }

  /** A payment method as the docs' examples show it (checkout and direct workflows alike). */
  answer(pm: PaymentMethodRec): Json {
    const ready = pm.status === 'READY_TO_ENROLL';
    return {
      id: pm.id,
      idempotency_key: null,
      account_id: pm.account_id,
      name: pm.type === 'CARD' && pm.card ? `${String(pm.card.brand)} ****${String(pm.card.lfd)}` : pm.type,
      description: pm.type === 'CARD' && pm.card ? `${String(pm.card.brand)} ****${String(pm.card.lfd)}` : pm.type,
      type: pm.type,
      category: pm.type === 'CARD' ? 'CARD' : 'BANK_TRANSFER',
      country: pm.country,
      vaulted_token: ready ? null : pm.vaulted_token,
      customer_id: pm.customer_id,
      status: pm.status,
      sub_status: null,
      callback_url: pm.callback_url,
      action: null,
      redirect_url: null,
      parent_type: null,
      preferred: false,
      last_successfully_used: null,
      last_successfully_used_at: null,
      enrollment: { session: pm.session ?? '', sdk_required_action: ready },
      customer_payer: this.payerOf(pm.customer_id),
      card_data: ready || !pm.card ? null : { ...pm.card, issuer: pm.card.issuer_name ?? null },
      // The vault that keeps the method: Yuno's own, as every docs example shows (its token once enrolled).
      provider: { id: 'YUNO', type: 'YUNO', token: ready ? null : pm.vaulted_token, provider_status: null },
      verify: pm.verify ?? { vault_on_success: false, currency: null, payment: null },
      created_at: pm.created_at,
      updated_at: pm.updated_at,
    };
  }

  /** The owner as the docs' examples show it on a payment method (customer_payer). */
  private payerOf(customerId: string): Json | null {
    const c = this.customers.records.get(customerId);
    if (!c) return null;
    const pick = (k: string): unknown => c[k] ?? null;
    return {
      first_name: pick('first_name'),
      last_name: pick('last_name'),
      email: pick('email'),
      gender: pick('gender'),
      date_of_birth: pick('date_of_birth'),
      document: pick('document'),
      phone: pick('phone'),
      billing_address: pick('billing_address'),
    };
  }

  private find(id: string, customerId?: string): PaymentMethodRec | Result {
    const pm = this.records.get(id) ?? [...this.records.values()].find((x) => x.vaulted_token === id);
    if (!pm || (customerId !== undefined && pm.customer_id !== customerId)) {
      return refuse(
        'unknown-payment-method',
        `No payment method ${id}${customerId ? ` for customer ${customerId}` : ''}.`,
        'PAYMENT_METHOD_NOT_FOUND',
      );
    }
    return pm;
  }

  private customerExists(id: unknown): boolean {
    return typeof id === 'string' && this.customers.records.has(id);
  }

  private noCustomer(id: unknown): Result {
    return refuse('unknown-customer', `No customer has id ${String(id)}.`, 'CUSTOMER_NOT_FOUND');
  }

  // ---- customer sessions (checkout workflow) -----------------------------------------------

  createSession(body: Json): Result {
    if (!this.customerExists(body.customer_id)) return this.noCustomer(body.customer_id);
    const s: SessionRec = {
      customer_session: randomUUID(),
      customer_id: String(body.customer_id),
      country: String(body.country),
      callback_url: typeof body.callback_url === 'string' ? body.callback_url : null,
      checkout_id: typeof body.checkout_id === 'string' ? body.checkout_id : null,
      created_at: this.clock.iso(),
    };
    this.sessions.set(s.customer_session, s);
    return ok({ ...s }, 201);
  }

  private session(id: string): SessionRec | Result {
    return this.sessions.get(id) ?? refuse('unknown-customer-session', `No customer session ${id}.`);
  }

  enrollable(sessionId: string): Result {
    const s = this.session(sessionId);
    if (!('customer_session' in s)) return s;
    return ok({
      payment_methods: ENROLLABLE.map((m) => ({
        ...m,
        description: m.name,
        enrollment: { session: sessionId, sdk_required_action: true },
      })),
    });
  }

  enrollInSession(sessionId: string, body: Json): Result {
    const s = this.session(sessionId);
    if (!('customer_session' in s)) return s;
    const t = this.clock.iso();
    const pm: PaymentMethodRec = {
      id: randomUUID(),
      vaulted_token: randomUUID(),
      customer_id: s.customer_id,
      account_id: String(body.account_id),
      country: String(body.country),
      type: String(body.payment_method_type),
      status: 'CREATED',
      workflow: 'CHECKOUT',
      created_at: t,
      updated_at: t,
      session: sessionId,
      card: null,
      number: null,
      verify: null,
      callback_url: s.callback_url,
    };
    this.move(pm, 'enroll-session');
    this.records.set(pm.id, pm);
    return ok(this.answer(pm), 201);
  }

  /**
   * The customer completes a checkout enrollment (an emulator control stands in for the SDK). The
   * same card enrolled again replaces the earlier method (replace-on-reenroll).
   */
  complete(id: string, card: { number?: string; holder_name?: string } = {}): Result {
    const pm = this.find(id);
    if (!('id' in pm)) return pm;
    if (!this.allowed('complete-session-enrollment', pm))
      return err(
        400,
        'PAYMENT_METHOD_STATUS_INVALID',
        `The payment method is ${pm.status}; only a READY_TO_ENROLL one can be completed.`,
      );
    const number = card.number ?? '4507990000000002';
    const events: PendingEvent[] = [];
    for (const other of this.records.values()) {
      if (
        other !== pm &&
        other.workflow === 'CHECKOUT' &&
        other.customer_id === pm.customer_id &&
        other.number === number &&
        this.allowed('replace-on-reenroll', other)
      )
        events.push(...this.move(other, 'replace-on-reenroll'));
    }
    pm.number = number;
    pm.card = describeCard(number, card.holder_name ?? 'John Doe', 12, 30);
    pm.type = 'CARD';
    events.push(...this.move(pm, 'complete-session-enrollment'));
    return ok(this.answer(pm), 200, events);
  }

  retrieve(id: string): Result {
    const pm = this.find(id);
    return 'id' in pm ? ok(this.answer(pm)) : pm;
  }

  private unenrollRec(pm: PaymentMethodRec, transition: 'unenroll' | 'unenroll-session'): Result {
    // The docs say unenroll turns an ENROLLED method UNENROLLED; from any other status they are silent
    // (specs/payment-method-status.yaml, open): the emulator refuses it, and no test asserts how.
    if (!this.allowed(transition, pm))
      return err(400, 'PAYMENT_METHOD_STATUS_INVALID', `The payment method is ${pm.status}; it cannot be unenrolled.`);
    const before = pm.status;
    const events = this.move(pm, transition);
    const answer = this.answer(pm);
    // Fault unenrolled-method-served: the answer says unenrolled, the method is served on as it was.
    if (!enforces('resource-ended', { resource: 'payment_method' })) pm.status = before;
    return ok(answer, 200, events);
  }

  unenrollInSession(id: string): Result {
    const pm = this.find(id);
    return 'id' in pm ? this.unenrollRec(pm, 'unenroll-session') : pm;
  }

  // ---- direct workflow -----------------------------------------------------------------------

  enroll(customerId: string, body: Json, verify: Verify): Result {
    if (!this.customerExists(customerId)) return this.noCustomer(customerId);
    const type = String(body.type);
    const t = this.clock.iso();
    const card = (body.card_data ?? {}) as Json;
    const method = (body.payment_method ?? {}) as Json;
    const number = typeof card.number === 'string' ? card.number : null;
    const pm: PaymentMethodRec = {
      // The direct workflow's answers identify the method by its vaulted_token (its examples carry no other id).
      id: '',
      vaulted_token: randomUUID(),
      customer_id: customerId,
      account_id: String(body.account_id),
      country: String(body.country),
      type,
      status: 'CREATED',
      workflow: 'DIRECT',
      created_at: t,
      updated_at: t,
      session: null,
      card:
        type === 'CARD' && number
          ? describeCard(number, card.holder_name, card.expiration_month, card.expiration_year)
          : null,
      number,
      verify: null,
      callback_url: typeof body.callback_url === 'string' ? body.callback_url : null,
    };
    pm.id = pm.vaulted_token;
    const events = this.move(
      pm,
      type === 'CARD' ? 'enroll-card' : method.vault_only === true ? 'enroll-vault-only' : 'enroll-ach',
    );
    const v = body.verify as Json | undefined;
    if (type === 'CARD' && v?.vault_on_success === true) {
      const currency = typeof v.currency === 'string' ? v.currency : 'USD';
      const payment = verify(pm, currency);
      pm.verify = { vault_on_success: true, currency, payment: payment.body };
      events.push(...(payment.events ?? []));
    }
    this.records.set(pm.id, pm);
    const answer = this.answer(pm);
    if (pm.status === 'READY_TO_ENROLL')
      Object.assign(answer, {
        action: 'REDIRECT_URL',
        redirect_url: `https://enrollment.sandbox.y.uno/redirect/${pm.id}`,
      });
    return ok(answer, 201, events);
  }

  /** The customer's enrolled methods (the docs do not say whether unenrolled ones are listed: they are not). */
  list(customerId: string): Result {
    if (!this.customerExists(customerId)) return this.noCustomer(customerId);
    return ok({
      payment_methods: [...this.records.values()]
        .filter((pm) => pm.customer_id === customerId && pm.status === 'ENROLLED')
        .map((pm) => ({ ...this.answer(pm), icon: iconOf(pm.type, pm.card?.brand) })),
    });
  }

  retrieveEnrolled(customerId: string, id: string): Result {
    if (!this.customerExists(customerId)) return this.noCustomer(customerId);
    const pm = this.find(id, customerId);
    if (!('id' in pm)) return pm;
    const answer = this.answer(pm);
    // The same request is documented twice (conflict not-found-status): the PCI variant adds the card's
    // number and network token; the emulated merchant has no PCI scope, so both are there and null.
    if (answer.card_data) Object.assign(answer.card_data as Json, { number: null, network_token: null });
    return ok(answer);
  }

  unenroll(customerId: string, id: string): Result {
    const pm = this.find(id, customerId);
    return 'id' in pm ? this.unenrollRec(pm, 'unenroll') : pm;
  }

  reassign(id: string, body: Json): Result {
    const pm = this.find(id);
    if (!('id' in pm)) return pm;
    if (!this.customerExists(body.customer_id)) return this.noCustomer(body.customer_id);
    if (pm.type !== 'CARD' && enforces('reassign-cards-only'))
      return refuse('reassign-cards-only', 'Only card payment methods can be reassigned.');
    if (!this.allowed('reassign', pm))
      return err(
        400,
        'PAYMENT_METHOD_STATUS_INVALID',
        `The payment method is ${pm.status}; only an ENROLLED one can be reassigned (the docs are silent on others).`,
      );
    const target = enforces('reassign-moves-owner') ? pm : structuredClone(pm);
    target.customer_id = String(body.customer_id);
    this.move(target, 'reassign');
    // The reassign example is the only answer with a sub_status, and it repeats the status.
    return ok({ ...this.answer(target), sub_status: target.status, verify: null });
  }

  accountUpdater(body: Json): Result {
    const ids = (body.payment_method_ids as string[] | undefined) ?? [];
    const valid = (id: string): boolean =>
      [...this.records.values()].some(
        (pm) => pm.vaulted_token === id && pm.type === 'CARD' && this.allowed('account-updater-register', pm),
      );
    const invalid = ids.filter((id) => !valid(id));
    if (invalid.length && enforces('account-updater-all-or-nothing'))
      return refuse(
        'account-updater-all-or-nothing',
        `Not enrolled cards: ${invalid.join(', ')}; none was registered.`,
      );
    return ok({ accepted: ids.length - invalid.length });
  }

  /**
   * The payment method a payment's vaulted_token names, or the refusal: an unknown or no longer
   * enrolled method cannot pay; another customer's token is refused with INVALID_CUSTOMER_FOR_TOKEN.
   */
  forPayment(vaultedToken: string, customerId: unknown): PaymentMethodRec | Result {
    const pm = [...this.records.values()].find((x) => x.vaulted_token === vaultedToken);
    if (!pm)
      return {
        ...err(400, 'PAYMENT_METHOD_NOT_FOUND', `No payment method has vaulted_token ${vaultedToken}.`),
        consumed: true,
      };
    if (pm.status !== 'ENROLLED' && enforces('unenrolled-method-refused'))
      return {
        ...refuse(
          'unenrolled-method-refused',
          `The payment method is ${pm.status}: it cannot pay.`,
          'PAYMENT_METHOD_STATUS_INVALID',
        ),
        consumed: true,
      };
    if (typeof customerId === 'string' && customerId !== pm.customer_id && enforces('token-owner'))
      return {
        ...refuse('token-owner', 'The token used for this transaction is associated with another customer object.'),
        consumed: true,
      };
    return pm;
  }
}
