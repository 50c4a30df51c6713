// X-Idempotency-Key as reference/getting-started/authentication documents it: a replay returns the
// original result; a key still in process gets 400 REQUEST_IN_PROCESS; a key whose first request
// failed after processing started gets 400 IDEMPOTENCY_DUPLICATED; a body rejected before
// processing does not consume the key.
import { randomUUID } from 'node:crypto';
import { about, rules, expect, test } from '../support/fixtures.js';

const DOC = 'https://docs.y.uno/reference/authentication';
type R = Record<string, unknown>;

test('a replayed key returns the original payment and creates no second one', rules('idempotency-replay'), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'createPayment', doc: DOC });
  const key = randomUUID();
  const body = make.payment();
  const first = await api.call('createPayment', { body, idempotencyKey: key });
  await expect(first).toMatchContract();
  const second = await api.call('createPayment', { body, idempotencyKey: key });
  await expect(second).toMatchContract();
  expect(second.status, 'IDEMPOTENCY: the replay answers like the original').toBe(first.status);
  expect((second.ok() as R).id, 'IDEMPOTENCY: the replay returns the original payment').toBe((first.ok() as R).id);
  const list = await api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order_id: String(body.merchant_order_id) } });
  await expect(list).toMatchContract();
  expect((list.ok() as R[]).length, 'IDEMPOTENCY: one payment exists for the order after a replay').toBe(1);
});

test('a replayed capture key does not capture twice', rules('idempotency-replay'), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'captureAuthorization', doc: DOC });
  const p = (await api.call('createPayment', { body: make.payment({ capture: false }) })).ok() as R;
  const key = randomUUID();
  const amount = p.amount as R;
  const capture = () =>
    api.call('captureAuthorization', {
      path: { payment_id: String(p.id), transaction_id: String((p.transactions as R).id) },
      body: { merchant_reference: 'idem-capture', reason: 'PRODUCT_CONFIRMED', amount: { currency: String(amount.currency), value: Number(amount.value) / 2 } },
      idempotencyKey: key,
    });
  const first = await capture();
  await expect(first).toMatchContract();
  const second = await capture();
  await expect(second).toMatchContract();
  expect((second.ok() as R).id, 'IDEMPOTENCY: the replay returns the original capture').toBe((first.ok() as R).id);
  const got = (await api.call('retrievePayment', { path: { payment_id: String(p.id) } })).ok() as R;
  expect((got.amount as R).captured, 'IDEMPOTENCY: the amount was captured once').toBe(Number(amount.value) / 2);
});

test('a key whose first request is still in process is refused with REQUEST_IN_PROCESS', rules('idempotency-in-process'), async ({ api, make, controls, needs }) => {
  needs('stateful', 'controls');
  await about({ operation: 'createPayment', doc: DOC });
  const key = randomUUID();
  const body = make.payment();
  await controls!.holdIdempotencyKey(key);
  try {
    const res = await api.call('createPayment', { body, idempotencyKey: key });
    await expect(res).toBeRefusedAs('idempotency-in-process');
    const list = (await api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order_id: String(body.merchant_order_id) } })).ok() as R[];
    expect(list.length, 'IDEMPOTENCY: a refused request creates nothing').toBe(0);
  } finally {
    await controls!.releaseIdempotencyKey(key);
  }
});

test('a key whose first request failed after processing started is refused with IDEMPOTENCY_DUPLICATED', rules('idempotency-duplicated'), async ({ api, make, target, needs }) => {
  needs('stateful');
  await about({ operation: 'createPayment', doc: DOC });
  const key = randomUUID();
  // A currency the merchant cannot charge in its country passes validation and fails in processing.
  const bad = make.payment();
  bad.amount = { currency: target.config.currency === 'JPY' ? 'KRW' : 'JPY', value: 5000 };
  const first = await api.call('createPayment', { body: bad, idempotencyKey: key });
  await expect(first).toMatchContract();
  expect(first.status, `the first request should fail: ${first.snippet(200)}`).toBe(400);
  const retry = await api.call('createPayment', { body: make.payment(), idempotencyKey: key });
  await expect(retry).toBeRefusedAs('idempotency-failed-key');
});

test('a body rejected before processing does not consume the key', rules('idempotency-replay'), async ({ api, make, needs }) => {
  needs('stateful', 'validatesLikeYuno');
  await about({ operation: 'createPayment', doc: DOC });
  const key = randomUUID();
  const invalid = make.payment();
  delete invalid.amount;
  const rejected = await api.call('createPayment', { body: invalid, idempotencyKey: key });
  await expect(rejected).toBeRefusedAs('invalid-body');
  const ok = await api.call('createPayment', { body: make.payment(), idempotencyKey: key });
  await expect(ok).toMatchContract();
  expect(ok.status, `IDEMPOTENCY: the key is still free after a rejected body: ${ok.snippet(200)}`).toBe(201);
});
