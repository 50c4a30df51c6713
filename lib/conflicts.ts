// Recognises a violation as one side of a registered doc conflict (specs/doc-conflicts.yaml).
import type { Violation } from './contract.js';
import { loadSpecs, type Conflict, type Specs } from './specs.js';

export function conflictOf(v: Violation, specs: Specs = loadSpecs()): Conflict | undefined {
  const observedJson = observedText(v.observed);
  return specs.conflicts.conflicts.find((c) =>
    (c.match ?? []).some(
      (m) =>
        (m.operation === undefined || new RegExp(m.operation).test(v.operation)) &&
        (m.pointer === undefined || new RegExp(m.pointer).test(v.pointer)) &&
        (m.rule === undefined || m.rule === v.rule) &&
        (m.keyword === undefined || m.keyword === v.keyword) &&
        (m.status === undefined || new RegExp(m.status).test(String(v.status ?? ''))) &&
        (m.observed === undefined || new RegExp(m.observed).test(observedJson)),
    ),
  );
}

/** The observed value as conflict matchers see it: JSON, or the property name for a missing one. */
export function observedText(o: unknown): string {
  if (typeof o === 'string' && o.startsWith('missing ')) return o.slice('missing '.length);
  return JSON.stringify(o) ?? String(o);
}
