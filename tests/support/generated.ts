// The generated phase: an operation's cases (lib/generate/cases.ts) sent and judged. A case at a
// bound must be accepted (a documented business refusal is noted, not failed); a constraint broken
// alone must be refused with a status and code the operation documents; a method the path does not
// take must be refused with 405 and Allow; a key missing, empty or wrong with 401. On the mock, the
// document is checked against itself through Prism (its 422 is Prism's refusal, not Yuno's 400).
import { expect, test } from '@playwright/test';
import type { OpId } from '../../lib/api.js';
import { Contract } from '../../lib/contract.js';
import { isMockArtefact } from '../../lib/findings.js';
import { type Case, type CaseRequest, casesOf, requestViolations, type Side } from '../../lib/generate/cases.js';
import { operationOf } from '../../lib/requests.js';
import { because, type RuleId } from '../../lib/rules/index.js';
import { operationEntry } from '../../resources/index.js';
import type { ScenarioDeps } from '../../resources/kit.js';
import { requestOf } from '../../resources/scenario.js';
import type { ApiResponse, Auth, YunoClient } from './client.js';
import type { Target } from './target.js';

/** How one case ended. */
export type Verdict = 'proven' | 'business' | 'undocumented' | 'failed';

export interface Outcome {
  constraint: string;
  side: Side;
  what: string;
  verdict: Verdict;
  status: number;
  code?: string;
  rule?: RuleId;
  note?: string;
}

/** The codes that say "this request is invalid" (as opposed to a documented business refusal). */
const VALIDATION =
  /^(INVALID_REQUEST|INVALID_PARAMETERS?|MISSING_PARAMETERS?|BAD_REQUEST|VALIDATION_ERROR|[A-Z_]*_INVALID_REQUEST|INVALID_[A-Z_]*FORMAT)$/;

const codeOf = (res: ApiResponse<OpId>): string | undefined => {
  const b = res.body as { code?: unknown; error?: { code?: unknown } } | undefined;
  const c = b?.code ?? b?.error?.code;
  return typeof c === 'string' || typeof c === 'number' ? String(c) : undefined;
};

/** The operation's own valid request as the cases change it: its parameters, body and the headers the client fills in. */
export async function baseRequest(operationId: OpId, scenario: ScenarioDeps, api: YunoClient): Promise<CaseRequest> {
  const init = (await requestOf(operationId, scenario)) as {
    path?: Record<string, string>;
    query?: Record<string, unknown>;
    body?: unknown;
    headers?: Record<string, string>;
  };
  return {
    path: { ...(init.path ?? {}) },
    query: Object.fromEntries(Object.entries(init.query ?? {}).map(([k, v]) => [k, String(v)])),
    headers: { ...api.headersOf(operationId), ...(init.headers ?? {}) },
    body: init.body === undefined ? undefined : structuredClone(init.body),
  };
}

/** A fresh idempotency key for every case (a key a refusal consumed would refuse the next case). */
function withFreshKey(r: CaseRequest): CaseRequest {
  const k = Object.keys(r.headers).find((h) => h.toLowerCase() === 'x-idempotency-key');
  if (k && /^[0-9a-f-]{36}$/i.test(r.headers[k]!)) r.headers[k] = crypto.randomUUID();
  return r;
}

function send(
  api: YunoClient,
  operationId: OpId,
  r: CaseRequest,
  malformed: boolean,
  auth: Auth = 'keys',
  method?: string,
): Promise<ApiResponse<OpId>> {
  // An answer to a method the path does not take is no answer of the operation: its contract does not apply.
  return api.sendCase(
    operationId,
    {
      path: r.path,
      query: r.query,
      headers: r.headers,
      // Always JSON: a case whose body is a string sends that string as JSON, not as raw text.
      body: r.body === undefined ? undefined : JSON.stringify(r.body),
      bareHeaders: true,
      idempotencyKey: false,
      auth,
      method,
    },
    malformed,
    method === undefined,
  );
}

/** Judges the answer to a case, on the target's terms. */
function judge(c: Case, res: ApiResponse<OpId>, target: Target): Outcome {
  const contract = Contract.load();
  const op = contract.operation(c.constraint.operationId);
  const base = { constraint: c.constraint.id, side: c.side, what: c.what, status: res.status, code: codeOf(res) };
  const mockRefusal =
    !target.caps.validatesLikeYuno &&
    isMockArtefact({ operationId: op.operationId, status: res.status, headers: res.headers, body: res.body });
  if (res.status >= 500)
    return {
      ...base,
      verdict: 'failed',
      rule: c.side === 'accept' ? 'request-accepted' : 'constraint-enforced',
      note: 'a server error is no documented answer',
    };
  if (c.side === 'accept') {
    if (res.status < 300) return { ...base, verdict: 'proven' };
    if (mockRefusal)
      return {
        ...base,
        verdict: 'failed',
        rule: 'constraint-accepted',
        note: "the document's own mock refuses a request the document allows",
      };
    if (base.code && !VALIDATION.test(base.code))
      return { ...base, verdict: 'business', note: `refused for a documented reason (${base.code})` };
    return {
      ...base,
      verdict: 'failed',
      rule: 'constraint-accepted',
      note: 'a request the contract allows refused as invalid',
    };
  }
  if (res.status >= 400) return { ...base, verdict: 'proven' };
  const refusesInvalid = Object.keys(op.responses).some((s) => s === '400' || s === '422' || s === '4XX');
  if (!target.caps.validatesLikeYuno)
    return { ...base, verdict: 'undocumented', note: 'the mock does not enforce this keyword' };
  if (!refusesInvalid)
    return { ...base, verdict: 'undocumented', note: 'the operation documents no refusal of an invalid request' };
  return { ...base, verdict: 'failed', rule: 'constraint-enforced', note: 'served although it breaks the constraint' };
}

/** Cases sent at once in one test: refusals change nothing, so they need not wait on each other. */
const IN_FLIGHT = 4;
/** The most accept cases one request carries. */
const BATCH = 12;

/** Maps items with at most `n` promises pending, keeping their order. */
async function pool<T, R>(items: readonly T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, lane));
  return out;
}

/** Whether two accept cases can travel in one request: neither changes a place the other changes, or one inside it. */
function together(a: Case, b: Case): boolean {
  const [x, y] = [a.constraint, b.constraint];
  if (x.where !== y.where) return true;
  if (x.where === 'header') return x.at.toLowerCase() !== y.at.toLowerCase();
  if (x.where !== 'body') return x.at !== y.at;
  return !(x.at === '' || y.at === '' || x.at === y.at || x.at.startsWith(`${y.at}/`) || y.at.startsWith(`${x.at}/`));
}

/** Accept cases in groups that can travel together, in order, at most BATCH a group. */
function batches(cases: readonly Case[]): Case[][] {
  const out: Case[][] = [];
  for (const c of cases) {
    const g = out.find((b) => b.length < BATCH && b.every((o) => together(o, c)));
    if (g) g.push(c);
    else out.push([c]);
  }
  return out;
}

/**
 * The generated cases of one side of an operation, sent and judged. A case broken alone is sent
 * alone (a refusal proves only the constraint it breaks), several at a time. Cases at their bounds
 * travel together, each in its own place of one request: accepted, the request proves them all;
 * refused, it is split in halves down to the case that is refused, which is then judged alone.
 */
export async function runSide(
  side: Side,
  operationId: OpId,
  deps: { api: YunoClient; scenario: ScenarioDeps; target: Target },
): Promise<{
  outcomes: Outcome[];
  skipped: Array<{ constraint: string; why: string }>;
  seed: number;
  base: CaseRequest;
  /** Requests sent for the side's cases (fewer than the cases: accept cases travel together). */
  requests: number;
}> {
  const { api, scenario, target } = deps;
  const contract = Contract.load();
  const seed = target.config.generated.seed;
  const base = await baseRequest(operationId, scenario, api);
  const g = casesOf(contract, operationId, base, { seed, limit: target.config.generated.budget });
  const cases = g.cases.filter((c) => c.side === side);
  // A case that changes state needs its own setup: a capture, a cancel, a create of a unique name.
  const { relation } = operationEntry(operationId);
  const fresh =
    side === 'accept' &&
    target.caps.stateful &&
    relation !== 'reads' &&
    relation !== 'lists' &&
    contract.operation(operationId).method !== 'GET';
  let requests = 0;
  const sent = async (r: CaseRequest): Promise<ApiResponse<OpId>> => {
    requests++;
    return send(api, operationId, withFreshKey(structuredClone(r)), side === 'refuse');
  };
  const judged = (c: Case, res: ApiResponse<OpId>): Outcome => {
    const o = judge(c, res, target);
    if (o.verdict === 'failed') api.keep(res);
    return o;
  };
  const outcomes: Outcome[] = [];
  if (side === 'refuse') {
    outcomes.push(...(await pool(cases, IN_FLIGHT, async (c) => judged(c, await sent(c.request)))));
  } else {
    // The valid request itself first: the cases are changes to it.
    const self: Case = {
      constraint: { id: `${operationId} (the valid request)`, operationId, where: 'body', at: '', keyword: 'valid' },
      side,
      what: 'the valid request itself',
      request: base,
      apply: (r) => r,
    };
    outcomes.push(judged(self, await sent(base)));
    const byCase = new Map<Case, Outcome>();
    const run = async (group: Case[]): Promise<void> => {
      const start = fresh ? await baseRequest(operationId, scenario, api) : base;
      const request = group.reduce((r, c) => c.apply(r), start);
      // Together they may break what each alone does not (a oneOf, a header another needs): then apart.
      const valid = group.length === 1 || requestViolations(contract, operationId, request).length === 0;
      if (valid) {
        const res = await sent(request);
        if (group.length === 1 || (res.status >= 200 && res.status < 300)) {
          for (const c of group) byCase.set(c, judged(c, res));
          return;
        }
      }
      const half = Math.ceil(group.length / 2);
      await run(group.slice(0, half));
      await run(group.slice(half));
    };
    await pool(batches(cases), fresh ? 2 : IN_FLIGHT, run);
    outcomes.push(...cases.map((c) => byCase.get(c)!));
  }
  return {
    outcomes,
    skipped: g.skipped.filter((s) => s.side === side).map((s) => ({ constraint: s.constraint.id, why: s.why })),
    seed,
    base,
    requests,
  };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The methods a documented path does not take, each refused with 405 and an Allow header naming the ones it takes. */
export async function runMethods(operationId: OpId, api: YunoClient, target: Target): Promise<Outcome[]> {
  const contract = Contract.load();
  const op = contract.operation(operationId);
  const taken = [...contract.operations.values()].filter((o) => !o.webhook && o.path === op.path).map((o) => o.method);
  // One operation of a path speaks for it.
  if (taken[0] !== op.method) return [];
  const r: CaseRequest = {
    path: Object.fromEntries(
      op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, '3b241101-e2bb-4255-8caf-4136c566a962']),
    ),
    query: {},
    headers: {},
    body: undefined,
  };
  const out: Outcome[] = [];
  const concrete = op.path.replace(/\{([^}]+)\}/g, (_, n: string) => r.path[n] ?? 'x');
  // A method another documented template takes for this very URL (GET /customers/sessions is a customer read) is no undocumented one.
  const methods = METHODS.filter((x) => !taken.includes(x) && !operationOf(contract, x, concrete));
  for (const [m, res] of await pool(
    methods,
    IN_FLIGHT,
    async (m) => [m, await send(api, operationId, r, true, 'keys', m)] as const,
  )) {
    const allow = (res.headers.allow ?? '')
      .split(',')
      .map((x) => x.trim().toUpperCase())
      .filter(Boolean);
    const base = {
      constraint: `${op.path} ${m}`,
      side: 'refuse' as const,
      what: `${m} ${op.path} (the path takes ${taken.join(', ')})`,
      status: res.status,
      code: codeOf(res),
    };
    if (res.status === 405 && (!target.caps.validatesLikeYuno || taken.every((t) => allow.includes(t))))
      out.push({ ...base, verdict: 'proven' });
    else if (res.status === 405)
      out.push({
        ...base,
        verdict: 'failed',
        rule: 'method-refused',
        note: `the 405 names ${allow.length ? allow.join(', ') : 'no method'} in Allow, not ${taken.join(', ')}`,
      });
    else out.push({ ...base, verdict: 'failed', rule: 'method-refused', note: `answered ${res.status}, not 405` });
  }
  return out;
}

/** Each key missing, empty or wrong: refused with 401 (the wrong ones only where the target checks key values). */
export async function runKeys(
  operationId: OpId,
  base: CaseRequest,
  api: YunoClient,
  target: Target,
): Promise<Outcome[]> {
  const variants: Array<[string, Auth]> = [
    ['no keys at all', 'none'],
    ['public-api-key missing', { publicApiKey: null }],
    ['private-secret-key missing', { privateSecretKey: null }],
    ['public-api-key empty', { publicApiKey: '' }],
    ['private-secret-key empty', { privateSecretKey: '' }],
    ...(target.caps.checksKeyValues
      ? ([
          ['public-api-key wrong', { publicApiKey: 'pk_wrong_0000000000000000' }],
          ['private-secret-key wrong', { privateSecretKey: 'sk_wrong_0000000000000000' }],
        ] as Array<[string, Auth]>)
      : []),
  ];
  const out: Outcome[] = [];
  const answers = await pool(variants, IN_FLIGHT, ([, auth]) =>
    send(api, operationId, withFreshKey(structuredClone(base)), true, auth),
  );
  // The codes the operation documents for 401 (any, where it names none).
  const declared = Contract.load().declaredCodes(operationId, 401);
  for (const [i, [name]] of variants.entries()) {
    const res = answers[i]!;
    const code = codeOf(res);
    const codeOk = !declared.length || (code !== undefined && declared.includes(code));
    const verdict: Verdict = res.status === 401 && codeOk ? 'proven' : 'failed';
    out.push({
      constraint: `${operationId} keys`,
      side: 'refuse',
      what: name,
      verdict,
      status: res.status,
      code: codeOf(res),
      rule: verdict === 'failed' ? 'auth-keys' : undefined,
      note:
        verdict === 'failed'
          ? res.status === 401
            ? `answered 401 with ${code ?? 'no code'}, not one the operation documents (${declared.join(', ')})`
            : `answered ${res.status}, not 401`
          : undefined,
    });
  }
  return out;
}

/** An identifier of the operation's resource that none has: refused as not found (stateful targets). */
export async function runUnknown(
  operationId: OpId,
  base: CaseRequest,
  api: YunoClient,
  target: Target,
): Promise<Outcome[]> {
  const { def } = operationEntry(operationId);
  if (!def.identity || !target.caps.stateful) return [];
  const contract = Contract.load();
  const p = contract.operation(operationId).parameters.find((x) => x.in === 'path' && x.name === def.identity);
  if (!p) return [];
  // An identifier the contract accepts, that no resource was given: a new UUID where the schema takes one, else the base's, changed.
  const candidates = [crypto.randomUUID(), `${base.path[p.name] ?? 'x'}0`.slice(-64)];
  const unknown = candidates.find((c) => contract.validate(p.ref, c, { operation: operationId }).length === 0);
  if (!unknown) return [];
  const r = withFreshKey(structuredClone(base));
  r.path[p.name] = unknown;
  const res = await send(api, operationId, r, true);
  const declared = contract.declaredCodes(operationId, res.status);
  const code = codeOf(res);
  const ok =
    (res.status === 404 || res.status === 400) && (!declared.length || (code !== undefined && declared.includes(code)));
  return [
    {
      constraint: `${operationId} path:${p.name} found`,
      side: 'refuse',
      what: `${p.name} ${unknown} (no resource has it)`,
      verdict: ok ? 'proven' : 'failed',
      status: res.status,
      code,
      rule: ok ? undefined : 'resource-found',
      note: ok
        ? undefined
        : `answered ${res.status}${code ? ` ${code}` : ''}, not a not-found refusal the operation declares`,
    },
  ];
}

/** Records what a run of generated cases proved (the coverage page reads it) and fails on any failed case. */
export function report(
  title: string,
  outcomes: Outcome[],
  skipped: Array<{ constraint: string; why: string }>,
  seed: number,
): string[] {
  const info = test.info();
  info.annotations.push({
    type: 'generated',
    description: JSON.stringify({
      seed,
      outcomes: outcomes.map(({ constraint, side, verdict }) => ({ constraint, side, verdict })),
      skipped,
    }),
  });
  const noted = outcomes.filter((o) => o.verdict === 'business' || o.verdict === 'undocumented');
  if (noted.length)
    info.annotations.push({
      type: 'generated-notes',
      description: noted
        .slice(0, 20)
        .map((o) => `${o.what}: ${o.note}`)
        .join('; '),
    });
  return outcomes
    .filter((o) => o.verdict === 'failed')
    .map((o) =>
      because(
        o.rule!,
        `${o.what}: answered ${o.status}${o.code ? ` ${o.code}` : ''} — ${o.note ?? ''} (replay: YUNO_GEN_SEED=${seed} npx playwright test -g "${title}")`,
      ),
    );
}

/** The failures of a run, one soft assertion per rule (a failure's message starts with its rule, as the reports read it). */
export function expectNoFailures(failures: string[], what: string): void {
  const byRule = new Map<string, string[]>();
  for (const f of failures) {
    const rule = f.slice(0, f.indexOf(':'));
    byRule.set(rule, [...(byRule.get(rule) ?? []), f]);
  }
  for (const [rule, list] of byRule) expect.soft(list, `${rule}: ${what}`).toEqual([]);
}
