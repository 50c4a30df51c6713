// npm run report: builds the Allure report from reports/allure-results as one self-contained HTML
// file (reports/allure-report/index.html) that opens from the file itself, offline.
//   --results DIR   Allure results (default reports/allure-results)
//   --out DIR       where to write the report (default reports/allure-report)
//   --history FILE  an Allure history file to read and extend (the nightly pipeline keeps one)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { REPORTS_DIR, ROOT } from '../lib/paths.js';

const { values } = cliArgs('report', {
  options: {
    results: { type: 'string', default: join(REPORTS_DIR, 'allure-results') },
    out: { type: 'string', default: join(REPORTS_DIR, 'allure-report') },
    history: { type: 'string' },
    name: { type: 'string', default: 'yuno-conformance' },
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
const args = ['awesome', values.results!, '--single-file', '--output', values.out!, '--name', values.name!];
if (values.history) args.push('--history-path', values.history);
const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'allure'), args, {
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
});
if (run.status !== 0) {
  console.error(`report: allure failed (${run.status}):\n${run.stderr || run.stdout}`);
  process.exit(1);
}
console.log(`Allure report: ${join(values.out!, 'index.html')} (one file; open it directly)`);
