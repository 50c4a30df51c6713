// Lookups and updates: what is created can be found by its merchant identifiers, and an update is
// what a following GET returns.
import { about, rules, expect, test } from '../support/fixtures.js';

type R = Record<string, unknown>;

test('a payment is found by its merchant_order_id, in an array', rules(['lookup', 'body-schema']), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'retrievePaymentsByMerchantOrderId' });
  const body = make.payment();
  const p = (await api.call('createPayment', { body })).ok() as R;
  const res = await api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order_id: String(body.merchant_order_id) } });
  await expect(res).toMatchContract();
  const list = res.ok() as R[];
  expect(Array.isArray(list), 'LOOKUP: the merchant_order_id lookup answers an array').toBe(true);
  expect(list.map((x) => x.id), 'LOOKUP: the payment is in it').toEqual([p.id]);
  const got = (await api.call('retrievePayment', { path: { payment_id: String(p.id) } })).ok() as R;
  expect({ status: list[0]!.status, sub_status: list[0]!.sub_status }, 'LOOKUP: the lookup agrees with GET').toEqual({ status: got.status, sub_status: got.sub_status });
});

test('an unknown merchant_order_id finds an empty array', rules('lookup'), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'retrievePaymentsByMerchantOrderId' });
  const res = await api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order_id: make.id('nobody') } });
  await expect(res).toMatchContract();
  expect(res.ok(), 'LOOKUP: nothing has that merchant_order_id').toEqual([]);
});

test('a customer is found by id and by merchant_customer_id, and an update is kept', rules(['lookup', 'get-agrees']), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'updateCustomer' });
  const body = make.customer();
  const c = (await api.call('createCustomer', { body })).ok() as R;
  const byId = await api.call('retrieveCustomer', { path: { customer_id: String(c.id) } });
  await expect(byId).toMatchContract();
  expect((byId.ok() as R).merchant_customer_id).toBe(body.merchant_customer_id);
  const byMid = await api.call('retrieveCustomerByMerchantCustomerId', { query: { merchant_customer_id: String(body.merchant_customer_id) } });
  await expect(byMid).toMatchContract();
  expect((byMid.ok() as R).id, 'LOOKUP: merchant_customer_id finds the same customer').toBe(c.id);
  const upd = await api.call('updateCustomer', { path: { customer_id: String(c.id) }, body: { first_name: 'Jane', last_name: 'Roe' } });
  await expect(upd).toMatchContract();
  expect((upd.ok() as R).first_name).toBe('Jane');
  const after = (await api.call('retrieveCustomer', { path: { customer_id: String(c.id) } })).ok() as R;
  expect({ first_name: after.first_name, last_name: after.last_name }, 'LIFECYCLE: GET returns the update').toEqual({ first_name: 'Jane', last_name: 'Roe' });
});

test('a second customer with the same merchant_customer_id is refused', rules('lookup'), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'createCustomer' });
  const body = make.customer();
  await expect(await api.call('createCustomer', { body })).toMatchContract();
  const again = await api.call('createCustomer', { body });
  await expect(again).toMatchContract();
  expect(again.status).toBe(400);
  expect((again.body as R).code).toBe('CUSTOMER_ID_DUPLICATED');
});

test('a payout is found by id and by merchant_reference, in an array', rules(['lookup', 'body-schema']), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'retrievePayoutsByMerchantReference' });
  const body = make.payout();
  const p = (await api.call('createPayout', { body })).ok() as R;
  const byId = await api.call('retrievePayout', { path: { payout_id: String(p.id) } });
  await expect(byId).toMatchContract();
  const list = await api.call('retrievePayoutsByMerchantReference', { query: { merchant_reference: String(body.merchant_reference) } });
  await expect(list).toMatchContract();
  expect((list.ok() as R[]).map((x) => x.id), 'LOOKUP: the payout is in the list').toEqual([p.id]);
});

test('a checkout session lists its payment methods', rules(['lookup', 'body-schema']), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'retrieveCheckoutPaymentMethods' });
  const s = (await api.call('createCheckoutSession', { body: make.checkoutSession() })).ok() as R;
  const res = await api.call('retrieveCheckoutPaymentMethods', { path: { checkout_session: String(s.checkout_session) } });
  await expect(res).toMatchContract();
  expect((res.ok() as R[]).length, 'at least one payment method').toBeGreaterThan(0);
});

test('a report goes from IN_PROCESS to SUCCEEDED, is listed, and downloads once ready', rules(['lookup', 'body-schema']), async ({ api, make, needs }) => {
  needs('stateful');
  await about({ operation: 'retrieveReport', doc: 'https://docs.y.uno/reference/report-status' });
  const r = (await api.call('createReport', { body: make.report() })).ok() as R;
  expect(r.status, 'a new report is IN_PROCESS').toBe('IN_PROCESS');
  const early = await api.call('downloadReport', { path: { report_id: String(r.id) } });
  await expect(early).toMatchContract();
  if (early.status === 400) expect((early.body as R).code).toBe('REPORT_STATUS_ERROR');
  await expect.poll(async () => ((await api.call('retrieveReport', { path: { report_id: String(r.id) } })).body as R).status, { timeout: 120_000, intervals: [250, 500, 1000, 5000] }).toMatch(/^(SUCCEEDED|DOWNLOADED)$/); // ready (an early download may already have succeeded)
  const list = await api.call('listReports');
  await expect(list).toMatchContract();
  expect((list.ok() as R[]).map((x) => x.id)).toContain(r.id);
  const dl = await api.call('downloadReport', { path: { report_id: String(r.id) } });
  await expect(dl).toMatchContract();
  expect((dl.ok() as R).download_link).toEqual(expect.stringMatching(/^https:\/\//));
});
