// A typed client over Playwright's APIRequestContext. Types come from openapi/yuno.d.ts (generated);
// paths, methods and parameters come from the contract, so no request is spelled out by hand.
// Every exchange is a report step with the request and response attached, keys redacted.
import { randomUUID } from 'node:crypto';
import { test, type APIRequestContext } from '@playwright/test';
import { Contract } from '../../lib/contract.js';
import { Redactor } from '../../lib/redact.js';
import type { operations } from '../../openapi/yuno.js';
import type { Target } from './target.js';

export type OpId = keyof operations;
type Params<O extends OpId> = operations[O]['parameters'];
type PathOf<O extends OpId> = Params<O> extends { path: infer P } ? (P extends Record<string, unknown> ? P : never) : never;
type QueryOf<O extends OpId> = Params<O> extends { query?: infer Q } ? Q : never;
type RequestBodyOf<O extends OpId> = operations[O] extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : operations[O] extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never;
type Responses<O extends OpId> = operations[O]['responses'];
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
export type SuccessBody<O extends OpId> = { [S in keyof Responses<O>]: S extends 200 | 201 | 202 ? JsonOf<Responses<O>[S]> : never }[keyof Responses<O>];

/** Which key headers to send: the configured ones, none, or per header a value (null = leave out). */
export type Auth = 'keys' | 'none' | { publicApiKey?: string | null; privateSecretKey?: string | null };

export interface CallOptions<O extends OpId> {
  path?: PathOf<O> | Record<string, string>;
  query?: QueryOf<O> | Record<string, string | number>;
  /** A JSON body, or a raw string sent as is (for malformed-body tests). */
  body?: RequestBodyOf<O> | Record<string, unknown> | string;
  headers?: Record<string, string>;
  /** The X-Idempotency-Key to send where the operation takes one; false leaves it out. A new UUID by default. */
  idempotencyKey?: string | false;
  auth?: Auth;
  /** Retry 429, 503 and transport errors (default true). */
  retry?: boolean;
}

export class TargetUnavailableError extends Error {
  constructor(message: string) {
    super(`TARGET UNAVAILABLE: ${message}`);
    this.name = 'TargetUnavailableError';
  }
}

export class ApiResponse<O extends OpId = OpId> {
  constructor(
    readonly operationId: O,
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly headers: Record<string, string>,
    readonly rawBody: string,
    readonly body: unknown,
    private readonly redact: (s: string) => string = (s) => s,
  ) {}

  /** The start of the body, redacted: for failure messages (a target may echo a key back). */
  snippet(n = 300): string {
    return this.redact(this.rawBody.slice(0, n));
  }

  /** The body of a 2xx response, typed; any other status fails with the body in the message. */
  ok(): SuccessBody<O> {
    if (this.status < 200 || this.status > 299) {
      throw new Error(`${this.method} ${this.redact(this.url)} (${this.operationId}) answered ${this.status}, expected 2xx: ${this.snippet(500)}`);
    }
    return this.body as SuccessBody<O>;
  }
}

/** A response of any operation (the matchers and scenario tables take any). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyResponse = ApiResponse<any>;

const RETRYABLE = new Set([429, 502, 503]);

export class YunoClient {
  private readonly contract = Contract.load();
  readonly redactor: Redactor;
  /** Every request this client sent, for the bench and the critical-path count. */
  requests = 0;

  constructor(
    private readonly request: APIRequestContext,
    readonly target: Target,
    secrets: string[],
    private readonly defaultAuth: Auth = 'keys',
  ) {
    this.redactor = new Redactor(secrets);
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

  async call<O extends OpId>(operationId: O, opts: CallOptions<O> = {}): Promise<ApiResponse<O>> {
    const op = this.contract.operation(operationId);
    // Production is allowed read-only at most: a test that writes stops here, skipped, before sending.
    test.skip(this.target.caps.readOnly && op.method !== 'GET', `${this.target.config.name}: production host allowed read-only (YUNO_ALLOW_PRODUCTION=read-only); this test would send ${op.method} ${op.path}`);
    const url = this.url(operationId, opts.path as Record<string, string>, opts.query as Record<string, string | number>);
    const headers: Record<string, string> = { accept: 'application/json', ...this.authHeaders(opts.auth ?? this.defaultAuth) };
    if (op.parameters.some((p) => p.in === 'header' && p.name === 'X-Idempotency-Key') && opts.idempotencyKey !== false) {
      headers['X-Idempotency-Key'] = opts.idempotencyKey ?? randomUUID();
    }
    if (op.parameters.some((p) => p.in === 'header' && p.name === 'X-Organization-Code')) {
      headers['X-Organization-Code'] = this.target.config.organizationCode;
    }
    Object.assign(headers, opts.headers);
    const data = opts.body;
    if (data !== undefined && typeof data === 'string') headers['content-type'] ??= 'application/json';
    const label = `${op.method} ${op.path} (${operationId})`;
    return test.step(label, async () => {
      const maxTries = opts.retry === false ? 1 : Number(process.env.YUNO_RETRIES ?? 5);
      let lastProblem = '';
      for (let attempt = 1; attempt <= maxTries; attempt++) {
        const started = Date.now();
        let res;
        try {
          this.requests++;
          res = await this.request.fetch(url, {
            method: op.method,
            headers,
            data,
            failOnStatusCode: false,
            maxRedirects: 0,
            timeout: this.target.config.timeoutMs,
          });
        } catch (e) {
          lastProblem = this.redactor.text((e as Error).message.split('\n')[0] ?? String(e));
          await this.record(label, { method: op.method, url, headers, body: data }, { error: lastProblem, attempt, ms: Date.now() - started });
          if (attempt < maxTries) {
            await sleep(backoff(attempt));
            continue;
          }
          throw new TargetUnavailableError(`${label}: ${lastProblem} (after ${attempt} tries)`);
        }
        const rawBody = (await res.body()).toString('utf8');
        const resHeaders = res.headers();
        let body: unknown = rawBody;
        if ((resHeaders['content-type'] ?? '').includes('json')) {
          try {
            body = rawBody.length ? JSON.parse(rawBody) : undefined;
          } catch {
            body = rawBody;
          }
        } else if (!rawBody.length) {
          body = undefined;
        }
        await this.record(label, { method: op.method, url, headers, body: data }, { status: res.status(), headers: resHeaders, body, attempt, ms: Date.now() - started });
        if (RETRYABLE.has(res.status()) && opts.retry !== false) {
          lastProblem = `answered ${res.status()}`;
          if (attempt < maxTries) {
            await sleep(retryAfter(resHeaders['retry-after']) ?? backoff(attempt));
            continue;
          }
          throw new TargetUnavailableError(`${label}: ${lastProblem} (after ${attempt} tries)`);
        }
        return new ApiResponse(operationId, op.method, url, res.status(), resHeaders, rawBody, body, (t) => this.redactor.text(t));
      }
      throw new TargetUnavailableError(`${label}: ${lastProblem}`);
    });
  }

  /** The exchanges of the running test, redacted; attached once, when the test ends (see flush). */
  private exchanges: unknown[] = [];

  private async record(label: string, req: { method: string; url: string; headers: Record<string, string>; body: unknown }, res: Record<string, unknown>): Promise<void> {
    const r = this.redactor;
    this.exchanges.push({
      call: label,
      request: { method: req.method, url: r.text(req.url), headers: r.headers(req.headers), body: r.value(req.body) },
      response: { ...r.value(res), headers: res.headers ? r.headers(res.headers as Record<string, string>) : undefined },
    });
  }

  /** Attaches every exchange of the test as one JSON attachment (one message to the runner, not one per call). */
  async flush(): Promise<void> {
    // Every request of a test waits on the one before: the count is the test's chain of dependent
    // requests, which `npm run bench` multiplies by the latency for the critical-path bound.
    if (this.requests) test.info().annotations.push({ type: 'requests', description: String(this.requests) });
    this.requests = 0;
    if (!this.exchanges.length) return;
    const body = JSON.stringify(this.exchanges, null, 2);
    this.exchanges = [];
    await test.info().attach('HTTP exchanges (keys redacted)', { body, contentType: 'application/json' });
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
