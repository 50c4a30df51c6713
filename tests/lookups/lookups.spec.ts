// Lookups and updates: what is created can be found by its merchant identifiers, and an update is
// what a following read returns.
import { about, because, expect, test } from '../support/fixtures/index.js';
import { pollUntil } from '../support/poll.js';

test(
  'a payment is found by its merchant_order_id, in an array',
  about('retrievePaymentsByMerchantOrderId', 'lookup').needs('stateful'),
  async ({ api, make }) => {
    const body = make.payment();
    const p = (await api.call('createPayment', { body })).ok();
    const list = (
      await api.call('retrievePaymentsByMerchantOrderId', { query: { merchant_order_id: body.merchant_order_id } })
    ).ok();
    expect(
      list.map((x) => x.id),
      because('lookup', 'the payment is in the merchant_order_id lookup'),
    ).toEqual([p.id]);
    const read = (await api.call('retrievePayment', { path: { payment_id: p.id } })).ok();
    expect(
      { status: list[0]!.status, sub_status: list[0]!.sub_status },
      because('lookup', 'the lookup agrees with a read'),
    ).toEqual({ status: read.status, sub_status: read.sub_status });
  },
);

test(
  'an unknown merchant_order_id finds an empty array',
  about('retrievePaymentsByMerchantOrderId', 'lookup').needs('stateful'),
  async ({ api, make }) => {
    const res = await api.call('retrievePaymentsByMerchantOrderId', {
      query: { merchant_order_id: make.id('nobody') },
    });
    expect(res.ok(), because('lookup', 'nothing has that merchant_order_id')).toEqual([]);
  },
);

test(
  'a customer is found by id and by merchant_customer_id',
  about('retrieveCustomerByMerchantCustomerId', 'customer-lookup').needs('stateful'),
  async ({ api, make }) => {
    const body = make.customer();
    const c = (await api.call('createCustomer', { body })).ok();
    const byId = (await api.call('retrieveCustomer', { path: { customer_id: c.id } })).ok();
    expect(byId.merchant_customer_id, because('customer-lookup', 'the id finds the customer created')).toBe(
      body.merchant_customer_id,
    );
    const byMid = (
      await api.call('retrieveCustomerByMerchantCustomerId', {
        query: { merchant_customer_id: body.merchant_customer_id },
      })
    ).ok();
    expect(
      { id: byMid.id, merchant_customer_id: byMid.merchant_customer_id },
      because('customer-lookup', 'merchant_customer_id finds the same customer'),
    ).toEqual({ id: c.id, merchant_customer_id: body.merchant_customer_id });
  },
);

test(
  'a customer update is kept',
  about('updateCustomer', 'state-persisted').needs('stateful'),
  async ({ api, make }) => {
    const c = (await api.call('createCustomer', { body: make.customer() })).ok();
    const upd = (
      await api.call('updateCustomer', { path: { customer_id: c.id }, body: { first_name: 'Jane', last_name: 'Roe' } })
    ).ok();
    expect(upd.first_name, because('state-persisted', 'the update answer')).toBe('Jane');
    const after = (await api.call('retrieveCustomer', { path: { customer_id: c.id } })).ok();
    expect(
      { first_name: after.first_name, last_name: after.last_name },
      because('state-persisted', 'a read returns the update'),
    ).toEqual({ first_name: 'Jane', last_name: 'Roe' });
  },
);

test(
  'a second customer with the same merchant_customer_id is refused',
  about('createCustomer', 'customer-id-unique').needs('stateful'),
  async ({ api, make }) => {
    const body = make.customer();
    expect((await api.call('createCustomer', { body })).status).toBe(201);
    await expect(await api.call('createCustomer', { body })).toBeRefusedAs('customer-id-unique');
  },
);

test(
  'a payout is found by id and by merchant_reference, in an array',
  about('retrievePayoutsByMerchantReference', 'payout-lookup').needs('stateful'),
  async ({ api, make }) => {
    const body = make.payout();
    const p = (await api.call('createPayout', { body })).ok();
    expect(
      (await api.call('retrievePayout', { path: { payout_id: p.id } })).ok().id,
      because('payout-lookup', 'the id finds the payout'),
    ).toBe(p.id);
    const list = (
      await api.call('retrievePayoutsByMerchantReference', { query: { merchant_reference: body.merchant_reference } })
    ).ok();
    expect(
      list.map((x) => x.id),
      because('payout-lookup', 'the payout is in the merchant_reference lookup'),
    ).toEqual([p.id]);
  },
);

test(
  'a checkout session lists its payment methods',
  about('retrieveCheckoutPaymentMethods', 'session-payment-methods').needs('stateful'),
  async ({ api, make }) => {
    const s = (await api.call('createCheckoutSession', { body: make.checkoutSession() })).ok();
    const methods = (
      await api.call('retrieveCheckoutPaymentMethods', { path: { checkout_session: s.checkout_session } })
    ).ok();
    expect(methods.length, because('session-payment-methods', 'at least one payment method')).toBeGreaterThan(0);
  },
);

test(
  'a report goes from IN_PROCESS to SUCCEEDED, is listed, and downloads once ready',
  about(
    ['createReport', 'retrieveReport', 'listReports', 'downloadReport'],
    'report-lifecycle',
    'report-not-ready',
  ).needs('stateful'),
  async ({ api, make, target }) => {
    const r = (await api.call('createReport', { body: make.report() })).ok();
    expect(r.status, because('report-lifecycle', 'a new report is IN_PROCESS')).toBe('IN_PROCESS');
    const early = await api.call('downloadReport', { path: { report_id: r.id } });
    if (early.status >= 300) await expect(early).toBeRefusedAs('report-not-ready', 'a download right after the create');
    else {
      // The report may have been ready already: then a read says so (a download of an IN_PROCESS report is not allowed).
      const read = (await api.call('retrieveReport', { path: { report_id: r.id } })).ok();
      expect(
        ['SUCCEEDED', 'DOWNLOADED'],
        because('report-not-ready', `an early download was served while the report reads ${read.status}`),
      ).toContain(read.status);
    }
    // Ready (an early download may already have made it DOWNLOADED).
    await pollUntil(
      () => api.call('retrieveReport', { path: { report_id: r.id } }),
      (res) => ['SUCCEEDED', 'DOWNLOADED'].includes(res.ok().status),
      { rule: 'report-lifecycle', what: 'the report is ready', timeoutMs: target.config.pollTimeoutMs },
    );
    const list = (await api.call('listReports')).ok();
    expect(
      list.map((x) => x.id),
      because('report-lifecycle', 'the report is listed'),
    ).toContain(r.id);
    const dl = (await api.call('downloadReport', { path: { report_id: r.id } })).ok();
    expect(dl.download_link, because('report-lifecycle', 'a ready report has a download link')).toEqual(
      expect.stringMatching(/^https:\/\//),
    );
  },
);

for (const outcome of ['succeeded', 'declined', 'rejected'] as const) {
  test(
    `a payout the provider ${outcome} moves along its status table and stays there`,
    about('retrievePayout', 'status-moves').needs('stateful', 'controls'),
    async ({ api, make, controls }) => {
      const p = (await api.call('createPayout', { body: make.payout() })).ok();
      await controls!.must('settlePayout', { payout_id: p.id, outcome });
      // Every read is checked against the one before by the consistency rules (status-moves).
      const read = (await api.call('retrievePayout', { path: { payout_id: p.id } })).ok();
      expect(read.status, because('status-moves', `the payout after the provider ${outcome} it`)).toBe(
        outcome.toUpperCase(),
      );
      const again = (await api.call('retrievePayout', { path: { payout_id: p.id } })).ok();
      expect(again.status, because('status-moves', `${read.status} is terminal (specs/payout-status.yaml)`)).toBe(
        read.status,
      );
    },
  );
}
