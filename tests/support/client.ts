// A typed client over Playwright's APIRequestContext. Paths, methods and parameters come from the
// contract; path, query, header and body types come from openapi/yuno.d.ts, so a misspelt parameter
// does not compile (tests/types/client.ts proves it). `malformed()` is the one, visibly named, way to
// send what the contract forbids. Every exchange is recorded (keys redacted) and handed to the
// observers the fixtures register: the contract check, the ledger of resources.
import { randomUUID } from 'node:crypto';
import { type APIRequestContext, test } from '@playwright/test';
import { Agent, type Dispatcher, ProxyAgent, request } from 'undici';
import type { Auth, CallArgs, Caller, CommonOptions, ErrorBody, OpId, SuccessBody } from '../../lib/api.js';
import { lightReports, setting } from '../../lib/config.js';
import { Contract } from '../../lib/contract.js';
import { type Classified, type Expected, findingId } from '../../lib/findings.js';
import { Redactor } from '../../lib/redact.js';
import { loadSpecs } from '../../lib/specs.js';
import type { Target } from './target.js';

export type {
  Auth,
  BodyOf,
  CallArgs,
  CallInit,
  CommonOptions,
  ErrorBody,
  HeadersOf,
  OpId,
  PathOf,
  QueryOf,
  SuccessBody,
  WebhookId,
} from '../../lib/api.js';

/** What `malformed()` sends: anything, for the tests about refusing what the contract forbids. */
export interface MalformedInit {
  /** Another method than the operation's (an undocumented one, to see it refused). */
  method?: string;
  /** Send only the keys and the headers given: none the operation declares is filled in. */
  bareHeaders?: boolean;
  path?: Record<string, string>;
  query?: Record<string, string | number>;
  /** Any JSON value, or a raw string sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  idempotencyKey?: string | false;
  auth?: Auth;
}

export class TargetUnavailableError extends Error {
  constructor(message: string) {
    super(`TARGET UNAVAILABLE: ${message}`);
    this.name = 'TargetUnavailableError';
  }
}

/** The request an answer belongs to, as the observers see it. */
export interface SentRequest {
  operationId: OpId;
  method: string;
  url: string;
  path: Record<string, string>;
  query: Record<string, string | number>;
  body: unknown;
  /** The X-Idempotency-Key sent, if any. */
  idempotencyKey?: string;
  /** True when sent through malformed(): the contract does not promise the request is valid. */
  malformed: boolean;
}

/** An answer of any operation, as the observers and matchers see it. */
export interface AnyResponse {
  readonly operationId: OpId;
  readonly request: SentRequest;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly rawBody: string;
  readonly body: unknown;
  readonly method: string;
  readonly url: string;
  /** What the observers found wrong with this answer on its own (the contract check). */
  violations: Classified[];
  snippet(n?: number): string;
  /** The success body; fails, naming the refusal finding, on any other answer. */
  ok(): unknown;
  /** Records what the test expected of this answer; the violation when the answer differs. */
  expectation(e: Expected): Classified | undefined;
}

/** Records an expectation about an answer (set by the fixtures); returns the violation when it differs. */
export type Judge = (res: AnyResponse, e: Expected) => Classified | undefined;

export class ApiResponse<O extends OpId = OpId> implements AnyResponse {
  violations: Classified[] = [];

  constructor(
    readonly operationId: O,
    readonly request: SentRequest,
    readonly status: number,
    readonly headers: Record<string, string>,
    readonly rawBody: string,
    readonly body: unknown,
    private readonly redact: (s: string) => string,
    private readonly judge: Judge,
    /** The operations the running test is about (a call outside them is setup). */
    private readonly subjects: () => string[],
  ) {}

  expectation(e: Expected): Classified | undefined {
    return this.judge(this, e);
  }

  get method(): string {
    return this.request.method;
  }
  get url(): string {
    return this.redact(this.request.url);
  }

  /** The start of the body, redacted: for failure messages (a target may echo a key back). */
  snippet(n = 300): string {
    return this.redact(this.rawBody.slice(0, n));
  }

  /** The success body, typed, when the answer is a 2xx; undefined otherwise. */
  get data(): SuccessBody<O> | undefined {
    return this.status >= 200 && this.status < 300 ? (this.body as SuccessBody<O>) : undefined;
  }

  /** The error body, typed, when the answer is an error; undefined otherwise. */
  get error(): ErrorBody<O> | undefined {
    return this.status >= 400 ? (this.body as ErrorBody<O>) : undefined;
  }

  /**
   * The body of a 2xx answer, typed. Any other answer fails here: a request the contract allows that
   * the target refuses is recorded as a refusal finding, and the message names it (and says when the
   * refused call was only setting up the test's subject).
   */
  ok(): SuccessBody<O> {
    if (this.status >= 200 && this.status < 300) return this.body as SuccessBody<O>;
    const subjects = this.subjects();
    const setup =
      subjects.length > 0 && !subjects.includes(this.operationId)
        ? ` while setting up ${subjects.join(', ')}: the test could not reach its subject`
        : '';
    const unserved = this.violations.find((o) => o.kind === 'unserved-operation');
    if (unserved)
      throw new Error(
        `operation-served: ${this.method} ${this.url} (${this.operationId}) is not served${setup} — it answered ${this.status} ${this.snippet(300)} (finding ${findingId(unserved)}${conflictNote(unserved)})`,
      );
    const refused = this.expectation({ kind: 'success' });
    if (refused)
      throw new Error(
        `request-accepted: ${this.method} ${this.url} (${this.operationId}) refused a request the contract allows${setup} — ${refused.class}: ${this.redact(refused.detail ?? '')} (finding ${findingId(refused)}${conflictNote(refused)})`,
      );
    throw new Error(
      `${this.method} ${this.url} (${this.operationId}) answered ${this.status}, expected 2xx${setup}: ${this.snippet(500)}`,
    );
  }
}

export type Observer = (res: AnyResponse) => void;

const RETRYABLE = new Set([429, 502, 503]);

export class YunoClient implements Caller {
  private readonly contract = Contract.load();
  readonly redactor: Redactor;
  private readonly observers: Observer[] = [];
  private judge: Judge = () => undefined;
  private subjects: () => string[] = () => [];
  /** Every request this client sent, for the bench and the critical-path count. */
  requests = 0;

  constructor(
    private readonly request: APIRequestContext,
    readonly target: Target,
    secrets: string[],
    /** Extra headers on every request (the self-test's fault selection). */
    private readonly always: Record<string, string> = {},
  ) {
    this.redactor = new Redactor(secrets);
  }

  /** Registers a function that sees every answer (unless a call opts out). */
  observe(fn: Observer): void {
    this.observers.push(fn);
  }

  /** Sets how an expectation about an answer is recorded, and which operations the test is about. */
  judgeWith(judge: Judge, subjects: () => string[]): void {
    this.judge = judge;
    this.subjects = subjects;
  }

  url(operationId: OpId, path: Record<string, string> = {}, query: Record<string, string | number> = {}): string {
    const op = this.contract.operation(operationId);
    const filled = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const v = path[name];
      if (v === undefined) throw new Error(`${operationId} needs path parameter ${name}`);
      return encodeURIComponent(v);
    });
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return `${this.target.config.baseURL}${filled}${qs ? `?${qs}` : ''}`;
  }

  private authHeaders(auth: Auth): Record<string, string> {
    const c = this.target.config;
    if (auth === 'none') return {};
    if (auth === 'keys') return { 'public-api-key': c.publicApiKey, 'private-secret-key': c.privateSecretKey };
    const out: Record<string, string> = {};
    const pub = auth.publicApiKey === undefined ? c.publicApiKey : auth.publicApiKey;
    const priv = auth.privateSecretKey === undefined ? c.privateSecretKey : auth.privateSecretKey;
    if (pub !== null) out['public-api-key'] = pub;
    if (priv !== null) out['private-secret-key'] = priv;
    return out;
  }

  /** Calls an operation with a request the contract allows (types from openapi/yuno.d.ts). */
  call<O extends OpId>(operationId: O, ...[init]: CallArgs<O>): Promise<ApiResponse<O>> {
    const i = (init ?? {}) as CommonOptions<O> & { path?: object; query?: object; body?: unknown };
    const headers: Record<string, string> = { ...(i.headers as Record<string, string> | undefined) };
    if (i.prefer) headers.Prefer = `code=${i.prefer.code}${i.prefer.example ? `, example=${i.prefer.example}` : ''}`;
    return this.send(
      operationId,
      {
        path: i.path as Record<string, string>,
        query: i.query as Record<string, string | number>,
        body: i.body,
        headers,
        idempotencyKey: i.idempotencyKey,
        auth: i.auth,
      },
      { retry: i.retry, observe: i.observe, malformed: false },
    );
  }

  /**
   * Sends a body built at run time from the contract itself (its keys are not known to the compiler):
   * checked against the request schema first instead, and then sent as a request the contract allows.
   */
  callChecked(
    operationId: OpId,
    init: { path?: Record<string, string>; body: Record<string, unknown> },
  ): Promise<ApiResponse<OpId>> {
    const v = this.contract.checkRequestBody(operationId, init.body);
    if (v.length)
      throw new Error(
        `callChecked: the ${operationId} body breaks the request schema: ${JSON.stringify(v.slice(0, 3))}`,
      );
    return this.send(operationId, { path: init.path, body: init.body }, { malformed: false });
  }

  /** The header parameters the client fills in for an operation: an idempotency key, the account and organization codes, the keys under other names. */
  headersOf(operationId: OpId, idempotencyKey?: string | false): Record<string, string> {
    const op = this.contract.operation(operationId);
    const out: Record<string, string> = {};
    const declares = (name: string): boolean =>
      op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === name.toLowerCase());
    if (declares('X-Idempotency-Key') && idempotencyKey !== false)
      out['X-Idempotency-Key'] = idempotencyKey ?? randomUUID();
    if (declares('X-Organization-Code')) out['X-Organization-Code'] = this.target.config.organizationCode;
    // The keys again, under the names one operation's spec gives them (retrieveConversionRate).
    if (declares('X-Public-Api-Key')) out['X-Public-Api-Key'] = this.target.config.publicApiKey;
    if (declares('X-Private-Secret-Key')) out['X-Private-Secret-Key'] = this.target.config.privateSecretKey;
    if (declares('X-Account-Code')) out['X-Account-Code'] = this.target.config.accountCode;
    return out;
  }

  /**
   * Sends a generated case (the answer checked like any other) the cheap way: Node's HTTP client with
   * kept-alive connections, no report step per call. The generated phase sends thousands of them.
   */
  sendCase<O extends OpId>(
    operationId: O,
    init: MalformedInit,
    malformed: boolean,
    observe = true,
  ): Promise<ApiResponse<O>> {
    return this.send(operationId, init, { malformed, lean: true, retry: true, observe });
  }

  /** Sends what the contract forbids (a missing field, a string amount, text that is not JSON). */
  malformed<O extends OpId>(operationId: O, init: MalformedInit = {}): Promise<ApiResponse<O>> {
    return this.send(operationId, init, { malformed: true });
  }

  private async send<O extends OpId>(
    operationId: O,
    init: MalformedInit,
    opts: { retry?: boolean; observe?: boolean; malformed: boolean; lean?: boolean },
  ): Promise<ApiResponse<O>> {
    const op = this.contract.operation(operationId);
    // Production is allowed read-only at most: a test that writes stops here, skipped, before sending.
    test.skip(
      this.target.caps.readOnly && op.method !== 'GET',
      `${this.target.config.name}: production host allowed read-only (YUNO_ALLOW_PRODUCTION=read-only); this test would send ${op.method} ${op.path}`,
    );
    const path = init.path ?? {};
    const query = init.query ?? {};
    const url = this.url(operationId, path, query);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...this.always,
      ...this.authHeaders(init.auth ?? 'keys'),
      ...(init.bareHeaders ? {} : this.headersOf(operationId, init.idempotencyKey)),
    };
    Object.assign(headers, init.headers);
    const method = init.method ?? op.method;
    const data = init.body;
    if (typeof data === 'string') headers['content-type'] ??= 'application/json';
    const sent: SentRequest = {
      operationId,
      method,
      url,
      path,
      query,
      body: data,
      idempotencyKey: headers['X-Idempotency-Key'],
      malformed: opts.malformed,
    };
    const label = `${method} ${op.path} (${operationId})`;
    // Playwright's request context when the report shows each call as a step; Node's own client
    // otherwise (the same HTTP, without a step and a captured stack per call: a fifth of a test's CPU).
    const fetching = opts.lean || !STEPS ? leanFetch : (u: string, o: FetchInit) => playwrightFetch(this.request, u, o);
    return (opts.lean ? (_: string, f: () => Promise<ApiResponse<O>>) => f() : stepped)(label, async () => {
      const maxTries = opts.retry === false ? 1 : this.target.config.retries;
      let lastProblem = '';
      for (let attempt = 1; attempt <= maxTries; attempt++) {
        const started = Date.now();
        let res: Fetched;
        try {
          this.requests++;
          res = await fetching(url, {
            method,
            headers,
            data,
            timeoutMs: this.target.config.timeoutMs,
            proxy: this.target.config.proxy,
          });
        } catch (e) {
          lastProblem = this.redactor.text((e as Error).message.split('\n')[0] ?? String(e));
          this.record(
            label,
            { method, url, headers, body: data },
            { error: lastProblem, attempt, ms: Date.now() - started },
          );
          if (attempt < maxTries) {
            await sleep(backoff(attempt));
            continue;
          }
          throw new TargetUnavailableError(`${label}: ${lastProblem} (after ${attempt} tries)`);
        }
        const rawBody = res.body;
        const resHeaders = res.headers;
        const body = parseBody(rawBody, resHeaders['content-type'] ?? '');
        // A generated case's exchange is kept only when its case fails (keep()): thousands are sent.
        // The self-test reads outcomes only: it keeps none.
        if (!opts.lean && !SELFTEST)
          this.record(
            label,
            { method, url, headers, body: data },
            { status: res.status, headers: resHeaders, body, attempt, ms: Date.now() - started },
          );
        // An answer asked for (Prefer: code=502 on the mock) is not a transient failure to retry.
        const askedFor = /(^|[\s,])code=(\d+)/.exec(headers.Prefer ?? '')?.[2] === String(res.status);
        if (RETRYABLE.has(res.status) && opts.retry !== false && !askedFor) {
          lastProblem = `answered ${res.status}`;
          if (attempt < maxTries) {
            await sleep(retryAfter(resHeaders['retry-after']) ?? backoff(attempt));
            continue;
          }
          throw new TargetUnavailableError(`${label}: ${lastProblem} (after ${attempt} tries)`);
        }
        const answer = new ApiResponse(
          operationId,
          sent,
          res.status,
          resHeaders,
          rawBody,
          body,
          (t) => this.redactor.text(t),
          this.judge,
          this.subjects,
        );
        if (opts.observe !== false) for (const o of this.observers) o(answer);
        return answer;
      }
      throw new TargetUnavailableError(`${label}: ${lastProblem}`);
    });
  }

  /** The exchanges of the running test, redacted; attached once, when the test ends (see flush). */
  private exchanges: unknown[] = [];

  private record(
    label: string,
    req: { method: string; url: string; headers: Record<string, string>; body: unknown },
    res: Record<string, unknown>,
  ): void {
    const r = this.redactor;
    this.exchanges.push({
      call: label,
      request: { method: req.method, url: r.text(req.url), headers: r.headers(req.headers), body: r.value(req.body) },
      response: {
        ...r.value(res),
        headers: res.headers ? r.headers(res.headers as Record<string, string>) : undefined,
      },
    });
  }

  /** Records the exchange of an answer sent the lean way (a generated case that failed), for the report. */
  keep(res: AnyResponse): void {
    this.record(
      `${res.method} ${res.url} (${res.operationId})`,
      { method: res.method, url: res.url, headers: {}, body: res.request.body },
      { status: res.status, headers: res.headers, body: res.body },
    );
  }

  /** The last exchange recorded, redacted (for a finding's sample). */
  lastExchange(): unknown {
    return this.exchanges[this.exchanges.length - 1];
  }

  /** Attaches every exchange of the test as one JSON attachment (one message to the runner, not one per call). */
  async flush(): Promise<void> {
    // Every request of a test waits on the one before: the count is the test's chain of dependent
    // requests, which `npm run bench` multiplies by the latency for the critical-path bound.
    if (this.requests) test.info().annotations.push({ type: 'requests', description: String(this.requests) });
    this.requests = 0;
    // The self-test reads outcomes only: no report shows its exchanges.
    if (!this.exchanges.length || setting('YUNO_SELFTEST')) return void (this.exchanges = []);
    const body = JSON.stringify(this.exchanges, null, 2);
    this.exchanges = [];
    await test.info().attach('HTTP exchanges (keys redacted)', { body, contentType: 'application/json' });
  }
}

/**
 * Each call is a step of the report (HTML, Allure); a step captures a source-mapped stack, the main
 * cost of a test. With light reports (lib/config.ts, YUNO_REPORTS) and in the self-test nothing shows them.
 */
const SELFTEST = Boolean(setting('YUNO_SELFTEST'));
const STEPS = !lightReports() && !SELFTEST;
export function stepped<T>(label: string, fn: () => Promise<T>): Promise<T> {
  return STEPS ? test.step(label, fn) : fn();
}

function conflictNote(o: Classified): string {
  const c = o.conflict ? loadSpecs().conflicts.conflicts.find((x) => x.id === o.conflict) : undefined;
  return c
    ? `; the target took the other side of doc conflict ${c.id} (${c.title}); our position: ${c.position}`
    : '; no registered doc conflict explains it';
}

function parseBody(raw: string, contentType: string): unknown {
  if (!raw.length) return undefined;
  if (!contentType.includes('json')) return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function backoff(attempt: number): number {
  return Math.min(2000, 50 * 2 ** attempt) + Math.floor(Math.random() * 50);
}

/** Retry-After in seconds or as an HTTP date, capped at 10 s. */
function retryAfter(h: string | undefined): number | undefined {
  if (!h) return undefined;
  const s = Number(h);
  if (Number.isFinite(s)) return Math.min(10_000, Math.max(0, s * 1000));
  const d = Date.parse(h);
  return Number.isFinite(d) ? Math.min(10_000, Math.max(0, d - Date.now())) : undefined;
}

/** What a transport answers: status, headers (lower-case names) and the body as text. */
interface Fetched {
  status: number;
  headers: Record<string, string>;
  body: string;
}
interface FetchInit {
  method: string;
  headers: Record<string, string>;
  data: unknown;
  timeoutMs: number;
  proxy?: string;
}

async function playwrightFetch(request: APIRequestContext, url: string, o: FetchInit): Promise<Fetched> {
  const res = await request.fetch(url, {
    method: o.method,
    headers: o.headers,
    data: o.data,
    failOnStatusCode: false,
    maxRedirects: 0,
    timeout: o.timeoutMs,
  });
  return { status: res.status(), headers: res.headers(), body: (await res.body()).toString('utf8') };
}

const dispatchers = new Map<string, Dispatcher>();
/** Node's HTTP client (undici), connections kept alive, through the configured proxy if any. */
async function leanFetch(url: string, o: FetchInit): Promise<Fetched> {
  const key = o.proxy ?? '';
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    dispatcher = o.proxy ? new ProxyAgent(o.proxy) : new Agent({ keepAliveTimeout: 4000, connections: 16 });
    dispatchers.set(key, dispatcher);
  }
  const headers = { ...o.headers };
  let body: string | undefined;
  if (o.data !== undefined) {
    body = typeof o.data === 'string' ? o.data : JSON.stringify(o.data);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
  }
  const res = await request(url, {
    method: o.method as Dispatcher.HttpMethod,
    headers,
    body,
    dispatcher,
    headersTimeout: o.timeoutMs,
    bodyTimeout: o.timeoutMs,
    maxRedirections: 0,
  });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return { status: res.statusCode, headers: out, body: await res.body.text() };
}
