// Webhooks: the v2 payment event for each kind of transition, its shape, its HMAC signature, and
// its agreement with a read. Transition-by-transition agreement is also checked in tests/lifecycle.
import { about, because, expect, test } from '../support/fixtures/index.js';

const EVENTS: Array<{ typeEvent: string; state: string }> = [
  { typeEvent: 'payment.purchase', state: 'SUCCEEDED/APPROVED' },
  { typeEvent: 'payment.authorize', state: 'PENDING/AUTHORIZED' },
  { typeEvent: 'payment.capture', state: 'SUCCEEDED/CAPTURED' },
  { typeEvent: 'payment.cancel', state: 'CANCELED/CANCELED' },
  { typeEvent: 'payment.refund', state: 'REFUNDED/REFUNDED' },
];

for (const e of EVENTS) {
  test(`${e.typeEvent}: the webhook is sent, signed, well formed, and agrees with a read`, about('paymentEvent', 'webhook-sent', 'webhook-signature', 'webhook-agrees', 'body-schema', 'header'), async ({ payments, webhooks, needs }) => {
    needs('stateful', 'webhooks');
    const r = await payments.reach(e.state);
    const d = await webhooks!.expectAgrees(r.paymentId, e.typeEvent, e.state, r.payment);
    expect(d.body.account_id, because('body-schema', 'the event names the account')).toEqual(expect.any(String));
  });
}

test('every webhook about a payment is well formed and signed', about('paymentEvent', 'webhook-signature', 'body-schema', 'header'), async ({ payments, webhooks, needs }) => {
  needs('stateful', 'webhooks');
  const r = await payments.reach('SUCCEEDED/PARTIALLY_REFUNDED');
  await webhooks!.waitFor(r.paymentId, 'payment.refund');
  const all = webhooks!.about(r.paymentId);
  expect(all.length, because('webhook-sent', 'a purchase and a refund were delivered')).toBeGreaterThanOrEqual(2);
  for (const d of all) {
    webhooks!.expectMatchesContract(d);
    webhooks!.expectSigned(d);
  }
});
