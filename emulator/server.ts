// The emulator's HTTP side. Routing and request validation come from openapi/yuno.yaml through
// openapi-backend (with ajv for draft 2020-12), so the emulator cannot drift from the contract.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { OpenAPIBackend, type Context, type Document } from 'openapi-backend';
import { Contract } from '../lib/contract.js';
import { LOCAL_KEYS } from '../lib/config.js';
import { Domain, err, type Json, type PaymentRec, type Result } from './domain.js';
import { FaultSet } from './faults.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (a: Ajv2020) => Ajv2020;

export interface EmulatorOptions {
  faults?: FaultSet;
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

interface Idem {
  state: 'in-process' | 'done' | 'failed';
  result?: Result;
}

const API_PREFIX = '/v1';

/** What the emulator did that a test may want to count. */
export interface EmulatorStats {
  requests: number;
  chaosInjected: number;
}

export function createEmulator(opts: EmulatorOptions = {}): { server: Server; domain: Domain; stats: EmulatorStats } {
  const stats: EmulatorStats = { requests: 0, chaosInjected: 0 };
  const faults = opts.faults ?? new FaultSet([]);
  const keys = { pub: opts.publicApiKey ?? LOCAL_KEYS.publicApiKey, priv: opts.privateSecretKey ?? LOCAL_KEYS.privateSecretKey };
  const secret = opts.webhookSecret ?? LOCAL_KEYS.webhookSecret;
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const maxDepth = opts.maxDepth ?? 32;
  const log = opts.log ?? (() => undefined);
  const domain = new Domain(faults, opts.accountId ?? LOCAL_KEYS.accountCode);
  const contract = Contract.load();
  const idempotency = new Map<string, Idem>();
  const webhookUrls = new Set<string>();

  const api = new OpenAPIBackend({
    definition: structuredClone(contract.doc) as unknown as Document,
    strict: false,
    validate: !faults.has('invalid-body-accepted'),
    quick: true,
    customizeAjv: (_original, ajvOpts) => {
      const ajv = new Ajv2020({ ...ajvOpts, strict: false, allErrors: false, multipleOfPrecision: 8 } as ConstructorParameters<typeof Ajv2020>[0]);
      addFormats(ajv);
      return ajv as never;
    },
  });

  const idemKey = (c: Context): string | undefined => {
    const h = c.request.headers['x-idempotency-key'];
    return typeof h === 'string' ? h : undefined;
  };
  const p = (c: Context, name: string): string => String((c.request.params as Record<string, string>)[name]);
  const q = (c: Context, name: string): string => String((c.request.query as Record<string, string>)[name]);
  const body = (c: Context): Json => (c.request.requestBody ?? {}) as Json;

  api.register({
    createPayment: (c) => {
      const r = domain.createPayment(body(c), idemKey(c) ?? null);
      if (faults.has('invalid-body-accepted') && r.status >= 400 && !(body(c).amount)) return { status: 201, body: {} };
      return r;
    },
    retrievePayment: (c) => domain.retrievePayment(p(c, 'payment_id')),
    retrievePaymentsByMerchantOrderId: (c) => domain.paymentsByOrder(q(c, 'merchant_order_id')),
    captureAuthorization: (c) => domain.capture(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
    cancelPayment: (c) => domain.cancel(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
    refundPayment: (c) => domain.refund(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
    cancelOrRefundPayment: (c) => domain.cancelOrRefund(p(c, 'payment_id'), undefined, body(c)),
    cancelOrRefundTransaction: (c) => domain.cancelOrRefund(p(c, 'payment_id'), p(c, 'transaction_id'), body(c)),
    createPaymentLink: (c) => domain.createLink(body(c)),
    retrievePaymentLink: (c) => domain.retrieveLink(p(c, 'code')),
    cancelPaymentLink: (c) => domain.cancelLink(p(c, 'code')),
    createCustomer: (c) => domain.createCustomer(body(c)),
    retrieveCustomer: (c) => domain.retrieveCustomer(p(c, 'customer_id')),
    retrieveCustomerByMerchantCustomerId: (c) => domain.customerByMerchantId(q(c, 'merchant_customer_id')),
    updateCustomer: (c) => domain.updateCustomer(p(c, 'customer_id'), body(c)),
    createCheckoutSession: (c) => domain.createSession(body(c)),
    retrieveCheckoutPaymentMethods: (c) => domain.sessionMethods(p(c, 'checkout_session')),
    createPayout: (c) => domain.createPayout(body(c)),
    retrievePayout: (c) => domain.retrievePayout(p(c, 'payout_id')),
    retrievePayoutsByMerchantReference: (c) => domain.payoutsByReference(q(c, 'merchant_reference')),
    createReport: (c) => domain.createReport(body(c)),
    retrieveReport: (c) => domain.retrieveReport(p(c, 'report_id')),
    listReports: () => domain.listReports(),
    downloadReport: (c) => domain.downloadReport(p(c, 'report_id')),
    validationFail: (c) => {
      const first = c.validation.errors?.[0];
      const where = first ? `${first.instancePath || '(root)'} ${first.message ?? ''}`.trim() : 'invalid request';
      const missing = c.validation.errors?.some((e) => e.keyword === 'required');
      return err(400, missing ? 'MISSING_PARAMETERS' : 'INVALID_PARAMETERS', `Invalid request: ${where}.`);
    },
    notFound: () => err(404, 'NOT_FOUND', 'No such route.'),
    methodNotAllowed: () => err(405, 'UNSUPPORTED_METHOD', 'Method not allowed.'),
  });
  // Keys are checked before routing (a 401 must not depend on the route); the schemes still pass here.
  for (const scheme of ['public-api-key', 'private-secret-key']) api.registerSecurityHandler(scheme, () => true);
  api.init();

  // Operations whose X-Idempotency-Key the docs require (the contract says which).
  const idempotent = new Set([...contract.operations.values()].filter((o) => o.parameters.some((x) => x.name === 'X-Idempotency-Key')).map((o) => o.operationId));

  function send(res: ServerResponse, r: Result): void {
    let payload = r.body;
    if (r.status >= 400 && faults.has('error-body-shape')) {
      const b = r.body as { code?: string; messages?: string[] };
      payload = { error: { code: b.code, message: b.messages?.[0], type: 'VALIDATION_ERROR' } };
    }
    const text = payload === undefined ? '' : JSON.stringify(payload);
    res.writeHead(r.status, { 'content-type': faults.has('wrong-content-type') && r.status < 300 ? 'text/plain' : 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  /** A transient answer that is not Yuno's (rate limit, unavailable): sent as is, no fault applied. */
  function sendRaw(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  function deliver(events: Result['events']): void {
    for (const e of events ?? []) {
      const payment = domain.core(e.payment as PaymentRec);
      const event = { type: 'payment', type_event: e.typeEvent, account_id: domain.account, retry: 0, version: faults.has('webhook-version-string') ? '2' : 2, data: { payment } };
      const raw = JSON.stringify(event);
      const signed = faults.has('webhook-bad-signature') ? JSON.stringify(event, null, 2) : raw;
      const signature = createHmac('sha256', secret).update(signed, 'utf8').digest('base64');
      for (const url of webhookUrls) {
        const attempt = (n: number): void => {
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hmac-signature': signature }, body: raw, signal: AbortSignal.timeout(5000) })
            .then((r) => {
              if (r.status !== 200 && n < 3) setTimeout(() => attempt(n + 1), 100 * n);
            })
            .catch(() => {
              if (n < 3) setTimeout(() => attempt(n + 1), 100 * n);
              else webhookUrls.delete(url);
            });
        };
        attempt(1);
      }
    }
  }

  async function control(path: string, method: string, payload: Json, res: ServerResponse): Promise<void> {
    const ok = (b: unknown = { ok: true }): void => send(res, { status: 200, body: b });
    const m = (re: RegExp): RegExpExecArray | null => re.exec(path);
    let r: RegExpExecArray | null;
    if (path === '/_emulator/health') return ok({ ok: true, faults: faults.size, time: domain.iso() });
    if (method !== 'POST') return send(res, err(405, 'UNSUPPORTED_METHOD', 'Controls take POST.'));
    if (path === '/_emulator/clock') {
      const s = Number(payload.advance_seconds);
      if (!Number.isFinite(s) || s < 0) return send(res, err(400, 'INVALID_PARAMETERS', 'advance_seconds must be a non-negative number.'));
      domain.offsetMs += s * 1000;
      return ok({ now: domain.iso() });
    }
    if (path === '/_emulator/webhooks') {
      if (typeof payload.url !== 'string' || !/^https?:\/\//.test(payload.url)) return send(res, err(400, 'INVALID_PARAMETERS', 'url must be an http(s) URL.'));
      webhookUrls.add(payload.url);
      return ok();
    }
    if (path === '/_emulator/idempotency/hold' || path === '/_emulator/idempotency/release') {
      if (typeof payload.key !== 'string') return send(res, err(400, 'INVALID_PARAMETERS', 'key is required.'));
      if (path.endsWith('hold')) idempotency.set(payload.key, { state: 'in-process' });
      else idempotency.delete(payload.key);
      return ok();
    }
    if ((r = m(/^\/_emulator\/payment-links\/([^/]+)\/pay$/))) {
      const result = domain.payLink(decodeURIComponent(r[1]!), String(payload.card_number ?? '4507990000000002'));
      send(res, result);
      return deliver(result.events);
    }
    if ((r = m(/^\/_emulator\/payments\/([^/]+)\/settle$/))) {
      const outcome = payload.outcome;
      if (outcome !== 'approved' && outcome !== 'declined' && outcome !== 'expired') return send(res, err(400, 'INVALID_PARAMETERS', 'outcome must be approved, declined or expired.'));
      const result = domain.settle(r[1]!, outcome);
      send(res, result);
      return deliver(result.events);
    }
    send(res, err(404, 'NOT_FOUND', `No control ${path}.`));
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
      if (pick === 0) return sendRaw(res, 429, { 'retry-after': '0' }, { code: 'RATE_LIMITED', messages: ['Too many requests.'] });
      if (pick === 1) return sendRaw(res, 503, {}, { code: 'UNAVAILABLE', messages: ['Service unavailable.'] });
      return void req.socket.destroy();
    }
    if (isApi && opts.chaos && Math.random() < opts.chaos / 3) await sleep(300);
    if (over) return send(res, err(400, 'INVALID_REQUEST', `Invalid request: the body exceeds ${maxBody} bytes.`));
    let payload: unknown;
    if (raw.length) {
      try {
        payload = JSON.parse(raw);
      } catch {
        return send(res, err(400, 'INVALID_REQUEST', 'Invalid request: the body is not valid JSON.'));
      }
      if (depth(payload) > maxDepth) return send(res, err(400, 'INVALID_REQUEST', `Invalid request: the body nests deeper than ${maxDepth} levels.`));
    }
    if (url.pathname.startsWith('/_emulator/')) return control(url.pathname, method, (payload ?? {}) as Json, res);
    if (!isApi) return send(res, err(404, 'NOT_FOUND', `The API lives under ${API_PREFIX}.`));
    if (opts.latencyMs) await sleep(opts.latencyMs);

    const pub = req.headers['public-api-key'];
    const priv = req.headers['private-secret-key'];
    const keyOk = (v: unknown, want: string): boolean => (faults.has('auth-wrong-key-accepted') ? typeof v === 'string' && v.length > 0 : v === want);
    const missingAllowed = faults.has('auth-missing-key-accepted') && priv === undefined && keyOk(pub, keys.pub);
    if (!missingAllowed && (!keyOk(pub, keys.pub) || !keyOk(priv, keys.priv))) {
      return send(res, err(401, faults.has('auth-401-wrong-code') ? 'INVALID_REQUEST' : 'INVALID_CREDENTIALS', 'Invalid credentials.'));
    }

    const request = { method, path: url.pathname.slice(API_PREFIX.length), query: Object.fromEntries(url.searchParams), headers: req.headers as Record<string, string>, body: payload };
    const operation = api.matchOperation(request);
    const key = operation && idempotent.has(operation.operationId ?? '') ? (req.headers['x-idempotency-key'] as string | undefined) : undefined;
    const prior = key ? idempotency.get(key) : undefined;
    if (prior && key) {
      if (prior.state === 'in-process' && !faults.has('idempotency-in-process-ignored')) return send(res, err(400, 'REQUEST_IN_PROCESS', 'A request with this X-Idempotency-Key is still in process.'));
      if (prior.state === 'failed' && !faults.has('idempotency-failed-key-reused')) return send(res, err(400, 'IDEMPOTENCY_DUPLICATED', 'The first request with this X-Idempotency-Key failed; use a new key.'));
      if (prior.state === 'done' && prior.result && !faults.has('idempotency-replay-creates')) return send(res, prior.result);
    }
    const validKey = key !== undefined && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
    if (validKey && !prior) idempotency.set(key, { state: 'in-process' });
    let result: Result;
    try {
      result = (await api.handleRequest(request)) as Result;
    } catch (e) {
      log(`handler error: ${(e as Error).stack ?? String(e)}`);
      result = err(500, 'INTERNAL_ERROR', 'Internal error.');
    }
    if (validKey && (!prior || prior.state === 'done')) {
      // A body rejected before processing does not consume the key; a failure after it started does.
      if (result.status < 300) idempotency.set(key, { state: 'done', result });
      else if (result.consumed) idempotency.set(key, { state: 'failed' });
      else idempotency.delete(key);
    }
    send(res, result);
    deliver(result.events);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`request error: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) send(res, err(500, 'INTERNAL_ERROR', 'Internal error.'));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  return { server, domain, stats };
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
