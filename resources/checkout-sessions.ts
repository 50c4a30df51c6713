// Checkout sessions: create, retrieve, update, and the payment methods a session offers
// (resources/stores/checkout-sessions.ts).
import type { BodyOf } from '../lib/api.js';
import { defineResource, type MakeContext } from './kit.js';
import { CheckoutSessions } from './stores/checkout-sessions.js';

export function checkoutSessionBody(m: MakeContext): BodyOf<'createCheckoutSession'> {
  return {
    account_id: m.accountId,
    merchant_order_id: m.id('session'),
    payment_description: 'yuno-conformance session',
    country: m.country as BodyOf<'createCheckoutSession'>['country'],
    amount: { currency: m.currency, value: 520 },
  };
}

/** A session's identifier: create and update name it checkout_session, retrieve id (conflict retrieve-session-identifier). */
const sessionOf = (s: { checkout_session?: unknown; id?: unknown }): string => String(s.checkout_session ?? s.id);

export const checkoutSessions = defineResource({
  name: 'session',
  schema: ['CheckoutSession', 'CheckoutSessionDetail'],
  id: ['checkout_session', 'id'],
  stable: ['/created_at'],
  store: (w) => new CheckoutSessions(w.clock),
  operations: {
    createCheckoutSession: {
      serve: (s, r) => s.create(r.body),
      relation: 'creates',
      request: (d) => ({ body: checkoutSessionBody(d.make) }),
      // callback_url comes back with ?checkoutSession=<id> appended (create, retrieve and payment examples).
      echo: [
        '/merchant_order_id',
        '/payment_description',
        '/country',
        '/customer_id',
        '/amount/currency',
        '/amount/value',
        '/metadata',
        '/workflow',
      ],
    },
    retrieveCheckoutPaymentMethods: {
      serve: (s, r) => s.paymentMethods(r.path.checkout_session!),
      relation: 'other',
      request: async (d) => ({ path: { checkout_session: sessionOf(await d.need('session')) } }),
    },
    retrieveCheckoutSession: {
      serve: (s, r) => s.retrieve(r.path.checkout_session!),
      identity: 'checkout_session',
      request: async (d) => ({ path: { checkout_session: sessionOf(await d.need('session')) } }),
    },
    updateCheckoutSession: {
      serve: (s, r) => s.update(r.path.checkout_session!, r.body),
      identity: 'checkout_session',
      relation: 'changes',
      request: async (d) => {
        const body = checkoutSessionBody(d.make);
        const s = (await d.api.call('createCheckoutSession', { body })).ok();
        const { account_id, merchant_order_id, country } = body;
        return {
          path: { checkout_session: s.checkout_session },
          body: { account_id, merchant_order_id, country, payment_description: 'yuno-conformance session, updated' },
        };
      },
      // callback_url is not echoed: the create answer appends ?checkoutSession=<id> to it.
      echo: [
        '/merchant_order_id',
        '/payment_description',
        '/country',
        '/amount/currency',
        '/amount/value',
        '/metadata',
        '/workflow',
      ],
    },
  },
});
