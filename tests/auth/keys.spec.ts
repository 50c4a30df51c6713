// Header auth: every operation needs both keys. Each key missing, empty or wrong is refused with
// 401 and the documented error body (errors.yaml situations missing-key / wrong-key).
// The Prism mock only checks that a key is present: the wrong-key cases need a target that checks
// values and are skipped on the mock with that reason. Each case is a step with a soft assertion.
import type { Auth } from '../support/client.js';
import { about, rules, expect, test } from '../support/fixtures.js';
import { apiOperations, asOpId, sampleRequest } from '../support/samples.js';

const DOC = 'https://docs.y.uno/reference/authentication';
type Variant = { name: string; situation: 'missing-key' | 'wrong-key'; auth: Auth };
const MISSING: Variant[] = [
  { name: 'no keys at all', situation: 'missing-key', auth: 'none' },
  { name: 'public-api-key missing', situation: 'missing-key', auth: { publicApiKey: null } },
  { name: 'private-secret-key missing', situation: 'missing-key', auth: { privateSecretKey: null } },
  { name: 'public-api-key empty', situation: 'missing-key', auth: { publicApiKey: '' } },
  { name: 'private-secret-key empty', situation: 'missing-key', auth: { privateSecretKey: '' } },
];
const WRONG: Variant[] = [
  { name: 'public-api-key wrong', situation: 'wrong-key', auth: { publicApiKey: 'pk_wrong_0000000000000000' } },
  { name: 'private-secret-key wrong', situation: 'wrong-key', auth: { privateSecretKey: 'sk_wrong_0000000000000000' } },
];

for (const op of apiOperations().filter((o) => o.secured)) {
  for (const [kind, variants] of [['missing or empty', MISSING], ['wrong', WRONG]] as const) {
    test(`${op.operationId} with a ${kind} key is refused with 401`, rules('auth-keys'), async ({ api, needs }) => {
      if (kind === 'wrong') needs('checksKeyValues');
      await about({ operation: op.operationId, doc: DOC });
      for (const v of variants) {
        await test.step(v.name, async () => {
          const res = await api.call(asOpId(op.operationId), { ...sampleRequest(op), auth: v.auth });
          await expect.soft(res).toBeRefusedAs(v.situation, v.name);
        });
      }
    });
  }
}

test('the keys are sent only as headers, never in the URL', rules('auth-keys'), async ({ api }) => {
  await about({ doc: DOC });
  const url = api.url('retrievePayment', { payment_id: '3b241101-e2bb-4255-8caf-4136c566a962' });
  expect(url).not.toContain(api.target.config.publicApiKey);
  expect(url).not.toContain(api.target.config.privateSecretKey);
});
