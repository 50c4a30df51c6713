// The SDK gate (npm run sdk-gate, lib/gate) on small SDKs that know nothing of it: clients in curl,
// Node (fetch), Python (urllib) and PHP (curl) that derive Yuno's host from their key are heard
// through the proxy; a sloppy SDK's mistakes are named with their pointer and docs page, its calls to
// paths no operation has grouped by template; declared operations, deliberately invalid requests, the
// gate's own refusal of a valid request and the forms the docs show on both sides are each reported as
// what they are; and every exit code is what the gate documents.
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createEmulator } from '../../emulator/server.js';
import { LOCAL_KEYS } from '../../lib/config.js';
import { Contract } from '../../lib/contract.js';
import { judge } from '../../lib/gate/judge.js';
import type { GateReport } from '../../lib/gate/report.js';
import { ROOT } from '../../lib/paths.js';

const CLIENTS = join(ROOT, 'tests', 'fixtures', 'sdk-clients');
const NODE_SDK = join(CLIENTS, 'node');

interface Gate {
  code: number | null;
  out: string;
  stdout: string;
  dir: string;
  report: () => GateReport;
}

/** Runs the gate as a user would (its own process), in `cwd`, with the environment it would have. */
function gate(args: string[], o: { cwd?: string; env?: Record<string, string> } = {}): Gate {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-gate-test-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...o.env };
  for (const k of ['INIT_CWD', 'YUNO_PUBLIC_API_KEY', 'YUNO_PRIVATE_SECRET_KEY', 'YUNO_BASE_URL'])
    if (!o.env?.[k]) delete env[k];
  if (!o.env?.EMULATOR_FAULTS) delete env.EMULATOR_FAULTS;
  const r: SpawnSyncReturns<string> = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'sdk-gate.ts'), '--cwd', o.cwd ?? ROOT, '--out', dir, ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 90_000, env },
  );
  return {
    code: r.status,
    out: r.stdout + r.stderr,
    stdout: r.stdout,
    dir,
    report: () => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as GateReport,
  };
}

const opOf = (r: GateReport, id: string) => r.operations.find((o) => o.operationId === id)!;

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv2020) => Ajv2020;
const validateReport = (() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'gate-report.schema.json'), 'utf8')));
})();

test.describe('interception: clients that derive the sandbox host from their key are heard unchanged', () => {
  test('curl', () => {
    const g = gate(['--run', `sh ${join(CLIENTS, 'curl', 'client.sh')}`]);
    expect(g.code, g.out).toBe(0);
    expect(g.out).toContain('fixture curl SDK: 2 calls to https://api-sandbox.y.uno');
    const r = g.report();
    expect(r.hosts).toEqual([{ host: 'api-sandbox.y.uno', count: 2 }]);
    expect([opOf(r, 'createPayment').calls, opOf(r, 'retrievePayment').calls]).toEqual([1, 1]);
    expect(r.verdict).toBe('passed');
  });

  test("Node's fetch (Node 20 ignores HTTPS_PROXY: the gate's preload routes it), the SDK named from package.json", () => {
    const g = gate(['--run', 'node client.mjs'], { cwd: NODE_SDK });
    expect(g.code, g.out).toBe(0);
    const r = g.report();
    expect(r.sdk).toEqual({ name: 'yuno-fixture-node-sdk', version: '0.3.1', source: 'package.json' });
    expect(r.hosts).toEqual([{ host: 'api-sandbox.y.uno', count: 3 }]);
    expect(r.counts).toMatchObject({ requests: 3, judged: 3, requestsOk: 3, requestsWithProblems: 0, problems: 0 });
    expect(r.contract).toEqual({ version: '1.0.0', docs_commit: 'a6cb7de' });
    expect(validateReport(r), JSON.stringify(validateReport.errors)).toBe(true);
    // Per operation, the checks with their stable ids and docs links.
    const create = opOf(r, 'createPayment');
    expect(create.checks.find((c) => c.id === 'request-body-schema')).toMatchObject({ passed: 1, failed: 0 });
    expect(create.doc).toBe('https://docs.y.uno/reference/create-payment');
    expect(g.stdout).toMatch(/sdk-gate: PASSED - 3 requests judged, none with a problem/);
    const junit = readFileSync(join(g.dir, 'junit.xml'), 'utf8');
    expect(junit).toContain('<testcase name="createPayment request-body-schema" classname="sdk-gate.createPayment"/>');
    expect(junit).toContain('<property name="contract.docs_commit" value="a6cb7de"/>');
    const page = readFileSync(join(g.dir, 'report.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('SDK gate: yuno-fixture-node-sdk 0.3.1');
    expect(existsSync(join(g.dir, 'report.md'))).toBe(true);
  });

  test("Python's urllib, the SDK named from pyproject.toml", () => {
    const g = gate(['--run', 'python3 client.py'], { cwd: join(CLIENTS, 'python') });
    expect(g.code, g.out).toBe(0);
    const r = g.report();
    expect(r.sdk).toEqual({ name: 'yuno-fixture-python-sdk', version: '1.4.0', source: 'pyproject.toml' });
    expect(r.hosts).toEqual([{ host: 'api-sandbox.y.uno', count: 2 }]);
  });

  test("PHP's curl extension, the SDK named from composer.json", () => {
    const php = spawnSync('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 3);'], { encoding: 'utf8' });
    test.skip(php.error !== undefined, 'php is not installed on this machine (Debian: php-cli php-curl)');
    test.skip(php.status !== 0, "php's curl extension is not installed (Debian: php-curl)");
    const g = gate(['--run', 'php client.php'], { cwd: join(CLIENTS, 'php') });
    expect(g.code, g.out).toBe(0);
    const r = g.report();
    expect(r.sdk).toMatchObject({ name: 'yuno/fixture-php-sdk', version: '2.0.0', source: 'composer.json' });
    expect(r.hosts).toEqual([{ host: 'api-sandbox.y.uno', count: 2 }]);
  });
});

test('an SDK that sends what the contract forbids fails (exit 1): each mistake named, counted per request and per problem', () => {
  const g = gate(['--run', `node ${join(CLIENTS, 'sloppy.mjs')}`]);
  expect(g.code, g.out).toBe(1);
  expect(g.out).toContain(
    '`createPayment` POST /payments: `request-idempotency-key` at `header:X-Idempotency-Key`: expected present (required); sent missing (1 request).',
  );
  expect(g.out).toContain(
    '`createPayment` POST /payments: `request-body-schema` at `/amount/value`: expected type number; sent "5000" (1 request). [docs](https://docs.y.uno/reference/create-payment)',
  );
  // Paths no operation has, grouped by template: two refunds read by id are one line.
  expect(g.out).toContain('- GET `/refunds/{id}` is not a documented operation (2 requests;');
  expect(g.out).toContain('- GET `/refunds` is not a documented operation (1 request;');
  const r = g.report();
  expect(r.counts).toMatchObject({ requests: 4, judged: 4, requestsOk: 0, requestsWithProblems: 4, problems: 6 });
  expect(r.hosts[0]!.host).toMatch(/^127\.0\.0\.1:\d+$/); // YUNO_BASE_URL: the gate itself
  expect(g.stdout).toMatch(/sdk-gate: FAILED - 4 requests judged, 4 requests with problems \(6 problems\)$/m);
  const junit = readFileSync(join(g.dir, 'junit.xml'), 'utf8');
  expect(junit).toContain(
    '<testcase name="createPayment request-body-schema" classname="sdk-gate.createPayment"><failure',
  );
  expect(junit).toContain('<skipped message="never exercised');
});

test('declared operations: one never exercised fails the gate, an undeclared one called is listed', () => {
  const g = gate(['--run', 'node client.mjs', '--declare', join(NODE_SDK, 'yuno-operations.yaml')], { cwd: NODE_SDK });
  expect(g.code, g.out).toBe(1);
  const r = g.report();
  expect(r.declared).toMatchObject({
    operations: ['createPayment', 'retrievePayment', 'refundPayment'],
    unexercised: ['refundPayment'],
    undeclaredCalled: ['captureAuthorization'],
  });
  expect(opOf(r, 'refundPayment').checks).toContainEqual(
    expect.objectContaining({ id: 'gate-declared-exercised', passed: 0, failed: 1 }),
  );
  expect(g.out).toContain(
    '`refundPayment` POST /payments/{payment_id}/transactions/{transaction_id}/refund: `gate-declared-exercised`',
  );
  expect(g.stdout).toMatch(
    /sdk-gate: FAILED - 3 requests judged, 0 requests with problems \(1 problem\), 1 declared operation never exercised$/m,
  );
});

test('a declaration naming an operation the contract does not have is a usage error naming it (exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-gate-declare-'));
  const file = join(dir, 'ops.json');
  writeFileSync(file, JSON.stringify(['createPayment', 'createRefund', 'GET /payouts/{id}/receipt']));
  const g = gate(['--run', 'node client.mjs', '--declare', file], { cwd: NODE_SDK });
  expect(g.code, g.out).toBe(2);
  expect(g.out).toContain('"createRefund", "GET /payouts/{id}/receipt" are not operations of the contract');
  expect(existsSync(join(g.dir, 'report.json'))).toBe(false);
});

test('a request marked x-conformance-expect: invalid must be refused: answered 2xx, it is a problem of its own', () => {
  const g = gate(['--run', 'node deliberate.mjs'], { cwd: NODE_SDK });
  expect(g.code, g.out).toBe(1);
  const r = g.report();
  expect(r.counts).toMatchObject({ deliberate: 2, deliberateRefused: 1, requestsWithProblems: 1, problems: 1 });
  expect(opOf(r, 'createCustomer').checks).toContainEqual(
    expect.objectContaining({ id: 'gate-refusal-verified', passed: 1, failed: 1 }),
  );
  expect(g.out).toContain(
    '`createCustomer` POST /customers: `gate-refusal-verified` at `header:x-conformance-expect`: expected refused with a 4xx (the request was marked invalid by the SDK); sent answered 201',
  );
});

test("the gate's own refusal of a valid request is reported as its fault, not the SDK's", () => {
  // A stricter emulator (a fault of the registry) refuses a payment the contract allows.
  const g = gate(['--run', 'node client.mjs'], {
    cwd: NODE_SDK,
    env: { EMULATOR_FAULTS: 'direct-payment-needs-checkout' },
  });
  expect(g.code, g.out).toBe(3); // the SDK's own test failed on the refusal
  const r = g.report();
  expect(r.counts).toMatchObject({ requestsWithProblems: 0, problems: 0, gateFaults: 1 });
  expect(r.gate_faults).toEqual([
    expect.objectContaining({
      kind: 'refused-valid',
      operationId: 'createPayment',
      status: 400,
      code: 'INVALID_REQUEST',
    }),
  ]);
  expect(g.out).toContain(
    '`createPayment` POST /payments: the gate refused a request the contract allows: report it to yuno-conformance (answered 400 INVALID_REQUEST',
  );
});

test('where the docs show a request on both sides (gender MALE, DOLARAPP), the emulator serves it and the gate warns', () => {
  const g = gate(['--run', 'node web-sdk.mjs'], { cwd: NODE_SDK });
  expect(g.code, g.out).toBe(0);
  const r = g.report();
  expect(r.counts).toMatchObject({ problems: 0, warnings: 2 });
  expect(opOf(r, 'createPayment').warnings).toEqual([
    expect.objectContaining({ pointer: '/customer_payer/gender', observed: '"MALE"', conflict: 'gender-values' }),
  ]);
  expect(opOf(r, 'enrollSessionPaymentMethod').warnings).toEqual([
    expect.objectContaining({
      pointer: '/payment_method_type',
      observed: '"DOLARAPP"',
      conflict: 'checkout-enroll-types',
    }),
  ]);
  expect(g.out).toContain('Conflict `gender-values`: the real API may refuse MALE');
  expect(g.stdout).toMatch(/sdk-gate: PASSED - .*; 2 warnings$/m);
});

test("a host that is not Yuno's is refused with a 502 naming it and the setting that allows it", () => {
  const g = gate(['--run', 'node other-host.mjs'], { cwd: NODE_SDK });
  expect(g.code, g.out).toBe(0);
  expect(g.out).toContain(
    'telemetry answered 502: {"code":"SDK_GATE_HOST_REFUSED","messages":["sdk-gate: telemetry.example.com is not a Yuno host (api*.y.uno): the gate refused the request. Let it through with --allow-host telemetry.example.com',
  );
  expect(g.report().refused_hosts).toEqual([{ host: 'telemetry.example.com', count: 1 }]);
});

test.describe('exit codes', () => {
  test("3: the SDK's own tests failed, their exit code reported apart from the gate's", () => {
    const g = gate(['--run', 'node exits-2.mjs'], { cwd: NODE_SDK });
    expect(g.code, g.out).toBe(3);
    expect(g.stdout).toMatch(/sdk-gate: FAILED - the SDK's own tests exited 2; 1 request judged/);
    expect(g.report()).toMatchObject({ verdict: 'sdk-tests-failed', exit_code: 3, command: { exit_code: 2 } });
  });

  test('4: no request reached the gate, and nothing says passed', () => {
    const g = gate(['--run', 'node silent.mjs'], { cwd: NODE_SDK });
    expect(g.code, g.out).toBe(4);
    expect(g.stdout).not.toMatch(/passed/i);
    expect(g.stdout).toContain('sdk-gate: NO VERDICT - no request reached the gate.');
    expect(g.report()).toMatchObject({ verdict: 'no-requests', exit_code: 4 });
  });

  test('2: a bad flag, no command, a production key, a production key prefix', () => {
    const bad = gate(['--run', 'true', '--frobnicate']);
    expect(bad.code, bad.out).toBe(2);
    expect(bad.out).toContain("Unknown option '--frobnicate'");
    expect(bad.out).toContain('Exit codes: 0 passed; 1 problems in what the SDK sent; 2 usage or setup error');
    expect(gate([]).code).toBe(2);
    const prod = gate(['--run', 'true'], { env: { YUNO_PUBLIC_API_KEY: 'prod_live_key' } });
    expect(prod.code, prod.out).toBe(2);
    expect(prod.out).toContain('YUNO_PUBLIC_API_KEY is a production key (prod_...): the gate refuses it');
    expect(gate(['--run', 'true', '--key-prefix', 'prod_']).code).toBe(2);
    const missing = gate(['--run', 'true', '--declare', join(tmpdir(), 'no-such-declaration.yaml')]);
    expect(missing.code, missing.out).toBe(2);
    expect(missing.out).toContain('no-such-declaration.yaml: no such file');
  });

  test('0: a passing run; the keys handed out carry the sandbox_ prefix', () => {
    const g = gate(['--run', 'echo "key: $YUNO_PUBLIC_API_KEY"; node client.mjs'], {
      cwd: NODE_SDK,
    });
    expect(g.code, g.out).toBe(0);
    expect(g.out).toContain('sandbox_conformance_public_key');
  });
});

test("an operation Yuno documents outside the contract is a coverage gap, not the SDK's problem", () => {
  const contract = Contract.load();
  const at = new Date().toISOString();
  const base = { at, status: 200, deliberate: false, host: 'api-sandbox.y.uno' };
  const j = judge(
    [
      { ...base, method: 'GET', path: '/wallets/9b0e6f1c2f0e8b1a/balance', violations: [] },
      { ...base, method: 'GET', path: '/wallets/1c2f0e8b1a9b0e6f/balance', violations: [] },
      { ...base, method: 'DELETE', path: '/payments', violations: [] },
    ],
    {
      contract,
      documentedElsewhere: [{ method: 'GET', path: '/wallets/{wallet_id}/balance', source: 'wallets/balance.json' }],
    },
  );
  expect(j.coverageGaps).toEqual([
    { method: 'GET', template: '/wallets/{wallet_id}/balance', source: 'wallets/balance.json', count: 2 },
  ]);
  expect(j.unknown).toEqual([expect.objectContaining({ method: 'DELETE', template: '/payments', count: 1 })]);
  expect(j.counts).toMatchObject({ requests: 3, judged: 1, coverageGaps: 2, requestsWithProblems: 1, problems: 1 });
});

test('--url judges what a running emulator recorded', async () => {
  const { server } = createEmulator({});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await fetch(`${root}/v1/refunds/6f1c2f0e-8b1a-4a39-9d1e-1f4b6c7d8e90`, {
      headers: { 'public-api-key': LOCAL_KEYS.publicApiKey, 'private-secret-key': LOCAL_KEYS.privateSecretKey },
    });
    // The gate runs in its own process while this one serves: spawn it without blocking.
    const g = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'scripts', 'sdk-gate.ts'),
          '--url',
          root,
          '--out',
          mkdtempSync(join(tmpdir(), 'sdk-gate-url-')),
        ],
        { cwd: ROOT },
      );
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
    expect(g.code, g.out).toBe(1);
    expect(g.out).toContain('- GET `/refunds/{id}` is not a documented operation (1 request;');
  } finally {
    server.close();
  }
});
