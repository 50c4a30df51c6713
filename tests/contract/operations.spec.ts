// Every operation of the contract, called for real with the valid request its resource module gives,
// answers a documented success (the client checks every answer against the contract). On the mock
// this checks the document against itself through Prism; on a stateful target the ids come from
// resources the scenario makes first.
import { operationEntry } from '../../resources/index.js';
import { runScenario } from '../../resources/scenario.js';
import { about, expect, test } from '../support/fixtures/index.js';
import { apiOperations } from '../support/samples.js';

for (const op of apiOperations()) {
  const { def } = operationEntry(op.operationId);
  test(
    `${op.operationId}: a valid request gets a documented success`,
    about(op.operationId, 'body-schema', 'status-code-declared', 'request-accepted', 'operation-served'),
    async ({ scenario, target, needs }) => {
      test.skip(target.caps.readOnly && op.method !== 'GET', 'production is allowed for read-only tests only');
      if (target.caps.stateful) needs(...(def.needs ?? []));
      const res = await runScenario(op.operationId, scenario);
      // A refusal of this valid request is recorded as a finding, and fails the test naming it (ok()
      // throws); a success may have no body (202).
      res.ok();
      expect(res.status, `request-accepted: ${op.operationId} answers a success`).toBeLessThan(300);
    },
  );
}
