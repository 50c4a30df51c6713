// npm test: the project's own tests, one phase after another, stopping at the first that fails:
//   check     the static checks (scripts/check.ts)
//   suite     the unit project and the suite on the mock
//   tools     the suite and its tools run in child processes
//   selftest  every test on the emulator, under each fault of its rules and the benign variations
// Each phase says how long it took. Reports are light unless YUNO_REPORTS says otherwise (CI services
// set CI, which would turn full reports on: the gate workflow asks for them by name).
import { spawn } from 'node:child_process';
import { cliArgs } from '../lib/cli.js';
import { setting } from '../lib/config.js';
import { ROOT } from '../lib/paths.js';

cliArgs('test', { options: {} });

const PHASES: Array<{ name: string; command: string }> = [
  { name: 'check', command: 'npm run --silent check' },
  { name: 'suite', command: 'npx playwright test --project=unit --project=mock' },
  { name: 'tools', command: 'npm run --silent test:tools' },
  { name: 'selftest', command: 'npm run --silent selftest' },
];

const env = { ...process.env, YUNO_REPORTS: setting('YUNO_REPORTS') ?? 'light' };
const t0 = Date.now();
const took: string[] = [];
for (const p of PHASES) {
  const started = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(p.command, { cwd: ROOT, shell: true, stdio: 'inherit', env });
    child.on('close', (c) => resolve(c ?? 1));
  });
  const s = ((Date.now() - started) / 1000).toFixed(0);
  took.push(`${p.name} ${s} s`);
  if (code !== 0) {
    console.error(`\nnpm test: phase ${p.name} FAILED (exit ${code}) after ${s} s; ${took.join(', ')}`);
    process.exit(1);
  }
  console.log(`\nnpm test: phase ${p.name} passed in ${s} s\n`);
}
console.log(`npm test: passed in ${((Date.now() - t0) / 1000).toFixed(0)} s (${took.join(', ')})`);
