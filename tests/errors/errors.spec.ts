// Errors: invalid requests get Yuno's documented 400 body (rule request-validated); unknown ids get
// the documented not-found answer. (Every error body's shape is checked by the client on every answer.)
import { Contract } from '../../lib/contract.js';
import { about, expect, test } from '../support/fixtures/index.js';
import { apiOperations, sampleRequest } from '../support/samples.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

// One invalid body per operation that takes one: a required property left out.
for (const op of apiOperations().filter((o) => o.requestBody)) {
  const required = requiredOf(op.operationId);
  test(
    `${op.operationId}: a body without a required property is refused with 400`,
    about(op.operationId, 'request-validated').needs('validatesLikeYuno'),
    async ({ api }) => {
      test.skip(required.length === 0, `${op.operationId} has no required body property`);
      const req = sampleRequest(op);
      const body = { ...(req.body as Record<string, unknown>) };
      delete body[required[0]!];
      await expect(await api.malformed(op.operationId, { ...req, body })).toBeRefusedAs(
        'request-validated',
        `without ${required[0]}`,
      );
    },
  );
}

test(
  'a body that is not JSON is refused with 400',
  about('createPayment', 'request-validated').needs('validatesLikeYuno'),
  async ({ api }) => {
    await expect(
      await api.malformed('createPayment', { body: '{"amount": ', headers: { 'content-type': 'application/json' } }),
    ).toBeRefusedAs('request-validated');
  },
);

test(
  'an amount sent as a string is refused with 400',
  about('createPayment', 'request-validated').needs('validatesLikeYuno'),
  async ({ api, make }) => {
    const body = { ...make.payment(), amount: { currency: 'USD', value: '5000' } };
    await expect(await api.malformed('createPayment', { body })).toBeRefusedAs(
      'request-validated',
      'see doc conflict amount-string',
    );
  },
);

test(
  'an unknown payment id is refused as not found',
  about('retrievePayment', 'unknown-payment').needs('stateful'),
  async ({ api }) => {
    await expect(await api.call('retrievePayment', { path: { payment_id: UNKNOWN } })).toBeRefusedAs(
      'unknown-payment',
      'see doc conflict not-found-status',
    );
  },
);

test(
  'an unknown payment link code is refused as not found',
  about('retrievePaymentLink', 'unknown-link').needs('stateful'),
  async ({ api }) => {
    await expect(await api.call('retrievePaymentLink', { path: { code: UNKNOWN } })).toBeRefusedAs(
      'unknown-link',
      'see doc conflict not-found-status',
    );
  },
);

test(
  'an unknown customer id is refused as not found',
  about('retrieveCustomer', 'unknown-customer').needs('stateful'),
  async ({ api }) => {
    await expect(await api.call('retrieveCustomer', { path: { customer_id: UNKNOWN } })).toBeRefusedAs(
      'unknown-customer',
      'see doc conflict not-found-status',
    );
  },
);

test(
  'ids no resource has are refused as not found, for every operation that reads one',
  about(
    [
      'retrieveEnrolledPaymentMethod',
      'unenrollSessionPaymentMethod',
      'listEnrolledPaymentMethods',
      'deleteCustomer',
      'retrieveCustomerByMerchantCustomerId',
      'retrieveCheckoutPaymentMethods',
      'retrievePayout',
      'retrieveReport',
      'retrieveEnrollablePaymentMethods',
    ],
    'unknown-payment-method',
    'unknown-customer',
    'unknown-session',
    'unknown-payout',
    'unknown-report',
    'unknown-customer-session',
  ).needs('stateful'),
  async ({ api, make }) => {
    const c = (await api.call('createCustomer', { body: make.customer() })).ok();
    await test.step('a stored card', async () =>
      expect
        .soft(
          await api.call('retrieveEnrolledPaymentMethod', { path: { customer_id: c.id, payment_method_id: UNKNOWN } }),
        )
        .toBeRefusedAs('unknown-payment-method'));
    await test.step('a checkout payment method', async () =>
      expect
        .soft(await api.call('unenrollSessionPaymentMethod', { path: { payment_method_id: UNKNOWN } }))
        .toBeRefusedAs('unknown-payment-method'));
    await test.step("a customer's stored cards", async () =>
      expect
        .soft(await api.call('listEnrolledPaymentMethods', { path: { customer_id: UNKNOWN } }))
        .toBeRefusedAs('unknown-customer'));
    await test.step('a customer to delete', async () =>
      expect
        .soft(await api.call('deleteCustomer', { path: { customer_id: UNKNOWN } }))
        .toBeRefusedAs('unknown-customer'));
    await test.step('a merchant_customer_id', async () =>
      expect
        .soft(
          await api.call('retrieveCustomerByMerchantCustomerId', {
            query: { merchant_customer_id: make.id('nobody') },
          }),
        )
        .toBeRefusedAs('unknown-customer'));
    await test.step("a checkout session's payment methods", async () =>
      expect
        .soft(await api.call('retrieveCheckoutPaymentMethods', { path: { checkout_session: UNKNOWN } }))
        .toBeRefusedAs('unknown-session'));
    await test.step('a payout', async () =>
      expect.soft(await api.call('retrievePayout', { path: { payout_id: UNKNOWN } })).toBeRefusedAs('unknown-payout'));
    await test.step('a report', async () =>
      expect.soft(await api.call('retrieveReport', { path: { report_id: UNKNOWN } })).toBeRefusedAs('unknown-report'));
    await test.step('a customer session', async () =>
      expect
        .soft(await api.call('retrieveEnrollablePaymentMethods', { path: { customer_session: UNKNOWN } }))
        .toBeRefusedAs('unknown-customer-session'));
  },
);

function requiredOf(operationId: string): string[] {
  const c = Contract.load();
  const schema = c.schemaAt(c.operation(operationId).requestBody!.ref);
  return Array.isArray(schema.required) ? (schema.required as string[]) : [];
}
