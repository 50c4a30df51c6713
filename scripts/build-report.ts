// npm run report: builds the Allure report from reports/allure-results as one self-contained HTML
// file (reports/allure-report/index.html) that opens from the file itself, offline; marks the known
// failures and runs the quality gate (allurerc.mjs).
//   --results DIR    Allure results (default reports/allure-results)
//   --out DIR        where to write the report (default reports/allure-report)
//   --history FILE   an Allure history file to read and extend (the nightly pipeline keeps one)
//   --findings FILE  the run's findings (default drift.json beside the results, when there)
//   --baseline FILE  the previous findings: what they already had is known (the nightly passes last night's)
// A failed test is known when every finding it recorded is explained by a registered doc conflict or
// was in the baseline; the known ones are written to known-issues.json beside the report and
// accepted in Allure. The quality gate then fails the run on any other failure.
// Exits 1 when Allure fails, 3 when the quality gate fails (the report is written all the same), 2 on
// bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { REPORTS_DIR, ROOT } from '../lib/paths.js';
import { fail, readDrift } from '../lib/reports/drift.js';
import { allureTestCases, knownIssues } from '../lib/reports/known-issues.js';

const { values } = cliArgs('report', {
  options: {
    results: { type: 'string', default: join(REPORTS_DIR, 'allure-results') },
    out: { type: 'string', default: join(REPORTS_DIR, 'allure-report') },
    history: { type: 'string' },
    name: { type: 'string', default: 'yuno-conformance' },
    findings: { type: 'string' },
    baseline: { type: 'string' },
  },
});

if (
  !existsSync(values.results!) ||
  readdirSync(values.results!).filter((f) => f.endsWith('-result.json')).length === 0
) {
  console.error(
    `report: no Allure results in ${values.results}: run the suite with full reports first (YUNO_REPORTS=full npm run conformance; full is the default under CI)`,
  );
  process.exit(2);
}

// The known failures, from the run's findings and the baseline.
const findingsFile = values.findings ?? join(dirname(values.results!), 'drift.json');
const knownFile = join(dirname(values.out!), 'known-issues.json');
let summary = 'no findings file: every failure counts as new';
if (existsSync(findingsFile)) {
  try {
    const current = readDrift(findingsFile);
    const baseline = values.baseline ? readDrift(values.baseline) : undefined;
    const k = knownIssues(current, {
      baseline,
      testCases: allureTestCases(values.results!),
      names: { findings: findingsFile, baseline: values.baseline },
    });
    mkdirSync(dirname(knownFile), { recursive: true });
    writeFileSync(knownFile, `${JSON.stringify(k, null, 2)}\n`);
    const byConflict = k.known.filter((x) => x.because.some((b) => b.conflict)).length;
    summary = `${k.known.length} tests failing only on known findings (${byConflict} explained by a doc conflict, ${k.known.length - byConflict} in the baseline only), ${k.unknown.length} with a new finding; ${knownFile}`;
  } catch (e) {
    fail(e);
  }
} else if (values.findings) {
  console.error(`report: ${values.findings} does not exist`);
  process.exit(2);
}

const allure = join(ROOT, 'node_modules', '.bin', 'allure');
const config = join(ROOT, 'allurerc.mjs');
const env = {
  ...process.env,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  YUNO_KNOWN_ISSUES: existsSync(knownFile) && existsSync(findingsFile) ? knownFile : '',
  YUNO_ALLURE_KNOWN_ISSUES_OUT: join(values.out!, 'known-issues.json'),
};
const args = [
  'awesome',
  values.results!,
  '--config',
  config,
  '--single-file',
  '--output',
  values.out!,
  '--name',
  values.name!,
];
if (values.history) args.push('--history-path', values.history);
const run = spawnSync(allure, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (run.status !== 0) {
  console.error(`report: allure failed (${run.status}):\n${run.stderr || run.stdout}`);
  process.exit(1);
}
console.log(`Allure report: ${join(values.out!, 'index.html')} (one file; open it directly)`);
console.log(`known failures: ${summary}`);

// The quality gate: any failure that is not known fails the run. Allure 3.18's gate calls
// Iterator.prototype.toArray, which Node has from 22 on: under Node 20 it runs with that one method
// defined as the standard has it (the iterator's values, in an array).
const TO_ARRAY =
  "data:text/javascript,const p=Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));if(!p.toArray)Object.defineProperty(p,'toArray',{value(){return[...this]},writable:true,configurable:true});";
const cli = join(ROOT, 'node_modules', 'allure', 'cli.js');
// The gate writes files of its own (nothing the report needs) into the configured output: a folder to throw away.
const scratch = mkdtempSync(join(tmpdir(), 'allure-gate-'));
const gate = spawnSync(
  process.execPath,
  ['--import', TO_ARRAY, cli, 'quality-gate', values.results!, '--config', config],
  {
    cwd: ROOT,
    env: { ...env, YUNO_ALLURE_OUTPUT: scratch },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  },
);
rmSync(scratch, { recursive: true, force: true });
if (gate.status !== 0) {
  console.error(`quality gate: failed (allurerc.mjs)\n${(gate.stderr || gate.stdout).trim()}`);
  process.exit(3);
}
console.log('quality gate: passed (no failure beyond the known ones)');
