// One-time-use card tokens, made from card data (POST /tokens) or in a checkout session; a DIRECT
// card payment spends one (resources/stores/tokens.ts).
import type { BodyOf } from '../lib/api.js';
import { checkoutSessions } from './checkout-sessions.js';
import { defineResource, type MakeContext } from './kit.js';
import { cardOf, paymentBody } from './payments.js';
import { Tokens } from './stores/tokens.js';

export function cardTokenBody(m: MakeContext, which: 'approved' | 'declined' = 'approved'): BodyOf<'createToken'> {
  return { account_id: m.accountId, card_data: cardOf(m, which) };
}

export function sessionTokenBody(m: MakeContext): BodyOf<'createCheckoutSessionToken'> {
  return { payment_method: { type: 'CARD', card: cardOf(m, 'approved') } };
}

export const tokens = defineResource({
  name: 'token',
  id: ['token'],
  store: (w) => new Tokens(w.get(checkoutSessions)),
  // A one-time-use token pays one payment (create-one-time-use-token: "one-time use").
  usedBy: [
    {
      operationId: 'createPayment',
      request: (d, made) => ({ body: paymentBody(d.make, { token: String(made.token) }) }),
      once: true,
    },
  ],
  operations: {
    createToken: {
      serve: (s, r) => s.create(r.body),
      relation: 'creates',
      request: (d) => ({ body: cardTokenBody(d.make) }),
    },
    createCheckoutSessionToken: {
      serve: (s, r) => s.createForSession(r.path.checkout_session!, r.body),
      relation: 'creates',
      request: async (d) => {
        const s = await d.need('session');
        return { path: { checkout_session: String(s.checkout_session ?? s.id) }, body: sessionTokenBody(d.make) };
      },
    },
  },
});
