// X-Idempotency-Key as reference/getting-started/authentication documents it: a replay returns the
// original result; a key still in process gets 400 REQUEST_IN_PROCESS; a key whose first request
// failed after processing started gets 400 IDEMPOTENCY_DUPLICATED; a body refused before
// processing does not consume the key.
import { randomUUID } from 'node:crypto';
import { about, because, expect, test } from '../support/fixtures/index.js';

test(
  'a replayed key returns the original payment and creates no second one',
  about('createPayment', 'idempotency-replay').needs('stateful'),
  async ({ api, make }) => {
    const key = randomUUID();
    const body = make.payment();
    const first = await api.call('createPayment', { body, idempotencyKey: key });
    const second = await api.call('createPayment', { body, idempotencyKey: key });
    expect(second.status, because('idempotency-replay', 'the replay answers like the original')).toBe(first.status);
    expect(second.ok().id, because('idempotency-replay', 'the replay returns the original payment')).toBe(
      first.ok().id,
    );
    const list = await api.call('retrievePaymentsByMerchantOrderId', {
      query: { merchant_order_id: body.merchant_order_id },
    });
    expect(list.ok().length, because('idempotency-replay', 'one payment exists for the order after a replay')).toBe(1);
  },
);

test(
  'a replayed capture key does not capture twice',
  about('captureAuthorization', 'idempotency-replay').needs('stateful'),
  async ({ payments }) => {
    const r = await payments.reach('PENDING/AUTHORIZED');
    const key = randomUUID();
    const half = r.payment.amount.value / 2;
    const first = await payments.capture(r, half, { idempotencyKey: key });
    const second = await payments.capture(r, half, { idempotencyKey: key });
    expect(second.ok().id, because('idempotency-replay', 'the replay returns the original capture')).toBe(
      first.ok().id,
    );
    const after = await payments.retrieve(r.paymentId);
    expect(after.amount.captured, because('idempotency-replay', 'the amount was captured once')).toBe(half);
  },
);

test(
  'a key whose first request is still in process is refused with REQUEST_IN_PROCESS',
  about('createPayment', 'idempotency-in-process').needs('stateful', 'controls'),
  async ({ api, make, controls }) => {
    const key = randomUUID();
    const body = make.payment();
    await controls!.must('holdIdempotencyKey', { key });
    try {
      const res = await api.call('createPayment', { body, idempotencyKey: key });
      await expect(res).toBeRefusedAs('idempotency-in-process');
      const list = await api.call('retrievePaymentsByMerchantOrderId', {
        query: { merchant_order_id: body.merchant_order_id },
      });
      expect(list.ok().length, because('idempotency-in-process', 'a refused request creates nothing')).toBe(0);
    } finally {
      await controls!.must('releaseIdempotencyKey', { key });
    }
  },
);

test(
  'a key whose first request failed after processing started is refused with IDEMPOTENCY_DUPLICATED',
  about('createPayment', 'idempotency-duplicated').needs('stateful'),
  async ({ api, make, target }) => {
    const key = randomUUID();
    // A currency the merchant cannot charge in its country passes validation and fails in processing.
    const bad = make.payment();
    bad.amount = { currency: target.config.currency === 'JPY' ? 'KRW' : 'JPY', value: 5000 };
    const first = await api.call('createPayment', { body: bad, idempotencyKey: key });
    expect(first.status, `the first request should fail in processing: ${first.snippet(200)}`).toBe(400);
    const retry = await api.call('createPayment', { body: make.payment(), idempotencyKey: key });
    await expect(retry).toBeRefusedAs('idempotency-duplicated');
  },
);

test(
  'a body refused before processing does not consume the key',
  about('createPayment', 'idempotency-key-kept-free').needs('stateful', 'validatesLikeYuno'),
  async ({ api, make }) => {
    const key = randomUUID();
    const { amount: _left_out, ...invalid } = make.payment();
    const rejected = await api.malformed('createPayment', { body: invalid, idempotencyKey: key });
    await expect(rejected).toBeRefusedAs('request-validated');
    const res = await api.call('createPayment', { body: make.payment(), idempotencyKey: key });
    expect(
      res.status,
      because('idempotency-key-kept-free', `the key is still free after a refused body: ${res.snippet(200)}`),
    ).toBe(201);
  },
);
