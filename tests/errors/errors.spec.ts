// Errors: invalid requests get Yuno's documented 400 body; unknown ids get the documented not-found
// answer; every error body has the documented shape.
import { Contract } from '../../lib/contract.js';
import { about, rules, expect, test } from '../support/fixtures.js';
import { apiOperations, asOpId, sampleRequest } from '../support/samples.js';

const DOC = 'https://docs.y.uno/reference/response-codes';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

// One invalid body per operation that takes one: a required property left out.
for (const op of apiOperations().filter((o) => o.requestBody)) {
  test(`${op.operationId}: a body without a required property is refused with 400`, rules('refusal:invalid-body'), async ({ api, needs }) => {
    needs('validatesLikeYuno');
    await about({ operation: op.operationId, doc: DOC });
    const req = sampleRequest(op);
    const body = { ...req.body };
    const required = requiredOf(op.operationId);
    test.skip(required.length === 0, `${op.operationId} has no required body property`);
    delete body[required[0]!];
    const res = await api.call(asOpId(op.operationId), { ...req, body });
    await expect(res).toBeRefusedAs('invalid-body', `without ${required[0]}`);
  });
}

test('a body that is not JSON is refused with 400', rules('refusal:invalid-body'), async ({ api, needs }) => {
  needs('validatesLikeYuno');
  await about({ operation: 'createPayment', doc: DOC });
  const res = await api.call('createPayment', { body: '{"amount": ', headers: { 'content-type': 'application/json' } });
  await expect(res).toBeRefusedAs('invalid-body');
});

test('an amount sent as a string is refused with 400', rules('refusal:invalid-body'), async ({ api, make, needs }) => {
  needs('validatesLikeYuno');
  await about({ operation: 'createPayment', doc: 'https://docs.y.uno/reference/create-payment' });
  const body = make.payment();
  body.amount = { currency: 'USD', value: '5000' };
  const res = await api.call('createPayment', { body });
  await expect(res).toBeRefusedAs('invalid-body', 'see doc conflict amount-string');
});

const LOOKUPS = [
  { op: 'retrievePayment', situation: 'unknown-payment', path: { payment_id: UNKNOWN } },
  { op: 'retrievePaymentLink', situation: 'unknown-link', path: { code: UNKNOWN } },
  { op: 'retrieveCustomer', situation: 'unknown-customer', path: { customer_id: UNKNOWN } },
] as const;
for (const l of LOOKUPS) {
  test(`${l.op} with an unknown id is refused as ${l.situation}`, rules(`refusal:${l.situation}`), async ({ api, needs }) => {
    needs('stateful');
    await about({ operation: l.op, doc: DOC });
    const res = await api.call(l.op, { path: l.path as never });
    await expect(res).toBeRefusedAs(l.situation, 'see doc conflict not-found-status');
  });
}

function requiredOf(operationId: string): string[] {
  const c = Contract.load();
  const schema = c.schemaAt(c.operation(operationId).requestBody!.ref);
  return Array.isArray(schema.required) ? (schema.required as string[]) : [];
}
