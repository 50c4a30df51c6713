// The emulator's HTTP side: reading requests, keys, idempotency, routing and request validation
// (from openapi/yuno.yaml through openapi-backend, so the emulator cannot drift from the contract),
// the faults of each request, and sending answers and webhooks. What the API does is in resources/.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type Context, type Document, OpenAPIBackend } from 'openapi-backend';
import { LOCAL_KEYS } from '../lib/config.js';
import { Contract, replaceMultipleOf } from '../lib/contract.js';
import type { MutableResponse } from '../lib/rules/types.js';
import { Clock } from './clock.js';
import { control } from './controls.js';
import { enforces, FaultSet, SELFTEST_HEADER, withFaults } from './faults.js';
import { IdempotencyKeys } from './idempotency.js';
import { RequestLog, requestViolations } from './recorder.js';
import { CheckoutSessions } from './resources/checkout-sessions.js';
import { Customers } from './resources/customers.js';
import { Links } from './resources/links.js';
import { PaymentMethods } from './resources/payment-methods.js';
import { Payments } from './resources/payments.js';
import { Payouts } from './resources/payouts.js';
import { Reports } from './resources/reports.js';
import { ThreeDsSetups } from './resources/three-ds.js';
import { Tokens } from './resources/tokens.js';
import { WebhookConfigs } from './resources/webhook-config.js';
import { err, type Json, type Result, refuse } from './result.js';
import { type ApiOperation, ROUTES } from './routes.js';
import type { Emulated } from './state.js';
import { WebhookSender } from './webhooks.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv2020) => Ajv2020;

export interface EmulatorOptions {
  /** Faults (and benign variations) switched on for every request. */
  faults?: FaultSet;
  /** Honour the x-selftest-fault header: the faults of one request (only for the self-test). */
  selftest?: boolean;
  publicApiKey?: string;
  privateSecretKey?: string;
  accountId?: string;
  webhookSecret?: string;
  /** Added to every API response (not to the controls), to stand in for a remote sandbox. */
  latencyMs?: number;
  /** Share of API requests (0..1) that fail transiently: 429, 503, a reset connection or a slow answer. */
  chaos?: number;
  maxBodyBytes?: number;
  maxDepth?: number;
  /** Where to log one line per problem (never keys). */
  log?: (line: string) => void;
}

const API_PREFIX = '/v1';
const WEBHOOK_CONFIG_OPERATIONS = new Set<string>([
  'listWebhooks',
  'createWebhook',
  'retrieveWebhook',
  'updateWebhook',
  'deleteWebhook',
]);

/** What the emulator did that a test may want to count. */
export interface EmulatorStats {
  requests: number;
  chaosInjected: number;
}

export function createEmulator(opts: EmulatorOptions = {}): { server: Server; state: Emulated; stats: EmulatorStats } {
  const stats: EmulatorStats = { requests: 0, chaosInjected: 0 };
  const keys = {
    pub: opts.publicApiKey ?? LOCAL_KEYS.publicApiKey,
    priv: opts.privateSecretKey ?? LOCAL_KEYS.privateSecretKey,
  };
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const maxDepth = opts.maxDepth ?? 32;
  const log = opts.log ?? (() => undefined);
  const contract = Contract.load();
  const clock = new Clock();
  const payments = new Payments(clock);
  const customers = new Customers(clock);
  const sessions = new CheckoutSessions(clock);
  const webhookConfigs = new WebhookConfigs(clock);
  const state: Emulated = {
    clock,
    faults: opts.faults ?? FaultSet.NONE,
    payments,
    links: new Links(clock, payments),
    customers,
    sessions,
    payouts: new Payouts(clock),
    reports: new Reports(clock),
    paymentMethods: new PaymentMethods(clock, customers),
    tokens: new Tokens(sessions),
    threeDs: new ThreeDsSetups(),
    webhookConfigs,
    idempotency: new IdempotencyKeys(),
    webhooks: new WebhookSender(
      opts.webhookSecret ?? LOCAL_KEYS.webhookSecret,
      opts.accountId ?? LOCAL_KEYS.accountCode,
      webhookConfigs,
    ),
    requests: new RequestLog(),
  };

  // Handlers get the request's idempotency key through the context's request headers.
  const keyOf = (c: Context): string | null => {
    const h = c.request.headers['x-idempotency-key'];
    return typeof h === 'string' ? h : null;
  };
  const handlers = Object.fromEntries(
    Object.entries(ROUTES).map(([op, h]) => [op, (c: Context) => h(state, c, keyOf(c))]),
  );
  const api = new OpenAPIBackend({
    definition: structuredClone(contract.doc) as unknown as Document,
    strict: false,
    quick: true,
    customizeAjv: (_original, ajvOpts) => {
      const ajv = new Ajv2020({ ...ajvOpts, strict: false, allErrors: false } as ConstructorParameters<
        typeof Ajv2020
      >[0]);
      addFormats(ajv);
      // Amounts are decimals: 6710.98 is a multiple of 0.0001 (ajv's float check says it is not).
      replaceMultipleOf(ajv);
      return ajv as never;
    },
  });
  api.register({
    ...handlers,
    validationFail: (c: Context) => {
      const op = c.operation?.operationId as ApiOperation | undefined;
      // A fault may switch validation off: the request is then processed as it is.
      if (op && !enforces('request-validated')) return handlers[op]!(c);
      const first = c.validation.errors?.[0];
      const where = first ? `${first.instancePath || '(root)'} ${first.message ?? ''}`.trim() : 'invalid request';
      const missing = c.validation.errors?.some((e) => e.keyword === 'required');
      // The webhook-configuration API names its own code for an invalid body (manage-webhooks.json).
      const code =
        op && WEBHOOK_CONFIG_OPERATIONS.has(op)
          ? 'WEBHOOK_INVALID_REQUEST'
          : missing
            ? 'MISSING_PARAMETERS'
            : 'INVALID_PARAMETERS';
      return {
        ...refuse('request-validated', `Invalid request: ${where}.`, code),
        rejectedBody: true,
      } satisfies Result;
    },
    notFound: () => err(404, 'NOT_FOUND', 'No such route.'),
    methodNotAllowed: () => err(405, 'UNSUPPORTED_METHOD', 'Method not allowed.'),
  });
  // Keys are checked before routing (a 401 must not depend on the route); the schemes pass here.
  for (const scheme of ['public-api-key', 'private-secret-key']) api.registerSecurityHandler(scheme, () => true);
  api.init();

  /** Operations whose X-Idempotency-Key the docs require (the contract says which). */
  const idempotent = new Set(
    [...contract.operations.values()]
      .filter((o) => o.parameters.some((x) => x.name === 'X-Idempotency-Key'))
      .map((o) => o.operationId),
  );

  function write(res: ServerResponse, out: MutableResponse): void {
    const text = out.body === undefined ? '' : JSON.stringify(out.body);
    res.writeHead(out.status, {
      'content-type': 'application/json',
      ...out.headers,
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  /** A transient answer that is not Yuno's (rate limit, unavailable): sent as is, no fault applied. */
  function sendRaw(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
    write(res, { status, headers, body });
  }

  /** Why a request's keys are refused: the one problem to report, or undefined when both are right. */
  function keyProblem(req: IncomingMessage): string | undefined {
    const pub = req.headers['public-api-key'];
    const priv = req.headers['private-secret-key'];
    if (typeof pub !== 'string' || pub === '') return 'missing-public';
    if (typeof priv !== 'string' || priv === '') return 'missing-private';
    if (pub !== keys.pub || priv !== keys.priv) return 'wrong';
    return undefined;
  }

  async function serveApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
    payload: unknown,
    raw: string,
  ): Promise<void> {
    const request = {
      method,
      path: url.pathname.slice(API_PREFIX.length),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers as Record<string, string>,
      body: payload,
    };
    const operation = api.matchOperation(request);
    const operationId = operation?.operationId;
    const params = ((operation && api.router.parseRequest(request, operation).params) ?? {}) as Record<string, string>;
    // Every request is recorded with what is wrong with it, for an SDK's release gate (npm run sdk-gate).
    const violations = requestViolations(contract, operationId ? contract.operations.get(operationId) : undefined, {
      method,
      path: request.path,
      headers: req.headers,
      params,
      query: request.query,
      rawBody: raw,
      body: payload,
    });
    const selected = opts.selftest
      ? String(req.headers[SELFTEST_HEADER] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    let faults: FaultSet;
    try {
      faults = state.faults.with(selected);
    } catch (e) {
      return write(res, {
        status: 400,
        headers: {},
        body: { code: 'INVALID_REQUEST', messages: [(e as Error).message] },
      });
    }
    await withFaults(faults, operationId, async () => {
      let result: Result;
      const problem = keyProblem(req);
      const key =
        operationId && idempotent.has(operationId)
          ? (req.headers['x-idempotency-key'] as string | undefined)
          : undefined;
      if (problem && enforces('auth-keys', { problem })) {
        // The 3DS setup documents only NOT_AUTHENTICATED for its 401 (create-three-d-secure-setup.json).
        result =
          operationId === 'createThreeDSecureSetup'
            ? refuse('auth-keys', 'Not authenticated.', 'NOT_AUTHENTICATED')
            : refuse('auth-keys', 'Invalid credentials.');
      } else {
        const prior = state.idempotency.before(key);
        if (prior) {
          result = prior;
        } else {
          try {
            result = (await api.handleRequest(request)) as Result;
          } catch (e) {
            log(`handler error: ${(e as Error).stack ?? String(e)}`);
            result = err(500, 'INTERNAL_ERROR', 'Internal error.');
          }
          state.idempotency.after(key, result, result.rejectedBody === true);
        }
      }
      const out: MutableResponse = { status: result.status, headers: {}, body: structuredClone(result.body) };
      if (operationId) faults.mutateResponse(out, { operationId, path: params, query: request.query, body: payload });
      state.requests.add({
        at: new Date().toISOString(),
        method,
        path: request.path,
        operationId,
        status: out.status,
        deliberate: req.headers['x-conformance-expect'] === 'invalid',
        violations,
      });
      write(res, out);
      state.webhooks.send(result.events);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const { text: raw, over } = await readBody(req, maxBody);
    const isApi = url.pathname.startsWith(`${API_PREFIX}/`);
    // Chaos: transient failures before any processing (so a retry is always safe), and slow answers.
    if (isApi) stats.requests++;
    if (isApi && opts.chaos && Math.random() < opts.chaos) {
      stats.chaosInjected++;
      const pick = Math.floor(Math.random() * 3);
      if (pick === 0)
        return sendRaw(res, 429, { 'retry-after': '0' }, { code: 'RATE_LIMITED', messages: ['Too many requests.'] });
      if (pick === 1) return sendRaw(res, 503, {}, { code: 'UNAVAILABLE', messages: ['Service unavailable.'] });
      return void req.socket.destroy();
    }
    if (isApi && opts.chaos && Math.random() < opts.chaos / 3) await sleep(300);
    const send = (r: Result): void => write(res, { status: r.status, headers: {}, body: r.body });
    if (over)
      return send(
        refuse('request-validated', `Invalid request: the body exceeds ${maxBody} bytes.`, 'INVALID_REQUEST'),
      );
    let payload: unknown;
    if (raw.length) {
      try {
        payload = JSON.parse(raw);
      } catch {
        return send(refuse('request-validated', 'Invalid request: the body is not valid JSON.', 'INVALID_REQUEST'));
      }
      if (depth(payload) > maxDepth)
        return send(
          refuse(
            'request-validated',
            `Invalid request: the body nests deeper than ${maxDepth} levels.`,
            'INVALID_REQUEST',
          ),
        );
    }
    if (url.pathname.startsWith('/_emulator/')) {
      const selected = opts.selftest
        ? String(req.headers[SELFTEST_HEADER] ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
      const result = withFaults(state.faults.with(selected), undefined, () =>
        control(state, url.pathname, method, (payload ?? {}) as Json),
      );
      send(result);
      return state.webhooks.send(result.events);
    }
    if (!isApi) return send(err(404, 'NOT_FOUND', `The API lives under ${API_PREFIX}.`));
    if (opts.latencyMs) await sleep(opts.latencyMs);
    return serveApi(req, res, url, method, payload, raw);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`request error: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent)
        write(res, { status: 500, headers: {}, body: { code: 'INTERNAL_ERROR', messages: ['Internal error.'] } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  return { server, state, stats };
}

function readBody(req: IncomingMessage, limit: number): Promise<{ text: string; over: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve({ text: over ? '' : Buffer.concat(chunks).toString('utf8'), over }));
    req.on('error', reject);
  });
}

/** How deeply a JSON value nests, counted without recursion so hostile input cannot blow the stack. */
function depth(v: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[v, 1]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (node && typeof node === 'object') {
      if (d > max) max = d;
      if (max > 10_000) break;
      for (const child of Object.values(node)) stack.push([child, d + 1]);
    }
  }
  return max;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
