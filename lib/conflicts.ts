// Recognises a violation as the other side of a registered doc conflict (specs/doc-conflicts.yaml).
// Every matcher is scoped (the loader refuses one that is not): to operations or a location, and to
// an observed value, a refusal's message (matched regardless of case), a status or an object rule.

import { type Conflict, type ConflictMatch, loadSpecs, type Specs } from './specs.js';
import type { Violation } from './violation.js';

const regexes = new Map<string, RegExp>();
const re = (s: string, flags = ''): RegExp => {
  let r = regexes.get(flags + s);
  if (!r) regexes.set(flags + s, (r = new RegExp(s, flags)));
  return r;
};

/** True when a JSON pointer exists in a body. */
function has(body: unknown, pointer: string): boolean {
  let node: unknown = body;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

export function matches(m: ConflictMatch, o: Violation, body?: unknown): boolean {
  return (
    (m.kind === undefined || m.kind === o.kind) &&
    (m.operations === undefined || m.operations.includes(o.operation)) &&
    (m.location === undefined || re(m.location).test(o.location ?? '')) &&
    (m.rule === undefined || m.rule === o.rule) &&
    (m.keyword === undefined || m.keyword === o.keyword) &&
    (m.observed === undefined || re(m.observed).test(o.class ?? '')) &&
    (m.status === undefined || re(m.status).test(String(o.status ?? ''))) &&
    (m.message === undefined || re(m.message, 'i').test(o.detail ?? '')) &&
    (m.body_has === undefined || has(body, m.body_has)) &&
    (m.ratio === undefined ||
      (o.values !== undefined &&
        Math.abs(o.values[1] - o.values[0] * m.ratio) < 1e-9 * Math.max(1, Math.abs(o.values[1]))))
  );
}

/** The conflict a classified violation is the other side of, if any. */
export function conflictOf(o: Violation, body?: unknown, specs: Specs = loadSpecs()): Conflict | undefined {
  return specs.conflicts.conflicts.find((c) => (c.match ?? []).some((m) => matches(m, o, body)));
}
