// Every promise of specs/doc-conflicts.yaml holds: fed a sample of the other side, the suite names
// that conflict and no other (live: named), or reports nothing at all (live: silent). And no matcher
// claims what it should not: every violation of every sample is claimed by its own conflict only,
// and the contract's own examples are claimed by none.
import { expect, test } from '@playwright/test';
import { sampleBody, sampleViolations } from '../../lib/conflict-samples.js';
import { matches } from '../../lib/conflicts.js';
import { loadSpecs } from '../../lib/specs.js';

const conflicts = loadSpecs().conflicts.conflicts;

for (const c of conflicts) {
  test(`${c.id}: the other side is ${c.live === 'named' ? 'named as this conflict, and no other' : 'not reported at all'}`, () => {
    const violations = sampleViolations(c.sample);
    if (c.live === 'silent') {
      expect(violations, `${c.id} promises: ${c.when_live_differs}`).toEqual([]);
      return;
    }
    expect(violations.length, `${c.id}: its sample must produce an violation (${c.when_live_differs})`).toBeGreaterThan(
      0,
    );
    const body = c.sample.refusal?.body ?? sampleBody(c.sample).body;
    for (const o of violations) {
      const claimedBy = conflicts.filter((x) => (x.match ?? []).some((m) => matches(m, o, body)));
      expect(
        claimedBy.map((x) => x.id),
        `${c.id}: ${o.rule} ${o.keyword ?? ''} at ${o.location} observed ${o.class}`,
      ).toEqual([c.id]);
    }
  });
}
