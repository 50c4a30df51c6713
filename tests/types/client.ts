// Type-level tests, checked by `npm run typecheck` (tsc) and never run. Each line below its
// expect-error directive must fail to compile; if one compiled, tsc would report the directive as
// unused and the check would fail. They prove that the client's parameters, bodies and answers are
// typed from openapi/yuno.d.ts, and that rule ids are a closed set.

import { about } from '../support/about.js';
import type { YunoClient } from '../support/client.js';
import type { Make } from '../support/fixtures/make.js';

declare const api: YunoClient;
declare const make: Make;

export async function misspellingsDoNotCompile(): Promise<void> {
  // @ts-expect-error a misspelt path parameter
  await api.call('retrievePayment', { path: { payment_idd: 'x' } });
  // @ts-expect-error a path parameter left out
  await api.call('retrievePayment', { path: {} });
  // @ts-expect-error an operation that needs a path, called without one
  await api.call('retrievePayment');
  // @ts-expect-error an operation the contract does not have
  await api.call('retrievePaymnt', { path: { payment_id: 'x' } });
  // @ts-expect-error a misspelt query parameter
  await api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order: 'x' } });
  // @ts-expect-error a misspelt body field
  await api.call('createCustomer', { body: { merchant_customer_id: 'x', firstname: 'y' } });
  // @ts-expect-error a required body field left out
  await api.call('createCustomer', { body: { first_name: 'y' } });
  // @ts-expect-error an amount sent as a string
  await api.call('createPayment', { body: { ...make.payment(), amount: { currency: 'USD', value: '5000' } } });
  // @ts-expect-error a body on an operation that takes none
  await api.call('retrievePayment', { path: { payment_id: 'x' }, body: { amount: 1 } });
  // @ts-expect-error a misspelt field of a typed answer
  void (await api.call('retrievePayment', { path: { payment_id: 'x' } })).ok().sub_statuss;
  // @ts-expect-error an error code read as a number
  const code: number = (await api.call('retrievePayment', { path: { payment_id: 'x' } })).error!.code;
  void code;
  // @ts-expect-error a rule id the registry does not have
  void about('createPayment', 'capture-within-authorised');
  // @ts-expect-error an operation the contract does not have, as a test's subject
  void about('createPaymnt', 'body-schema');
}

export async function correctCallsCompile(): Promise<void> {
  await api.call('retrievePayment', { path: { payment_id: 'x' } });
  await api.call('listReports');
  await api.call('createCustomer', { body: { merchant_customer_id: 'x' } });
  const p = (await api.call('createPayment', { body: make.payment() })).ok();
  const status: string = p.status;
  const tx: string = p.transactions.id;
  void [status, tx, about('createPayment', 'body-schema', 'payment-transition')];
  // The one way to send what the contract forbids is visibly named.
  await api.malformed('createPayment', { body: { amount: { currency: 'USD', value: '5000' } } });
}
