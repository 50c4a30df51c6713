// Every named example of every response in the contract, served by the mock on request, must match
// the contract (the client checks every answer): the document's own examples are the first thing an
// SDK team reads. One test per operation; each example a soft assertion (a report step where the
// report shows steps).
import { stepped } from '../support/client.js';
import { about, expect, test } from '../support/fixtures/index.js';
import { apiOperations, sampleRequest } from '../support/samples.js';

for (const op of apiOperations()) {
  const examples = Object.entries(op.responses).flatMap(([status, r]) =>
    Object.values(r.examples).flatMap((exs) => Object.keys(exs).map((name) => ({ status, name }))),
  );
  test(
    `${op.operationId}: each of its ${examples.length} response examples matches the contract`,
    about(op.operationId, 'body-schema').needs('servesExamples'),
    async ({ api }) => {
      const req = sampleRequest(op);
      for (const { status, name } of examples) {
        await stepped(`${status} "${name}"`, async () => {
          const res = await api.malformed(op.operationId, {
            ...req,
            headers: { ...req.headers, Prefer: `code=${status}, example=${name}` },
          });
          expect
            .soft(res.status, `body-schema: ${op.operationId} served the ${status} example "${name}"`)
            .toBe(Number(status));
        });
      }
    },
  );
}
