// Every named example of every response in the contract, served by the mock on request, must match
// the contract: the document's own examples are the first thing an SDK team reads.
import { about, rules, expect, test } from '../support/fixtures.js';
import { apiOperations, asOpId, sampleRequest } from '../support/samples.js';

for (const op of apiOperations()) {
  for (const [status, response] of Object.entries(op.responses)) {
    for (const [, examples] of Object.entries(response.examples)) {
      for (const name of Object.keys(examples)) {
        test(`${op.operationId} ${status} example "${name}" matches the contract`, rules('body-schema'), async ({ api, needs }) => {
          needs('servesExamples');
          await about({ operation: op.operationId });
          const req = sampleRequest(op);
          const res = await api.call(asOpId(op.operationId), { ...req, headers: { Prefer: `code=${status}, example=${name}` }, retry: false });
          expect(res.status, `${op.operationId} served status`).toBe(Number(status));
          await expect(res).toMatchContract();
        });
      }
    }
  }
}
