// npm run emulator: starts the local sandbox emulator and prints its URL when ready.
//   EMULATOR_PORT (default 4010), EMULATOR_HOST (127.0.0.1), EMULATOR_FAULTS=a,b,
//   EMULATOR_LATENCY_MS, EMULATOR_CHAOS (0..1), and the keys it accepts: YUNO_PUBLIC_API_KEY,
//   YUNO_PRIVATE_SECRET_KEY, YUNO_ACCOUNT_CODE, YUNO_WEBHOOK_SECRET (local dummies by default).
import { loadDotEnv } from '../lib/config.js';
import { emulatorOptionsFromEnv } from './options.js';
import { createEmulator, type EmulatorOptions } from './server.js';

function fail(message: string): never {
  console.error(`emulator: ${message}`);
  process.exit(2);
}

loadDotEnv();
const env = process.env;
const port = Number(env.EMULATOR_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`EMULATOR_PORT must be a port number, not "${env.EMULATOR_PORT}"`);
let options: EmulatorOptions;
try {
  options = emulatorOptionsFromEnv(env);
} catch (e) {
  fail((e as Error).message);
}
const host = env.EMULATOR_HOST ?? '127.0.0.1';
const { server } = createEmulator(options);
server.on('error', (e: NodeJS.ErrnoException) =>
  fail(e.code === 'EADDRINUSE' ? `port ${port} is in use (set EMULATOR_PORT)` : e.message),
);
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(
    `emulator ready at http://${host}:${actual}/v1${options.faults?.size ? ` (faults: ${env.EMULATOR_FAULTS})` : ''}`,
  );
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.close(() => process.exit(0)));
