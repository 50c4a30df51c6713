// One project per target. The local targets (the Prism mock, the emulator) are started by
// webServer on free ports unless YUNO_BASE_URL points at one already running.
import { execFileSync, execSync } from 'node:child_process';
import { defineConfig, type PlaywrightTestConfig, type Project } from '@playwright/test';
import { lightReports, rereadSettings, settings, type TargetName, targetConfig } from './lib/config.js';
import { Contract } from './lib/contract.js';
import { allureCategories } from './lib/rules/categories.js';
import type { TestFixturesOptions } from './tests/support/options.js';

// Every setting is read and checked here first: a bad value stops the run with every problem named.
const initial = settings();

/** The projects named on the command line (--project x / --project=x), or none. */
function namedProjects(): string[] {
  const out: string[] = [];
  const argv = process.argv;
  argv.forEach((a, i) => {
    if (a === '--project' && argv[i + 1]) out.push(argv[i + 1]!);
    else if (a.startsWith('--project=')) out.push(a.slice('--project='.length));
  });
  return out.flatMap((p) => p.split(','));
}

function freePort(): number {
  return Number(
    execFileSync(process.execPath, [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ]).toString(),
  );
}

// Workers load this file again without the command line: the main process passes its choices on
// through the environment (the projects named, the ports, the run id), and reads its settings again.
const isMainProcess = !process.env.TEST_WORKER_INDEX;
// The self-test (npm run selftest): one project against one emulator that honours a per-request fault.
const SELFTEST = initial.YUNO_SELFTEST;
if (isMainProcess) {
  process.env.YUNO_PROJECTS = namedProjects().join(',');
  process.env.YUNO_RUN_ID ??= Date.now().toString(36);
  const named = namedProjects();
  for (const t of ['mock', 'emulator'] as const) {
    const key = t === 'mock' ? 'YUNO_MOCK_PORT' : 'YUNO_EMULATOR_PORT';
    const wanted = SELFTEST ? t === 'emulator' : named.length === 0 || named.includes(t);
    if (wanted && !initial.YUNO_BASE_URL && !initial[key]) process.env[key] = String(freePort());
  }
  rereadSettings();
}
const s = settings();
const named = (s.YUNO_PROJECTS ?? '').split(',').filter(Boolean);
const wants = (p: string): boolean => (SELFTEST ? p === 'emulator' : named.length === 0 || named.includes(p));
const sandboxRequested = named.includes('sandbox');

// Invalid configuration stops the run here, with every problem in one message.
const targets: Partial<Record<TargetName, ReturnType<typeof targetConfig>>> = {};
for (const t of ['mock', 'emulator', 'sandbox'] as const) {
  if (t === 'sandbox' ? sandboxRequested : wants(t)) targets[t] = targetConfig(t);
}

// One webServer for both local targets: they start side by side (scripts/serve.ts), and readiness
// is read from its stdout instead of being polled.
const webServer: NonNullable<PlaywrightTestConfig['webServer']> = [];
const serveArgs = [
  targets.mock?.startsServer ? `--mock ${s.YUNO_MOCK_PORT}` : '',
  targets.emulator?.startsServer ? `--emulator ${s.YUNO_EMULATOR_PORT}` : '',
  targets.emulator?.startsServer && SELFTEST ? '--selftest' : '',
].filter(Boolean);
if (serveArgs.length) {
  webServer.push({
    name: 'targets',
    command: `node --import tsx scripts/serve.ts ${serveArgs.join(' ')}`,
    wait: { stdout: /local targets ready/ },
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    timeout: 30_000,
  });
}

const TARGET_TESTS = [
  'contract/**',
  'generated/**',
  'status/**',
  'lifecycle/**',
  'idempotency/**',
  'errors/**',
  'webhooks/**',
  'lookups/**',
  'relations/**',
].map((g) => `**/tests/${g}/*.spec.ts`);
const targetProject = (name: TargetName): Project<TestFixturesOptions> => ({
  name,
  testMatch: TARGET_TESTS,
  use: { targetName: name },
});
const projects: Array<Project<TestFixturesOptions>> = [];
if (SELFTEST) projects.push({ ...targetProject('emulator'), name: 'selftest' });
else {
  if (wants('unit')) projects.push({ name: 'unit', testMatch: '**/tests/unit/*.spec.ts' });
  if (wants('tools')) projects.push({ name: 'tools', testMatch: '**/tests/tools/*.spec.ts' });
  if (targets.mock) projects.push(targetProject('mock'));
  if (targets.emulator) projects.push(targetProject('emulator'));
  if (targets.sandbox) projects.push(targetProject('sandbox'));
}

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

// What a run reports (YUNO_REPORTS): `full` (the default under CI) adds Allure, JUnit and the report
// steps of every call to what a person running locally wants (`light`, the local default): the
// terminal, the HTML report, results.json and the findings. npm run bench measures the difference.
const LIGHT = lightReports();

// Every output goes under reports/ (YUNO_REPORTS_DIR moves it, e.g. for nested runs of the suite).
const REPORTS = s.YUNO_REPORTS_DIR ?? 'reports';
const hosts = Object.values(targets).map((t) => `${t!.name}=${new URL(t!.baseURL).host}`);

export default defineConfig<TestFixturesOptions>({
  testDir: 'tests',
  // Test artefacts beside the reports when those are moved (nested runs of the suite), else at the top.
  outputDir: REPORTS === 'reports' ? 'test-results' : `${REPORTS}/test-results`,
  fullyParallel: true,
  forbidOnly: !!s.CI,
  retries: 0,
  // API tests wait on I/O: more workers than cores pay off (npm run bench measures it).
  workers: s.YUNO_WORKERS,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  globalSetup: './tests/support/global-setup.ts',
  reporter: SELFTEST
    ? [['./tests/support/selftest-reporter.ts', { outputFile: s.YUNO_SELFTEST_FILE ?? `${REPORTS}/selftest.json` }]]
    : LIGHT
      ? [
          [s.CI ? 'dot' : 'list'],
          ['html', { outputFolder: `${REPORTS}/playwright-html`, open: 'never' }],
          ['json', { outputFile: `${REPORTS}/results.json` }],
          ['./tests/support/drift-reporter.ts', { outputFile: `${REPORTS}/drift.json` }],
        ]
      : [
          [s.CI ? 'dot' : 'list'],
          // A shard of a sharded run (YUNO_SHARD_BLOB=file) writes a blob to merge, not its own HTML report.
          s.YUNO_SHARD_BLOB
            ? ['blob', { outputFile: s.YUNO_SHARD_BLOB }]
            : ['html', { outputFolder: `${REPORTS}/playwright-html`, open: 'never' }],
          ['junit', { outputFile: `${REPORTS}/junit.xml` }],
          ['json', { outputFile: `${REPORTS}/results.json` }],
          ['./tests/support/drift-reporter.ts', { outputFile: `${REPORTS}/drift.json` }],
          [
            'allure-playwright',
            {
              resultsDir: `${REPORTS}/allure-results`,
              detail: false,
              environmentInfo: {
                targets: Object.keys(targets).join(', ') || 'none',
                hosts: hosts.join(', ') || 'none',
                document_version: Contract.load().version,
                commit: commit(),
                node: process.version,
                drift_page: 'reports/drift.html (npm run drift)',
              },
              categories: allureCategories(),
            },
          ],
        ],
  use: {
    // Traces would hold raw request headers (the keys): the client records every exchange itself, redacted.
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  webServer,
  projects,
});
