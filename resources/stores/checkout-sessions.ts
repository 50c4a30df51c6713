// Checkout sessions: create, retrieve, update (only the fields sent change), the payment methods
// available for one, and whether a payment used it.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { Clock } from '../clock.js';
import { type Json, ok, type Result, refuse } from '../result.js';

/** The fields an update may change (update-checkout-session). */
const UPDATABLE = [
  'account_id',
  'customer_id',
  'merchant_order_id',
  'payment_description',
  'callback_url',
  'country',
  'amount',
  'alternative_amount',
  'metadata',
  'workflow',
  'installments',
];

export class CheckoutSessions {
  readonly records = new Map<string, Json>();

  constructor(private readonly clock: Clock) {}

  /**
   * A session answers with what the request sent and the docs' defaults (workflow SDK_CHECKOUT,
   * installments with no plan); its callback_url comes back with ?checkoutSession=<id> appended, as
   * every docs example shows. A session created without amount answers amount null.
   */
  create(body: Json): Result {
    const id = randomUUID();
    const callback =
      typeof body.callback_url === 'string'
        ? `${body.callback_url}${body.callback_url.includes('?') ? '&' : '?'}checkoutSession=${id}`
        : null;
    const s: Json = {
      checkout_session: id,
      merchant_order_id: body.merchant_order_id,
      country: body.country,
      payment_description: body.payment_description,
      customer_id: body.customer_id ?? null,
      callback_url: callback,
      amount: body.amount ?? null,
      workflow: body.workflow ?? 'SDK_CHECKOUT',
      metadata: body.metadata ?? null,
      installments: body.installments ?? { plan_id: null, plan: null },
      checkout_id: body.checkout_id ?? null,
      created_at: this.clock.iso(),
      used: false,
    };
    this.records.set(String(s.checkout_session), s);
    const { used: _used, ...answer } = s;
    return ok(answer);
  }

  /** The refusal for an id no session has. */
  missing(id: string): Result {
    return refuse(
      'unknown-session',
      `No checkout session ${id} (not found or inactive).`,
      'CHECKOUT_SESSION_NOT_FOUND',
    );
  }

  /** Retrieve names the identifier `id` (conflict retrieve-session-identifier) and says whether a payment used it. */
  retrieve(id: string): Result {
    const s = this.records.get(id);
    if (!s) return this.missing(id);
    const { checkout_session, ...rest } = s;
    return ok({ id: checkout_session, ...rest });
  }

  update(id: string, body: Json): Result {
    const s = this.records.get(id);
    if (!s) return this.missing(id);
    const updated: Json = { ...s };
    for (const f of UPDATABLE) if (f in body && f !== 'account_id' && f !== 'alternative_amount') updated[f] = body[f];
    if (enforces('state-persisted')) this.records.set(id, updated);
    const { checkout_id: _c, customer_id: _u, ...answer } = updated;
    return ok(answer);
  }

  /** A payment used the session: `used` becomes true (a session serves one payment). */
  markUsed(id: string): void {
    const s = this.records.get(id);
    if (s) s.used = true;
  }

  paymentMethods(id: string): Result {
    if (!this.records.has(id)) return this.missing(id);
    const checkout = { session: id, sdk_required_action: true };
    return ok([
      {
        name: 'Card',
        type: 'CARD',
        category: 'CARD',
        description: 'Card',
        icon: 'https://icons.prod.y.uno/card_logosimbolo.png',
        vaulted_token: null,
        last_successfully_used: null,
        last_successfully_used_at: null,
        preferred: false,
        checkout,
      },
      {
        name: 'PIX',
        type: 'PIX',
        category: 'BANK_TRANSFER',
        description: 'PIX',
        icon: null,
        vaulted_token: null,
        last_successfully_used: null,
        last_successfully_used_at: null,
        preferred: false,
        checkout,
      },
    ]);
  }
}
