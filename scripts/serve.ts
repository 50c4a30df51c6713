// Starts the local targets side by side for Playwright's webServer and says when all are ready:
//   --mock PORT       a Prism mock of openapi/yuno.yaml
//   --emulator PORT   the emulator (in this process)
//   --selftest        the emulator honours the self-test's per-request fault header
// Both start at once (webServer entries would start one after the other); readiness is one line on
// stdout, so no polling delay is added. Children are stopped with this process.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { emulatorOptions } from '../emulator/options.js';
import { createEmulator } from '../emulator/server.js';
import { cliArgs } from '../lib/cli.js';
import { CONTRACT_FILE, ROOT } from '../lib/paths.js';

const { values } = cliArgs('serve', {
  options: { mock: { type: 'string' }, emulator: { type: 'string' }, selftest: { type: 'boolean', default: false } },
});
const children: ChildProcess[] = [];
const stop = (code: number): never => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(code);
};
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => stop(0));

const waits: Array<Promise<string>> = [];
if (values.mock) {
  const port = values.mock;
  waits.push(
    new Promise((resolve, reject) => {
      // Logging every request costs Prism more CPU than answering it: warnings and errors only.
      const prism = spawn(
        join(ROOT, 'node_modules', '.bin', 'prism'),
        ['mock', '--host', '127.0.0.1', '--port', port, '--errors=false', '--verboseLevel', 'warn', CONTRACT_FILE],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children.push(prism);
      let out = '';
      prism.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
      prism.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
      // At warn level Prism does not announce itself: poll every 50 ms until it answers.
      const poll = (): void => {
        fetch(`http://127.0.0.1:${port}/payments?merchant_order_id=ready`)
          .then(() => resolve(`mock at http://127.0.0.1:${port}`))
          .catch(() => setTimeout(poll, 50));
      };
      poll();
      prism.on('exit', (code) => reject(new Error(`prism exited (${code}): ${out.slice(-2000)}`)));
    }),
  );
}
if (values.emulator) {
  let options: ReturnType<typeof emulatorOptions> | undefined;
  try {
    options = emulatorOptions();
  } catch (e) {
    console.error(`serve: ${(e as Error).message}`);
    stop(2);
  }
  const { server } = createEmulator({ ...options, selftest: values.selftest || options?.selftest });
  waits.push(
    new Promise((resolve, reject) => {
      server.on('error', reject);
      server.listen(Number(values.emulator), '127.0.0.1', () =>
        resolve(`emulator at http://127.0.0.1:${values.emulator}/v1`),
      );
    }),
  );
}
try {
  const ready = await Promise.all(waits);
  console.log(`local targets ready: ${ready.join(', ')}`);
} catch (e) {
  console.error(`serve: ${(e as Error).message}`);
  stop(1);
}
