// The gate's intercepting proxy: an SDK's own tests run with HTTPS_PROXY pointing here and a CA the
// gate generates trusted, so a client that derives Yuno's host from its key (sandbox_... ->
// https://api-sandbox.y.uno) is heard without any change to it. Requests to Yuno's hosts (api*.y.uno)
// and to the gate itself (YUNO_BASE_URL) are answered by the emulator and recorded with what was
// answered; a host allowed with --allow-host passes through; anything else is refused with a 502 that
// names the host and the setting that allows it. The CA lives in a temporary folder, removed at stop.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CompletedRequest, generateCACertificate, getLocal, type Mockttp } from 'mockttp';
import { ROOT } from '../paths.js';

/** Yuno's API hosts: api-sandbox.y.uno, api.y.uno, api.eu.y.uno and any other api*.y.uno. */
export const YUNO_HOST = /^api[a-z0-9.-]*\.y\.uno$/i;

export const isYunoHost = (host: string): boolean => YUNO_HOST.test(host);

/** One request the proxy heard, and what it answered. */
export interface Exchange {
  at: string;
  method: string;
  /** The host the client addressed (the gate's own for YUNO_BASE_URL). */
  host: string;
  /** The path as sent, with its version segment (/v1/payments). */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  status: number;
  /** The answer's body (JSON parsed where it is JSON). */
  answer: unknown;
  /** How it reached the gate: through the proxy to a Yuno host, or at the gate's own URL. */
  via: 'proxy' | 'base-url';
}

export interface GateProxy {
  port: number;
  /** The PEM file of the CA the proxy signs its certificates with. */
  caFile: string;
  /** The Node preload that routes fetch through the proxy (undici's EnvHttpProxyAgent). */
  preloadFile: string;
  /** Hosts the proxy refused (not Yuno's, not allowed), with how often. */
  refused: Map<string, number>;
  stop(): Promise<void>;
}

export interface ProxyOptions {
  /** The emulator's root URL (http://127.0.0.1:port, without /v1). */
  emulator: string;
  /** Hosts let through to the network (--allow-host). */
  allowHosts: string[];
  onExchange: (e: Exchange) => void;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

/** Forwards a request to the emulator and reads its whole answer. */
function forward(
  emulator: URL,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: emulator.hostname,
        port: emulator.port,
        method,
        path,
        headers: { ...headers, 'content-length': String(body.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const out: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ status: res.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const parseJson = (text: string): unknown => {
  try {
    return text.length ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
};

/** Starts the proxy (a CA generated into a temporary folder) in front of an emulator. */
export async function startProxy(o: ProxyOptions): Promise<GateProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-gate-'));
  const ca = await generateCACertificate({
    subject: { commonName: 'yuno-conformance SDK gate (temporary)', organizationName: 'yuno-conformance' },
    bits: 2048,
  });
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.cert);
  // Node 20's fetch ignores HTTPS_PROXY: this preload routes it (and undici) through the proxy.
  const preloadFile = join(dir, 'preload.mjs');
  const undici = pathToFileURL(join(ROOT, 'node_modules', 'undici', 'index.js')).href;
  writeFileSync(
    preloadFile,
    [
      "// Written by the SDK gate: Node's fetch through HTTPS_PROXY / HTTP_PROXY (NO_PROXY honoured).",
      `import { EnvHttpProxyAgent, setGlobalDispatcher } from ${JSON.stringify(undici)};`,
      '// undici calls the agent experimental; the SDK under test need not hear it.',
      'const emit = process.emitWarning;',
      "process.emitWarning = (w, ...rest) => (String(w).includes('EnvHttpProxyAgent') ? undefined : emit.call(process, w, ...rest));",
      'setGlobalDispatcher(new EnvHttpProxyAgent());',
      'process.emitWarning = emit;',
      '',
    ].join('\n'),
  );
  const server: Mockttp = getLocal({ https: { key: ca.key, cert: ca.cert }, http2: false, suggestChanges: false });
  const refused = new Map<string, number>();
  const emulator = new URL(o.emulator);
  const allowed = new Set(o.allowHosts.map((h) => h.toLowerCase()));
  let port = 0;
  const isGateItself = (r: CompletedRequest): boolean =>
    ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(r.destination.hostname) && r.destination.port === port;

  await server
    .forAnyRequest()
    .matching((r) => isYunoHost(r.destination.hostname) || isGateItself(r))
    .thenCallback(async (r) => {
      const url = new URL(r.url);
      const body = r.body.buffer;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.headers))
        if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      let answered: { status: number; headers: Record<string, string>; body: Buffer };
      try {
        answered = await forward(emulator, r.method, `${url.pathname}${url.search}`, headers, body);
      } catch (e) {
        const text = JSON.stringify({
          code: 'GATE_ERROR',
          messages: [`the gate's emulator failed: ${(e as Error).message}`],
        });
        answered = { status: 502, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) };
      }
      o.onExchange({
        at: new Date().toISOString(),
        method: r.method.toUpperCase(),
        host: isGateItself(r) ? `127.0.0.1:${port}` : r.destination.hostname,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: r.headers,
        rawBody: body.toString('utf8'),
        status: answered.status,
        answer: parseJson(answered.body.toString('utf8')),
        via: isGateItself(r) ? 'base-url' : 'proxy',
      });
      return { statusCode: answered.status, headers: answered.headers, rawBody: answered.body };
    });
  await server
    .forAnyRequest()
    .matching((r) => allowed.has(r.destination.hostname.toLowerCase()))
    .thenPassThrough();
  await server.forUnmatchedRequest().thenCallback((r) => {
    const host = r.destination.hostname;
    refused.set(host, (refused.get(host) ?? 0) + 1);
    return {
      statusCode: 502,
      headers: { 'content-type': 'application/json' },
      json: {
        code: 'SDK_GATE_HOST_REFUSED',
        messages: [
          `sdk-gate: ${host} is not a Yuno host (api*.y.uno): the gate refused the request. Let it through with --allow-host ${host} (or SDK_GATE_ALLOW_HOSTS=${host}).`,
        ],
      },
    };
  });
  await server.start();
  port = server.port;
  return {
    port,
    caFile,
    preloadFile,
    refused,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What the SDK's command is given: the proxy for every ecosystem (curl, Python's urllib and
 * requests, PHP's curl, Node through the preload), the CA to trust, the keys, and YUNO_BASE_URL at
 * the gate itself for clients that read it.
 */
export function commandEnv(
  p: GateProxy,
  keys: { publicApiKey: string; privateSecretKey: string; accountCode: string },
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const proxy = `http://127.0.0.1:${p.port}`;
  const noProxy = ['localhost', '127.0.0.1', '::1'].join(',');
  return {
    ...base,
    HTTPS_PROXY: proxy,
    HTTP_PROXY: proxy,
    https_proxy: proxy,
    http_proxy: proxy,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    NODE_EXTRA_CA_CERTS: p.caFile,
    SSL_CERT_FILE: p.caFile,
    REQUESTS_CA_BUNDLE: p.caFile,
    CURL_CA_BUNDLE: p.caFile,
    NODE_OPTIONS: [base.NODE_OPTIONS, `--import ${pathToFileURL(p.preloadFile).href}`].filter(Boolean).join(' '),
    YUNO_BASE_URL: `http://127.0.0.1:${p.port}/v1`,
    YUNO_PUBLIC_API_KEY: keys.publicApiKey,
    YUNO_PRIVATE_SECRET_KEY: keys.privateSecretKey,
    YUNO_ACCOUNT_CODE: keys.accountCode,
  };
}
