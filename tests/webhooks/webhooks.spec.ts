// Webhooks: the v2 payment event for each kind of transition, its shape, its HMAC signature, and
// its agreement with a read. Every event specs/payment-transitions.yaml names is checked on the first
// reachable state an outcome sending it leads to. Transition-by-transition agreement is also checked
// in tests/lifecycle.
import { loadSpecs } from '../../lib/specs.js';
import { about, because, expect, test } from '../support/fixtures/index.js';
import { reachNeeds } from '../support/fixtures/payments.js';

const specs = loadSpecs();
const EVENTS: Array<{ typeEvent: string; state: string }> = [];
for (const op of Object.values(specs.transitions.operations)) {
  for (const o of Object.values(op.outcomes)) {
    if (o.webhook && o.to in specs.transitions.reachable && !EVENTS.some((e) => e.typeEvent === o.webhook))
      EVENTS.push({ typeEvent: o.webhook, state: o.to });
  }
}

for (const e of EVENTS) {
  test(
    `${e.typeEvent}: the webhook is sent, signed, well formed, and agrees with a read`,
    about('paymentEvent', 'webhook-sent', 'webhook-signature', 'webhook-agrees', 'body-schema', 'header').needs(
      'stateful',
      'webhooks',
      ...reachNeeds(e.state),
    ),
    async ({ payments, webhooks }) => {
      const r = await payments.reach(e.state);
      const d = await webhooks!.expectAgrees(r.paymentId, e.typeEvent, e.state, r.payment);
      expect(d.body.account_id, because('body-schema', 'the event names the account')).toEqual(expect.any(String));
    },
  );
}

test(
  'every webhook about a payment is well formed and signed',
  about('paymentEvent', 'webhook-signature', 'body-schema', 'header').needs('stateful', 'webhooks'),
  async ({ payments, webhooks }) => {
    const r = await payments.reach('SUCCEEDED/PARTIALLY_REFUNDED');
    await webhooks!.waitFor(r.paymentId, 'payment.refund');
    const all = webhooks!.about(r.paymentId);
    expect(all.length, because('webhook-sent', 'a purchase and a refund were delivered')).toBeGreaterThanOrEqual(2);
    for (const d of all) {
      webhooks!.expectMatchesContract(d);
      webhooks!.expectSigned(d);
    }
  },
);
