// npm run check: the static checks, the type check beside the others (it alone takes as long as
// the rest, on one core). Each check's output is printed whole when it ends; every check runs even
// when one fails, and the run exits 1 naming the ones that failed.
import { cliArgs } from '../lib/cli.js';
import { runShell } from '../lib/shell.js';

cliArgs('check', { options: {} });

interface Check {
  name: string;
  script: string;
}

/** npm scripts: the type check on its own lane, the others one after another on the second. */
const LANES: Check[][] = [
  [{ name: 'typecheck', script: 'typecheck' }],
  [
    { name: 'contract lint', script: 'lint' },
    { name: 'code lint and format', script: 'lint:code' },
    { name: 'workflow lint', script: 'lint:workflows' },
    { name: 'fresh types', script: 'check:types' },
    { name: 'settings table', script: 'settings -- --check' },
    { name: 'coverage', script: 'coverage -- --check' },
  ],
];

const failed: string[] = [];
await Promise.all(
  LANES.map(async (lane) => {
    for (const c of lane) {
      const r = await runShell(`npm run --silent ${c.script}`, { keep: true });
      const head = `check ${c.name} (npm run ${c.script}): ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${(r.ms / 1000).toFixed(1)} s`;
      console.log(r.output.trim() ? `${head}\n${r.output.trimEnd()}\n` : head);
      if (r.code !== 0) failed.push(c.name);
    }
  }),
);
if (failed.length) {
  console.error(`check: ${failed.length} failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('check: every static check passed');
