// What the gate concludes from the requests it heard. Every request is one of: a documented operation
// (checked by the registry's request rules), a path no operation has (grouped by template, ids
// collapsed), or an operation Yuno documents outside the contract (a coverage gap of ours, not the
// SDK's fault). Counts are per request and per problem, named as such. A request sent with
// `x-conformance-expect: invalid` must be refused (4xx), or that is a problem of its own. A refusal
// of a request the contract allows is the gate's own fault, reported apart so the SDK team sees it;
// a body the docs show on both sides is a warning naming the conflict and the side the real API may take.
import { hasOperation } from '../../resources/index.js';
import type { Contract } from '../contract.js';
import { pathTemplate, type RecordedRequest } from '../requests.js';
import { DOC } from '../rules/docs.js';
import { RULE_IDS, RULES, type RuleId } from '../rules/index.js';
import { loadSpecs } from '../specs.js';
import type { Violation } from '../violation.js';

/** The checks the gate itself makes, beside the registry's request rules: stable ids, statements, pages. */
export const GATE_CHECKS = {
  'gate-refusal-verified': {
    statement:
      'A request the SDK sends with x-conformance-expect: invalid (its own test of a refusal) is refused with a 4xx; answered otherwise, the test proves nothing.',
    doc: DOC.responseCodes,
  },
  'gate-declared-exercised': {
    statement: "Every operation the SDK declares it implements (--declare) is exercised by the SDK's own tests.",
    doc: DOC.apiOverview,
  },
} as const;
export type GateCheckId = keyof typeof GATE_CHECKS;
export type CheckId = RuleId | GateCheckId;

/** The request rules, in registry order. */
export const REQUEST_RULES = RULE_IDS.filter((id) => RULES[id].request);

export interface Problem {
  check: CheckId;
  operationId?: string;
  method: string;
  /** The operation's path template, or the request's path with its ids collapsed. */
  template: string;
  pointer: string;
  expected: string;
  observed: string;
  /** The docs page that says so. */
  doc: string;
  /** The docs' own words where the contract records them (x-doc-note of an enum). */
  note?: string;
  /** The registered conflict that shows this form too, when the real API is expected to refuse it. */
  conflict?: string;
  real_api?: string;
  /** Requests with this problem. */
  count: number;
}

export interface Warning {
  check: CheckId;
  operationId: string;
  method: string;
  template: string;
  pointer: string;
  expected: string;
  observed: string;
  doc: string;
  conflict: string;
  real_api: string;
  note?: string;
  count: number;
}

export interface GateFault {
  kind: 'refused-valid' | 'emulator-error' | 'not-served';
  operationId?: string;
  method: string;
  template: string;
  status: number;
  code?: string;
  message?: string;
  count: number;
}

export interface CoverageGap {
  method: string;
  template: string;
  /** The docs file that documents it. */
  source?: string;
  count: number;
}

export interface CheckTally {
  id: CheckId;
  statement: string;
  doc: string;
  /** Requests (or, for gate-declared-exercised, the declaration) that passed, failed, passed with a warning. */
  passed: number;
  failed: number;
  warned: number;
}

export interface OperationResult {
  operationId: string;
  method: string;
  path: string;
  doc: string;
  /** Requests the SDK sent to it, deliberate ones included. */
  calls: number;
  deliberate: number;
  /** Requests to it with at least one problem (a deliberate one answered other than 4xx included). */
  requestsWithProblems: number;
  declared?: boolean;
  checks: CheckTally[];
  problems: Problem[];
  warnings: Warning[];
}

export interface Judgement {
  counts: {
    /** Every request that reached the gate (Yuno hosts and YUNO_BASE_URL). */
    requests: number;
    /** Requests judged as the SDK's: all but coverage gaps (deliberate ones included: they must be refused). */
    judged: number;
    /** Of those, requests with no problem (warnings allowed). */
    requestsOk: number;
    requestsWithProblems: number;
    /** Problems, counted once per request and problem (a request can have several). */
    problems: number;
    warnings: number;
    deliberate: number;
    deliberateRefused: number;
    gateFaults: number;
    coverageGaps: number;
    operationsDocumented: number;
    operationsExercised: number;
    declared: number | null;
    declaredUnexercised: number;
  };
  operations: OperationResult[];
  unknown: Array<{ method: string; template: string; count: number; paths: string[]; doc: string }>;
  /** Requests to no documented operation, marked invalid by the SDK, that were not refused. */
  unverifiedUnknown: Problem[];
  coverageGaps: CoverageGap[];
  gateFaults: GateFault[];
  neverExercised: string[];
  declared: { operations: string[]; unexercised: string[]; undeclaredCalled: string[] } | null;
  refusedHosts: Array<{ host: string; count: number }>;
  /** The hosts the requests were addressed to (api-sandbox.y.uno through the proxy, the gate's own for YUNO_BASE_URL). */
  hosts: Array<{ host: string; count: number }>;
}

export interface JudgeOptions {
  contract: Contract;
  /** Operations the SDK declares it implements (operationIds), when it declared them. */
  declared?: string[];
  /** Operations Yuno documents that the contract lacks (METHOD and path template), e.g. from --docs. */
  documentedElsewhere?: Array<{ method: string; path: string; source?: string }>;
  refusedHosts?: Map<string, number>;
}

const conflictSide = (() => {
  let cache: Map<string, { emulator: 'accepts' | 'refuses'; real_api: string }> | undefined;
  return (id: string) => {
    cache ??= new Map(
      loadSpecs()
        .conflicts.conflicts.filter((c) => c.request)
        .map((c) => [c.id, { emulator: c.request!.emulator, real_api: c.request!.real_api }]),
    );
    return cache.get(id);
  };
})();

/** A violation the SDK is answerable for (not a form the docs show and the emulator accepts). */
const isProblem = (v: Violation): boolean => !v.conflict || conflictSide(v.conflict)?.emulator !== 'accepts';

/** An answer that refuses a request as invalid (the emulator's validation, or a stricter rule of ours). */
const refusedAsInvalid = (r: RecordedRequest): boolean =>
  (r.status === 400 || r.status === 422) && /^invalid request/i.test(r.refusal?.message ?? '');

const templateRe = (path: string): RegExp =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}/?$`);

const noteOf = (contract: Contract, v: Violation): string | undefined => {
  if (v.keyword !== 'enum' || !v.location) return undefined;
  try {
    const note = contract.schemaAt(v.location)['x-doc-note'];
    return typeof note === 'string' ? note : undefined;
  } catch {
    return undefined;
  }
};

function bump<T extends { count: number }>(map: Map<string, T>, key: string, make: () => Omit<T, 'count'>): void {
  const seen = map.get(key);
  if (seen) seen.count++;
  else map.set(key, { ...make(), count: 1 } as T);
}

export function judge(requests: RecordedRequest[], o: JudgeOptions): Judgement {
  const { contract } = o;
  const documented = [...contract.operations.values()].filter((x) => !x.webhook);
  const elsewhere = (o.documentedElsewhere ?? []).map((d) => ({ ...d, re: templateRe(d.path) }));
  const declared = o.declared ? new Set(o.declared) : undefined;

  const unknown = new Map<string, Judgement['unknown'][number]>();
  const gaps = new Map<string, CoverageGap>();
  const faults = new Map<string, GateFault>();
  const unverifiedUnknown = new Map<string, Problem>();
  let judged = 0;
  let withProblems = 0;
  let problemCount = 0;
  let warningCount = 0;
  let deliberate = 0;
  let deliberateRefused = 0;

  const perOp = new Map<string, RecordedRequest[]>();
  for (const r of requests) {
    if (r.operationId) {
      const list = perOp.get(r.operationId) ?? [];
      list.push(r);
      perOp.set(r.operationId, list);
    }
    const template = pathTemplate(contract, r.method, r.path);
    // The gate's own faults first: they are never the SDK's.
    if (r.status >= 500) {
      const kind: GateFault['kind'] = r.operationId && !hasOperation(r.operationId) ? 'not-served' : 'emulator-error';
      bump(faults, `${kind} ${r.method} ${template} ${r.status}`, () => ({
        kind,
        operationId: r.operationId,
        method: r.method,
        template,
        status: r.status,
        ...r.refusal,
      }));
    }
    if (r.deliberate) {
      deliberate++;
      judged++;
      if (r.status >= 400 && r.status < 500) deliberateRefused++;
      else if (r.status < 500) {
        withProblems++;
        problemCount++;
        if (!r.operationId)
          bump(unverifiedUnknown, `${r.method} ${template} ${r.status}`, () => ({
            check: 'gate-refusal-verified' as const,
            method: r.method,
            template,
            pointer: 'header:x-conformance-expect',
            expected: 'refused with a 4xx (the request was marked invalid by the SDK)',
            observed: `answered ${r.status}`,
            doc: GATE_CHECKS['gate-refusal-verified'].doc,
          }));
      }
      continue;
    }
    if (!r.operationId) {
      const gap = r.path.startsWith('/')
        ? elsewhere.find((d) => d.method === r.method && d.re.test(r.path))
        : undefined;
      if (gap) {
        bump(gaps, `${r.method} ${gap.path}`, () => ({ method: r.method, template: gap.path, source: gap.source }));
        continue;
      }
      judged++;
      withProblems++;
      problemCount++;
      const u = unknown.get(`${r.method} ${template}`);
      if (u) {
        u.count++;
        if (u.paths.length < 3 && !u.paths.includes(r.path)) u.paths.push(r.path);
      } else
        unknown.set(`${r.method} ${template}`, {
          method: r.method,
          template,
          count: 1,
          paths: [r.path],
          doc: RULES['request-documented'].doc,
        });
      continue;
    }
    judged++;
    const problems = r.violations.filter(isProblem);
    const warnings = r.violations.filter((v) => !isProblem(v));
    warningCount += warnings.length;
    if (problems.length) {
      withProblems++;
      problemCount += problems.length;
    } else if (refusedAsInvalid(r)) {
      bump(faults, `refused-valid ${r.method} ${template} ${r.status} ${r.refusal?.code}`, () => ({
        kind: 'refused-valid' as const,
        operationId: r.operationId,
        method: r.method,
        template,
        status: r.status,
        ...r.refusal,
      }));
    }
  }

  const operations: OperationResult[] = documented.map((op) => {
    const mine = perOp.get(op.operationId) ?? [];
    const counted = mine.filter((r) => !r.deliberate);
    const problems = new Map<string, Problem>();
    const warnings = new Map<string, Warning>();
    const checks: CheckTally[] = REQUEST_RULES.map((id) => {
      const tally: CheckTally = {
        id,
        statement: RULES[id].statement,
        doc: RULES[id].doc,
        passed: 0,
        failed: 0,
        warned: 0,
      };
      for (const r of counted) {
        const here = r.violations.filter((v) => v.rule === id);
        if (!here.length) tally.passed++;
        else if (here.some(isProblem)) tally.failed++;
        else tally.warned++;
      }
      return tally;
    });
    for (const r of counted) {
      for (const v of r.violations) {
        const base = {
          check: v.rule as CheckId,
          operationId: op.operationId,
          method: op.method,
          template: op.path,
          pointer: v.pointer,
          expected: v.expected,
          observed: String(v.observed),
          doc: v.doc ?? op.doc,
        };
        const key = `${v.rule} ${v.pointer} ${v.expected} ${String(v.observed)}`;
        if (isProblem(v)) {
          const side = v.conflict ? conflictSide(v.conflict) : undefined;
          const note = noteOf(contract, v);
          bump(problems, key, () => ({
            ...base,
            ...(note ? { note } : {}),
            ...(v.conflict ? { conflict: v.conflict, real_api: side?.real_api } : {}),
          }));
        } else {
          const note = noteOf(contract, v);
          bump(warnings, key, () => ({
            ...base,
            ...(note ? { note } : {}),
            conflict: v.conflict!,
            real_api: conflictSide(v.conflict!)!.real_api,
          }));
        }
      }
    }
    const mineDeliberate = mine.filter((r) => r.deliberate);
    if (mineDeliberate.length) {
      const unverified = mineDeliberate.filter((r) => !(r.status >= 400 && r.status < 500));
      checks.push({
        id: 'gate-refusal-verified',
        ...GATE_CHECKS['gate-refusal-verified'],
        passed: mineDeliberate.length - unverified.length,
        failed: unverified.filter((r) => r.status < 500).length,
        warned: 0,
      });
      for (const r of unverified.filter((x) => x.status < 500)) {
        bump(problems, `gate-refusal-verified ${r.status}`, () => ({
          check: 'gate-refusal-verified' as const,
          operationId: op.operationId,
          method: op.method,
          template: op.path,
          pointer: 'header:x-conformance-expect',
          expected: 'refused with a 4xx (the request was marked invalid by the SDK)',
          observed: `answered ${r.status}`,
          doc: GATE_CHECKS['gate-refusal-verified'].doc,
        }));
      }
    }
    const isDeclared = declared?.has(op.operationId);
    if (declared && isDeclared) {
      const exercised = counted.length > 0;
      checks.push({
        id: 'gate-declared-exercised',
        ...GATE_CHECKS['gate-declared-exercised'],
        passed: exercised ? 1 : 0,
        failed: exercised ? 0 : 1,
        warned: 0,
      });
      if (!exercised) {
        problemCount++;
        problems.set('gate-declared-exercised', {
          check: 'gate-declared-exercised',
          operationId: op.operationId,
          method: op.method,
          template: op.path,
          pointer: '',
          expected: "exercised by the SDK's tests (declared in --declare)",
          observed: mine.length ? 'only deliberately invalid requests' : 'never called',
          doc: op.doc,
          count: 1,
        });
      }
    }
    return {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      doc: op.doc,
      calls: mine.length,
      deliberate: mineDeliberate.length,
      requestsWithProblems:
        counted.filter((r) => r.violations.some(isProblem)).length +
        mineDeliberate.filter((r) => r.status < 400).length,
      ...(declared ? { declared: isDeclared } : {}),
      checks,
      problems: [...problems.values()],
      warnings: [...warnings.values()],
    };
  });

  const exercised = operations.filter((x) => x.calls - x.deliberate > 0);
  const declaredOut = declared
    ? {
        operations: [...declared],
        unexercised: operations.filter((x) => x.declared && x.calls - x.deliberate === 0).map((x) => x.operationId),
        undeclaredCalled: exercised.filter((x) => !declared.has(x.operationId)).map((x) => x.operationId),
      }
    : null;
  return {
    counts: {
      requests: requests.length,
      judged,
      requestsOk: judged - withProblems,
      requestsWithProblems: withProblems,
      problems: problemCount,
      warnings: warningCount,
      deliberate,
      deliberateRefused,
      gateFaults: [...faults.values()].reduce((n, f) => n + f.count, 0),
      coverageGaps: [...gaps.values()].reduce((n, g) => n + g.count, 0),
      operationsDocumented: operations.length,
      operationsExercised: exercised.length,
      declared: declared ? declared.size : null,
      declaredUnexercised: declaredOut?.unexercised.length ?? 0,
    },
    operations,
    unknown: [...unknown.values()],
    unverifiedUnknown: [...unverifiedUnknown.values()],
    coverageGaps: [...gaps.values()],
    gateFaults: [...faults.values()],
    neverExercised: operations.filter((x) => x.calls === 0).map((x) => x.operationId),
    declared: declaredOut,
    refusedHosts: [...(o.refusedHosts ?? new Map()).entries()].map(([host, count]) => ({ host, count })),
    hosts: [
      ...requests
        .reduce(
          (m, r) => m.set(r.host ?? 'the emulator', (m.get(r.host ?? 'the emulator') ?? 0) + 1),
          new Map<string, number>(),
        )
        .entries(),
    ].map(([host, count]) => ({ host, count })),
  };
}
