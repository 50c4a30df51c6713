// Every operation of the contract, called for real with a valid request, answers a documented
// success (the client checks every answer against the contract). On the mock this checks the
// document against itself through Prism; on a stateful target the ids come from resources the
// scenario creates first.
import { about, expect, test } from '../support/fixtures/index.js';
import { apiOperations } from '../support/samples.js';
import { SCENARIO_NEEDS, SCENARIOS } from './scenarios.js';

for (const op of apiOperations()) {
  test(
    `${op.operationId}: a valid request gets a documented success`,
    about(op.operationId, 'body-schema', 'status-code-declared', 'request-accepted', 'operation-served'),
    async ({ api, make, target, controls, needs }) => {
      test.skip(target.caps.readOnly && op.method !== 'GET', 'production is allowed for read-only tests only');
      if (target.caps.stateful) needs(...(SCENARIO_NEEDS[op.operationId] ?? []));
      const res = await SCENARIOS[op.operationId]({
        api,
        make,
        stateful: target.caps.stateful,
        pollMs: target.config.pollTimeoutMs,
        controls,
      });
      // A refusal of this valid request is recorded as a finding, and fails the test naming it (ok()
      // throws); a success may have no body (202).
      res.ok();
      expect(res.status, `request-accepted: ${op.operationId} answers a success`).toBeLessThan(300);
    },
  );
}
