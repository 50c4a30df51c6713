// npm run bench: timings of the suite, printed (never asserted in tests).
//  1. the local run: mock and emulator projects, every test, servers included;
//  2. a sandbox-like run: the emulator with EMULATOR_LATENCY_MS (default 200) at YUNO_BASE_URL, with
//     1, 2, 4, 8 and 16 workers over the stateful subset (BENCH_SPECS), against its critical path.
// For each: tests, HTTP requests, wall time, requests per second, time to first result, peak memory
// (the sum of the resident memory of the run's processes, sampled), and the critical path: the
// longest chain of dependent requests in any test times the latency, and wall / that bound.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmulator } from '../emulator/server.js';
import { ROOT } from '../lib/paths.js';

const { values } = parseArgs({
  options: {
    latency: { type: 'string', default: '200' },
    workers: { type: 'string', default: '1,2,4,8,16' },
    specs: { type: 'string', default: process.env.BENCH_SPECS ?? 'tests/lifecycle/links.spec.ts,tests/idempotency,tests/status,tests/webhooks' },
    'skip-local': { type: 'boolean', default: false },
  },
});

interface Figures {
  tests: number;
  requests: number;
  longestChain: number;
  wallMs: number;
  firstResultMs: number;
  peakMb: number;
  failed: number;
}

/** Resident memory of a process and its descendants, in MB. */
function treeRss(pid: number): number {
  try {
    const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
    const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
    const kids = new Map<number, number[]>();
    for (const [p, pp] of rows) kids.set(pp, [...(kids.get(pp) ?? []), p]);
    const rss = new Map(rows.map(([p, , r]) => [p, r]));
    let total = 0;
    const stack = [pid];
    while (stack.length) {
      const p = stack.pop()!;
      total += rss.get(p) ?? 0;
      stack.push(...(kids.get(p) ?? []));
    }
    return total / 1024;
  } catch {
    return 0;
  }
}

async function run(args: string[], env: Record<string, string>): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const file = join(dir, 'results.json');
  const started = Date.now();
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'playwright'), ['test', ...args, '--reporter=json'], {
    cwd: ROOT,
    env: { ...process.env, CI: '', YUNO_PROJECTS: '', PLAYWRIGHT_JSON_OUTPUT_FILE: file, YUNO_REPORTS_DIR: dir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  await new Promise((r) => child.on('close', r));
  clearInterval(sampler);
  const wallMs = Date.now() - started;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { suites: Suite[]; stats: { expected: number; unexpected: number } };
  type Suite = { suites?: Suite[]; specs?: Array<{ tests: Array<{ results: Array<{ status: string; startTime: string; duration: number; annotations?: Array<{ type: string; description?: string }> }> }> }> };
  let tests = 0;
  let requests = 0;
  let longestChain = 0;
  let firstEnd = Infinity;
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
        }
      }
    }
  };
  report.suites.forEach(walk);
  return { tests, requests, longestChain, wallMs, firstResultMs: firstEnd - started, peakMb: peak, failed: report.stats.unexpected };
}

const fmt = (f: Figures, latency: number): string => {
  const bound = f.longestChain * latency;
  const ratio = bound ? (f.wallMs / bound).toFixed(2) : '–';
  return `| ${f.tests} | ${f.requests} | ${(f.wallMs / 1000).toFixed(1)} s | ${(f.requests / (f.wallMs / 1000)).toFixed(0)} | ${(f.firstResultMs / 1000).toFixed(1)} s | ${f.peakMb.toFixed(0)} MB | ${f.longestChain} × ${latency} ms = ${(bound / 1000).toFixed(1)} s | ${ratio} | ${f.failed} |`;
};
const HEADER = '| tests run | HTTP requests | wall | requests/s | first result | peak memory | critical path (chain × latency) | wall / bound | failed |\n|---|---|---|---|---|---|---|---|---|';

if (!values['skip-local']) {
  console.log('## Local run: mock and emulator, every test, servers included (default workers)\n');
  console.log(HEADER);
  const local = await run(['--project=mock', '--project=emulator'], {});
  console.log(fmt(local, 0).replace(/\| [^|]+ \| [^|]+ \| [^|]+ \|$/, `| ${local.longestChain} requests (no added latency) | – | ${local.failed} |`));
  console.log(`\ntarget: under 20 s; measured ${(local.wallMs / 1000).toFixed(1)} s\n`);
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
  const f = await run(['--project=emulator', '--workers', String(w), ...values.specs!.split(',')], { YUNO_BASE_URL: url, YUNO_LINK_EXPIRY_MS: String(latency * 15) });
  rows.push([w, f]);
  console.log(`| ${w} ${fmt(f, latency)}`);
}
server.close();
const best = rows[rows.length - 1]![1];
console.log(`\ntarget: 16 workers within 2x the critical-path bound; measured ${(best.wallMs / (best.longestChain * latency)).toFixed(2)}x`);
console.log(`speed-up 1 -> 16 workers: ${(rows[0]![1].wallMs / best.wallMs).toFixed(1)}x`);
