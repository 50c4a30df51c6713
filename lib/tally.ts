// How many checks the suite makes of each answer, counted where each check is made: the contract's
// (declared status, content type, each declared header, the body's schema), the object rules (one per
// rule and object it applies to) and the consistency rules (one per comparison: an identifier, a field
// echoed, a stable field, a looked-up value, a created resource among a lookup's results, a status
// move, a sum). The api fixture reads it per test (the `checks` annotation); npm run bench sums it.
export interface Tally {
  responses: number;
  contract: number;
  objects: number;
  consistency: number;
}

const counts: Tally = { responses: 0, contract: 0, objects: 0, consistency: 0 };

export function count(kind: keyof Tally, n = 1): void {
  counts[kind] += n;
}

/** The counts since the last call, and a fresh start. */
export function takeTally(): Tally {
  const out = { ...counts };
  counts.responses = counts.contract = counts.objects = counts.consistency = 0;
  return out;
}
