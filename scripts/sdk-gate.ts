// npm run sdk-gate -- --run "<your SDK's test command>" [--declare ops.yaml] [--sdk-name N --sdk-version V]
// npm run sdk-gate -- --url http://127.0.0.1:4010     judge what an emulator already running received
//
// A release gate for an SDK of Yuno's API (lib/gate): the SDK's own tests run unmodified behind an
// intercepting proxy, their calls to Yuno's hosts are answered by the emulator and judged against the
// contract, and the verdict is written as JSON, JUnit, Markdown and HTML. `--help` lists the options;
// exit codes: 0 passed, 1 problems in what the SDK sent, 2 usage or setup error, 3 the SDK's own tests
// failed, 4 no request reached the gate.
import type { AddressInfo } from 'node:net';
import { emulatorOptions } from '../emulator/options.js';
import { main, type StartEmulator } from '../lib/gate/run.js';

/** The gate's emulator, in this process, on a free port, accepting the keys the gate hands out. */
const startEmulator: StartEmulator = async (keys, s) => {
  // Loaded when a run needs it: a usage error is answered before the emulator's modules load.
  const { createEmulator } = await import('../emulator/server.js');
  const { server } = createEmulator({
    ...emulatorOptions(s),
    publicApiKey: keys.publicApiKey,
    privateSecretKey: keys.privateSecretKey,
    accountId: keys.accountCode,
    log: (line) => console.error(`sdk-gate: emulator: ${line}`),
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ready);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => server.close() };
};

if (process.argv[1]?.endsWith('sdk-gate.ts')) process.exit(await main(process.argv.slice(2), startEmulator));
