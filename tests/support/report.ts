// Observations as the reports see them: each is recorded on the running test as a `finding`
// annotation (read by the drift reporter and the self-test) with one redacted exchange, and printed
// in the failure message, rule id first.
import { test } from '@playwright/test';
import { type Classified, findingId, findingTitle } from '../../lib/findings.js';
import { loadSpecs } from '../../lib/specs.js';

/** What a `finding` annotation holds. */
export interface FindingRecord {
  violation: Classified;
  exchange?: unknown;
}

/** A JSON value with long strings and long bodies cut, for the exchange kept with a finding. */
function trimmed(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return v.length > 300 ? `${v.slice(0, 300)}…` : v;
  if (Array.isArray(v)) return depth > 6 ? `[${v.length} items]` : v.slice(0, 5).map((x) => trimmed(x, depth + 1));
  if (v && typeof v === 'object')
    return depth > 6
      ? '{…}'
      : Object.fromEntries(
          Object.entries(v)
            .slice(0, 40)
            .map(([k, x]) => [k, trimmed(x, depth + 1)]),
        );
  return v;
}

/** Records violations on the running test (for drift.json) and returns their description, one block each. */
export function recordViolations(violations: Classified[], redact: (s: string) => string, exchange?: unknown): string {
  if (!violations.length) return '';
  const info = test.info();
  const conflicts = new Map(loadSpecs().conflicts.conflicts.map((c) => [c.id, c]));
  const lines: string[] = [];
  violations.forEach((o, i) => {
    const violation: Classified = {
      ...o,
      sample: redact(o.sample),
      detail: o.detail === undefined ? undefined : redact(o.detail),
    };
    const record: FindingRecord = {
      violation,
      exchange: i === 0 && exchange !== undefined ? trimmed(exchange) : undefined,
    };
    info.annotations.push({ type: 'finding', description: JSON.stringify(record) });
    const conflict = o.conflict ? conflicts.get(o.conflict) : undefined;
    lines.push(
      `  ✗ ${o.rule}${o.keyword ? ` (${o.keyword})` : ''} at ${o.operation}${o.status !== undefined ? ` ${o.status}` : ''} '${o.pointer}' — finding ${findingId(o)}: ${findingTitle(o)}\n` +
        `      expected: ${o.expected}\n` +
        `      observed: ${violation.sample}\n` +
        (o.doc ? `      docs:     ${o.doc}\n` : '') +
        (conflict
          ? `      note:     the target took the other side of doc conflict ${conflict.id} (${conflict.title}); our position: ${conflict.position}\n`
          : ''),
    );
  });
  return lines.join('');
}
