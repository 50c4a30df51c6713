// npm run bench: timings of the suite, printed (never asserted in tests), all from one run of this
// script so that ratios compare like with like on a noisy machine.
//  1. the local run: mock and emulator projects, every test, servers included, with light reports
//     (the local default) and with full reports (the CI default): the reporters' cost per test;
//  2. the self-test (npm run selftest): the whole fault catalogue and the benign variations;
//  3. a sandbox-like run: the emulator with --latency ms (default 1000) per request at YUNO_BASE_URL,
//     with 4, 8 and 16 workers over the stateful subset (BENCH_SPECS), against its critical path.
// For each: tests, HTTP requests, wall time, CPU time (all processes of the run), requests per second,
// time to first result, peak memory (the sum of the resident memory of the run's processes, sampled),
// and the critical path: the longest chain of dependent requests in any test times the latency, and
// wall / that bound. --skip-local, --skip-selftest, --workers 1,4 narrow it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../emulator/server.js';
import { cliArgs } from '../lib/cli.js';
import { setting } from '../lib/config.js';
import { ROOT } from '../lib/paths.js';
import type { Tally } from '../lib/tally.js';

const { values } = cliArgs('bench', {
  options: {
    latency: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '4,8,16' },
    specs: {
      type: 'string',
      default: setting('BENCH_SPECS'),
    },
    'skip-local': { type: 'boolean', default: false },
    'skip-selftest': { type: 'boolean', default: false },
  },
});

interface Figures {
  tests: number;
  requests: number;
  longestChain: number;
  /** The longest test's dependent requests and deliberate waits: requests × latency + waits, in ms, as a function of the latency. */
  criticalMs: (latencyMs: number) => number;
  wallMs: number;
  firstResultMs: number;
  peakMb: number;
  failed: number;
  /** CPU seconds of every process of the run (user + system), when the machine can say. */
  cpuS?: number;
  /** The checks the run's answers got, by project (the tests' `checks` annotations, lib/tally.ts). */
  checks: Record<string, Tally>;
  /** The generated cases (tests/generated), by project: cases sent and the time their tests took. */
  generated: Record<string, { cases: number; ms: number; tests: number }>;
}

/**
 * The resident memory (MB) and CPU time (s, user + system) of a process and its descendants, from one
 * `ps` (zeros where the machine has none).
 */
function treeUsage(pid: number): { rssMb: number; cpuS: number } {
  try {
    const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,cputimes='], { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number, number]);
    const kids = new Map<number, number[]>();
    for (const [p, pp] of rows) kids.set(pp, [...(kids.get(pp) ?? []), p]);
    const byPid = new Map(rows.map(([p, , rss, cpu]) => [p, { rss, cpu }]));
    let rss = 0;
    let cpu = 0;
    const stack = [pid];
    while (stack.length) {
      const p = stack.pop()!;
      rss += byPid.get(p)?.rss ?? 0;
      cpu += byPid.get(p)?.cpu ?? 0;
      stack.push(...(kids.get(p) ?? []));
    }
    return { rssMb: rss / 1024, cpuS: cpu };
  } catch {
    return { rssMb: 0, cpuS: 0 };
  }
}

async function run(args: string[], env: Record<string, string>): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const file = join(dir, 'results.json');
  const started = Date.now();
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'playwright'), ['test', ...args, '--reporter=json'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CI: '',
      YUNO_PROJECTS: '',
      PLAYWRIGHT_JSON_OUTPUT_FILE: file,
      YUNO_REPORTS_DIR: dir,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  let cpu = 0;
  // Processes that end before the run does take their CPU time with them: sampled often, the largest sum is kept.
  const sampler = setInterval(() => {
    const u = treeUsage(child.pid!);
    peak = Math.max(peak, u.rssMb);
    cpu = Math.max(cpu, u.cpuS);
  }, 250);
  await new Promise((r) => child.on('close', r));
  clearInterval(sampler);
  const wallMs = Date.now() - started;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    suites: Suite[];
    stats: { expected: number; unexpected: number };
  };
  type Suite = {
    suites?: Suite[];
    specs?: Array<{
      tests: Array<{
        projectName: string;
        results: Array<{
          status: string;
          startTime: string;
          duration: number;
          annotations?: Array<{ type: string; description?: string }>;
        }>;
      }>;
    }>;
  };
  let tests = 0;
  let requests = 0;
  let longestChain = 0;
  let firstEnd = Infinity;
  const chains: Array<{ requests: number; waitedMs: number }> = [];
  const checks: Record<string, Tally> = {};
  const generated: Figures['generated'] = {};
  const walk = (s: Suite): void => {
    for (const x of s.suites ?? []) walk(x);
    for (const sp of s.specs ?? []) {
      for (const t of sp.tests) {
        for (const r of t.results) {
          if (r.status === 'skipped') continue;
          tests++;
          firstEnd = Math.min(firstEnd, Date.parse(r.startTime) + r.duration);
          const n = Number(r.annotations?.find((a) => a.type === 'requests')?.description ?? 0);
          requests += n;
          longestChain = Math.max(longestChain, n);
          const c = r.annotations?.find((a) => a.type === 'checks')?.description;
          if (c) {
            const sum = (checks[t.projectName] ??= { responses: 0, contract: 0, objects: 0, consistency: 0 });
            const add = JSON.parse(c) as Tally;
            for (const k of Object.keys(sum) as Array<keyof Tally>) sum[k] += add[k];
          }
          const g = r.annotations?.find((a) => a.type === 'generated')?.description;
          if (g) {
            const sum = (generated[t.projectName] ??= { cases: 0, ms: 0, tests: 0 });
            sum.cases += (JSON.parse(g) as { outcomes: unknown[] }).outcomes.length;
            sum.ms += r.duration;
            sum.tests++;
          }
          chains.push({
            requests: n,
            waitedMs: (r.annotations ?? [])
              .filter((a) => a.type === 'waited')
              .reduce((s, a) => s + Number(a.description ?? 0), 0),
          });
        }
      }
    }
  };
  report.suites.forEach(walk);
  return {
    tests,
    requests,
    longestChain,
    criticalMs: (lat) => Math.max(0, ...chains.map((c) => c.requests * lat + c.waitedMs)),
    wallMs,
    firstResultMs: firstEnd - started,
    peakMb: peak,
    failed: report.stats.unexpected,
    cpuS: cpu || undefined,
    checks,
    generated,
  };
}

const fmt = (f: Figures, latency: number): string => {
  const bound = f.criticalMs(latency);
  const ratio = bound ? (f.wallMs / bound).toFixed(2) : '–';
  return `| ${f.tests} | ${f.requests} | ${(f.wallMs / 1000).toFixed(1)} s | ${f.cpuS ? `${f.cpuS.toFixed(0)} s` : '–'} | ${(f.requests / (f.wallMs / 1000)).toFixed(0)} | ${(f.firstResultMs / 1000).toFixed(1)} s | ${f.peakMb.toFixed(0)} MB | ${(bound / 1000).toFixed(1)} s | ${ratio} | ${f.failed} |`;
};
const HEADER =
  '| tests run | HTTP requests | wall | CPU | requests/s | first result | peak memory | critical path (longest test: requests × latency + its waits) | wall / bound | failed |\n|---|---|---|---|---|---|---|---|---|---|';

if (!values['skip-local']) {
  console.log('## Local run: mock and emulator, every test, servers included (default workers)\n');
  console.log(`| reports ${HEADER}`.replace('|---|', '|---|---|'));
  const figures: Record<string, Figures> = {};
  for (const mode of ['light', 'full'] as const) {
    const f = await run(['--project=mock', '--project=emulator'], { YUNO_REPORTS: mode });
    figures[mode] = f;
    console.log(
      `| ${mode} ${fmt(f, 0).replace(/\| [^|]+ \| [^|]+ \| [^|]+ \|$/, `| ${f.longestChain} requests (no added latency) | – | ${f.failed} |`)}`,
    );
  }
  const { light, full } = figures as Record<'light' | 'full', Figures>;
  if (light.cpuS && full.cpuS)
    console.log(
      `\nfull reports (Allure, JUnit, a step per call) cost ${(((full.cpuS - light.cpuS) * 1000) / full.tests).toFixed(0)} ms of CPU per test; a test costs ${((light.cpuS * 1000) / light.tests).toFixed(0)} ms of CPU with light reports`,
    );
  for (const [project, t] of Object.entries(light.checks)) {
    const per = (n: number): string => (n / t.responses).toFixed(1);
    console.log(
      `checks per response on the ${project}: ${per(t.contract + t.objects + t.consistency)} (contract ${per(t.contract)}, object rules ${per(t.objects)}, consistency ${per(t.consistency)}) over ${t.responses} responses`,
    );
  }
  for (const [project, g] of Object.entries(light.generated))
    console.log(
      `generated cases on the ${project}: ${g.cases} in ${g.tests} tests, ${(g.ms / 1000).toFixed(1)} s of test time, ${(g.cases / (g.ms / 1000)).toFixed(0)} cases per second of test time (${(g.ms / g.cases).toFixed(1)} ms a case)`,
    );
  console.log(
    `target: under 15 s, first result under 3 s; measured ${(light.wallMs / 1000).toFixed(1)} s, first result ${(light.firstResultMs / 1000).toFixed(1)} s (light reports)\n`,
  );
}

if (!values['skip-selftest']) {
  console.log(
    '## Self-test: every fault of the catalogue and the benign variations, one emulator, one Playwright run\n',
  );
  const started = Date.now();
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'selftest.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  const wall = (Date.now() - started) / 1000;
  for (const line of out.split('\n').filter((l) => /test runs in|passed, |benign side|clean emulator/.test(l)))
    console.log(line);
  console.log(`\ntarget: under 90 s; measured ${wall.toFixed(1)} s\n`);
}

const latency = Number(values.latency);
const { server } = createEmulator({ latencyMs: latency });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
console.log(`## Sandbox-like run: emulator with ${latency} ms latency per request, ${values.specs}\n`);
console.log(`| workers ${HEADER}`.replace('|---|', '|---|---|'));
const rows: Array<[number, Figures]> = [];
for (const w of values.workers!.split(',').map(Number)) {
  // Links made to expire must outlive a few round trips at this latency.
  const f = await run(['--project=emulator', '--workers', String(w), ...values.specs!.split(',')], {
    YUNO_BASE_URL: url,
    YUNO_LINK_EXPIRY_MS: String(latency * 15),
  });
  rows.push([w, f]);
  console.log(`| ${w} ${fmt(f, latency)}`);
}
server.close();
const [bestW, bestF] = rows.reduce((a, b) => (b[1].wallMs < a[1].wallMs ? b : a));
console.log(
  `\ntarget: within 2x the critical-path bound at the best worker count; measured ${(bestF.wallMs / bestF.criticalMs(latency)).toFixed(2)}x with ${bestW} workers`,
);
console.log(`speed-up ${rows[0]![0]} -> ${bestW} workers: ${(rows[0]![1].wallMs / bestF.wallMs).toFixed(1)}x`);
