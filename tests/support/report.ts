// Report labels and the violation record: what Allure, the drift reporter and the self-test read.
import { test } from '@playwright/test';
import * as allure from 'allure-js-commons';
import { Contract, type Violation } from '../../lib/contract.js';
import { conflictOf } from '../../lib/conflicts.js';

export interface DriftRecord extends Violation {
  conflict?: string;
  /** The type of the observed value; the value itself is only kept as a short redacted sample. */
  observedType: string;
  sample: string;
}

/**
 * The rules a test is about, as Playwright tags (`@payment-transition`): they are on the test before
 * it runs, so `npm run selftest` and `--grep` can pick tests by rule; the `labels` fixture turns
 * them into Allure stories.
 */
export function rules(...ids: Array<string | string[]>): { tag: string[] } {
  return { tag: ids.flat().map((r) => `@${r}`) };
}

/** The rule ids of a test, from its tags. */
export function rulesOf(tags: readonly string[]): string[] {
  return tags.filter((t) => t.startsWith('@')).map((t) => t.slice(1));
}

/** Labels the running test with its operation (Allure epic = API area, feature = operation) and docs link. */
export async function about(spec: { operation?: string; doc?: string }): Promise<void> {
  const info = test.info();
  if (spec.operation) {
    const op = Contract.load().operation(spec.operation);
    info.annotations.push({ type: 'operation', description: spec.operation });
    await allure.epic(op.tag);
    await allure.feature(spec.operation);
    const doc = spec.doc ?? op.doc;
    if (doc) await allure.link(doc, 'Yuno docs');
  } else if (spec.doc) {
    await allure.link(spec.doc, 'Yuno docs');
  }
}

/** Records violations on the test (for drift.json) and returns the failure text, or '' when none. */
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
