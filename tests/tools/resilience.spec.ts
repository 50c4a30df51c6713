// Secrets never leak; bad configuration and a misbehaving target fail fast and clearly; a flaky
// target is not mistaken for a broken contract; the emulator survives hostile input.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { FaultSet } from '../../emulator/faults.js';
import { Contract } from '../../lib/contract.js';
import { startEmulator } from '../support/local-servers.js';
import { subrun } from '../support/subrun.js';

test.describe.configure({ mode: 'parallel' });

const emulator = startEmulator;

/** Specs whose tests chain many requests (made, moved, read back): where flakiness would show. */
// The stateful specs: the payment transitions (each reaches its state through a chain of dependent
// requests, each a chance of a transient fault) and idempotency.
const STATEFUL_SPECS = [
  'tests/lifecycle/payments.spec.ts',
  'tests/idempotency',
  '--grep',
  '(refund|capture|cancel) from|replay',
];

/** Every file under a folder, with the entries of zip archives (Playwright's HTML report) unpacked. */
function* texts(dir: string): Generator<{ file: string; text: string }> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      yield* texts(path);
      continue;
    }
    const buf = readFileSync(path);
    yield { file: path, text: buf.toString('utf8') };
    const zipped = /base64,(UEsDB[A-Za-z0-9+/=]+)/.exec(buf.toString('latin1'));
    for (const z of [
      buf.subarray(0, 4).toString('latin1') === 'PK\x03\x04' ? buf : undefined,
      zipped ? Buffer.from(zipped[1]!, 'base64') : undefined,
    ]) {
      if (z) for (const e of unzip(z)) yield { file: `${path}!${e.name}`, text: e.data.toString('utf8') };
    }
  }
}

/** A small reader of zip local file entries (stored or deflated), enough to look inside a report. */
function unzip(buf: Buffer): Array<{ name: string; data: Buffer }> {
  const out: Array<{ name: string; data: Buffer }> = [];
  let i = 0;
  while (i + 30 <= buf.length && buf.readUInt32LE(i) === 0x04034b50) {
    const method = buf.readUInt16LE(i + 8);
    let size = buf.readUInt32LE(i + 18);
    const nameLen = buf.readUInt16LE(i + 26);
    const extraLen = buf.readUInt16LE(i + 28);
    const name = buf.subarray(i + 30, i + 30 + nameLen).toString('utf8');
    const start = i + 30 + nameLen + extraLen;
    if ((buf.readUInt16LE(i + 6) & 8) !== 0 && size === 0) {
      // Sizes follow the data: find the next entry or the central directory.
      const next = [
        buf.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), start),
        buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), start),
      ].filter((x) => x > 0);
      size = Math.min(...next) - start;
    }
    const raw = buf.subarray(start, start + size);
    try {
      out.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
    } catch {
      out.push({ name, data: raw });
    }
    i = start + size;
    if (buf.readUInt32LE(i) === 0x08074b50) i += 16;
  }
  return out;
}

test('no key value appears in any report, attachment, trace or console output, failing tests included', async () => {
  test.setTimeout(180_000);
  // The secrets: both keys and the webhook secret (the account code is an identifier, see lib/config.ts).
  const canary = {
    YUNO_PUBLIC_API_KEY: 'pk_canary_3f9a1c7e5b2d',
    YUNO_PRIVATE_SECRET_KEY: 'sk_canary_8e4b6d2a9c1f',
    YUNO_WEBHOOK_SECRET: 'whsec_canary_2c4e6a8b0d',
  };
  // A broken target, so that failures (messages, attachments, error context) are produced too.
  const emu = await emulator({
    faults: new FaultSet([
      'link-cancel-twice',
      'idempotency-replay-creates',
      'customer-update-ignored',
      'second-cancel-accepted',
      'webhook-status-disagrees',
    ]),
    publicApiKey: canary.YUNO_PUBLIC_API_KEY,
    privateSecretKey: canary.YUNO_PRIVATE_SECRET_KEY,
    webhookSecret: canary.YUNO_WEBHOOK_SECRET,
  });
  try {
    const run = await subrun(
      ['--project=emulator', 'tests/lifecycle/links.spec.ts', 'tests/webhooks', 'tests/idempotency'],
      { ...canary, YUNO_BASE_URL: `${emu.url}/v1`, YUNO_REPORTS: 'full' },
      170_000,
    );
    expect(
      run.stats?.unexpected ?? 0,
      `the run must include failing tests: ${run.output.slice(-1500)}`,
    ).toBeGreaterThan(2);
    expect(run.stats?.expected ?? 0).toBeGreaterThan(5);
    const values = Object.values(canary);
    const forms = values.flatMap((v) => [v, encodeURIComponent(v), Buffer.from(v).toString('base64')]);
    const hits: string[] = [];
    let files = 0;
    for (const dir of [run.reports]) {
      for (const { file, text } of texts(dir)) {
        files++;
        for (const f of forms) if (text.includes(f)) hits.push(`${file}: ${f}`);
      }
    }
    for (const f of forms) if (run.output.includes(f)) hits.push(`console output: ${f}`);
    expect(files, 'report files scanned').toBeGreaterThan(20);
    expect(existsSync(join(run.reports, 'allure-results'))).toBe(true);
    expect(existsSync(join(run.reports, 'playwright-html', 'index.html'))).toBe(true);
    expect(hits, 'canary hits').toEqual([]);
    console.log(
      `canaries: 0 hits in ${files} files scanned and the console output (${run.stats!.expected} passed, ${run.stats!.unexpected} failed in the run)`,
    );
  } finally {
    emu.close();
  }
});

test.describe('a flaky target', () => {
  test('under 10% injected faults the suite reports no contract violation', async () => {
    test.setTimeout(330_000);
    const emu = await emulator({ chaos: 0.1 });
    try {
      // The stateful specs: many dependent requests a test, each a chance of a transient fault.
      const run = await subrun(
        ['--project=emulator', '--workers=2', ...STATEFUL_SPECS],
        { YUNO_BASE_URL: `${emu.url}/v1` },
        320_000,
      );
      expect(run.code === 0 || run.code === 1, `the run finished: ${run.output.slice(-1000)}`).toBe(true);
      const drift = JSON.parse(readFileSync(join(run.reports, 'drift.json'), 'utf8')) as { findings: unknown[] };
      expect(drift.findings, 'findings reported under transient faults').toEqual([]);
      const results = readFileSync(join(run.reports, 'results.json'), 'utf8');
      const errors = [...results.matchAll(/"message": "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
      for (const e of errors.filter((m) => /Error|expect/.test(m)))
        expect(e, 'a failure under chaos must be TARGET UNAVAILABLE').toContain('TARGET UNAVAILABLE');
      const ran = run.stats!.expected + run.stats!.unexpected;
      expect(ran, 'the stateful specs ran').toBeGreaterThan(40);
      expect(run.stats!.expected / ran, 'transient faults are retried: nearly every test passes').toBeGreaterThan(0.95);
      expect(emu.stats.chaosInjected, 'faults were injected').toBeGreaterThan(20);
      console.log(
        `chaos 10%: ${emu.stats.chaosInjected} faults injected in ${emu.stats.requests} API requests; ${run.stats!.expected} tests passed, ${run.stats!.unexpected} failed as target unavailable; 0 findings reported`,
      );
    } finally {
      emu.close();
    }
  });
});

test.describe('the emulator survives hostile input', () => {
  const KEYS = {
    'public-api-key': 'pk_local_conformance_public',
    'private-secret-key': 'sk_local_conformance_private',
  };

  test('an oversized payload and deeply nested JSON get the documented 400', async () => {
    const emu = await emulator({ maxBodyBytes: 64 * 1024 });
    try {
      const post = (body: string): Promise<Response> =>
        fetch(`${emu.url}/v1/customers`, {
          method: 'POST',
          headers: { ...KEYS, 'content-type': 'application/json' },
          body,
        });
      for (const [what, body] of [
        ['a 1 MB body', JSON.stringify({ merchant_customer_id: 'x'.repeat(1024 * 1024) })],
        ['JSON nested 100 000 deep', '['.repeat(100_000) + ']'.repeat(100_000)],
        [
          'JSON nested 40 deep',
          JSON.stringify(
            Array.from({ length: 40 }).reduce<unknown>((acc) => ({ a: acc }), { merchant_customer_id: 'x' }),
          ),
        ],
      ] as const) {
        const res = await post(body);
        expect(res.status, what).toBe(400);
        const b = (await res.json()) as { code: string; messages: string[] };
        expect(
          Contract.load().checkResponse('createCustomer', {
            status: 400,
            headers: { 'content-type': res.headers.get('content-type') ?? '' },
            body: b,
          }),
          what,
        ).toEqual([]);
      }
      expect((await fetch(`${emu.url}/_emulator/health`)).status, 'still alive').toBe(200);
    } finally {
      emu.close();
    }
  });

  test('a bounded fuzz of invalid bodies for every operation gets no 5xx and no crash', async () => {
    // 12 requests for each operation of the contract.
    test.setTimeout(180_000);
    const logged: string[] = [];
    const emu = await emulator({ log: (l) => logged.push(l) });
    const contract = Contract.load();
    let seed = 20261122;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const junk = (): unknown =>
      [
        null,
        true,
        -1,
        1e308,
        '',
        'x'.repeat(5000),
        '\u0000\ud800',
        [],
        {},
        [[[]]],
        { $ref: '#/' },
        '2026-13-45T99:99:99Z',
        'CANCELLED',
      ][rand(13)];
    const mutate = (v: unknown, depth = 0): unknown => {
      if (depth > 4 || rand(4) === 0) return junk();
      if (Array.isArray(v)) return v.map((x) => mutate(x, depth + 1));
      if (v && typeof v === 'object') {
        const o: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) if (rand(5) !== 0) o[k] = rand(3) === 0 ? mutate(x, depth + 1) : x;
        if (rand(3) === 0) o[`extra_${rand(100)}`] = junk();
        return o;
      }
      return junk();
    };
    let sent = 0;
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    try {
      for (const op of [...contract.operations.values()].filter((o) => !o.webhook)) {
        const base = op.requestBody ? Object.values(op.requestBody.examples)[0] : undefined;
        for (let i = 0; i < 12; i++) {
          const path = op.path.replace(/\{[^}]+\}/g, () => [crypto.randomUUID(), 'x', '%00', '..'][rand(4)]!);
          const body = op.requestBody
            ? rand(6) === 0
              ? '{"unterminated": ['
              : JSON.stringify(mutate(base))
            : undefined;
          const res = await fetch(
            `${emu.url}/v1${path}${rand(2) ? `?merchant_order_id=${encodeURIComponent(String(junk()).replace(/[\ud800-\udfff]/g, '\ufffd'))}` : ''}`,
            {
              method: op.method,
              headers: {
                ...KEYS,
                'content-type': 'application/json',
                'X-Idempotency-Key': rand(3) ? crypto.randomUUID() : 'not-a-uuid',
                'X-Organization-Code': 'org',
              },
              body,
            },
          );
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          // Collected, asserted once below: an assertion per request cost more than the request.
          if (res.status >= 500) problems.push(`${op.operationId} #${i}: ${res.status} to ${body?.slice(0, 200)}`);
          if (!res.headers.get('content-type')?.includes('application/json'))
            problems.push(`${op.operationId} #${i}: content-type ${res.headers.get('content-type')}`);
          await res.text();
        }
      }
      expect(problems, 'answers that are a server error or not JSON').toEqual([]);
      expect((await fetch(`${emu.url}/_emulator/health`)).status, 'still alive').toBe(200);
      expect(logged, 'handler errors logged by the emulator').toEqual([]);
      console.log(`fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    } finally {
      emu.close();
    }
  });
});
