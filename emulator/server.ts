// The emulator's HTTP side, in the steps a request goes through: read the body, fail transiently (the
// chaos setting), serve a control, check the keys, replay an idempotency key, route and validate against
// openapi/yuno.yaml (through openapi-backend, so the emulator cannot drift from the contract), serve the
// operation from its resource module (resources/), apply the request's faults to the answer, record
// the request for the SDK gate, answer, and send the webhooks it raised.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type Context, type Document, OpenAPIBackend } from 'openapi-backend';
import { LOCAL_KEYS } from '../lib/config.js';
import { acceptedOtherSide } from '../lib/conflicts.js';
import { Contract, replaceMultipleOf } from '../lib/contract.js';
import type { MutableResponse } from '../lib/rules/types.js';
import { allOperations } from '../resources/index.js';
import type { ServeRequest } from '../resources/kit.js';
import { err, type Json, type Result, refuse } from '../resources/result.js';
import { webhookConfigs } from '../resources/webhook-config.js';
import { World } from '../resources/world.js';
import { control, type Emulator } from './controls.js';
import { enforces, FaultSet, SELFTEST_HEADER, withFaults } from './faults.js';
import { IdempotencyKeys } from './idempotency.js';
import { RequestLog, requestViolations } from './recorder.js';
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

/** What the emulator did that a test may want to count. */
export interface EmulatorStats {
  requests: number;
  chaosInjected: number;
}

export interface Emulated extends Emulator {
  stats: EmulatorStats;
}

/** The emulator: its world (the resources' stores), its infrastructure, and an HTTP server around them. */
export function createEmulator(opts: EmulatorOptions = {}): { server: Server; emulator: Emulated } {
  const contract = Contract.load();
  const accountId = opts.accountId ?? LOCAL_KEYS.accountCode;
  const emulator = assemble(contract, accountId, opts);
  const api = router(contract, emulator);
  const handle = handler(contract, api, emulator, opts);
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      (opts.log ?? (() => undefined))(`request error: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent)
        write(res, { status: 500, headers: {}, body: { code: 'INTERNAL_ERROR', messages: ['Internal error.'] } });
      else res.destroy();
    });
  });
  // An idle connection is closed by the client first: a server closing it as a client reuses it is a
  // reset the client sees (ECONNRESET), not an answer. The clients' own idle timeouts are shorter.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return { server, emulator };
}

/** The world of resources and what surrounds it: idempotency keys, the webhook sender, the request log. */
function assemble(contract: Contract, accountId: string, opts: EmulatorOptions): Emulated {
  let world: World | undefined;
  const webhooks = new WebhookSender(opts.webhookSecret ?? LOCAL_KEYS.webhookSecret, accountId, (account, type) =>
    world!.get(webhookConfigs).subscribers(account, type),
  );
  world = new World({ contract, accountId, send: (events) => webhooks.send(events) });
  return {
    world,
    webhooks,
    idempotency: new IdempotencyKeys(),
    requests: new RequestLog(),
    faults: opts.faults ?? FaultSet.NONE,
    stats: { requests: 0, chaosInjected: 0 },
  };
}

/** The request as a resource module's handler receives it, from openapi-backend's context. */
function serveRequest(c: Context, operationId: string): ServeRequest {
  const key = c.request.headers['x-idempotency-key'];
  return {
    operationId,
    path: (c.request.params ?? {}) as Record<string, string>,
    query: (c.request.query ?? {}) as Record<string, string>,
    headers: c.request.headers as ServeRequest['headers'],
    body: (c.request.requestBody ?? {}) as Json,
    idempotencyKey: typeof key === 'string' ? key : null,
  };
}

/**
 * The code an operation documents for an invalid request: the one its own 400 examples show (the
 * webhook API's WEBHOOK_INVALID_REQUEST), else the parameter codes of the response-codes page.
 */
function invalidRequestCode(contract: Contract, operationId: string, status: number, missing: boolean): string {
  const declared = contract.declaredCodes(operationId, status);
  const examples = contract.operation(operationId).responses[String(status)]?.examples['application/json'] ?? {};
  const shown = Object.values(examples)
    .map((x) => (x as { code?: unknown } | undefined)?.code)
    .find((c): c is string => typeof c === 'string' && /INVALID_REQUEST$/.test(c) && declared.includes(c));
  const preferred = [
    missing ? 'MISSING_PARAMETERS' : 'INVALID_PARAMETERS',
    'INVALID_PARAMETERS',
    'INVALID_REQUEST',
    'BAD_REQUEST',
  ];
  return (
    shown ??
    preferred.find((c) => declared.includes(c)) ??
    declared.find((c) => /INVALID|BAD_REQUEST|VALIDATION/.test(c)) ??
    declared[0] ??
    'INVALID_REQUEST'
  );
}

/** The properties a schema declares and requires, through $ref and allOf. */
function shapeOf(contract: Contract, schema: unknown, depth = 0): { required: Set<string>; declared: Set<string> } {
  const out = { required: new Set<string>(), declared: new Set<string>() };
  if (typeof schema !== 'object' || schema === null || depth > 8) return out;
  const s = schema as Json;
  if (typeof s.$ref === 'string') return shapeOf(contract, contract.schemaAt(s.$ref), depth + 1);
  for (const r of (s.required as string[] | undefined) ?? []) out.required.add(r);
  for (const k of Object.keys((s.properties as Json | undefined) ?? {})) out.declared.add(k);
  for (const x of (s.allOf as unknown[] | undefined) ?? []) {
    const inner = shapeOf(contract, x, depth + 1);
    for (const r of inner.required) out.required.add(r);
    for (const k of inner.declared) out.declared.add(k);
  }
  return out;
}

/**
 * A refusal in the error shape the operation declares for the status: {code, messages}, or, where
 * its schema requires `message` instead (the connections and routing envelope, the white-label
 * authentication), {code, message}, with `type` where the schema has one.
 */
function declaredError(
  contract: Contract,
  operationId: string | undefined,
  status: number,
  code: string,
  message: string,
): Result {
  const r = operationId ? contract.operation(operationId).responses[String(status)] : undefined;
  let shape = { required: new Set<string>(), declared: new Set<string>() };
  try {
    if (r?.contentTypes.includes('application/json'))
      shape = shapeOf(contract, contract.schemaAt(`${r.ref}/content/application~1json/schema`));
  } catch {
    // No schema to read: the API-wide shape.
  }
  if (!shape.required.has('message') || shape.required.has('messages')) return err(status, code, message);
  const type = status === 401 || status === 403 ? 'auth_error' : 'validation_error';
  return { status, body: { ...(shape.declared.has('type') ? { type } : {}), code, message } };
}

/** Routing and request validation from the contract; each operation served by its resource module. */
function router(contract: Contract, e: Emulated): OpenAPIBackend {
  const handlers = Object.fromEntries(
    allOperations().map(([operationId, { resource, def }]) => [
      operationId,
      (c: Context) =>
        def.serve(e.world.get(resource as never), serveRequest(c, operationId), e.world, resource as never),
    ]),
  );
  // openapi-backend asks for a new Ajv for each operation's body and parameters: one per set of
  // options is kept instead, without checking our own (linted) schemas against the meta-schema,
  // which a new instance compiles first (most of the emulator's start-up CPU otherwise).
  const ajvs = new Map<string, Ajv2020>();
  const api = new OpenAPIBackend({
    definition: structuredClone(contract.doc) as unknown as Document,
    strict: false,
    quick: true,
    customizeAjv: (_original, ajvOpts) => {
      const key = JSON.stringify(ajvOpts);
      let ajv = ajvs.get(key);
      if (!ajv) {
        ajv = new Ajv2020({
          ...ajvOpts,
          strict: false,
          allErrors: false,
          validateSchema: false,
        } as ConstructorParameters<typeof Ajv2020>[0]);
        addFormats(ajv);
        // Amounts are decimals: 6710.98 is a multiple of 0.0001 (ajv's float check says it is not).
        replaceMultipleOf(ajv);
        ajvs.set(key, ajv);
      }
      return ajv as never;
    },
  });
  api.register({
    ...handlers,
    validationFail: (c: Context) => {
      const op = c.operation?.operationId;
      // A fault may switch validation off: the request is then processed as it is.
      const errors = c.validation.errors ?? [];
      const keywords = [...new Set(errors.map((x) => x.keyword))];
      const missingHeader = errors.some(
        (x) => x.keyword === 'required' && /header/i.test(`${x.instancePath} ${x.schemaPath}`),
      );
      if (op && !enforces('request-validated', { keywords: keywords.join(','), missingHeader }))
        return handlers[op]!(c);
      // Where the docs show a request on both sides (a conflict's request side the emulator accepts:
      // specs/doc-conflicts.yaml), either side is served; only the body may differ from the contract.
      if (op && errors.every((x) => x.instancePath.startsWith('/requestBody'))) {
        const body = c.request.requestBody;
        if (acceptedOtherSide(op, contract.checkRequestBody(op, body), body)) return handlers[op]!(c);
      }
      const first = errors[0];
      const where = first ? `${first.instancePath || '(root)'} ${first.message ?? ''}`.trim() : 'invalid request';
      const missing = c.validation.errors?.some((x) => x.keyword === 'required') ?? false;
      const status =
        op && !contract.operation(op).responses['400'] && contract.operation(op).responses['422'] ? 422 : 400;
      const code = op ? invalidRequestCode(contract, op, status, missing) : 'INVALID_REQUEST';
      return {
        ...declaredError(contract, op, status, code, `Invalid request: ${where}.`),
        rejectedBody: true,
      } satisfies Result;
    },
    notFound: () => err(404, 'NOT_FOUND', 'No such route.'),
    methodNotAllowed: (c: Context) => methodNotAllowed(contract, c.request.path, c.request.method),
  });
  // Keys are checked before routing (a 401 must not depend on the route); the schemes pass here.
  for (const scheme of Object.keys((contract.doc.components as Json | undefined)?.securitySchemes ?? {}))
    api.registerSecurityHandler(scheme, () => true);
  api.init();
  // openapi-backend lists the document's operations again on every match, and turns every path
  // template into a regular expression on every request: both are done once here. Its matching rule
  // is kept: an exact path first, then templates, the most specific (longest literal part) first.
  const operations = api.router.getOperations();
  api.router.getOperations = () => operations;
  const exact = new Map(operations.map((o) => [`${o.method} ${o.path}`, o]));
  const templates = operations
    .map((o) => ({
      o,
      re: new RegExp(
        `^${o.path
          .split(/\{[^}]+\}/)
          .map(escapeRegExp)
          .join('[^/]+')}$`,
      ),
      literal: o.path.replace(/\{.*?\}/g, '').length,
    }))
    .sort((a, b) => b.literal - a.literal);
  const match = api.router.matchOperation.bind(api.router);
  api.router.matchOperation = ((req: Parameters<typeof match>[0], strict: boolean) => {
    // The router's root is '/': the server hands it paths under /v1 with the prefix cut.
    const r = api.router.normalizeRequest(req);
    const path = api.router.normalizePath(r.path);
    const found =
      exact.get(`${r.method} ${path}`) ?? templates.find((t) => t.o.method === r.method && t.re.test(path))?.o;
    // What matches nothing (404, 405) is decided, and its error thrown, the library's own way.
    return found ?? match(req, strict);
  }) as typeof api.router.matchOperation;
  return api;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A method the path does not take: 405, with the methods it takes in Allow (RFC 9110, 15.5.6). A
 * fault may waive either (an undocumented method answered, or refused without Allow).
 */
function methodNotAllowed(contract: Contract, path: string, method: string): Result {
  const m = method.toUpperCase();
  if (!enforces('method-refused', { method: m, allow: false })) return { status: 200, body: {} };
  const allow = [...contract.operations.values()]
    .filter((o) => !o.webhook && new RegExp(`^${o.path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`).test(path))
    .map((o) => o.method);
  const out = err(405, 'UNSUPPORTED_METHOD', `${m} is not a method of ${path}; it takes ${allow.join(', ')}.`);
  return enforces('method-refused', { method: m, allow: true })
    ? { ...out, headers: { allow: allow.join(', ') } }
    : out;
}

/** Why a request's keys are refused: the one problem to report, or undefined when both are right. */
function keyProblem(req: IncomingMessage, keys: { pub: string; priv: string }): string | undefined {
  const pub = req.headers['public-api-key'];
  const priv = req.headers['private-secret-key'];
  if (typeof pub !== 'string' || pub === '') return 'missing-public';
  if (typeof priv !== 'string' || priv === '') return 'missing-private';
  if (pub !== keys.pub || priv !== keys.priv) return 'wrong';
  return undefined;
}

/** The refusal of a request whose keys are wrong, with the code the operation documents for it. */
function keysRefused(contract: Contract, operationId: string | undefined): Result {
  const declared = operationId ? contract.declaredCodes(operationId, 401) : [];
  // The code of the operation's own 401 example where it documents one (the 3DS setup: NOT_AUTHENTICATED).
  const examples = operationId
    ? contract.operation(operationId).responses['401']?.examples['application/json']
    : undefined;
  const shown = Object.values(examples ?? {})
    .map((x) => (x as { code?: unknown } | undefined)?.code)
    .find((c) => typeof c === 'string' && declared.includes(c)) as string | undefined;
  const code =
    shown ?? (declared.includes('INVALID_CREDENTIALS') || !declared.length ? 'INVALID_CREDENTIALS' : declared[0]!);
  const out =
    code === 'INVALID_CREDENTIALS' || code === 'NOT_AUTHENTICATED'
      ? refuse('auth-keys', code === 'NOT_AUTHENTICATED' ? 'Not authenticated.' : 'Invalid credentials.', code)
      : err(401, code, 'Invalid credentials.');
  const said = (out.body as { messages?: string[] }).messages?.[0] ?? 'Invalid credentials.';
  return declaredError(contract, operationId, 401, code, said);
}

/** The faults of a request: the emulator's, and (self-test only) the ones its header names. */
function faultsOf(req: IncomingMessage, e: Emulated, opts: EmulatorOptions): FaultSet | string {
  const selected = opts.selftest
    ? String(req.headers[SELFTEST_HEADER] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  try {
    return e.faults.with(selected);
  } catch (x) {
    return (x as Error).message;
  }
}

function handler(contract: Contract, api: OpenAPIBackend, e: Emulated, opts: EmulatorOptions) {
  const keys = {
    pub: opts.publicApiKey ?? LOCAL_KEYS.publicApiKey,
    priv: opts.privateSecretKey ?? LOCAL_KEYS.privateSecretKey,
  };
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const maxDepth = opts.maxDepth ?? 32;
  const log = opts.log ?? (() => undefined);
  /** Operations whose X-Idempotency-Key the docs declare (the contract says which). */
  const idempotent = new Set(
    [...contract.operations.values()]
      .filter((o) => o.parameters.some((x) => x.name === 'X-Idempotency-Key'))
      .map((o) => o.operationId),
  );
  const send = (res: ServerResponse, r: Result): void => write(res, { status: r.status, headers: {}, body: r.body });

  /** An API request, routed and served by its resource module. */
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
    // Every request is recorded with what is wrong with it, for an SDK's release gate (npm run sdk-gate):
    // worked out when the gate reads it, not for each of the thousands of requests a test run sends.
    // The body is read again from its text then: a handler may have changed the parsed one since.
    let violations: ReturnType<typeof requestViolations> | undefined;
    const violationsOf = (): ReturnType<typeof requestViolations> =>
      (violations ??= requestViolations(contract, operationId ? contract.operations.get(operationId) : undefined, {
        method,
        path: request.path,
        headers: req.headers,
        params,
        query: request.query,
        rawBody: raw,
        body: payload === undefined ? undefined : parse(raw, maxDepth),
      }));
    const faults = faultsOf(req, e, opts);
    if (typeof faults === 'string')
      return write(res, { status: 400, headers: {}, body: { code: 'INVALID_REQUEST', messages: [faults] } });
    await withFaults(faults, operationId, async () => {
      let result: Result;
      const problem = keyProblem(req, keys);
      const key =
        operationId && idempotent.has(operationId)
          ? (req.headers['x-idempotency-key'] as string | undefined)
          : undefined;
      if (problem && enforces('auth-keys', { problem })) result = keysRefused(contract, operationId);
      else {
        const prior = e.idempotency.before(key);
        if (prior) result = prior;
        else {
          try {
            result = (await api.handleRequest(request)) as Result;
          } catch (x) {
            log(`handler error: ${(x as Error).stack ?? String(x)}`);
            result = err(500, 'INTERNAL_ERROR', 'Internal error.');
          }
          e.idempotency.after(key, result, result.rejectedBody === true);
        }
      }
      const out: MutableResponse = {
        status: result.status,
        headers: { ...result.headers },
        body: structuredClone(result.body),
      };
      if (operationId) faults.mutateResponse(out, { operationId, path: params, query: request.query, body: payload });
      e.requests.add({
        at: new Date().toISOString(),
        method,
        path: request.path,
        operationId,
        status: out.status,
        deliberate: req.headers['x-conformance-expect'] === 'invalid',
        get violations() {
          return violationsOf();
        },
      });
      write(res, out);
      e.webhooks.send(result.events);
    });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const { text: raw, over } = await readBody(req, maxBody);
    const isApi = url.pathname.startsWith(`${API_PREFIX}/`);
    if (isApi) e.stats.requests++;
    if (isApi && opts.chaos && (await chaos(req, res, e.stats, opts.chaos))) return;
    if (over)
      return send(
        res,
        refuse('request-validated', `Invalid request: the body exceeds ${maxBody} bytes.`, 'INVALID_REQUEST'),
      );
    const payload = parse(raw, maxDepth);
    if (payload instanceof Error)
      return send(res, refuse('request-validated', `Invalid request: ${payload.message}`, 'INVALID_REQUEST'));
    if (url.pathname.startsWith('/_emulator/')) {
      const faults = faultsOf(req, e, opts);
      const result = withFaults(typeof faults === 'string' ? FaultSet.NONE : faults, undefined, () =>
        control(e, url.pathname, method, (payload ?? {}) as Json),
      );
      send(res, result);
      return e.webhooks.send(result.events);
    }
    if (!isApi) return send(res, err(404, 'NOT_FOUND', `The API lives under ${API_PREFIX}.`));
    if (opts.latencyMs) await sleep(opts.latencyMs);
    return serveApi(req, res, url, method, payload, raw);
  };
}

/** Chaos: a transient failure before any processing (so a retry is always safe), or a slow answer. True when answered. */
async function chaos(req: IncomingMessage, res: ServerResponse, stats: EmulatorStats, rate: number): Promise<boolean> {
  if (Math.random() < rate) {
    stats.chaosInjected++;
    const pick = Math.floor(Math.random() * 3);
    if (pick === 0)
      write(res, {
        status: 429,
        headers: { 'retry-after': '0' },
        body: { code: 'RATE_LIMITED', messages: ['Too many requests.'] },
      });
    else if (pick === 1)
      write(res, { status: 503, headers: {}, body: { code: 'UNAVAILABLE', messages: ['Service unavailable.'] } });
    else req.socket.destroy();
    return true;
  }
  if (Math.random() < rate / 3) await sleep(300);
  return false;
}

function write(res: ServerResponse, out: MutableResponse): void {
  const text = out.body === undefined ? '' : JSON.stringify(out.body);
  res.writeHead(out.status, {
    'content-type': 'application/json',
    ...out.headers,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The body as JSON (undefined when empty), or an Error that says why it cannot be served. */
function parse(raw: string, maxDepth: number): unknown {
  if (!raw.length) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    return new Error('the body is not valid JSON.');
  }
  return depth(payload) > maxDepth ? new Error(`the body nests deeper than ${maxDepth} levels.`) : payload;
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
