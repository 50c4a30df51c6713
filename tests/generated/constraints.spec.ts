// Generated from the contract, for every operation: its documented constraints at their bounds, from
// both sides (lib/generate/cases.ts), around the valid request its resource module gives; the methods
// its path does not take; each key missing, empty or wrong. One test per operation and side, running
// its cases inside; what each proved is recorded for the coverage page.
import { Contract } from '../../lib/contract.js';
import { operationEntry } from '../../resources/index.js';
import { about, expect, test } from '../support/fixtures/index.js';
import { expectNoFailures, report, runKeys, runMethods, runSide, runUnknown } from '../support/generated.js';
import { apiOperations } from '../support/samples.js';

for (const op of apiOperations()) {
  const { def } = operationEntry(op.operationId);
  const title = `${op.operationId}: generated cases at the documented bounds are accepted`;
  test(title, about(op.operationId, 'constraint-accepted'), async ({ api, scenario, target, needs }) => {
    test.skip(target.caps.readOnly && op.method !== 'GET', 'production is allowed for read-only tests only');
    if (target.caps.stateful) needs(...(def.needs ?? []));
    const { outcomes, skipped, seed } = await runSide('accept', op.operationId, { api, scenario, target });
    expectNoFailures(
      report(title, outcomes, skipped, seed),
      `${op.operationId}, ${outcomes.length} cases (seed ${seed})`,
    );
  });

  const refused = `${op.operationId}: each constraint broken alone, an undocumented method and a bad key are refused`;
  test(
    refused,
    about(op.operationId, 'constraint-enforced', 'resource-found', 'method-refused', 'auth-keys'),
    async ({ api, scenario, target, needs }) => {
      test.skip(target.caps.readOnly && op.method !== 'GET', 'production is allowed for read-only tests only');
      if (target.caps.stateful) needs(...(def.needs ?? []));
      const { outcomes, skipped, seed, base } = await runSide('refuse', op.operationId, { api, scenario, target });
      const all = [
        ...outcomes,
        ...(await runUnknown(op.operationId, base, api, target)),
        ...(await runMethods(op.operationId, api, target)),
        ...(Contract.load().operation(op.operationId).secured ? await runKeys(op.operationId, base, api, target) : []),
      ];
      expect(all.length, 'the operation has constraints to break, keys to check or methods to refuse').toBeGreaterThan(
        0,
      );
      expectNoFailures(report(refused, all, skipped, seed), `${op.operationId}, ${all.length} cases (seed ${seed})`);
    },
  );
}
