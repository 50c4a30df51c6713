// npm run emulator: starts the local sandbox emulator and prints its URL when ready.
//   EMULATOR_PORT (default 4010), EMULATOR_HOST (127.0.0.1), EMULATOR_FAULTS=a,b,
//   EMULATOR_LATENCY_MS, EMULATOR_CHAOS (0..1), and the keys it accepts: YUNO_PUBLIC_API_KEY,
//   YUNO_PRIVATE_SECRET_KEY, YUNO_ACCOUNT_CODE, YUNO_WEBHOOK_SECRET (local dummies by default).
import { LOCAL_KEYS, loadDotEnv } from '../lib/config.js';
import { FaultSet } from './faults.js';
import { createEmulator } from './server.js';

function fail(message: string): never {
  console.error(`emulator: ${message}`);
  process.exit(2);
}

loadDotEnv();
const env = process.env;
const port = Number(env.EMULATOR_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`EMULATOR_PORT must be a port number, not "${env.EMULATOR_PORT}"`);
const latencyMs = Number(env.EMULATOR_LATENCY_MS ?? 0);
if (!Number.isFinite(latencyMs) || latencyMs < 0) fail(`EMULATOR_LATENCY_MS must be a non-negative number, not "${env.EMULATOR_LATENCY_MS}"`);
const chaos = Number(env.EMULATOR_CHAOS ?? 0);
if (!Number.isFinite(chaos) || chaos < 0 || chaos > 1) fail(`EMULATOR_CHAOS must be a rate between 0 and 1, not "${env.EMULATOR_CHAOS}"`);
let faults: FaultSet;
try {
  faults = FaultSet.parse(env.EMULATOR_FAULTS);
} catch (e) {
  fail((e as Error).message);
}
const host = env.EMULATOR_HOST ?? '127.0.0.1';
const { server } = createEmulator({
  faults,
  latencyMs,
  chaos,
  publicApiKey: env.YUNO_PUBLIC_API_KEY?.trim() || LOCAL_KEYS.publicApiKey,
  privateSecretKey: env.YUNO_PRIVATE_SECRET_KEY?.trim() || LOCAL_KEYS.privateSecretKey,
  accountId: env.YUNO_ACCOUNT_CODE?.trim() || LOCAL_KEYS.accountCode,
  webhookSecret: env.YUNO_WEBHOOK_SECRET?.trim() || LOCAL_KEYS.webhookSecret,
  log: (line) => console.error(`emulator: ${line}`),
});
server.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE' ? `port ${port} is in use (set EMULATOR_PORT)` : e.message));
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`emulator ready at http://${host}:${actual}/v1${faults.size ? ` (faults: ${env.EMULATOR_FAULTS})` : ''}`);
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.close(() => process.exit(0)));
