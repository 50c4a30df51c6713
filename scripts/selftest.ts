// npm run selftest [-- --only a,b] [--workers N]
//
// Proves the suite catches broken APIs and passes harmless changes, in one Playwright run against one
// emulator that honours a per-request fault (tests/support/fixtures/selftest.ts declares the copies):
//   clean   every test as it is must pass on the emulator;
//   faults  each fault of the catalogue (lib/rules) breaks one rule: it is caught when a copy of a
//           test about that rule fails, the failure is about that very rule (the failure message
//           starts with the rule id, or the test recorded a violation of it), and the clean copy
//           of the same test passed; once caught, the fault's remaining copies are skipped;
//   benign  the benign variations (lib/rules/variations.ts) are changes the docs allow: every test
//           runs once under all of them at once and must pass (--only <variation> runs every test
//           under that one alone, to tell which one breaks a test).
// Prints a table and `N passed, N failed` (passed = faults caught), then the benign side; exits 1 if
// the clean run fails, a fault is missed, or a benign variation fails a test.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { setting } from '../lib/config.js';
import { ROOT } from '../lib/paths.js';
import { FAULT_NAMES, FAULTS, type FaultName, RESPONSE_RULES } from '../lib/rules/index.js';
import { VARIATION_NAMES, VARIATIONS } from '../lib/rules/variations.js';
import { ALL_VARIATIONS, proveRequestFaults, type SelftestRecord } from '../lib/selftest.js';

const { values } = cliArgs('selftest', {
  options: {
    only: { type: 'string' },
    workers: { type: 'string', default: String(setting('SELFTEST_WORKERS')) },
    timeout: { type: 'string', default: '600' },
  },
});
const only = (values.only ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only.filter((n) => !(n in FAULTS) && !(n in VARIATIONS));
if (unknown.length) {
  console.error(
    `selftest: unknown fault(s) or variation(s) ${unknown.join(', ')}; the catalogue has ${FAULT_NAMES.join(', ')}; the variations ${VARIATION_NAMES.join(', ')}`,
  );
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'selftest-'));
const file = join(dir, 'selftest.json');
const caught = join(dir, 'caught');
mkdirSync(caught);
const t0 = Date.now();
const code = await new Promise<number | null>((resolve) => {
  const pw = spawn(join(ROOT, 'node_modules', '.bin', 'playwright'), ['test', '--workers', values.workers!], {
    cwd: ROOT,
    env: {
      ...process.env,
      CI: '',
      YUNO_SELFTEST: '1',
      YUNO_SELFTEST_ONLY: only.join(','),
      YUNO_SELFTEST_FILE: file,
      YUNO_SELFTEST_CAUGHT: caught,
      YUNO_REPORTS_DIR: dir,
      YUNO_PROJECTS: '',
      YUNO_BASE_URL: '',
      YUNO_EMULATOR_PORT: '',
      YUNO_MOCK_PORT: '',
      YUNO_RETRIES: '1',
      EMULATOR_FAULTS: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const timer = setTimeout(() => pw.kill('SIGKILL'), Number(values.timeout) * 1000);
  pw.on('close', (c) => {
    clearTimeout(timer);
    resolve(c);
  });
});

let records: SelftestRecord[];
let runMs: number;
try {
  ({ records, ms: runMs } = JSON.parse(readFileSync(file, 'utf8')) as { records: SelftestRecord[]; ms: number });
} catch {
  console.error(`selftest: the run wrote no results (playwright exited ${code})`);
  process.exit(1);
}

const failed = (r: SelftestRecord): boolean =>
  r.status === 'failed' || r.status === 'timedOut' || r.status === 'interrupted';
const key = (r: SelftestRecord): string => `${r.title} ${r.operations.join(',')} ${r.rules.join(',')}`;
const clean = records.filter((r) => r.fault === '');
const cleanPassed = new Set(clean.filter((r) => r.status === 'passed').map(key));
const cleanFailed = clean.filter(failed);
if (clean.length === 0) {
  console.error(
    `selftest: no test ran (playwright exited ${code}): a test file failed to load, or --only matched nothing`,
  );
  process.exit(1);
}
console.log(
  `clean emulator: ${cleanFailed.length ? 'FAILED' : 'passed'} (${cleanPassed.size} tests passed, ${cleanFailed.length} failed, ${clean.filter((r) => r.status === 'skipped').length} skipped)`,
);
for (const f of cleanFailed.slice(0, 10)) console.log(`  failed on the clean emulator: ${f.title}: ${f.error ?? ''}`);

// A client's mistakes (faults of the rules that judge requests) are proven in process, not by a copy of a test.
const requestProofs = proveRequestFaults().filter((p) => !only.length || only.includes(p.fault.name));
const faults = (only.length ? only.filter((n): n is FaultName => n in FAULTS) : FAULT_NAMES)
  .map((n) => FAULTS[n])
  .filter((f) => !f.effect.request);
const rows = faults.map((f) => {
  const copies = records.filter((r) => r.fault === f.name);
  const failing = copies.filter(failed);
  // Caught by a failing check of the very rule the fault breaks, in a test that passes without the fault.
  const about = failing.filter(
    (r) =>
      cleanPassed.has(key(r)) &&
      (r.violations.includes(f.rule) || (!RESPONSE_RULES.has(f.rule) && r.errorRules.includes(f.rule))),
  );
  return { f, copies, failing, about, caught: about.length > 0, ms: copies.reduce((s, r) => s + r.ms, 0) };
});

console.log('');
console.log(
  '| fault | rule it breaks | caught | failing copies about the rule / failing / run (the rest skipped once caught) | by, e.g. | test time |',
);
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const by =
    r.about[0]?.title ??
    r.failing[0]?.error ??
    (r.copies.length ? 'no copy failed' : 'no test is about this rule and operation');
  console.log(
    `| ${r.f.name} | ${r.f.rule} | ${r.caught ? 'yes' : 'NO'} | ${r.about.length} / ${r.failing.length} / ${r.copies.filter((c) => c.status !== 'skipped').length} | ${by.replace(/\|/g, '\\|').slice(0, 100)} | ${(r.ms / 1000).toFixed(1)} s |`,
  );
}
for (const p of requestProofs)
  console.log(
    `| ${p.fault.name} | ${p.fault.rule} | ${p.caught ? 'yes' : 'NO'} | a request with the mistake, judged in process | ${p.detail.replace(/\|/g, '\\|').slice(0, 100)} | 0.0 s |`,
  );
const missed = [
  ...rows.filter((r) => !r.caught),
  ...requestProofs.filter((p) => !p.caught).map((p) => ({ f: p.fault, failing: [] as SelftestRecord[] })),
];
for (const m of missed)
  console.log(
    `missed: ${m.f.name} (${m.f.description}; rule ${m.f.rule})${m.failing.length ? `: failing copies were about ${[...new Set(m.failing.map((x) => x.error?.split(':')[0] ?? '?'))].join(', ')}` : ''}`,
  );

const variations: string[] = only.length ? VARIATION_NAMES.filter((v) => only.includes(v)) : [ALL_VARIATIONS];
console.log('');
console.log('| benign variation | tests run | failed | e.g. |');
console.log('|---|---|---|---|');
const benignFailures = variations.map((v) => {
  const copies = records.filter((r) => r.fault === v);
  const bad = copies.filter(failed);
  console.log(
    `| ${v} | ${copies.filter((r) => r.status !== 'skipped').length} | ${bad.length} | ${(bad[0] ? `${bad[0].title}: ${bad[0].error ?? ''}` : '').replace(/\|/g, '\\|').slice(0, 140)} |`,
  );
  return bad.length;
});
const benignBroken = benignFailures.filter((n) => n > 0).length;

console.log('');
console.log(
  `${records.length} test runs in ${(runMs / 1000).toFixed(1)} s (${((Date.now() - t0) / 1000).toFixed(1)} s in all, one emulator, one Playwright run, ${values.workers} workers)`,
);
console.log(`benign side: ${variations.length - benignBroken} of ${variations.length} variations passed`);
console.log(
  `${rows.length + requestProofs.length - missed.length} passed, ${missed.length + (cleanFailed.length ? 1 : 0)} failed`,
);
process.exit(cleanFailed.length === 0 && missed.length === 0 && benignBroken === 0 ? 0 : 1);
