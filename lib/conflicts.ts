// Recognises a violation as the other side of a registered doc conflict (specs/doc-conflicts.yaml).
// Every matcher is scoped (the loader refuses one that is not): to operations or a location, and to
// an observed value, a refusal's message (matched regardless of case), a status or an object rule.
// A conflict's request side (`request`) recognises a request the docs show against the contract: a
// form is recognised when every one of its matchers finds its violation in the same request; the
// emulator's validation and the SDK gate both read it.

import { Contract } from './contract.js';
import { type Conflict, type ConflictMatch, loadSpecs, type RequestMatch, type Specs } from './specs.js';
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

/** The conflict a classified violation is the other side of, if any (a request's: its request side too). */
export function conflictOf(o: Violation, body?: unknown, specs: Specs = loadSpecs()): Conflict | undefined {
  const named = specs.conflicts.conflicts.find((c) => (c.match ?? []).some((m) => matches(m, o, body)));
  if (named || o.rule !== 'request-schema') return named;
  // A request example (docs:check): the request's every violation decides which form it is.
  const all = Contract.load().checkRequestBody(o.operation, body);
  const same = all.findIndex((v) => v.pointer === o.pointer && v.keyword === o.keyword && v.expected === o.expected);
  return same < 0 ? undefined : requestConflicts(o.operation, all, body, specs)[same];
}

/** A request's violation as request matchers read it: the pointer, the keyword, what was sent as JSON. */
export function requestSide(v: Violation): { pointer: string; keyword: string; sent: string } {
  if (v.keyword === 'required') {
    const prop = String(v.observed).replace(/^missing /, '');
    return {
      pointer: `${v.pointer}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      keyword: 'required',
      sent: 'missing',
    };
  }
  return { pointer: v.pointer, keyword: v.keyword ?? '', sent: JSON.stringify(v.observed) ?? String(v.observed) };
}

export function matchesRequest(m: RequestMatch, operation: string, v: Violation, body: unknown): boolean {
  const side = requestSide(v);
  return (
    m.operations.includes(operation) &&
    re(m.pointer).test(side.pointer) &&
    m.keyword === side.keyword &&
    re(m.sent).test(side.sent) &&
    (m.body_has === undefined || has(body, m.body_has))
  );
}

/**
 * For each violation of one request's body (Contract.checkRequestBody), the conflict whose request
 * side shows that form of the request, if any: a form counts when each of its matchers finds a
 * violation of this request, and then claims the violations its matchers find.
 */
export function requestConflicts(
  operation: string,
  violations: Violation[],
  body: unknown,
  specs: Specs = loadSpecs(),
): Array<Conflict | undefined> {
  const out: Array<Conflict | undefined> = violations.map(() => undefined);
  for (const c of specs.conflicts.conflicts) {
    for (const form of c.request?.forms ?? []) {
      const hits = form.match.map((m) =>
        violations.flatMap((v, i) => (matchesRequest(m, operation, v, body) ? [i] : [])),
      );
      if (hits.some((h) => h.length === 0)) continue;
      for (const i of hits.flat()) out[i] ??= c;
    }
  }
  return out;
}

/**
 * True when every violation of a request's body is a form the docs show that the emulator accepts
 * (a conflict's request side with `emulator: accepts`): the emulator then serves the request.
 */
export function acceptedOtherSide(operation: string, violations: Violation[], body: unknown): boolean {
  if (!violations.length) return false;
  return requestConflicts(operation, violations, body).every((c) => c?.request?.emulator === 'accepts');
}
