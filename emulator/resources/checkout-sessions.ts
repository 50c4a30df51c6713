// Checkout sessions: create, and the payment methods available for one.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { err, ok, type Json, type Result } from '../result.js';

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
    const callback = typeof body.callback_url === 'string' ? `${body.callback_url}${body.callback_url.includes('?') ? '&' : '?'}checkoutSession=${id}` : null;
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
    };
    this.records.set(String(s.checkout_session), s);
    return ok(s);
  }

  paymentMethods(id: string): Result {
    if (!this.records.has(id)) return err(404, 'CHECKOUT_SESSION_NOT_FOUND', `No checkout session ${id}.`);
    const checkout = { session: id, sdk_required_action: true };
    return ok([
      { name: 'Card', type: 'CARD', category: 'CARD', description: 'Card', icon: 'https://icons.prod.y.uno/card_logosimbolo.png', vaulted_token: null, last_successfully_used: null, last_successfully_used_at: null, preferred: false, checkout },
      { name: 'PIX', type: 'PIX', category: 'BANK_TRANSFER', description: 'PIX', icon: null, vaulted_token: null, last_successfully_used: null, last_successfully_used_at: null, preferred: false, checkout },
    ]);
  }
}
