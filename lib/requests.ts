// A request as the SDK gate sees it: which operation of the contract it is (by method and path
// template), and what the registry's request rules find wrong with it (lib/rules/requests.ts).
import type { Contract, Operation } from './contract.js';
import { RULE_IDS, RULES } from './rules/index.js';
import type { GateRequest } from './rules/types.js';
import type { Violation } from './violation.js';

const REQUEST_CHECKED = RULE_IDS.filter((id) => RULES[id].request);

/** A request an SDK sent, as the emulator records it and the SDK gate judges it. */
export interface RecordedRequest {
  at: string;
  method: string;
  /** The path under the API's version (/payments/{id} as sent: /payments/9b0...). */
  path: string;
  operationId?: string;
  status: number;
  /** Sent with `x-conformance-expect: invalid`: the SDK's own test of a refusal, which must be refused (4xx). */
  deliberate: boolean;
  /** What the request rules found; one a registered doc conflict explains names it (`conflict`). */
  violations: Violation[];
  /** The host the SDK addressed (through the gate's proxy), when known. */
  host?: string;
  /** The answer's error code and first message, when the answer refused the request (4xx, 5xx). */
  refusal?: { code?: string; message?: string };
}
const templates = new WeakMap<Contract, Array<{ op: Operation; re: RegExp; names: string[] }>>();

/** The operation a method and path are (path parameters read off the path), or undefined. */
export function operationOf(
  contract: Contract,
  method: string,
  path: string,
): { op: Operation; params: Record<string, string> } | undefined {
  let list = templates.get(contract);
  if (!list) {
    list = [...contract.operations.values()]
      .filter((o) => !o.webhook)
      .map((op) => {
        const names: string[] = [];
        const source = op.path.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`));
        const re = new RegExp(
          `^${source.replace(/\{([^}]+)\}/g, (_, n: string) => {
            names.push(n);
            return '([^/]+)';
          })}/?$`,
        );
        return { op, re, names };
      })
      // Literal segments win over parameters (/reports/list before /reports/{report_id}).
      .sort((a, b) => b.op.path.replace(/\{[^}]+\}/g, '').length - a.op.path.replace(/\{[^}]+\}/g, '').length);
    templates.set(contract, list);
  }
  const m = method.toUpperCase();
  for (const t of list) {
    if (t.op.method !== m) continue;
    const hit = t.re.exec(path);
    if (hit)
      return { op: t.op, params: Object.fromEntries(t.names.map((n, i) => [n, decodeURIComponent(hit[i + 1]!)])) };
  }
  return undefined;
}

/** The violations of one request, given the operation it matched (undefined: none matched). */
export function requestViolations(contract: Contract, op: Operation | undefined, req: GateRequest): Violation[] {
  const out: Violation[] = [];
  for (const rule of REQUEST_CHECKED) {
    const entry = RULES[rule];
    for (const v of entry.request!.check(req, op, contract)) {
      out.push({
        kind: 'request',
        rule,
        operation: op?.operationId ?? `${req.method} ${req.path}`,
        doc: entry.doc,
        ...v,
      });
    }
  }
  return out;
}

/** The violations of a request, its operation found by method and path. */
export function requestViolationsOf(contract: Contract, req: GateRequest): Violation[] {
  const hit = operationOf(contract, req.method, req.path);
  return requestViolations(contract, hit?.op, { ...req, params: hit?.params ?? req.params });
}

const UUID_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a path segment is an identifier rather than a name: a UUID, a number, a token-like string. */
export function isIdSegment(segment: string): boolean {
  const s = decodeURIComponent(segment);
  return (
    UUID_SEGMENT.test(s) ||
    /^\d+$/.test(s) ||
    (/\d/.test(s) && s.length >= 8 && /^[\w.-]+$/.test(s)) ||
    /^[A-Za-z0-9_-]{24,}$/.test(s)
  );
}

/**
 * The template a request's path is grouped under: its operation's path when it matches one, else the
 * path with its identifiers collapsed (/refunds/9b0e.../items -> /refunds/{id}/items).
 */
export function pathTemplate(contract: Contract, method: string, path: string): string {
  const hit = operationOf(contract, method, path);
  if (hit) return hit.op.path;
  return path
    .split('/')
    .map((seg) => (seg && isIdSegment(seg) ? '{id}' : seg))
    .join('/');
}
