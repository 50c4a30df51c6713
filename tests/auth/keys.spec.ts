// Header auth: every operation needs both keys. Each key missing, empty or wrong is refused with
// 401 and the documented error body (rule auth-keys). The Prism mock only checks that a key is
// present: the wrong-key cases need a target that checks values and are skipped on the mock with
// that reason. Each case is a step with a soft assertion.
import type { Auth } from '../support/client.js';
import { about, expect, test } from '../support/fixtures/index.js';
import { apiOperations, sampleRequest } from '../support/samples.js';

type Variant = { name: string; auth: Auth };
const MISSING: Variant[] = [
  { name: 'no keys at all', auth: 'none' },
  { name: 'public-api-key missing', auth: { publicApiKey: null } },
  { name: 'private-secret-key missing', auth: { privateSecretKey: null } },
  { name: 'public-api-key empty', auth: { publicApiKey: '' } },
  { name: 'private-secret-key empty', auth: { privateSecretKey: '' } },
];
const WRONG: Variant[] = [
  { name: 'public-api-key wrong', auth: { publicApiKey: 'pk_wrong_0000000000000000' } },
  { name: 'private-secret-key wrong', auth: { privateSecretKey: 'sk_wrong_0000000000000000' } },
];

for (const op of apiOperations().filter((o) => o.secured)) {
  for (const [kind, variants] of [
    ['missing or empty', MISSING],
    ['wrong', WRONG],
  ] as const) {
    test(
      `${op.operationId} with a ${kind} key is refused with 401`,
      about(op.operationId, 'auth-keys').needs(...(kind === 'wrong' ? (['checksKeyValues'] as const) : [])),
      async ({ api }) => {
        for (const v of variants) {
          await test.step(v.name, async () => {
            const res = await api.malformed(op.operationId, { ...sampleRequest(op), auth: v.auth });
            await expect.soft(res).toBeRefusedAs('auth-keys', v.name);
          });
        }
      },
    );
  }
}
