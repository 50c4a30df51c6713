// The pages as the README shows them and the browser test reads them: the coverage page (from the test
// listing and, when given, a run's results) and the drift page from a sample night (findings built
// from the contract's own examples, changed the way a live target might answer, against a sample
// previous night); how the tools launch Debian's Chromium. scripts/screenshots.ts photographs them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract } from '../contract.js';
import { type Answer, answerViolations, classify, collect, unexpected } from '../findings.js';
import { ROOT } from '../paths.js';
import { type DriftFile, driftFile } from './drift.js';

export const CHROMIUM = '/usr/bin/chromium';
/** How the tools launch Debian's Chromium: headless, no sandbox, no background traffic, a fresh profile. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Json = Record<string, unknown>;
const META = { targets: [{ project: 'sandbox', host: 'api-sandbox.y.uno' }] };

/** A sample key, as a run's settings would hold it: the page must never show it. */
export const SAMPLE_SECRET = 'sk_live_SAMPLE_7f3a9c2e41';

/**
 * A sample night and the night before it, as the drift reporter would write them: a valid payment
 * refused for an unregistered reason (new), the checkout-required refusal a doc conflict explains,
 * CANCELLED for CANCELED, an echoed name changed (new), a report status outside the enum, and a
 * date-time format broken the night before (fixed since).
 */
export function sampleNights(): { previous: DriftFile; current: DriftFile } {
  const contract = Contract.load();
  const example = (op: string, status: string, name: string): Json =>
    structuredClone(contract.operation(op).responses[status]!.examples['application/json']![name]) as Json;
  const answer = (operationId: string, status: number, body: unknown): Answer => ({
    operationId,
    status,
    headers: { 'content-type': 'application/json' },
    body,
  });
  const exchange = (method: string, path: string, status: number, body: unknown): unknown => ({
    request: { method, url: `https://api-sandbox.y.uno/v1${path}`, headers: { 'private-secret-key': '[REDACTED]' } },
    response: { status, body },
  });
  const seen = (
    violations: ReturnType<typeof answerViolations>,
    tests: string[],
    ex?: unknown,
  ): Parameters<typeof collect>[0] =>
    tests.flatMap((test) => violations.map((violation) => ({ violation, test, project: 'sandbox', exchange: ex })));

  const cancelled = example('retrievePayment', '200', 'approved');
  Object.assign(cancelled, { status: 'CANCELLED', sub_status: 'CANCELED' });
  const cancelledSeen = seen(
    answerViolations(answer('retrievePayment', 200, cancelled)),
    [
      'lifecycle/payments.spec.ts › cancel from PENDING/AUTHORIZED: the payment is CANCELED',
      'lookups/lookups.spec.ts › a payment read after its cancel',
    ],
    exchange('GET', '/payments/3b241101-e2bb-4255-8caf-4136c566a962', 200, { status: 'CANCELLED' }),
  );
  const refusedBody = {
    code: 'INVALID_REQUEST',
    messages: ['amount.value has more decimals than the currency allows'],
  };
  const refused = unexpected(answer('createPayment', 400, refusedBody), { kind: 'success' })!;
  const refusedSeen = seen(
    [refused],
    [
      'lifecycle/payments.spec.ts › createPayment approved, then captured',
      'generated/constraints.spec.ts › createPayment: generated cases at the documented bounds are accepted',
      'webhooks/payments.spec.ts › a payment event agrees with a read',
    ],
    exchange('POST', '/payments', 400, refusedBody),
  );
  const checkout = unexpected(
    answer('createPayment', 400, { code: 'INVALID_REQUEST', messages: ['Invalid request: checkout is required.'] }),
    { kind: 'success' },
  )!;
  const checkoutSeen = seen(
    [checkout],
    ['contract/operations.spec.ts › createPayment: a valid request gets a documented success'],
  );
  const echo = classify({
    kind: 'consistency',
    rule: 'echo',
    operation: 'updateCustomer',
    status: 200,
    pointer: '/first_name',
    location: 'customer /first_name',
    expected: 'as sent: "Jane"',
    expectedValue: 'Jane',
    observed: `JANE (${SAMPLE_SECRET})`,
    doc: 'https://docs.y.uno/reference/update-customer',
  });
  echo.sample = JSON.stringify(echo.observed);
  const echoSeen = seen([echo], ['lookups/lookups.spec.ts › an update is persisted']);
  const report = example('retrieveReport', '200', 'succeeded');
  report.status = 'COMPLETED';
  const reportSeen = seen(answerViolations(answer('retrieveReport', 200, report)), [
    'lifecycle/reports.spec.ts › a report becomes SUCCEEDED and downloads',
  ]);
  const date = example('createPayment', '201', 'approved');
  date.created_at = 'yesterday';
  const dateSeen = seen(answerViolations(answer('createPayment', 201, date)), [
    'contract/operations.spec.ts › createPayment: a valid request gets a documented success',
  ]);
  const previous = driftFile(collect([...cancelledSeen, ...checkoutSeen, ...reportSeen, ...dateSeen]), ['sandbox'], 0, {
    ...META,
    contract: { version: contract.version, docs_commit: 'a6cb7de' },
  });
  const current = driftFile(
    collect([...refusedSeen, ...cancelledSeen, ...checkoutSeen, ...echoSeen, ...reportSeen]),
    ['sandbox'],
    0,
    { ...META, contract: { version: contract.version, docs_commit: 'a6cb7de' } },
  );
  previous.generated_at = '2026-12-06T03:41:09.000Z';
  current.generated_at = '2026-12-07T03:39:52.000Z';
  return { previous, current };
}

/** Writes the sample nights as drift files in a new folder; returns their paths. */
export function writeSampleNights(dir = mkdtempSync(join(tmpdir(), 'drift-sample-'))): {
  dir: string;
  previous: string;
  current: string;
} {
  const { previous, current } = sampleNights();
  mkdirSync(dir, { recursive: true });
  const p = join(dir, 'previous.json');
  const c = join(dir, 'drift.json');
  writeFileSync(p, `${JSON.stringify(previous, null, 2)}\n`);
  writeFileSync(c, `${JSON.stringify(current, null, 2)}\n`);
  return { dir, previous: p, current: c };
}

/** Runs one of the project's scripts (as npm would), in this checkout. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const x = e as { status?: number; stdout?: string };
    // npm run drift exits 1 on new findings: the pages are written all the same.
    if (x.status === 1 && script === 'drift.ts') return x.stdout ?? '';
    throw e;
  }
}

/** Writes the coverage and drift pages into a folder: the pages the README shows and the browser test reads. */
export function writePages(dir: string, results?: string): { coverage: string; drift: string } {
  mkdirSync(dir, { recursive: true });
  runScript('coverage.ts', ['--out', dir, ...(results ? ['--results', results] : [])]);
  const nights = writeSampleNights(join(dir, 'sample'));
  runScript('drift.ts', ['--current', nights.current, '--baseline', nights.previous, '--out', dir], {
    YUNO_PRIVATE_SECRET_KEY: SAMPLE_SECRET,
  });
  return { coverage: join(dir, 'coverage.html'), drift: join(dir, 'drift.html') };
}
