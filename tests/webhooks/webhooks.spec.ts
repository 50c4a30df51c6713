// Webhooks: the v2 payment event for each kind of transition, its shape, its HMAC signature, and
// its agreement with GET. Transition-by-transition agreement is also checked in tests/lifecycle.
import { createHmac } from 'node:crypto';
import { about, rules, expect, test, verifySignature } from '../support/fixtures.js';
import { reach } from '../support/reach.js';
import { expectSigned, expectWebhookAgrees, expectWebhookMatchesContract } from '../support/webhook-checks.js';

const DOC = 'https://docs.y.uno/docs/object-and-examples';
const HMAC_DOC = 'https://docs.y.uno/docs/verify-webhook-signatures-hmac';
type R = Record<string, unknown>;

const EVENTS: Array<{ typeEvent: string; from: string; act: string }> = [
  { typeEvent: 'payment.purchase', from: 'SUCCEEDED/APPROVED', act: 'create' },
  { typeEvent: 'payment.authorize', from: 'PENDING/AUTHORIZED', act: 'create' },
  { typeEvent: 'payment.capture', from: 'SUCCEEDED/CAPTURED', act: 'capture' },
  { typeEvent: 'payment.cancel', from: 'CANCELED/CANCELED', act: 'cancel' },
  { typeEvent: 'payment.refund', from: 'REFUNDED/REFUNDED', act: 'refund' },
];

for (const e of EVENTS) {
  test(`${e.typeEvent}: the webhook is signed, matches the contract and agrees with GET`, rules(['webhook-signature', 'webhook-agrees-with-get', 'body-schema']), async ({ api, make, webhooks, controls, needs }) => {
    needs('stateful', 'webhooks');
    await about({ operation: 'paymentEvent', doc: DOC });
    const r = await reach({ api, make, controls }, e.from);
    const got = (await api.call('retrievePayment', { path: { payment_id: r.paymentId } })).ok() as R;
    const d = await expectWebhookAgrees(webhooks!, r.paymentId, e.typeEvent, e.from, got);
    expect(d.body.account_id, 'the event names the account').toEqual(expect.any(String));
  });
}

test('every webhook about a payment is well formed and signed', rules(['webhook-signature', 'body-schema']), async ({ api, make, webhooks, controls, needs }) => {
  needs('stateful', 'webhooks');
  await about({ operation: 'paymentEvent', doc: HMAC_DOC });
  const r = await reach({ api, make, controls }, 'SUCCEEDED/PARTIALLY_REFUNDED');
  await webhooks!.waitFor(r.paymentId, 'payment.refund');
  const all = webhooks!.about(r.paymentId);
  expect(all.length, 'a purchase and a refund were delivered').toBeGreaterThanOrEqual(2);
  for (const d of all) {
    expectWebhookMatchesContract(d);
    expectSigned(d);
  }
});

test('the signature check rejects a tampered body and a wrong secret', rules('webhook-signature'), async ({ target }) => {
  await about({ doc: HMAC_DOC });
  const raw = JSON.stringify({ type: 'payment', data: { payment: { id: 'x', status: 'SUCCEEDED' } } });
  const sig = createHmac('sha256', target.config.webhookSecret).update(raw).digest('base64');
  expect(verifySignature(target.config.webhookSecret, raw, sig)).toBe(true);
  expect(verifySignature(target.config.webhookSecret, raw.replace('SUCCEEDED', 'REFUNDED'), sig)).toBe(false);
  expect(verifySignature('another-secret-value', raw, sig)).toBe(false);
  expect(verifySignature(target.config.webhookSecret, raw, sig.slice(0, -2))).toBe(false);
});
