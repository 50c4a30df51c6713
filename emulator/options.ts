// The emulator's settings from the environment, shared by `npm run emulator` and scripts/serve.ts.
import { LOCAL_KEYS } from '../lib/config.js';
import { FaultSet } from './faults.js';
import type { EmulatorOptions } from './server.js';

/**
 * Options from EMULATOR_FAULTS, EMULATOR_SELFTEST (1: honour the per-request fault header),
 * EMULATOR_LATENCY_MS, EMULATOR_CHAOS and the YUNO_* keys; throws a clear message on bad values.
 */
export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): EmulatorOptions {
  const latencyMs = Number(env.EMULATOR_LATENCY_MS || 0);
  if (!Number.isFinite(latencyMs) || latencyMs < 0)
    throw new Error(`EMULATOR_LATENCY_MS must be a non-negative number, not "${env.EMULATOR_LATENCY_MS}"`);
  const chaos = Number(env.EMULATOR_CHAOS || 0);
  if (!Number.isFinite(chaos) || chaos < 0 || chaos > 1)
    throw new Error(`EMULATOR_CHAOS must be a rate between 0 and 1, not "${env.EMULATOR_CHAOS}"`);
  const selftest = env.EMULATOR_SELFTEST?.trim() ?? '';
  if (!['', '0', '1'].includes(selftest))
    throw new Error(`EMULATOR_SELFTEST must be 1 or 0, not "${env.EMULATOR_SELFTEST}"`);
  return {
    faults: FaultSet.parse(env.EMULATOR_FAULTS),
    selftest: selftest === '1',
    latencyMs,
    chaos,
    publicApiKey: env.YUNO_PUBLIC_API_KEY?.trim() || LOCAL_KEYS.publicApiKey,
    privateSecretKey: env.YUNO_PRIVATE_SECRET_KEY?.trim() || LOCAL_KEYS.privateSecretKey,
    accountId: env.YUNO_ACCOUNT_CODE?.trim() || LOCAL_KEYS.accountCode,
    webhookSecret: env.YUNO_WEBHOOK_SECRET?.trim() || LOCAL_KEYS.webhookSecret,
    log: (line) => console.error(`emulator: ${line}`),
  };
}
