// Header auth: every operation needs both keys. Each key missing, empty or wrong is refused with
// 401 and the documented error body (errors.yaml situations missing-key / wrong-key).
// The Prism mock only checks that a key is present: the wrong-key cases need a target that checks
// values and are skipped on the mock with that reason.
import type { Auth } from '../support/client.js';
import { about, rules, expect, test } from '../support/fixtures.js';
import { apiOperations, asOpId, sampleRequest } from '../support/samples.js';

const DOC = 'https://docs.y.uno/reference/authentication';
type Variant = { name: string; situation: 'missing-key' | 'wrong-key'; auth: Auth; checksValues: boolean };
const VARIANTS: Variant[] = [
  { name: 'no keys at all', situation: 'missing-key', auth: 'none', checksValues: false },
  { name: 'public-api-key missing', situation: 'missing-key', auth: { publicApiKey: null }, checksValues: false },
  { name: 'private-secret-key missing', situation: 'missing-key', auth: { privateSecretKey: null }, checksValues: false },
  { name: 'public-api-key empty', situation: 'missing-key', auth: { publicApiKey: '' }, checksValues: false },
  { name: 'private-secret-key empty', situation: 'missing-key', auth: { privateSecretKey: '' }, checksValues: false },
  { name: 'public-api-key wrong', situation: 'wrong-key', auth: { publicApiKey: 'pk_wrong_0000000000000000' }, checksValues: true },
  { name: 'private-secret-key wrong', situation: 'wrong-key', auth: { privateSecretKey: 'sk_wrong_0000000000000000' }, checksValues: true },
];

for (const op of apiOperations().filter((o) => o.secured)) {
  for (const v of VARIANTS) {
    test(`${op.operationId} with ${v.name} is refused with 401`, rules('auth-keys'), async ({ api, needs }) => {
      if (v.checksValues) needs('checksKeyValues');
      await about({ operation: op.operationId, doc: DOC });
      const res = await api.call(asOpId(op.operationId), { ...sampleRequest(op), auth: v.auth });
      await expect(res).toBeRefusedAs(v.situation, `${v.name}`);
    });
  }
}

test('the keys are sent only as headers, never in the URL', rules('auth-keys'), async ({ api }) => {
  await about({ doc: DOC });
  const url = api.url('retrievePayment', { payment_id: '3b241101-e2bb-4255-8caf-4136c566a962' });
  expect(url).not.toContain(api.target.config.publicApiKey);
  expect(url).not.toContain(api.target.config.privateSecretKey);
});
