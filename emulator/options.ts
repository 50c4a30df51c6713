// The emulator's options from the settings (lib/config.ts), shared by `npm run emulator` and
// scripts/serve.ts.
import { LOCAL_KEYS, type Settings, settings } from '../lib/config.js';
import { FaultSet } from './faults.js';
import type { EmulatorOptions } from './server.js';

/** Options from EMULATOR_* and the YUNO_* keys it accepts; throws a clear message on an unknown fault. */
export function emulatorOptions(s: Settings = settings()): EmulatorOptions {
  return {
    faults: FaultSet.parse(s.EMULATOR_FAULTS),
    selftest: s.EMULATOR_SELFTEST,
    latencyMs: s.EMULATOR_LATENCY_MS,
    chaos: s.EMULATOR_CHAOS,
    publicApiKey: s.YUNO_PUBLIC_API_KEY ?? LOCAL_KEYS.publicApiKey,
    privateSecretKey: s.YUNO_PRIVATE_SECRET_KEY ?? LOCAL_KEYS.privateSecretKey,
    accountId: s.YUNO_ACCOUNT_CODE ?? LOCAL_KEYS.accountCode,
    webhookSecret: s.YUNO_WEBHOOK_SECRET ?? LOCAL_KEYS.webhookSecret,
    log: (line) => console.error(`emulator: ${line}`),
  };
}
