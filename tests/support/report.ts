// Violations as the reports see them: each is recorded on the running test as an annotation (read by
// the drift reporter and the self-test) and printed in the failure message, rule id first.
import { test } from '@playwright/test';
import type { Violation } from '../../lib/contract.js';
import { conflictOf } from '../../lib/conflicts.js';

export interface DriftRecord extends Violation {
  conflict?: string;
  /** The type of the observed value; the value itself is only kept as a short redacted sample. */
  observedType: string;
  sample: string;
}

/** Records violations on the running test (for drift.json) and returns their description, one block each. */
export function recordViolations(violations: Violation[], redact: (s: string) => string): string {
  if (!violations.length) return '';
  const info = test.info();
  const lines: string[] = [];
  for (const v of violations) {
    const conflict = conflictOf(v);
    const sample = redact(JSON.stringify(v.observed) ?? String(v.observed)).slice(0, 120);
    const record: DriftRecord = { ...v, observed: undefined, conflict: conflict?.id, observedType: typeOf(v.observed), sample };
    info.annotations.push({ type: 'violation', description: JSON.stringify(record) });
    lines.push(
      `  ✗ ${v.rule}${v.keyword ? ` (${v.keyword})` : ''} at ${v.operation}${v.status !== undefined ? ` ${v.status}` : ''} '${v.pointer}'\n` +
        `      expected: ${v.expected}\n` +
        `      observed: ${sample}\n` +
        (v.doc ? `      docs:     ${v.doc}\n` : '') +
        (conflict ? `      note:     the target took the other side of doc conflict ${conflict.id} (${conflict.title}); our position: ${conflict.position}\n` : ''),
    );
  }
  return lines.join('');
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
