// Checks on a delivered webhook: its shape (the contract's paymentEvent), its signature, and its
// agreement with what GET says about the payment.
import { Contract } from '../../lib/contract.js';
import { checkRules } from '../../lib/rules.js';
import { expect, test, type WebhookDelivery, type WebhookReceiver } from './fixtures.js';
import { recordViolations } from './report.js';

type R = Record<string, unknown>;

export function expectWebhookMatchesContract(d: WebhookDelivery): void {
  const contract = Contract.load();
  const op = contract.operation('paymentEvent');
  const violations = [
    ...contract.validate(op.requestBody!.ref, d.body, { operation: 'paymentEvent', doc: op.doc }),
    ...checkRules(contract, 'paymentEvent', 'request', d.body),
  ];
  const sig = d.headers['x-hmac-signature'];
  const header = op.parameters.find((p) => p.name === 'x-hmac-signature')!;
  if (typeof sig === 'string') violations.push(...contract.validate(header.ref, sig, { operation: 'paymentEvent', doc: op.doc }).map((v) => ({ ...v, rule: 'header', pointer: `header:x-hmac-signature${v.pointer}` })));
  const text = recordViolations(violations, (s) => s);
  expect(violations.length, `the ${String(d.body.type_event)} webhook broke the contract:\n${text}`).toBe(0);
}

export function expectSigned(d: WebhookDelivery): void {
  expect(d.headers['x-hmac-signature'], 'the webhook carries x-hmac-signature').toEqual(expect.any(String));
  expect(d.signatureValid, `WEBHOOK: x-hmac-signature is not base64(HMAC-SHA256(secret, raw body)) for the ${String(d.body.type_event)} event`).toBe(true);
}

/** The webhook for a transition arrived, is well formed and signed, and says what GET says. */
export async function expectWebhookAgrees(webhooks: WebhookReceiver, paymentId: string, typeEvent: string, state: string, got: R): Promise<WebhookDelivery> {
  const matching = async (): Promise<WebhookDelivery> => {
    // Several events of one type can exist for a payment (e.g. two refunds): take the latest with the state.
    const deadline = Date.now() + 5000;
    for (;;) {
      await webhooks.waitFor(paymentId, typeEvent);
      const all = webhooks.about(paymentId).filter((d) => d.body.type_event === typeEvent);
      const hit = all.findLast((d) => {
        const p = (d.body.data as R | undefined)?.payment as R | undefined;
        return `${String(p?.status)}/${String(p?.sub_status)}` === state;
      });
      if (hit || Date.now() > deadline) return hit ?? all[all.length - 1]!;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const d = await matching();
  expectWebhookMatchesContract(d);
  expectSigned(d);
  const p = (d.body.data as R).payment as R;
  expect(`${String(p.status)}/${String(p.sub_status)}`, `WEBHOOK: the ${typeEvent} webhook for ${paymentId} disagrees with the transition`).toBe(state);
  expect({ status: p.status, sub_status: p.sub_status, amount: p.amount }, `WEBHOOK: the ${typeEvent} webhook disagrees with GET`).toEqual({ status: got.status, sub_status: got.sub_status, amount: got.amount });
  void test;
  return d;
}
