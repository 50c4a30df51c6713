// npm test: the project's own tests, in phases, stopping at the first that fails:
//   check     the static checks (scripts/check.ts), side by side with
//   suite     the unit project and the suite on the mock (the type check runs on one core, the
//             mock's Prism on one: together they use the machine); check's output follows suite's
//   tools     the suite and its tools run in child processes
//   selftest  every test on the emulator, under each fault of its rules and the benign variations
// Each phase says how long it took. Reports are light unless YUNO_REPORTS says otherwise (CI services
// set CI, which would turn full reports on: the gate workflow asks for them by name).
import { cliArgs } from '../lib/cli.js';
import { setting } from '../lib/config.js';
import { runShell } from '../lib/shell.js';

cliArgs('test', { options: {} });

const env = { ...process.env, YUNO_REPORTS: setting('YUNO_REPORTS') ?? 'light' };

interface Ran {
  name: string;
  code: number;
  seconds: string;
  output: string;
}

/** Runs a phase: its output straight through, or kept and handed back (to print after another's). */
async function run(name: string, command: string, keep = false): Promise<Ran> {
  const r = await runShell(command, { keep, env });
  return { name, code: r.code, seconds: (r.ms / 1000).toFixed(0), output: r.output };
}

const t0 = Date.now();
const took: string[] = [];
const done = (r: Ran): void => {
  took.push(`${r.name} ${r.seconds} s`);
  if (r.code === 0) console.log(`\nnpm test: phase ${r.name} passed in ${r.seconds} s\n`);
  else console.error(`\nnpm test: phase ${r.name} FAILED (exit ${r.code}) after ${r.seconds} s`);
};
const stop = (): never => {
  console.error(`npm test: FAILED (${took.join(', ')})`);
  process.exit(1);
};

const [check, suite] = await Promise.all([
  run('check', 'npm run --silent check', true),
  run('suite', 'npx playwright test --project=unit --project=mock'),
]);
done(suite);
process.stdout.write(check.output);
done(check);
if (check.code !== 0 || suite.code !== 0) stop();
for (const [name, command] of [
  ['tools', 'npm run --silent test:tools'],
  ['selftest', 'npm run --silent selftest'],
] as const) {
  const r = await run(name, command);
  done(r);
  if (r.code !== 0) stop();
}
console.log(`npm test: passed in ${((Date.now() - t0) / 1000).toFixed(0)} s (${took.join(', ')})`);
