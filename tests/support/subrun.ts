// Runs the suite (or part of it) in a child process with its outputs in a folder of its own:
// the tools tests use it to check what a run writes and prints.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../lib/paths.js';

export interface SubRun {
  code: number | null;
  output: string;
  reports: string;
  ms: number;
  /** How long after the start the output first matched a pattern (undefined: never). */
  timeTo(pattern: RegExp): number | undefined;
  stats?: { expected: number; unexpected: number; skipped: number; flaky: number };
}

export function subrun(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 120_000,
): Promise<SubRun> {
  const reports = mkdtempSync(join(tmpdir(), 'yc-run-'));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'playwright'), ['test', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        CI: '',
        // Light reports unless a test asks for the full set (Allure, JUnit, a step per call).
        YUNO_REPORTS: 'light',
        // Two workers: the tools project runs two of these side by side on two cores, and each
        // worker's start (its modules, the contract's validators) is paid again.
        YUNO_WORKERS: '2',
        YUNO_REPORTS_DIR: reports,
        TEST_WORKER_INDEX: '',
        TEST_PARALLEL_INDEX: '',
        YUNO_PROJECTS: '',
        YUNO_MOCK_PORT: '',
        YUNO_EMULATOR_PORT: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const marks: Array<{ at: number; length: number }> = [];
    const add = (d: Buffer): void => {
      output += d.toString();
      marks.push({ at: Date.now() - started, length: output.length });
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const timeTo = (pattern: RegExp): number | undefined => {
      const m = pattern.exec(output);
      if (!m) return undefined;
      const end = m.index + m[0].length;
      return marks.find((x) => x.length >= end)?.at;
    };
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      let stats: SubRun['stats'];
      try {
        stats = (JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as { stats: SubRun['stats'] }).stats;
      } catch {
        /* no results: the run stopped before any test */
      }
      resolve({ code, output, reports, ms: Date.now() - started, timeTo, stats });
    });
  });
}
