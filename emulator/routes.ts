// Which resource serves each operation of the contract. The table is typed by the generated
// operations: an operation of openapi/yuno.yaml without a handler here does not compile.
import type { Context } from 'openapi-backend';
import type { operations } from '../openapi/yuno.js';
import type { Json, Result } from './result.js';
import type { Emulated } from './state.js';

export type ApiOperation = Exclude<keyof operations, 'paymentEvent'>;
type Handler = (s: Emulated, c: Context, idempotencyKey: string | null) => Result;

const p = (c: Context, name: string): string => String((c.request.params as Record<string, string>)[name]);
const q = (c: Context, name: string): string => String((c.request.query as Record<string, string>)[name]);
const body = (c: Context): Json => (c.request.requestBody ?? {}) as Json;

export const ROUTES: Record<ApiOperation, Handler> = {
  createPayment: (s, c, key) => s.payments.create(body(c), key),
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
  createCheckoutSession: (s, c) => s.sessions.create(body(c)),
  retrieveCheckoutPaymentMethods: (s, c) => s.sessions.paymentMethods(p(c, 'checkout_session')),
  createPayout: (s, c) => s.payouts.create(body(c)),
  retrievePayout: (s, c) => s.payouts.retrieve(p(c, 'payout_id')),
  retrievePayoutsByMerchantReference: (s, c) => s.payouts.byReference(q(c, 'merchant_reference')),
  createReport: (s, c) => s.reports.create(body(c)),
  retrieveReport: (s, c) => s.reports.retrieve(p(c, 'report_id')),
  listReports: (s) => s.reports.list(),
  downloadReport: (s, c) => s.reports.download(p(c, 'report_id')),
};
