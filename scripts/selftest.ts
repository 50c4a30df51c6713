// npm run selftest [-- --faults a,b] [--parallel N]
//
// Proves the suite catches broken APIs: runs the emulator project against the clean emulator (it
// must pass, every test) and against the emulator with each catalogued fault switched on: then the
// tests about the rule the fault breaks (tagged @rule) must fail.
// Why a fault run needs only the tests tagged with its rule: a fault counts as caught only when a
// test about its rule fails, so those are the only tests whose result can decide it; the clean run
// has just shown every one of them passing on a correct target, so their failure is the fault's.
// (Running the whole project per fault decides nothing more and costs a worker restart per failure.)
// The checks toMatchContract applies to every response (UNIVERSAL below) are about every test: for
// those faults the whole project runs, stopping after a few failures, and the fault is caught when a
// failing test recorded a violation of that very rule.
// Prints a table and closes with `N passed, N failed` (passed = faults caught); exits 1 if the clean
// run fails or any fault is missed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FAULTS, type FaultName } from '../emulator/faults.js';
import { ROOT } from '../lib/paths.js';

/** Rules checked on every response of every test by toMatchContract (lib/contract.ts, lib/rules.ts). */
const UNIVERSAL = new Set(['status-code-declared', 'content-type', 'header', 'body-schema', 'payment-status-pair', 'payment-amount-bounds', 'payment-link-status', 'payment-link-uses']);

interface TestOutcome {
  title: string;
  status: string;
  /** The rules the test is tagged with. */
  rules: Set<string>;
  /** The rules of the violations it recorded. */
  violations: Set<string>;
}

interface RunResult {
  fault: string;
  ok: boolean;
  failed: TestOutcome[];
  passed: number;
  ms: number;
  problem?: string;
}

/** Starts an emulator on a free port; resolves with its base URL once it says it is ready. */
function startEmulator(faults: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'emulator', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_FAULTS: faults, EMULATOR_CHAOS: '', EMULATOR_LATENCY_MS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!.replace(/\/$/, ''), child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`the emulator exited (${code}) before it was ready: ${out}`)));
  });
}

function collect(report: unknown): { failed: TestOutcome[]; passed: number } {
  const failed: TestOutcome[] = [];
  let passed = 0;
  type Suite = { suites?: Suite[]; specs?: Array<{ title: string; tags?: string[]; tests: Array<{ annotations?: Array<{ type: string; description?: string }>; results: Array<{ status: string; annotations?: Array<{ type: string; description?: string }> }> }> }> };
  const walk = (s: Suite, path: string[]): void => {
    for (const spec of s.specs ?? []) {
      for (const t of spec.tests) {
        const last = t.results[t.results.length - 1];
        if (!last) continue;
        if (last.status === 'passed') passed++;
        if (last.status !== 'failed' && last.status !== 'timedOut') continue;
        const rules = new Set<string>((spec.tags ?? []).map((t) => t.replace(/^@/, '')));
        const violations = new Set<string>();
        for (const a of [...(t.annotations ?? []), ...(last.annotations ?? [])]) {
          if (a.type === 'violation' && a.description) violations.add((JSON.parse(a.description) as { rule: string }).rule);
        }
        failed.push({ title: [...path, spec.title].join(' › '), status: last.status, rules, violations });
      }
    }
    for (const child of s.suites ?? []) walk(child, (child as { title?: string }).title ? [...path] : path);
  };
  walk(report as Suite, []);
  return { failed, passed };
}

async function runSuite(fault: string, timeoutMs: number, rule?: string): Promise<RunResult> {
  const started = Date.now();
  const { url, child: emulator } = await startEmulator(fault);
  const dir = mkdtempSync(join(tmpdir(), 'selftest-'));
  const file = join(dir, 'results.json');
  try {
    const code = await new Promise<number | null>((resolve) => {
      const args = ['test', '--project=emulator', '--reporter=json', '--workers', process.env.SELFTEST_WORKERS ?? '4'];
      if (rule && UNIVERSAL.has(rule)) args.push('--max-failures', '8');
      else if (rule) args.push('--grep', `@${rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
      const pw = spawn(join(ROOT, 'node_modules', '.bin', 'playwright'), args, {
        cwd: ROOT,
        env: { ...process.env, CI: '', YUNO_PROJECTS: '', YUNO_BASE_URL: url, YUNO_REPORTS_DIR: dir, PLAYWRIGHT_JSON_OUTPUT_FILE: file, YUNO_RETRIES: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      pw.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => pw.kill('SIGKILL'), timeoutMs);
      pw.on('close', (c) => {
        clearTimeout(timer);
        if (c !== 0 && c !== 1) process.stderr.write(err);
        resolve(c);
      });
    });
    let report: unknown;
    try {
      report = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return { fault, ok: false, failed: [], passed: 0, ms: Date.now() - started, problem: `no report (playwright exited ${code})` };
    }
    const { failed, passed } = collect(report);
    return { fault, ok: code === 0, failed, passed, ms: Date.now() - started };
  } finally {
    emulator.kill('SIGTERM');
  }
}

async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { faults: { type: 'string' }, parallel: { type: 'string' }, timeout: { type: 'string', default: '300' } } });
  const all = Object.keys(FAULTS) as FaultName[];
  const chosen = values.faults ? (values.faults.split(',').map((s) => s.trim()) as FaultName[]) : all;
  const unknown = chosen.filter((f) => !(f in FAULTS));
  if (unknown.length) {
    console.error(`selftest: unknown fault(s) ${unknown.join(', ')}; the catalogue has ${all.join(', ')}`);
    process.exit(2);
  }
  const parallel = Number(values.parallel ?? Math.max(1, Math.min(3, availableParallelism())));
  const timeoutMs = Number(values.timeout) * 1000;
  const t0 = Date.now();

  const clean = await runSuite('', timeoutMs);
  console.log(`clean emulator: ${clean.ok ? 'passed' : 'FAILED'} (${clean.passed} tests passed, ${clean.failed.length} failed, ${(clean.ms / 1000).toFixed(1)} s)`);
  for (const f of clean.failed.slice(0, 10)) console.log(`  failed on the clean emulator: ${f.title}`);
  if (clean.problem) console.log(`  ${clean.problem}`);

  const results = await pool(chosen, parallel, (f) => runSuite(f, timeoutMs, FAULTS[f].rule));
  const rows = results.map((r) => {
    const fault = FAULTS[r.fault as FaultName];
    // A universal check is caught by the violation it records; any other rule by the tests tagged with it.
    const about = r.failed.filter((t) => (UNIVERSAL.has(fault.rule) ? t.violations.has(fault.rule) : t.rules.has(fault.rule) || t.violations.has(fault.rule)));
    return { r, fault, about, caught: !r.ok && about.length > 0 };
  });
  console.log('');
  console.log('| fault | area | rule it breaks | caught | failing tests (about the rule / all) | by, e.g. | time |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { r, fault, about, caught } of rows) {
    const by = about[0]?.title ?? r.failed[0]?.title ?? r.problem ?? '';
    console.log(`| ${r.fault} | ${fault.area} | ${fault.rule} | ${caught ? 'yes' : 'NO'} | ${about.length} / ${r.failed.length} | ${by.replace(/\|/g, '\\|').slice(0, 110)} | ${(r.ms / 1000).toFixed(1)} s |`);
  }
  const caught = rows.filter((x) => x.caught).length;
  const missed = rows.filter((x) => !x.caught);
  console.log('');
  for (const m of missed) console.log(`missed: ${m.r.fault} (${m.fault.description}; rule ${m.fault.rule}; docs ${m.fault.doc})${m.r.failed.length ? `: failing tests were about ${[...new Set(m.r.failed.flatMap((t) => [...t.rules, ...t.violations]))].join(', ')}` : ': no test failed'}`);
  console.log(`clean run ${clean.ok ? 'passed' : 'failed'}; ${rows.length} faults in ${((Date.now() - t0) / 1000).toFixed(1)} s with ${parallel} at a time`);
  console.log(`${caught} passed, ${rows.length - caught + (clean.ok ? 0 : 1)} failed`);
  process.exit(clean.ok && missed.length === 0 ? 0 : 1);
}

await main();
