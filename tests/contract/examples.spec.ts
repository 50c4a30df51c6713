// Every named example of every response in the contract, served by the mock on request, must match
// the contract (the client checks every answer): the document's own examples are the first thing an
// SDK team reads. A response the document shares between operations (#/components/responses/...) is
// one schema with one set of examples, the same answer whichever operation serves it: its examples
// are served by the first operation that declares it, every other response's by its own operation.
// One test per operation that serves any.
import { stepped } from '../support/client.js';
import { about, expect, test } from '../support/fixtures/index.js';
import { apiOperations, sampleRequest } from '../support/samples.js';

const servedBy = new Map<string, string>();
for (const op of apiOperations())
  for (const r of Object.values(op.responses)) if (!servedBy.has(r.ref)) servedBy.set(r.ref, op.operationId);

for (const op of apiOperations()) {
  const examples = Object.entries(op.responses)
    .filter(([, r]) => servedBy.get(r.ref) === op.operationId)
    .flatMap(([status, r]) =>
      Object.values(r.examples).flatMap((exs) => Object.keys(exs).map((name) => ({ status, name }))),
    );
  if (!examples.length) continue;
  test(
    `${op.operationId}: the ${examples.length} response examples it serves match the contract`,
    about(op.operationId, 'body-schema').needs('servesExamples'),
    async ({ api }) => {
      const req = sampleRequest(op);
      const wrong: string[] = [];
      for (const { status, name } of examples) {
        await stepped(`${status} "${name}"`, async () => {
          const res = await api.malformed(op.operationId, {
            ...req,
            headers: { ...req.headers, Prefer: `code=${status}, example=${name}` },
          });
          if (res.status !== Number(status)) wrong.push(`the ${status} example "${name}" answered ${res.status}`);
        });
      }
      // The status of each, asserted once (the client has checked every answer against the contract).
      expect(wrong, `body-schema: ${op.operationId} did not serve its examples`).toEqual([]);
    },
  );
}
