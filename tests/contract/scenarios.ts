// One valid request per operation of the contract, preceded by what it needs (a payment to capture,
// a link to read). Typed by the generated operations: an operation without a scenario does not compile.
import type { AnyResponse, ApiResponse, OpId, YunoClient } from '../support/client.js';
import type { Make } from '../support/fixtures/make.js';
import { pollUntil } from '../support/poll.js';

export interface ScenarioDeps {
  api: YunoClient;
  make: Make;
  stateful: boolean;
  /** How long to wait for an asynchronous state (a report ready). */
  pollMs: number;
}

/** The body of what a scenario creates first: a success (ok() names a refusal as a finding, and says it was setup). */
function made<O extends OpId>(res: ApiResponse<O>) {
  return res.ok();
}

export const SCENARIOS: Record<OpId, (d: ScenarioDeps) => Promise<AnyResponse>> = {
  createPayment: ({ api, make }) => api.call('createPayment', { body: make.payment() }),
  retrievePayment: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment() }));
    return api.call('retrievePayment', { path: { payment_id: p.id } });
  },
  retrievePaymentsByMerchantOrderId: async ({ api, make }) => {
    const body = make.payment();
    made(await api.call('createPayment', { body }));
    return api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order_id: body.merchant_order_id } });
  },
  captureAuthorization: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    return api.call('captureAuthorization', { path: { payment_id: p.id, transaction_id: p.transactions.id }, body: { merchant_reference: make.id('capture'), reason: 'PRODUCT_CONFIRMED', amount: { currency: p.amount.currency, value: p.amount.value } } });
  },
  cancelPayment: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    return api.call('cancelPayment', { path: { payment_id: p.id, transaction_id: p.transactions.id }, body: { merchant_reference: make.id('cancel'), reason: 'REQUESTED_BY_CUSTOMER' } });
  },
  refundPayment: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment() }));
    return api.call('refundPayment', { path: { payment_id: p.id, transaction_id: p.transactions.id }, body: { merchant_reference: make.id('refund'), reason: 'REQUESTED_BY_CUSTOMER' } });
  },
  cancelOrRefundPayment: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    return api.call('cancelOrRefundPayment', { path: { payment_id: p.id }, body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') } });
  },
  cancelOrRefundTransaction: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment() }));
    return api.call('cancelOrRefundTransaction', { path: { payment_id: p.id, transaction_id: p.transactions.id }, body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') } });
  },
  createPaymentLink: ({ api, make }) => api.call('createPaymentLink', { body: make.link() }),
  retrievePaymentLink: async ({ api, make }) => {
    const l = made(await api.call('createPaymentLink', { body: make.link() }));
    return api.call('retrievePaymentLink', { path: { code: String(l.code ?? l.id) } });
  },
  cancelPaymentLink: async ({ api, make }) => {
    const l = made(await api.call('createPaymentLink', { body: make.link() }));
    return api.call('cancelPaymentLink', { path: { code: String(l.code ?? l.id) } });
  },
  createCustomer: ({ api, make }) => api.call('createCustomer', { body: make.customer() }),
  retrieveCustomer: async ({ api, make }) => {
    const c = made(await api.call('createCustomer', { body: make.customer() }));
    return api.call('retrieveCustomer', { path: { customer_id: c.id } });
  },
  retrieveCustomerByMerchantCustomerId: async ({ api, make }) => {
    const body = make.customer();
    made(await api.call('createCustomer', { body }));
    return api.call('retrieveCustomerByMerchantCustomerId', { query: { merchant_customer_id: body.merchant_customer_id } });
  },
  updateCustomer: async ({ api, make }) => {
    const c = made(await api.call('createCustomer', { body: make.customer() }));
    return api.call('updateCustomer', { path: { customer_id: c.id }, body: { first_name: 'Jane' } });
  },
  createCheckoutSession: ({ api, make }) => api.call('createCheckoutSession', { body: make.checkoutSession() }),
  retrieveCheckoutPaymentMethods: async ({ api, make }) => {
    const s = made(await api.call('createCheckoutSession', { body: make.checkoutSession() }));
    return api.call('retrieveCheckoutPaymentMethods', { path: { checkout_session: s.checkout_session } });
  },
  createPayout: ({ api, make }) => api.call('createPayout', { body: make.payout() }),
  retrievePayout: async ({ api, make }) => {
    const p = made(await api.call('createPayout', { body: make.payout() }));
    return api.call('retrievePayout', { path: { payout_id: p.id } });
  },
  retrievePayoutsByMerchantReference: async ({ api, make }) => {
    const body = make.payout();
    made(await api.call('createPayout', { body }));
    return api.call('retrievePayoutsByMerchantReference', { query: { merchant_reference: body.merchant_reference } });
  },
  createReport: ({ api, make }) => api.call('createReport', { body: make.report() }),
  retrieveReport: async ({ api, make }) => {
    const r = made(await api.call('createReport', { body: make.report() }));
    return api.call('retrieveReport', { path: { report_id: r.id } });
  },
  listReports: async ({ api, make }) => {
    made(await api.call('createReport', { body: make.report() }));
    return api.call('listReports');
  },
  downloadReport: async ({ api, make, stateful, pollMs }) => {
    const r = made(await api.call('createReport', { body: make.report() }));
    // A report can be downloaded once it is ready (SUCCEEDED): wait for it on a stateful target.
    if (stateful) await pollUntil(() => api.call('retrieveReport', { path: { report_id: r.id } }), (res) => ['SUCCEEDED', 'DOWNLOADED'].includes(res.ok().status), { rule: 'report-lifecycle', what: 'the report is ready', timeoutMs: pollMs });
    return api.call('downloadReport', { path: { report_id: r.id } });
  },
};
