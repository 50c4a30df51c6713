// One valid request per operation of the contract, preceded by what it needs (a payment to capture,
// a link to read). Typed by the generated operations: an operation without a scenario does not compile.
import type { AnyResponse, ApiResponse, OpId, YunoClient } from '../support/client.js';
import type { Controls } from '../support/fixtures/controls.js';
import type { Make } from '../support/fixtures/make.js';
import { pollUntil } from '../support/poll.js';
import type { Capability } from '../support/target.js';

export interface ScenarioDeps {
  api: YunoClient;
  make: Make;
  stateful: boolean;
  /** How long to wait for an asynchronous state (a report ready). */
  pollMs: number;
  /** The emulator's controls, where the target has them (null elsewhere). */
  controls: Controls | null;
}

/**
 * What a scenario needs beyond the target itself on a stateful target: a dispute needs a chargeback,
 * which only a bank makes (the emulator's control stands in for it).
 */
export const SCENARIO_NEEDS: Partial<Record<OpId, Capability[]>> = {
  openDispute: ['controls'],
  updateDispute: ['controls'],
  // Only an ENROLLED method can be unenrolled, and only the customer completes a checkout enrollment.
  unenrollSessionPaymentMethod: ['controls'],
};

/** A payment charged back (on a stateless target the ids are the mock's: nothing is checked there). */
async function chargedBack({
  api,
  make,
  stateful,
  controls,
}: ScenarioDeps): Promise<{ payment_id: string; transaction_id: string }> {
  const p = made(await api.call('createPayment', { body: make.payment() }));
  if (stateful) await controls!.chargeback(p.id);
  return { payment_id: p.id, transaction_id: p.transactions.id };
}

/**
 * A payment method's identifier: the checkout workflow names it id, the direct one vaulted_token
 * (conflict payment-method-identifier). A stateless target keeps nothing, so any id serves the next
 * call when its example has none (the direct ACH example carries neither).
 */
export function methodId(pm: { id?: string | null; vaulted_token?: string | null }, stateful = true): string {
  const id = pm.vaulted_token ?? pm.id;
  if (id) return id;
  if (!stateful) return '3b241101-e2bb-4255-8caf-4136c566a962';
  throw new Error(
    'vaulted-token-pays: the enrolled payment method carries neither id nor vaulted_token, so nothing can use it',
  );
}

/** A customer with a card enrolled directly: its id and the card's vaulted_token. */
async function enrolled(d: ScenarioDeps): Promise<{ customer_id: string; payment_method_id: string }> {
  const { api, make } = d;
  const c = made(await api.call('createCustomer', { body: make.customer() }));
  const pm = made(await api.call('enrollPaymentMethod', { path: { customer_id: c.id }, body: make.enrollCard() }));
  return { customer_id: c.id, payment_method_id: methodId(pm, d.stateful) };
}

/** A customer session, and a card enrolled through it (READY_TO_ENROLL until the customer completes it). */
async function sessionEnrolled(d: ScenarioDeps): Promise<{ customer_session: string; payment_method_id: string }> {
  const { api, make } = d;
  const c = made(await api.call('createCustomer', { body: make.customer() }));
  const s = made(await api.call('createCustomerSession', { body: make.customerSession(c.id) }));
  const pm = made(
    await api.call('enrollSessionPaymentMethod', {
      path: { customer_session: s.customer_session },
      body: make.sessionEnrollment(),
    }),
  );
  return { customer_session: s.customer_session, payment_method_id: methodId(pm, d.stateful) };
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
    return api.call('captureAuthorization', {
      path: { payment_id: p.id, transaction_id: p.transactions.id },
      body: {
        merchant_reference: make.id('capture'),
        reason: 'PRODUCT_CONFIRMED',
        amount: { currency: p.amount.currency, value: p.amount.value },
      },
    });
  },
  cancelPayment: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    return api.call('cancelPayment', {
      path: { payment_id: p.id, transaction_id: p.transactions.id },
      body: { merchant_reference: make.id('cancel'), reason: 'REQUESTED_BY_CUSTOMER' },
    });
  },
  refundPayment: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment() }));
    return api.call('refundPayment', {
      path: { payment_id: p.id, transaction_id: p.transactions.id },
      body: { merchant_reference: make.id('refund'), reason: 'REQUESTED_BY_CUSTOMER' },
    });
  },
  cancelOrRefundPayment: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment({ capture: false }) }));
    return api.call('cancelOrRefundPayment', {
      path: { payment_id: p.id },
      body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') },
    });
  },
  cancelOrRefundTransaction: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment() }));
    return api.call('cancelOrRefundTransaction', {
      path: { payment_id: p.id, transaction_id: p.transactions.id },
      body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') },
    });
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
    return api.call('retrieveCustomerByMerchantCustomerId', {
      query: { merchant_customer_id: body.merchant_customer_id },
    });
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
    if (stateful)
      await pollUntil(
        () => api.call('retrieveReport', { path: { report_id: r.id } }),
        (res) => ['SUCCEEDED', 'DOWNLOADED'].includes(res.ok().status),
        { rule: 'report-lifecycle', what: 'the report is ready', timeoutMs: pollMs },
      );
    return api.call('downloadReport', { path: { report_id: r.id } });
  },
  openDispute: async (d) => d.api.call('openDispute', { path: await chargedBack(d), body: d.make.dispute() }),
  updateDispute: async (d) => {
    const path = await chargedBack(d);
    made(await d.api.call('openDispute', { path, body: d.make.dispute() }));
    return d.api.call('updateDispute', { path, body: d.make.dispute() });
  },
  notifyFulfillments: async ({ api, make }) => {
    const p = made(await api.call('createPayment', { body: make.payment() }));
    return api.call('notifyFulfillments', { path: { payment_id: p.id }, body: make.fulfillment() });
  },
  retrieveIssuers: ({ api, make }) => api.call('retrieveIssuers', { query: { country_code: make.country } }),
  createThreeDSecureSetup: ({ api, make }) => api.call('createThreeDSecureSetup', { body: make.threeDsSetup() }),
  deleteCustomer: async ({ api, make }) => {
    const c = made(await api.call('createCustomer', { body: make.customer() }));
    return api.call('deleteCustomer', { path: { customer_id: c.id } });
  },
  createCustomerSession: async ({ api, make }) => {
    const c = made(await api.call('createCustomer', { body: make.customer() }));
    return api.call('createCustomerSession', { body: make.customerSession(c.id) });
  },
  retrieveEnrollablePaymentMethods: async ({ api, make }) => {
    const c = made(await api.call('createCustomer', { body: make.customer() }));
    const s = made(await api.call('createCustomerSession', { body: make.customerSession(c.id) }));
    return api.call('retrieveEnrollablePaymentMethods', { path: { customer_session: s.customer_session } });
  },
  enrollSessionPaymentMethod: async ({ api, make }) => {
    const c = made(await api.call('createCustomer', { body: make.customer() }));
    const s = made(await api.call('createCustomerSession', { body: make.customerSession(c.id) }));
    return api.call('enrollSessionPaymentMethod', {
      path: { customer_session: s.customer_session },
      body: make.sessionEnrollment(),
    });
  },
  retrievePaymentMethod: async (d) =>
    d.api.call('retrievePaymentMethod', { path: { payment_method_id: (await sessionEnrolled(d)).payment_method_id } }),
  unenrollSessionPaymentMethod: async (d) => {
    const { payment_method_id } = await sessionEnrolled(d);
    // Only an ENROLLED method can be unenrolled: the customer completes the enrollment first (a control on the emulator).
    if (d.stateful) await d.controls!.completeEnrollment(payment_method_id);
    return d.api.call('unenrollSessionPaymentMethod', { path: { payment_method_id } });
  },
  enrollPaymentMethod: async ({ api, make }) => {
    const c = made(await api.call('createCustomer', { body: make.customer() }));
    return api.call('enrollPaymentMethod', { path: { customer_id: c.id }, body: make.enrollCard() });
  },
  listEnrolledPaymentMethods: async (d) =>
    d.api.call('listEnrolledPaymentMethods', { path: { customer_id: (await enrolled(d)).customer_id } }),
  retrieveEnrolledPaymentMethod: async (d) => d.api.call('retrieveEnrolledPaymentMethod', { path: await enrolled(d) }),
  unenrollPaymentMethod: async (d) => d.api.call('unenrollPaymentMethod', { path: await enrolled(d) }),
  reassignPaymentMethod: async (d) => {
    const { payment_method_id } = await enrolled(d);
    const other = made(await d.api.call('createCustomer', { body: d.make.customer() }));
    return d.api.call('reassignPaymentMethod', { path: { payment_method_id }, body: { customer_id: other.id } });
  },
  registerCardsForAccountUpdater: async (d) =>
    d.api.call('registerCardsForAccountUpdater', {
      body: { payment_method_ids: [(await enrolled(d)).payment_method_id] },
    }),
  retrieveCheckoutSession: async ({ api, make }) => {
    const s = made(await api.call('createCheckoutSession', { body: make.checkoutSession() }));
    return api.call('retrieveCheckoutSession', { path: { checkout_session: s.checkout_session } });
  },
  updateCheckoutSession: async ({ api, make }) => {
    const body = make.checkoutSession();
    const s = made(await api.call('createCheckoutSession', { body }));
    const { account_id, merchant_order_id, country } = body;
    return api.call('updateCheckoutSession', {
      path: { checkout_session: s.checkout_session },
      body: { account_id, merchant_order_id, country, payment_description: 'yuno-conformance session, updated' },
    });
  },
  createCheckoutSessionToken: async ({ api, make }) => {
    const s = made(await api.call('createCheckoutSession', { body: make.checkoutSession() }));
    return api.call('createCheckoutSessionToken', {
      path: { checkout_session: s.checkout_session },
      body: make.sessionToken(),
    });
  },
  createToken: ({ api, make }) => api.call('createToken', { body: make.cardToken() }),
  listWebhooks: async ({ api, make }) => {
    made(await api.call('createWebhook', { body: make.webhook() }));
    return api.call('listWebhooks', { query: { account_id: make.accountId } });
  },
  createWebhook: ({ api, make }) => api.call('createWebhook', { body: make.webhook() }),
  retrieveWebhook: async ({ api, make }) => {
    const w = made(await api.call('createWebhook', { body: make.webhook() }));
    return api.call('retrieveWebhook', { path: { webhook_id: w.id }, query: { account_id: make.accountId } });
  },
  updateWebhook: async ({ api, make }) => {
    const w = made(await api.call('createWebhook', { body: make.webhook() }));
    return api.call('updateWebhook', {
      path: { webhook_id: w.id },
      body: { account_id: make.accountId, state: 'INACTIVE' },
    });
  },
  deleteWebhook: async ({ api, make }) => {
    const w = made(await api.call('createWebhook', { body: make.webhook() }));
    return api.call('deleteWebhook', { path: { webhook_id: w.id }, query: { account_id: make.accountId } });
  },
};
