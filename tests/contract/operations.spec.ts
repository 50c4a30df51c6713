// Every operation of the contract, called for real with a valid request, answers something that
// matches the contract. On the mock this checks the document against itself through Prism; on a
// stateful target the ids come from resources the scenario creates first.
import type { AnyResponse, ApiResponse, OpId, YunoClient } from '../support/client.js';
import { about, rules, expect, test, type Make } from '../support/fixtures.js';
import { apiOperations } from '../support/samples.js';

type Deps = { api: YunoClient; make: Make; stateful: boolean };
type R = Record<string, unknown>;

async function created<O extends OpId>(res: ApiResponse<O>): Promise<R> {
  await expect(res).toMatchContract();
  return res.ok() as R;
}
const linkCode = (l: R): string => String(l.code ?? l.id);

const SCENARIOS: Record<string, (d: Deps) => Promise<AnyResponse>> = {
  createPayment: ({ api, make }) => api.call('createPayment', { body: make.payment() }),
  retrievePayment: async ({ api, make }) => {
    const p = await created(await api.call('createPayment', { body: make.payment() }));
    return api.call('retrievePayment', { path: { payment_id: String(p.id) } });
  },
  retrievePaymentsByMerchantOrderId: async ({ api, make }) => {
    const body = make.payment();
    await created(await api.call('createPayment', { body }));
    return api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order_id: String(body.merchant_order_id) } });
  },
  captureAuthorization: async ({ api, make }) => {
    const p = await created(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    const amount = p.amount as R;
    return api.call('captureAuthorization', {
      path: { payment_id: String(p.id), transaction_id: String((p.transactions as R).id) },
      body: { merchant_reference: make.id('capture'), reason: 'PRODUCT_CONFIRMED', amount: { currency: String(amount.currency), value: Number(amount.value) } },
    });
  },
  cancelPayment: async ({ api, make }) => {
    const p = await created(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    return api.call('cancelPayment', { path: { payment_id: String(p.id), transaction_id: String((p.transactions as R).id) }, body: { merchant_reference: make.id('cancel'), reason: 'REQUESTED_BY_CUSTOMER' } });
  },
  refundPayment: async ({ api, make }) => {
    const p = await created(await api.call('createPayment', { body: make.payment() }));
    return api.call('refundPayment', { path: { payment_id: String(p.id), transaction_id: String((p.transactions as R).id) }, body: { merchant_reference: make.id('refund'), reason: 'REQUESTED_BY_CUSTOMER' } });
  },
  cancelOrRefundPayment: async ({ api, make }) => {
    const p = await created(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    return api.call('cancelOrRefundPayment', { path: { payment_id: String(p.id) }, body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') } });
  },
  cancelOrRefundTransaction: async ({ api, make }) => {
    const p = await created(await api.call('createPayment', { body: make.payment() }));
    return api.call('cancelOrRefundTransaction', { path: { payment_id: String(p.id), transaction_id: String((p.transactions as R).id) }, body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') } });
  },
  createPaymentLink: ({ api, make }) => api.call('createPaymentLink', { body: make.link() }),
  retrievePaymentLink: async ({ api, make }) => {
    const l = await created(await api.call('createPaymentLink', { body: make.link() }));
    return api.call('retrievePaymentLink', { path: { code: linkCode(l) } });
  },
  cancelPaymentLink: async ({ api, make }) => {
    const l = await created(await api.call('createPaymentLink', { body: make.link() }));
    return api.call('cancelPaymentLink', { path: { code: linkCode(l) } });
  },
  createCustomer: ({ api, make }) => api.call('createCustomer', { body: make.customer() }),
  retrieveCustomer: async ({ api, make }) => {
    const c = await created(await api.call('createCustomer', { body: make.customer() }));
    return api.call('retrieveCustomer', { path: { customer_id: String(c.id) } });
  },
  retrieveCustomerByMerchantCustomerId: async ({ api, make }) => {
    const body = make.customer();
    await created(await api.call('createCustomer', { body }));
    return api.call('retrieveCustomerByMerchantCustomerId', { query: { merchant_customer_id: String(body.merchant_customer_id) } });
  },
  updateCustomer: async ({ api, make }) => {
    const c = await created(await api.call('createCustomer', { body: make.customer() }));
    return api.call('updateCustomer', { path: { customer_id: String(c.id) }, body: { first_name: 'Jane' } });
  },
  createCheckoutSession: ({ api, make }) => api.call('createCheckoutSession', { body: make.checkoutSession() }),
  retrieveCheckoutPaymentMethods: async ({ api, make }) => {
    const s = await created(await api.call('createCheckoutSession', { body: make.checkoutSession() }));
    return api.call('retrieveCheckoutPaymentMethods', { path: { checkout_session: String(s.checkout_session) } });
  },
  createPayout: ({ api, make }) => api.call('createPayout', { body: make.payout() }),
  retrievePayout: async ({ api, make }) => {
    const p = await created(await api.call('createPayout', { body: make.payout() }));
    return api.call('retrievePayout', { path: { payout_id: String(p.id) } });
  },
  retrievePayoutsByMerchantReference: async ({ api, make }) => {
    const body = make.payout();
    await created(await api.call('createPayout', { body }));
    return api.call('retrievePayoutsByMerchantReference', { query: { merchant_reference: String(body.merchant_reference) } });
  },
  createReport: ({ api, make }) => api.call('createReport', { body: make.report() }),
  retrieveReport: async ({ api, make }) => {
    const r = await created(await api.call('createReport', { body: make.report() }));
    return api.call('retrieveReport', { path: { report_id: String(r.id) } });
  },
  listReports: async ({ api, make }) => {
    await created(await api.call('createReport', { body: make.report() }));
    return api.call('listReports');
  },
  downloadReport: async ({ api, make, stateful }) => {
    const r = await created(await api.call('createReport', { body: make.report() }));
    // A report can be downloaded once it is ready (SUCCEEDED): wait for it on a stateful target.
    if (stateful) {
      await expect
        .poll(async () => ((await api.call('retrieveReport', { path: { report_id: String(r.id) } })).body as R).status, { timeout: 120_000, intervals: [250, 500, 1_000, 2_000, 5_000] })
        .toMatch(/^(SUCCEEDED|DOWNLOADED)$/);
    }
    return api.call('downloadReport', { path: { report_id: String(r.id) } });
  },
};

test('every operation of the contract has a scenario here', rules('coverage'), async () => {
  const missing = apiOperations().map((o) => o.operationId).filter((id) => !SCENARIOS[id]);
  expect(missing, 'operations without a scenario in tests/contract/operations.spec.ts').toEqual([]);
});

for (const op of apiOperations()) {
  test(`${op.operationId}: a valid request gets a documented success that matches the contract`, rules('body-schema'), async ({ api, make, target }) => {
    await about({ operation: op.operationId });
    test.skip(target.caps.readOnly && op.method !== 'GET', 'production is allowed for read-only tests only');
    const scenario = SCENARIOS[op.operationId];
    test.skip(!scenario, 'no scenario (the coverage test fails for it)');
    const res = await scenario!({ api, make, stateful: target.caps.stateful });
    await expect(res).toMatchContract();
    expect(res.status, `${op.operationId} should succeed`).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
  });
}
