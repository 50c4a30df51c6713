// npm run check: the static checks, the type check beside the others (it alone takes as long as
// the rest, on one core). Each check's output is printed whole when it ends; every check runs even
// when one fails, and the run exits 1 naming the ones that failed.
import { spawn } from 'node:child_process';
import { cliArgs } from '../lib/cli.js';
import { ROOT } from '../lib/paths.js';

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

function run(c: Check): Promise<{ check: Check; code: number; output: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(`npm run --silent ${c.script}`, { cwd: ROOT, shell: true, env: process.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('close', (code) => resolve({ check: c, code: code ?? 1, output, ms: Date.now() - t0 }));
  });
}

const failed: string[] = [];
await Promise.all(
  LANES.map(async (lane) => {
    for (const c of lane) {
      const r = await run(c);
      const head = `check ${r.check.name} (npm run ${r.check.script}): ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${(r.ms / 1000).toFixed(1)} s`;
      console.log(r.output.trim() ? `${head}\n${r.output.trimEnd()}\n` : head);
      if (r.code !== 0) failed.push(r.check.name);
    }
  }),
);
if (failed.length) {
  console.error(`check: ${failed.length} failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('check: every static check passed');
