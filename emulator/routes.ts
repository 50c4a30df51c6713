// Which resource serves each operation of the contract. The table is typed by the generated
// operations: an operation of openapi/yuno.yaml without a handler here does not compile.
import type { Context } from 'openapi-backend';
import type { operations } from '../openapi/yuno.js';
import { instrumentOf } from './resources/instruments.js';
import { issuers } from './resources/issuers.js';
import { isResult, type Json, type Result } from './result.js';
import type { Emulated } from './state.js';

export type ApiOperation = Exclude<keyof operations, 'paymentEvent' | 'enrollmentEvent'>;
type Handler = (s: Emulated, c: Context, idempotencyKey: string | null) => Result;

const p = (c: Context, name: string): string => String((c.request.params as Record<string, string>)[name]);
const q = (c: Context, name: string): string => String((c.request.query as Record<string, string>)[name]);
const body = (c: Context): Json => (c.request.requestBody ?? {}) as Json;
const query = (c: Context): Record<string, string> => c.request.query as Record<string, string>;

/** A payment, after what pays for it is resolved (a refusal there creates nothing). */
function pay(s: Emulated, b: Json, key: string | null): Result {
  const instrument = instrumentOf(s, b);
  return isResult(instrument) ? instrument : s.payments.create(b, key, null, instrument);
}

/** A zero-amount card verification for an enrollment with verify.vault_on_success. */
const verification =
  (s: Emulated) =>
  (pm: { number: string | null; account_id: string; country: string }, currency: string): Result =>
    s.payments.create(
      {
        account_id: pm.account_id,
        country: pm.country,
        description: 'Card verification',
        merchant_order_id: `verify-${Date.now()}`,
        amount: { currency, value: 0 },
        payment_method: {
          type: 'CARD',
          detail: { card: { verify: true, card_data: { number: pm.number ?? undefined } } },
        },
      },
      null,
    );

export const ROUTES: Record<ApiOperation, Handler> = {
  createPayment: (s, c, key) => pay(s, body(c), key),
  retrievePayment: (s, c) => s.payments.retrieve(p(c, 'payment_id')),
  retrievePaymentsByMerchantOrderId: (s, c) => s.payments.byOrder(q(c, 'merchant_order_id')),
  captureAuthorization: (s, c) => s.payments.capture(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
  cancelPayment: (s, c) => s.payments.cancel(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
  refundPayment: (s, c) => s.payments.refund(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
  cancelOrRefundPayment: (s, c) => s.payments.cancelOrRefund(p(c, 'payment_id'), undefined, body(c)),
  cancelOrRefundTransaction: (s, c) => s.payments.cancelOrRefund(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
  createPaymentLink: (s, c) => s.links.create(body(c)),
  retrievePaymentLink: (s, c) => s.links.retrieve(p(c, 'code')),
  cancelPaymentLink: (s, c) => s.links.cancel(p(c, 'code')),
  createCustomer: (s, c) => s.customers.create(body(c)),
  retrieveCustomer: (s, c) => s.customers.retrieve(p(c, 'customer_id')),
  retrieveCustomerByMerchantCustomerId: (s, c) => s.customers.byMerchantId(q(c, 'merchant_customer_id')),
  updateCustomer: (s, c) => s.customers.update(p(c, 'customer_id'), body(c)),
  deleteCustomer: (s, c) => s.customers.delete(p(c, 'customer_id')),
  createCheckoutSession: (s, c) => s.sessions.create(body(c)),
  retrieveCheckoutPaymentMethods: (s, c) => s.sessions.paymentMethods(p(c, 'checkout_session')),
  retrieveCheckoutSession: (s, c) => s.sessions.retrieve(p(c, 'checkout_session')),
  updateCheckoutSession: (s, c) => s.sessions.update(p(c, 'checkout_session'), body(c)),
  createCheckoutSessionToken: (s, c) => s.tokens.createForSession(p(c, 'checkout_session'), body(c)),
  createToken: (s, c) => s.tokens.create(body(c)),
  createCustomerSession: (s, c) => s.paymentMethods.createSession(body(c)),
  retrieveEnrollablePaymentMethods: (s, c) => s.paymentMethods.enrollable(p(c, 'customer_session')),
  enrollSessionPaymentMethod: (s, c) => s.paymentMethods.enrollInSession(p(c, 'customer_session'), body(c)),
  retrievePaymentMethod: (s, c) => s.paymentMethods.retrieve(p(c, 'payment_method_id')),
  unenrollSessionPaymentMethod: (s, c) => s.paymentMethods.unenrollInSession(p(c, 'payment_method_id')),
  enrollPaymentMethod: (s, c) => s.paymentMethods.enroll(p(c, 'customer_id'), body(c), verification(s)),
  listEnrolledPaymentMethods: (s, c) => s.paymentMethods.list(p(c, 'customer_id')),
  retrieveEnrolledPaymentMethod: (s, c) =>
    s.paymentMethods.retrieveEnrolled(p(c, 'customer_id'), p(c, 'payment_method_id')),
  unenrollPaymentMethod: (s, c) => s.paymentMethods.unenroll(p(c, 'customer_id'), p(c, 'payment_method_id')),
  reassignPaymentMethod: (s, c) => s.paymentMethods.reassign(p(c, 'payment_method_id'), body(c)),
  registerCardsForAccountUpdater: (s, c) => s.paymentMethods.accountUpdater(body(c)),
  retrieveIssuers: (_s, c) => issuers(query(c)),
  openDispute: (s, c) => s.payments.dispute(p(c, 'payment_id'), p(c, 'transaction_id'), 'openDispute'),
  updateDispute: (s, c) => s.payments.dispute(p(c, 'payment_id'), p(c, 'transaction_id'), 'updateDispute'),
  notifyFulfillments: (s, c) => s.payments.fulfill(p(c, 'payment_id'), body(c)),
  createThreeDSecureSetup: (s, c) => s.threeDs.create(body(c)),
  listWebhooks: (s, c) => s.webhookConfigs.list(q(c, 'account_id'), query(c).state),
  createWebhook: (s, c) => s.webhookConfigs.create(body(c)),
  retrieveWebhook: (s, c) => s.webhookConfigs.retrieve(p(c, 'webhook_id'), q(c, 'account_id')),
  updateWebhook: (s, c) => s.webhookConfigs.update(p(c, 'webhook_id'), body(c)),
  deleteWebhook: (s, c) => s.webhookConfigs.delete(p(c, 'webhook_id'), q(c, 'account_id')),
  createPayout: (s, c) => s.payouts.create(body(c)),
  retrievePayout: (s, c) => s.payouts.retrieve(p(c, 'payout_id')),
  retrievePayoutsByMerchantReference: (s, c) => s.payouts.byReference(q(c, 'merchant_reference')),
  createReport: (s, c) => s.reports.create(body(c)),
  retrieveReport: (s, c) => s.reports.retrieve(p(c, 'report_id')),
  listReports: (s) => s.reports.list(),
  downloadReport: (s, c) => s.reports.download(p(c, 'report_id')),
};
