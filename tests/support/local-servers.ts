// Servers the tools tests start in their own process: an emulator on a free port, and listen().
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulated, type EmulatorOptions, type EmulatorStats } from '../../emulator/server.js';

export async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** An emulator on a free loopback port: its root URL (the API is under /v1), its counters, the emulator itself, and close. */
export async function startEmulator(
  opts: EmulatorOptions = {},
): Promise<{ url: string; stats: EmulatorStats; emulator: Emulated; close: () => void }> {
  const { server, emulator } = createEmulator(opts);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, stats: emulator.stats, emulator, close: () => server.close() };
}
