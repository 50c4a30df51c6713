// The sandbox path end to end, with the emulator standing in for the live sandbox at YUNO_BASE_URL
// (the sandbox cannot be reached from here); and the production guard, proven by counting what a
// listener receives.
import { createServer, request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { links as linksResource } from '../../resources/links.js';
import { payments } from '../../resources/payments.js';
import { webhookConfigs } from '../../resources/webhook-config.js';
import { listen, startEmulator } from '../support/local-servers.js';
import { subrun } from '../support/subrun.js';

const KEYS = {
  YUNO_PUBLIC_API_KEY: 'pk_dummy_sandbox_000001',
  YUNO_PRIVATE_SECRET_KEY: 'sk_dummy_sandbox_000001',
  YUNO_ACCOUNT_CODE: 'a1c0de00-0000-4000-8000-000000000001',
  YUNO_WEBHOOK_SECRET: 'whsec_dummy_sandbox',
};

const emulator = (): ReturnType<typeof startEmulator> =>
  startEmulator({
    publicApiKey: KEYS.YUNO_PUBLIC_API_KEY,
    privateSecretKey: KEYS.YUNO_PRIVATE_SECRET_KEY,
    accountId: KEYS.YUNO_ACCOUNT_CODE,
    webhookSecret: KEYS.YUNO_WEBHOOK_SECRET,
  });

/**
 * An HTTP proxy that records every request and forwards it to `upstream` (or answers 502 without one).
 * Playwright tunnels through proxies with CONNECT even for http URLs: the tunnel is handed to an inner
 * HTTP server, so the requests inside it are seen (and counted) one by one.
 */
async function recordingProxy(
  upstream?: string,
): Promise<{ url: string; seen: Array<{ method: string; host: string; path: string }>; close: () => void }> {
  const seen: Array<{ method: string; host: string; path: string }> = [];
  let tunnelHost = '';
  const inner = createServer((req, res) => {
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? tunnelHost}`);
    seen.push({ method: req.method ?? '', host: target.host, path: target.pathname });
    if (!upstream) return void res.writeHead(502).end();
    const up = new URL(upstream);
    const fwd = httpRequest(
      {
        host: up.hostname,
        port: up.port,
        method: req.method,
        path: target.pathname + target.search,
        headers: { ...req.headers, host: up.host },
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  const server = createServer((req, res) => inner.emit('request', req, res));
  server.on('connect', (req, socket, head) => {
    tunnelHost = req.url ?? '';
    seen.push({ method: 'CONNECT', host: tunnelHost.replace(/:80$/, ''), path: '' });
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    inner.emit('connection', socket);
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, seen, close: () => server.close() };
}

test.describe.configure({ mode: 'parallel' });

test('the sandbox project runs end to end against a sandbox stand-in at YUNO_BASE_URL', async () => {
  test.setTimeout(180_000);
  const emu = await emulator();
  try {
    // The stateful specs (the generated phase's budget and the production guard are other tests').
    const run = await subrun(
      [
        '--project=sandbox',
        'tests/lifecycle/payments.spec.ts',
        'tests/lifecycle/links.spec.ts',
        'tests/idempotency',
        'tests/lookups',
        'tests/webhooks',
        'tests/status',
        // Of the payment transitions, the captures and cancels: each a chain of dependent requests.
        '--grep-invert',
        '^(refund|updateDispute|chargeback|a payment in|create with)',
      ],
      { ...KEYS, YUNO_BASE_URL: `${emu.url}/v1` },
      170_000,
    );
    expect(run.code, run.output.slice(-3000)).toBe(0);
    expect(run.stats!.unexpected).toBe(0);
    expect(run.stats!.expected, 'stateful tests ran on the sandbox project').toBeGreaterThan(60);
    expect(
      run.stats!.skipped,
      'tests needing emulator controls or webhooks are skipped, with the reason',
    ).toBeGreaterThan(0);
    const results = JSON.parse(
      await import('node:fs').then((fs) => fs.readFileSync(`${run.reports}/results.json`, 'utf8')),
    ) as object;
    expect(JSON.stringify(results)).toContain(
      'needs test controls to move the clock, pay links or settle payments (only the emulator has them)',
    );
    // Nothing is left open on the sandbox: every authorization and pending payment was canceled, every
    // link closed, every webhook the run registered deleted.
    const open = [...emu.emulator.world.get(payments).records.values()]
      .filter((p) => p.status === 'PENDING')
      .map((p) => `payment ${p.id} ${p.status}/${p.sub_status}`);
    const links = [...emu.emulator.world.get(linksResource).records.keys()].map(
      (code) => (emu.emulator.world.get(linksResource).retrieve(code).body as { status: string }).status,
    );
    expect(emu.emulator.world.get(payments).records.size, 'payments the run created').toBeGreaterThan(50);
    expect(open, 'payments left PENDING (an authorization or a pending payment) after the run').toEqual([]);
    expect(
      links.filter((s) => s === 'CREATED'),
      'links left CREATED after the run',
    ).toEqual([]);
    expect(
      [...emu.emulator.world.get(webhookConfigs).records.values()].map((w) => `${w.id} ${w.name}`),
      'webhooks left registered after the run',
    ).toEqual([]);
  } finally {
    emu.close();
  }
});

for (const host of ['api.y.uno', 'api.eu.y.uno']) {
  test(`a production host (${host}) is refused before any request`, async () => {
    const proxy = await recordingProxy();
    try {
      const run = await subrun(
        ['--project=sandbox'],
        { ...KEYS, YUNO_BASE_URL: `http://${host}/v1`, YUNO_PROXY: proxy.url, YUNO_ALLOW_PRODUCTION: '' },
        30_000,
      );
      expect(run.code).not.toBe(0);
      expect(run.output).toContain(`${host} is a production host: refused`);
      expect(proxy.seen, 'requests that reached the listener').toEqual([]);
    } finally {
      proxy.close();
    }
  });
}

test('with YUNO_ALLOW_PRODUCTION=read-only, only reads reach a production host', async () => {
  test.setTimeout(120_000);
  const emu = await emulator();
  const proxy = await recordingProxy(emu.url);
  try {
    // Every operation once, reads and writes alike: the writes must be skipped before they leave.
    const run = await subrun(
      ['--project=sandbox', 'tests/contract/operations.spec.ts', 'tests/errors', 'tests/generated/relations.spec.ts'],
      { ...KEYS, YUNO_BASE_URL: 'http://api.y.uno/v1', YUNO_PROXY: proxy.url, YUNO_ALLOW_PRODUCTION: 'read-only' },
      110_000,
    );
    expect(run.code, run.output.slice(-3000)).toBe(0);
    const reads = proxy.seen.filter((s) => s.method === 'GET');
    expect(reads.length, `read-only tests ran through the listener: ${JSON.stringify(proxy.seen)}`).toBeGreaterThan(2);
    expect(new Set(proxy.seen.map((s) => s.host))).toEqual(new Set(['api.y.uno']));
    const methods = new Set(proxy.seen.filter((s) => s.method !== 'CONNECT').map((s) => s.method));
    expect([...methods], 'methods that reached production').toEqual(['GET']);
    expect(run.output).not.toMatch(/\b(POST|PATCH|PUT|DELETE) \/v1/);
  } finally {
    proxy.close();
    emu.close();
  }
});
