// Errors: invalid requests get Yuno's documented 400 body (rule request-validated); unknown ids get
// the documented not-found answer. (Every error body's shape is checked by the client on every answer.)
import { Contract } from '../../lib/contract.js';
import { about, expect, test } from '../support/fixtures/index.js';
import { apiOperations, sampleRequest } from '../support/samples.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

// One invalid body per operation that takes one: a required property left out.
for (const op of apiOperations().filter((o) => o.requestBody)) {
  const required = requiredOf(op.operationId);
  test(`${op.operationId}: a body without a required property is refused with 400`, about(op.operationId, 'request-validated'), async ({ api, needs }) => {
    needs('validatesLikeYuno');
    test.skip(required.length === 0, `${op.operationId} has no required body property`);
    const req = sampleRequest(op);
    const body = { ...(req.body as Record<string, unknown>) };
    delete body[required[0]!];
    await expect(await api.malformed(op.operationId, { ...req, body })).toBeRefusedAs('request-validated', `without ${required[0]}`);
  });
}

test('a body that is not JSON is refused with 400', about('createPayment', 'request-validated'), async ({ api, needs }) => {
  needs('validatesLikeYuno');
  await expect(await api.malformed('createPayment', { body: '{"amount": ', headers: { 'content-type': 'application/json' } })).toBeRefusedAs('request-validated');
});

test('an amount sent as a string is refused with 400', about('createPayment', 'request-validated'), async ({ api, make, needs }) => {
  needs('validatesLikeYuno');
  const body = { ...make.payment(), amount: { currency: 'USD', value: '5000' } };
  await expect(await api.malformed('createPayment', { body })).toBeRefusedAs('request-validated', 'see doc conflict amount-string');
});

test('an unknown payment id is refused as not found', about('retrievePayment', 'unknown-payment'), async ({ api, needs }) => {
  needs('stateful');
  await expect(await api.call('retrievePayment', { path: { payment_id: UNKNOWN } })).toBeRefusedAs('unknown-payment', 'see doc conflict not-found-status');
});

test('an unknown payment link code is refused as not found', about('retrievePaymentLink', 'unknown-link'), async ({ api, needs }) => {
  needs('stateful');
  await expect(await api.call('retrievePaymentLink', { path: { code: UNKNOWN } })).toBeRefusedAs('unknown-link', 'see doc conflict not-found-status');
});

test('an unknown customer id is refused as not found', about('retrieveCustomer', 'unknown-customer'), async ({ api, needs }) => {
  needs('stateful');
  await expect(await api.call('retrieveCustomer', { path: { customer_id: UNKNOWN } })).toBeRefusedAs('unknown-customer', 'see doc conflict not-found-status');
});

function requiredOf(operationId: string): string[] {
  const c = Contract.load();
  const schema = c.schemaAt(c.operation(operationId).requestBody!.ref);
  return Array.isArray(schema.required) ? (schema.required as string[]) : [];
}
