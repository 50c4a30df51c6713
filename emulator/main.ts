// npm run emulator: starts the local sandbox emulator and prints its URL when ready. Its settings
// (EMULATOR_PORT, EMULATOR_HOST, EMULATOR_FAULTS, EMULATOR_LATENCY_MS, EMULATOR_CHAOS and the keys it
// accepts) are described in lib/config.ts and the README.
import { type Settings, settings } from '../lib/config.js';
import { emulatorOptions } from './options.js';
import { createEmulator, type EmulatorOptions } from './server.js';

function fail(message: string): never {
  console.error(`emulator: ${message}`);
  process.exit(2);
}

let s: Settings;
let options: EmulatorOptions;
try {
  s = settings();
  options = emulatorOptions(s);
} catch (e) {
  fail((e as Error).message);
}
const port = s.EMULATOR_PORT ?? 4010;
const host = s.EMULATOR_HOST ?? '127.0.0.1';
const { server } = createEmulator(options);
server.on('error', (e: NodeJS.ErrnoException) =>
  fail(e.code === 'EADDRINUSE' ? `port ${port} is in use (set EMULATOR_PORT)` : e.message),
);
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const faults = options.faults?.size ? ` (faults: ${options.faults.names().join(',')})` : '';
  console.log(`emulator ready at http://${host}:${actual}/v1${faults}`);
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.close(() => process.exit(0)));
