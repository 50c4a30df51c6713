// Findings: what the drift report is made of. A violation (lib/violation.ts) is one thing a check saw
// differ from the contract in one answer (a response breaking it, a refused valid request, a wrong HTTP
// status, an operation the target does not serve, keys not checked); classified here, it says what
// makes it the same difference as another. A finding is one underlying difference: every violation
// with the same kind, rule, normalised location and observed class, whatever the test, the operation
// or the place in the body - with its occurrences.
import { createHash } from 'node:crypto';
import { checkResponse, checkWebhook } from './checks.js';
import { conflictOf } from './conflicts.js';
import { Contract } from './contract.js';
import { RULES, type RuleId, refusalOf } from './rules/index.js';
import type { Classified, Violation, ViolationKind } from './violation.js';

export { VIOLATION_KINDS as FINDING_KINDS } from './violation.js';
export type FindingKind = ViolationKind;
export type { Classified, Violation } from './violation.js';

/** An answer as the classification sees it. */
export interface Answer {
  operationId: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  rawBody?: string;
  /** True when the request was sent on purpose against the contract (malformed()). */
  malformed?: boolean;
}

const short = (v: unknown): string => (JSON.stringify(v) ?? String(v)).slice(0, 120);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The observed class of a violation: what makes two violations the same difference. */
function observedClass(v: Violation): string {
  if (RULES[v.rule as RuleId]?.area === 'consistency') {
    if (v.observed === undefined || v.observed === null || v.observed === 'not among them')
      return v.observed === 'not among them' ? 'missing' : 'nothing';
    if (typeof v.expectedValue === 'number' && typeof v.observed === 'number' && v.expectedValue !== 0) {
      const ratio = v.observed / v.expectedValue;
      return Number.isInteger(ratio) || Number.isInteger(1 / ratio)
        ? `x ${Number(ratio.toPrecision(6))}`
        : 'another number';
    }
    return `another ${typeOf(v.observed)}`;
  }
  switch (v.keyword) {
    case 'enum':
    case 'const':
      return short(v.observed);
    case 'type':
      return `type ${typeOf(v.observed)}`;
    case 'required':
      return String(v.observed);
    case 'additionalProperties':
    case 'json':
      return v.expected;
    case undefined:
      return typeof v.observed === 'string' ? v.observed : short(v.observed);
    default:
      return `not ${v.expected}`;
  }
}

const KIND_OF_RULE: Record<string, ViolationKind> = { 'status-code-declared': 'status' };

/** A violation classified: its kind, normalised location, observed class, sample, and the conflict that explains it. */
export function classify(v: Violation, answer?: Answer): Classified {
  const rule = RULES[v.rule as RuleId];
  const location =
    v.location ??
    (rule?.objects
      ? `#/components/schemas/${rule.objects.appliesTo}`
      : v.rule === 'status-code-declared'
        ? `${v.operation} responses`
        : v.pointer);
  const o: Classified = {
    ...v,
    kind: v.kind ?? KIND_OF_RULE[v.rule] ?? (rule?.area === 'consistency' ? 'consistency' : 'response'),
    location,
    class: v.class ?? observedClass(v),
    sample: v.sample ?? short(v.observed),
  };
  if (typeof v.expectedValue === 'number' && typeof v.observed === 'number') o.values = [v.expectedValue, v.observed];
  o.conflict = conflictOf(o, answer?.body)?.id;
  return o;
}

/**
 * True when the answer says the target does not serve the operation at all: 405, or a 404 that
 * cannot be "no such resource" (the operation names no resource, or the body is not an error body).
 */
export function isUnserved(a: Answer): boolean {
  if (a.status === 405) return true;
  if (a.status !== 404) return false;
  const op = Contract.load().operations.get(a.operationId);
  if (!op) return true;
  // A resource can be missing only where the operation names one (a path id) or declares 404 (a lookup),
  // and then the answer is an error body of Yuno's (its code may still be undocumented: the contract
  // check reports that); anything else (a gateway's or a router's "no route") is the route missing.
  const aboutResource = op.parameters.some((p) => p.in === 'path') || op.responses['404'] !== undefined;
  return !aboutResource || !isErrorBody(a.body);
}

/**
 * An answer a mock made up itself (Prism's problem+json: a 401 for missing keys where the description
 * documents none, a 422 for a request it could not route or validate). Against a stand-in it says
 * something about the mock, not about the API: the drift rehearsal counts it apart, as no finding.
 */
export function isMockArtefact(a: Answer): boolean {
  const ct = (a.headers['content-type'] ?? '').toLowerCase();
  const type = typeof a.body === 'object' && a.body !== null ? (a.body as { type?: unknown }).type : undefined;
  return (
    ct.startsWith('application/problem+json') &&
    typeof type === 'string' &&
    type.startsWith('https://stoplight.io/prism/errors#')
  );
}

/** An error body of a shape Yuno documents: {code, messages} (or {error: {code}}, conflict error-body-shape). */
function isErrorBody(b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return false;
  const o = b as Record<string, unknown>;
  return (
    typeof o.code === 'string' ||
    (typeof o.error === 'object' && o.error !== null && typeof (o.error as Record<string, unknown>).code === 'string')
  );
}

/**
 * What an error answer says: its code and messages (or a problem's title and detail), and, from a
 * mock, the request violations it reports in its sl-violations header (Prism's way of saying why).
 */
function detailOf(a: Answer): string {
  const b = typeof a.body === 'object' && a.body !== null ? (a.body as Record<string, unknown>) : undefined;
  const violations = a.headers['sl-violations'];
  let said = '';
  if (violations) {
    try {
      said = ` [${(JSON.parse(violations) as Array<{ message?: string }>)
        .map((v) => v.message)
        .filter(Boolean)
        .join('; ')}]`;
    } catch {
      said = ` [${violations.slice(0, 300)}]`;
    }
  }
  if (!b) return `${String(a.rawBody ?? a.body ?? '').slice(0, 300)}${said}`;
  const messages = Array.isArray(b.messages)
    ? b.messages.join('; ')
    : typeof b.message === 'string'
      ? b.message
      : typeof b.detail === 'string'
        ? b.detail
        : JSON.stringify(b).slice(0, 300);
  return `${typeof b.code === 'string' ? b.code : typeof b.title === 'string' ? b.title : 'no code'}: ${messages}${said}`.slice(
    0,
    600,
  );
}

/** A violation built here (not by a check): its class is what was observed, and the conflict that explains it is looked up. */
function withConflict(
  v: Violation & { kind: ViolationKind; location: string; sample: string },
  body: unknown,
): Classified {
  const o: Classified = { ...v, class: v.class ?? String(v.observed) };
  o.conflict = conflictOf(o, body)?.id;
  return o;
}

/**
 * Everything wrong with an answer on its own, whatever the test expected: an operation the target
 * does not serve, or the violations of the contract and of every rule checked on every response.
 */
export function answerViolations(a: Answer, contract: Contract = Contract.load()): Classified[] {
  if (isUnserved(a)) {
    return [
      withConflict(
        {
          kind: 'unserved-operation',
          rule: 'operation-served',
          operation: a.operationId,
          status: a.status,
          pointer: '',
          location: `${a.operationId}`,
          expected: 'the operation is served',
          observed: `${a.status}`,
          sample: detailOf(a),
          detail: detailOf(a),
        },
        a.body,
      ),
    ];
  }
  const observations = checkResponse(
    { operationId: a.operationId, status: a.status, headers: a.headers, body: a.body, rawBody: a.rawBody },
    contract,
  ).map((v) => classify(v, a));
  return onePerPlace(observations);
}

/**
 * One observation per place, keyword and value: a value can break two schemas at once (a code
 * outside both the list of every code and the list for its status); the last, most specific, stays.
 */
function onePerPlace(observations: Classified[]): Classified[] {
  const byPlace = new Map<string, Classified>();
  for (const o of observations)
    byPlace.set(o.keyword ? `${o.rule} ${o.pointer} ${o.keyword} ${o.sample}` : `${byPlace.size} ${o.rule}`, o);
  return [...byPlace.values()];
}

/** Everything wrong with a webhook delivery: its payload against the contract's webhook, its headers. */
export function webhookViolations(
  operationId: string,
  body: unknown,
  headers: Record<string, string | string[] | undefined>,
): Classified[] {
  return checkWebhook(operationId, body, headers).map((v) =>
    classify(v, { operationId, status: 0, headers: {}, body }),
  );
}

/** What a test expected of an answer: a success, or the refusal a rule prescribes. */
export type Expected = { kind: 'success' } | { kind: 'refusal'; rule: RuleId; codes: readonly string[] };

/**
 * The observation when an answer is not what the test expected: a valid request refused (refusal),
 * a refusal answered with another HTTP status (status), keys not checked (auth), a refusal with an
 * undocumented code for it (response). Undefined when the answer is as expected, or already
 * observed as an operation the target does not serve.
 */
export function unexpected(a: Answer, e: Expected): Classified | undefined {
  if (isUnserved(a)) return undefined;
  if (e.kind === 'success') {
    if (a.status < 400 || a.malformed) return undefined;
    const code =
      typeof a.body === 'object' && a.body !== null
        ? String((a.body as { code?: unknown }).code ?? 'no code')
        : 'no code';
    return withConflict(
      {
        kind: 'refusal',
        rule: 'request-accepted',
        operation: a.operationId,
        status: a.status,
        pointer: '',
        location: a.operationId,
        expected: 'a success: the contract allows the request',
        observed: `${a.status} ${code}`,
        sample: detailOf(a),
        detail: detailOf(a),
      },
      a.body,
    );
  }
  const r = refusalOf(e.rule);
  const code = typeof a.body === 'object' && a.body !== null ? (a.body as { code?: unknown }).code : undefined;
  const expected = `${r.http.join(' or ')} ${r.codes === 'documented' ? 'with a documented code' : e.codes.join('|')}`;
  if (e.rule === 'auth-keys' && a.status < 400) {
    return withConflict(
      {
        kind: 'auth',
        rule: e.rule,
        operation: a.operationId,
        status: a.status,
        pointer: '',
        location: 'keys',
        expected,
        observed: 'served',
        sample: `${a.status} ${detailOf(a)}`,
      },
      a.body,
    );
  }
  if (!r.http.includes(a.status)) {
    return withConflict(
      {
        kind: 'status',
        rule: e.rule,
        operation: a.operationId,
        status: a.status,
        pointer: '',
        location: `refusal ${e.rule}`,
        expected,
        observed: `${a.status}`,
        sample: detailOf(a),
        detail: detailOf(a),
      },
      a.body,
    );
  }
  if (typeof code !== 'string' || !e.codes.includes(code)) {
    return withConflict(
      {
        kind: 'response',
        rule: e.rule,
        operation: a.operationId,
        status: a.status,
        pointer: '/code',
        location: `refusal ${e.rule}`,
        expected,
        observed: short(code),
        sample: detailOf(a),
        detail: detailOf(a),
      },
      a.body,
    );
  }
  return undefined;
}

/** What makes two violations the same difference. */
export function findingKey(o: Classified): string {
  const where = o.kind === 'refusal' || o.kind === 'unserved-operation' ? o.operation : o.location;
  return [o.kind, o.rule, where, o.keyword ?? '', o.class, o.conflict ?? ''].join(' | ');
}

export function findingId(o: Classified): string {
  return `${o.kind}-${createHash('sha1').update(findingKey(o)).digest('hex').slice(0, 10)}`;
}

/** A one-line title for a finding. */
export function findingTitle(o: Classified): string {
  switch (o.kind) {
    case 'refusal':
      return `${o.operation} refuses a request the contract allows: ${o.class}`;
    case 'unserved-operation':
      return `${o.operation} is not served (${o.class})`;
    case 'auth':
      return 'keys are not checked: a request with a missing, empty or wrong key is served';
    case 'status':
      return `${o.rule}: expected ${o.expected}, observed ${o.class}`;
    default:
      return `${o.rule}${o.keyword ? ` (${o.keyword})` : ''} at ${o.location.replace(/^#\/components\/schemas\//, '')}: expected ${o.expected}, observed ${o.class}`;
  }
}

/** One occurrence of a finding, as drift.json keeps it. */
export interface Occurrence {
  test: string;
  project: string;
  operation: string;
  status?: number;
  pointer: string;
  sample: string;
  /** One request and its answer, redacted (the first occurrence in each test keeps one). */
  exchange?: unknown;
}

export interface Finding {
  id: string;
  kind: ViolationKind;
  title: string;
  /** The API areas (contract tags) of the operations. */
  areas: string[];
  operations: string[];
  /** The normalised location of the difference. */
  pointer: string;
  rule: string;
  keyword?: string;
  expected: string;
  observed: string;
  /** The registered doc conflict it matches, or 'unregistered'. */
  conflict: string;
  doc?: string;
  count: number;
  occurrences: Occurrence[];
}

/** Violations (with where they were seen) collapsed into findings, most frequent first. */
export function collect(
  seen: Array<{ violation: Classified; test: string; project: string; exchange?: unknown }>,
): Finding[] {
  const contract = Contract.load();
  const byKey = new Map<string, Finding>();
  for (const { violation: o, test, project, exchange } of seen) {
    const key = findingKey(o);
    let f = byKey.get(key);
    if (!f) {
      f = {
        id: findingId(o),
        kind: o.kind,
        title: findingTitle(o),
        areas: [],
        operations: [],
        pointer: o.location,
        rule: o.rule,
        keyword: o.keyword,
        expected: o.expected,
        observed: o.class,
        conflict: o.conflict ?? 'unregistered',
        doc: o.doc,
        count: 0,
        occurrences: [],
      };
      byKey.set(key, f);
    }
    f.count++;
    if (!f.operations.includes(o.operation)) f.operations.push(o.operation);
    const area = contract.operations.get(o.operation)?.tag;
    if (area && !f.areas.includes(area)) f.areas.push(area);
    const withExchange = !f.occurrences.some((x) => x.test === test && x.exchange);
    f.occurrences.push({
      test,
      project,
      operation: o.operation,
      status: o.status,
      pointer: o.pointer,
      sample: o.sample,
      exchange: withExchange ? exchange : undefined,
    });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
