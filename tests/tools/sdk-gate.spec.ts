// The SDK gate on two small SDKs: one that makes the documented mistakes (no X-Idempotency-Key, a
// string amount, installments as text, an undocumented route) fails the gate with each named, its
// pointer and docs page; one that speaks the contract passes, with its deliberate refusal test
// listed apart and the operations it never called listed too. JUnit is written either way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../../lib/paths.js';

function gate(client: string): { code: number | null; out: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-gate-'));
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'scripts', 'sdk-gate.ts'),
      '--run',
      `node ${join(ROOT, 'tests', 'fixtures', 'sdk-clients', client)}`,
      '--out',
      dir,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: r.status, out: r.stdout + r.stderr, dir };
}

test('an SDK that sends what the contract forbids fails the gate, each mistake named with its pointer and docs page', () => {
  const { code, out, dir } = gate('sloppy.mjs');
  expect(code, out).toBe(1);
  expect(out).toContain(
    '`createPayment` request-idempotency-key at `header:X-Idempotency-Key`: expected present (required); sent missing',
  );
  expect(out).toContain('`createPayment` request-body-schema at `/amount/value`: expected type number; sent "5000"');
  expect(out).toContain('`createPayment` request-body-schema at `/payment_method/detail/card/installments`');
  expect(out).toContain('`GET /refunds` is not a documented operation');
  expect(out).toContain('https://docs.y.uno/reference/authentication');
  expect(out).toMatch(/sdk-gate: FAILED, \d+ request\(s\) sent wrong/);
  const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
  expect(junit).toContain('<testcase name="createPayment" classname="sdk-gate"><failure');
  expect(junit).toContain('<skipped message="never exercised');
});

test('an SDK that speaks the contract passes the gate; its deliberate refusal test is not counted', () => {
  const { code, out, dir } = gate('careful.mjs');
  expect(code, out).toBe(0);
  expect(out).toContain('| createPayment | 1 | 0 |');
  expect(out).toContain('| captureAuthorization | 1 | 0 |');
  expect(out).toContain('| createCustomer | 1 (1 deliberately invalid) | 0 |');
  expect(out).toMatch(/Documented operations the SDK never exercised \(\d+ of \d+\)/);
  expect(out).toContain('sdk-gate: passed, 4 requests, none sent wrong');
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
    problems: number;
    neverExercised: string[];
  };
  expect(report.problems).toBe(0);
  expect(report.neverExercised).toContain('createPayout');
});
