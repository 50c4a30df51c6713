// Every setting of the suite, the emulator and the tools, in one table, read from the environment
// here and nowhere else (a .env file is read when present). Each setting says what it is for, its
// default and how it is checked; every problem is reported at once, in one message, before anything
// runs. The README's table of settings is rendered from this one (npm run settings -- --readme).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export type TargetName = 'mock' | 'emulator' | 'sandbox';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Where a setting matters: the README groups them so. */
export type SettingGroup = 'target' | 'run' | 'generated' | 'emulator' | 'tools' | 'internal';

interface SettingSpec<T> {
  group: SettingGroup;
  /** What it is for, one line (the README's table prints it). */
  description: string;
  /** The default as the README prints it. */
  shown: string;
  /** The value from the raw text (undefined when unset); a problem is thrown as a string. */
  parse(raw: string | undefined): T;
}

// ---- the kinds of value ---------------------------------------------------------------------------

function text(group: SettingGroup, description: string, fallback?: string): SettingSpec<string | undefined> {
  return { group, description, shown: fallback ?? 'unset', parse: (raw) => raw?.trim() || fallback };
}

function number(
  group: SettingGroup,
  description: string,
  fallback: number,
  check: { min?: number; max?: number; integer?: boolean } = {},
): SettingSpec<number> {
  return {
    group,
    description,
    shown: String(fallback),
    parse(raw) {
      const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
      const bad =
        !Number.isFinite(value) ||
        (check.integer && !Number.isInteger(value)) ||
        (check.min !== undefined && value < check.min) ||
        (check.max !== undefined && value > check.max);
      if (bad)
        throw `must be ${check.integer ? 'an integer' : 'a number'}${check.min !== undefined ? ` of at least ${check.min}` : ''}${check.max !== undefined ? ` and at most ${check.max}` : ''}, not "${raw}"`;
      return value;
    },
  };
}

/** A number whose default depends on where it is used (undefined when unset). */
function optionalNumber(
  group: SettingGroup,
  description: string,
  shown: string,
  check: { min?: number; max?: number },
): SettingSpec<number | undefined> {
  const inner = number(group, description, 0, check);
  return {
    group,
    description,
    shown,
    parse: (raw) => (raw === undefined || raw.trim() === '' ? undefined : inner.parse(raw)),
  };
}

function oneOf<V extends string>(
  group: SettingGroup,
  description: string,
  values: readonly V[],
  fallback: V | undefined,
): SettingSpec<V | undefined> {
  return {
    group,
    description,
    shown: fallback ?? 'unset',
    parse(raw) {
      const v = raw?.trim();
      if (!v) return fallback;
      if (!(values as readonly string[]).includes(v))
        throw `may only be ${values.map((x) => `"${x}"`).join(' or ')}, not "${v}"`;
      return v as V;
    },
  };
}

function flag(group: SettingGroup, description: string): SettingSpec<boolean> {
  return {
    group,
    description,
    shown: '0',
    parse(raw) {
      const v = raw?.trim() ?? '';
      if (!['', '0', '1'].includes(v)) throw `must be 1 or 0, not "${raw}"`;
      return v === '1';
    },
  };
}

function url(
  group: SettingGroup,
  description: string,
  protocols: readonly string[] = ['http:', 'https:'],
): SettingSpec<string | undefined> {
  return {
    group,
    description,
    shown: 'unset',
    parse(raw) {
      const v = raw?.trim();
      if (!v) return undefined;
      let u: URL;
      try {
        u = new URL(v.replace('{worker}', '0'));
      } catch {
        throw `is not a URL: "${v}"`;
      }
      if (!protocols.includes(u.protocol))
        throw `must be ${protocols.map((p) => p.replace(':', '')).join(' or ')}, not ${u.protocol}`;
      if (!u.hostname) throw `has no host: "${v}"`;
      return v.replace(/\/+$/, '');
    },
  };
}

const KEY_RE = /^[\x21-\x7e]+$/;
function key(description: string): SettingSpec<string | undefined> {
  return {
    group: 'target',
    description,
    shown: 'a local dummy (mock, emulator)',
    parse(raw) {
      const v = raw?.trim();
      if (v && !KEY_RE.test(v)) throw 'contains spaces or control characters';
      return v || undefined;
    },
  };
}

function card(fallback: string, description: string): SettingSpec<string> {
  return {
    group: 'target',
    description,
    shown: fallback,
    parse(raw) {
      const v = (raw ?? fallback).trim();
      if (!/^[0-9]{12,19}$/.test(v)) throw 'must be a card number of 12 to 19 digits';
      return v;
    },
  };
}

// ---- the table --------------------------------------------------------------------------------------

export const SETTINGS = {
  YUNO_BASE_URL: url(
    'target',
    'points a project at a target already running there (used, not started); the sandbox project defaults to https://api-sandbox.y.uno/v1',
  ),
  YUNO_PUBLIC_API_KEY: key('the public key; required for `sandbox`'),
  YUNO_PRIVATE_SECRET_KEY: key('the private key; required for `sandbox`'),
  YUNO_ACCOUNT_CODE: key('the account id, a UUID as the dashboard shows it; required for `sandbox`'),
  YUNO_ORGANIZATION_CODE: text(
    'target',
    '`X-Organization-Code` for the operations that take it (reports, recipient transfers)',
    'the account code',
  ),
  YUNO_WEBHOOK_SECRET: key('the HMAC secret webhooks are signed with'),
  YUNO_WEBHOOK_PUBLIC_URL: url(
    'target',
    'a public https URL forwarded to this machine (`{worker}` becomes the worker index): the suite registers its receiver through the webhooks API and the webhook tests run on the sandbox',
    ['https:'],
  ),
  YUNO_WEBHOOK_PORT: number('target', 'the local port the public URL reaches (plus the worker index)', 8787, {
    min: 1,
    max: 65000,
    integer: true,
  }),
  YUNO_COUNTRY: {
    group: 'target',
    description: "the merchant's sandbox country (ISO 3166-1)",
    shown: 'US',
    parse(raw) {
      const v = (raw ?? 'US').trim();
      if (!/^[A-Z]{2}$/.test(v)) throw `must be two capital letters (ISO 3166-1), not "${v}"`;
      return v;
    },
  } satisfies SettingSpec<string>,
  YUNO_CURRENCY: {
    group: 'target',
    description: "the merchant's sandbox currency (ISO 4217)",
    shown: 'USD',
    parse(raw) {
      const v = (raw ?? 'USD').trim();
      if (!/^[A-Z]{3}$/.test(v)) throw `must be three capital letters (ISO 4217), not "${v}"`;
      return v;
    },
  } satisfies SettingSpec<string>,
  YUNO_CARD_APPROVED: card('4507990000000002', "a test card the target approves (Yuno's testing gateway)"),
  YUNO_CARD_DECLINED: card('4507990000000028', 'a test card the target declines'),
  YUNO_CARD_ERROR: card('4507990000000077', 'a test card the target answers with an error'),
  YUNO_ASYNC_METHOD: text('target', 'an asynchronous payment method type', 'PIX'),
  YUNO_ALLOW_PRODUCTION: oneOf(
    'target',
    '`read-only` lets a production host run the read-only tests; otherwise production is refused before any request',
    ['read-only'] as const,
    undefined,
  ),
  YUNO_PROXY: url('target', 'an HTTP proxy for every request, the preflight included'),
  YUNO_STAND_IN: oneOf(
    'target',
    '`stateless`: the target is a mock of a description of the API (the drift rehearsal)',
    ['stateless'] as const,
    undefined,
  ),
  YUNO_TIMEOUT_MS: number('run', 'per-request timeout (the documented 60 s)', 60_000, { min: 100 }),
  YUNO_POLL_TIMEOUT_MS: optionalNumber(
    'run',
    'how long a test waits for an asynchronous state (a report ready)',
    '2000 locally, 120000 remote',
    { min: 100 },
  ),
  YUNO_WEBHOOK_WAIT_MS: optionalNumber(
    'run',
    'how long a test waits for a webhook the API should send before it fails',
    '2000 locally, 30000 remote',
    { min: 100 },
  ),
  YUNO_LINK_EXPIRY_MS: optionalNumber(
    'run',
    'how soon a link made to expire in a test closes (real time; no shared clock is moved)',
    '600 locally, 5000 remote',
    { min: 100 },
  ),
  YUNO_RETRIES: number('run', 'tries for 429, 502, 503 and transport errors (backoff, `Retry-After` honoured)', 5, {
    min: 1,
    integer: true,
  }),
  YUNO_REPORTS: oneOf(
    'run',
    '`light` (terminal, HTML, results.json, findings) or `full` (adds Allure, JUnit and a report step per call); `full` under CI',
    ['light', 'full'] as const,
    undefined,
  ),
  YUNO_REPORTS_DIR: text('run', 'where every output goes', 'reports'),
  YUNO_WORKERS: number('run', 'Playwright workers', 4, { min: 1, integer: true }),
  CI: text('run', 'set by CI services: full reports, `forbidOnly`'),
  YUNO_GEN_SEED: number(
    'generated',
    'the seed of the generated cases (a failure prints the seed that replays it)',
    20_261_207,
    { integer: true, min: 0 },
  ),
  YUNO_GEN_RUNS: number('generated', 'random valid requests per operation, beside the boundary cases', 4, {
    integer: true,
    min: 0,
  }),
  YUNO_GEN_BUDGET: number(
    'generated',
    'at most this many generated requests per test on a remote target (the sandbox); every case runs locally',
    12,
    { integer: true, min: 0 },
  ),
  EMULATOR_PORT: optionalNumber(
    'emulator',
    'the port of `npm run emulator` (default 4010) and of the SDK gate’s emulator (default: a free one)',
    '4010 / free',
    { min: 0, max: 65535 },
  ),
  EMULATOR_HOST: text('emulator', '`npm run emulator`: the interface', '127.0.0.1'),
  EMULATOR_FAULTS: text('emulator', 'faults (and benign variations) switched on for every request, comma-separated'),
  EMULATOR_SELFTEST: flag('emulator', '1: honour the self-test’s per-request fault header'),
  EMULATOR_LATENCY_MS: number('emulator', 'added to every API answer, to stand in for a remote sandbox', 0, { min: 0 }),
  EMULATOR_CHAOS: number(
    'emulator',
    'share of API requests (0..1) that fail transiently: 429, 503, a reset or a slow answer',
    0,
    { min: 0, max: 1 },
  ),
  MOCK_PORT: number('emulator', '`npm run mock`: the port of the Prism mock', 4010, {
    min: 0,
    max: 65535,
    integer: true,
  }),
  SELFTEST_WORKERS: number('tools', '`npm run selftest`: Playwright workers', 4, { min: 1, integer: true }),
  SDK_GATE_KEY_PREFIX: {
    group: 'tools',
    description:
      '`npm run sdk-gate`: the prefix of the keys the gate hands the SDK (a client that derives its host from the key then calls api-sandbox.y.uno); `prod_` is refused',
    shown: 'sandbox_',
    parse(raw) {
      const v = (raw ?? 'sandbox_').trim();
      if (!/^[a-z][a-z0-9]*_$/.test(v)) throw `must be lower-case letters and digits ending in _, not "${v}"`;
      if (v === 'prod_') throw 'may not be prod_: the gate never hands out a production key';
      return v;
    },
  } satisfies SettingSpec<string>,
  SDK_GATE_ALLOW_HOSTS: text(
    'tools',
    "`npm run sdk-gate`: hosts besides Yuno's the SDK's tests may reach through the gate's proxy, comma-separated (as --allow-host)",
  ),
  BENCH_SPECS: text(
    'tools',
    '`npm run bench`: the specs of the sandbox-like run',
    'tests/lifecycle/links.spec.ts,tests/idempotency,tests/status,tests/webhooks',
  ),
  YUNO_SELFTEST: flag('internal', 'set by `npm run selftest` for its one Playwright run'),
  INIT_CWD: text('internal', 'set by npm: the folder `npm run` was started from (the SDK gate runs its command there)'),
  YUNO_SELFTEST_ONLY: text('internal', 'the self-test: only these faults or variations (comma-separated)'),
  YUNO_SELFTEST_CAUGHT: text('internal', 'the self-test: the folder where a caught fault leaves its mark'),
  YUNO_SELFTEST_FILE: text('internal', 'the self-test: where its reporter writes the outcomes'),
  YUNO_PROJECTS: text('internal', 'the projects named on the command line, passed from the runner to its workers'),
  YUNO_MOCK_PORT: number('internal', 'the port the runner chose for the mock', 0, {
    min: 0,
    max: 65535,
    integer: true,
  }),
  YUNO_EMULATOR_PORT: number('internal', 'the port the runner chose for the emulator', 0, {
    min: 0,
    max: 65535,
    integer: true,
  }),
  YUNO_RUN_ID: text('internal', 'the run, in the unique values a run creates'),
  YUNO_DRIFT_FILE: text('internal', 'where the findings reporter writes (a shard of a sharded run)'),
  YUNO_SHARD_BLOB: text('internal', 'a shard of a sharded run writes a blob report here'),
} satisfies Record<string, SettingSpec<unknown>>;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: ReturnType<(typeof SETTINGS)[K]['parse']> };

/**
 * Every setting from an environment, with the problems found: a setting with a problem reads as
 * unset, so that what depends on it can still be checked and every problem reported at once.
 */
function parseSettings(env: NodeJS.ProcessEnv): { values: Settings; problems: string[] } {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(SETTINGS) as Array<[SettingName, SettingSpec<unknown>]>) {
    try {
      out[name] = spec.parse(env[name]);
    } catch (e) {
      problems.push(typeof e === 'string' ? `${name} ${e}` : `${name}: ${(e as Error).message}`);
      out[name] = spec.parse(undefined);
    }
  }
  return { values: out as Settings, problems };
}

/** Every setting from an environment, checked: every problem in one ConfigError. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const { values, problems } = parseSettings(env);
  if (problems.length) throw new ConfigError(problems);
  return values;
}

let cached: Settings | undefined;
/** The settings of this process (read once; .env included). */
export function settings(): Settings {
  loadDotEnv();
  cached ??= readSettings(process.env);
  return cached;
}

/** One setting of this process. */
export function setting<K extends SettingName>(name: K): Settings[K] {
  return settings()[name];
}

/** Forgets what was read (a process that changes its own environment before reading it again). */
export function rereadSettings(): void {
  cached = undefined;
}

let envLoaded = false;
/** Reads ./.env once (values already in the environment win). */
export function loadDotEnv(): void {
  if (envLoaded) return;
  envLoaded = true;
  const file = join(ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** True when the run reports light (the terminal, HTML, results.json, the findings): the default outside CI. */
export function lightReports(s: Settings = settings()): boolean {
  return s.YUNO_REPORTS ? s.YUNO_REPORTS === 'light' : !s.CI;
}

/** The README's table of settings (every group but the internal one). */
export function renderSettingsTable(): string {
  const titles: Record<SettingGroup, string> = {
    target: 'the target',
    run: 'a run',
    generated: 'generated cases',
    emulator: 'the local targets',
    tools: 'the tools',
    internal: '',
  };
  const lines = ['| variable | for | meaning | default |', '|---|---|---|---|'];
  for (const [name, spec] of Object.entries(SETTINGS) as Array<[SettingName, SettingSpec<unknown>]>) {
    if (spec.group === 'internal') continue;
    lines.push(`| \`${name}\` | ${titles[spec.group]} | ${spec.description} | ${spec.shown} |`);
  }
  return lines.join('\n');
}

// ---- a target -----------------------------------------------------------------------------------------

export interface TargetConfig {
  name: TargetName;
  /** Base URL including the API version path for emulator and sandbox (…/v1); Prism serves at the root. */
  baseURL: string;
  /** True when the suite must start the target itself (no YUNO_BASE_URL given). */
  startsServer: boolean;
  publicApiKey: string;
  privateSecretKey: string;
  accountCode: string;
  organizationCode: string;
  webhookSecret: string;
  country: string;
  currency: string;
  cards: { approved: string; declined: string; error: string };
  asyncMethod: string;
  /** 'read-only' when production was explicitly allowed. */
  production: false | 'read-only';
  timeoutMs: number;
  /** How soon a link made to expire in a test closes (YUNO_LINK_EXPIRY_MS): the target must honour it. */
  linkExpiryMs: number;
  /** How long a test waits for an asynchronous state (a report ready) before it fails (YUNO_POLL_TIMEOUT_MS). */
  pollTimeoutMs: number;
  /** How long a test waits for a webhook the API should send before it fails (YUNO_WEBHOOK_WAIT_MS). */
  webhookWaitMs: number;
  /** Tries for transient failures (YUNO_RETRIES). */
  retries: number;
  /** An HTTP proxy every request goes through (YUNO_PROXY), e.g. a corporate egress. */
  proxy?: string;
  /** 'stateless' when the target is a stateless stand-in (a mock of a description of the API): see YUNO_STAND_IN. */
  standIn?: 'stateless';
  /** A public URL and the local port it reaches: with both, the suite registers its webhook receiver on a remote target. */
  webhookReceiver?: { publicUrl: string; port: number };
  /** Generated cases: the seed, random valid requests per operation, the request budget per test on a remote target. */
  generated: { seed: number; runs: number; budget: number | undefined };
}

/** The fixed dummy keys of the local targets, as stripe-mock has a fixed test key. */
export const LOCAL_KEYS = {
  publicApiKey: 'pk_local_conformance_public',
  privateSecretKey: 'sk_local_conformance_private',
  accountCode: '493e9374-510a-4201-9e09-de669d75f256',
  webhookSecret: 'whsec_local_conformance',
};

export const SANDBOX_URL = 'https://api-sandbox.y.uno/v1';
export const PRODUCTION_HOSTS = ['api.y.uno', 'api.eu.y.uno'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The port the runner chose for a local target (0 before it chose). */
export function localPort(name: TargetName, s: Settings = settings()): number {
  return name === 'mock' ? s.YUNO_MOCK_PORT : name === 'emulator' ? s.YUNO_EMULATOR_PORT : 0;
}

/**
 * A target's configuration from an environment (this process's by default): every problem of the
 * settings it reads, in one ConfigError naming the target.
 */
export function targetConfig(
  name: TargetName,
  env?: NodeJS.ProcessEnv,
  defaults: { port?: number } = {},
): TargetConfig {
  if (!env) loadDotEnv();
  const { values: s, problems } = parseSettings(env ?? process.env);
  const local = name !== 'sandbox';
  const given = s.YUNO_BASE_URL;
  const baseURL =
    given ??
    (name === 'sandbox'
      ? SANDBOX_URL
      : `http://127.0.0.1:${defaults.port ?? localPort(name, s)}${name === 'emulator' ? '/v1' : ''}`);
  let production: TargetConfig['production'] = false;
  const host = new URL(baseURL).hostname;
  if (PRODUCTION_HOSTS.includes(host)) {
    if (s.YUNO_ALLOW_PRODUCTION === 'read-only') production = 'read-only';
    else
      problems.push(
        `${host} is a production host: refused. Set YUNO_ALLOW_PRODUCTION=read-only to run only the read-only tests there.`,
      );
  }
  const required = (value: string | undefined, envName: SettingName, fallback: string): string => {
    const v = value ?? (local ? fallback : '');
    if (!v) problems.push(`${envName} is not set: the ${name} target needs it (put it in the environment or in .env)`);
    return v;
  };
  const publicApiKey = required(s.YUNO_PUBLIC_API_KEY, 'YUNO_PUBLIC_API_KEY', LOCAL_KEYS.publicApiKey);
  const privateSecretKey = required(s.YUNO_PRIVATE_SECRET_KEY, 'YUNO_PRIVATE_SECRET_KEY', LOCAL_KEYS.privateSecretKey);
  const accountCode = required(s.YUNO_ACCOUNT_CODE, 'YUNO_ACCOUNT_CODE', LOCAL_KEYS.accountCode);
  // The account is a UUID (delete-customer.json: "The account_id found in the Yuno Dashboard (UUID)").
  if (accountCode && !UUID.test(accountCode))
    problems.push('YUNO_ACCOUNT_CODE must be the account id, a UUID as the Yuno Dashboard shows it');
  if (problems.length) throw new ConfigError(problems.map((p) => `${name}: ${p}`));
  return {
    name,
    baseURL,
    startsServer: !given && local,
    publicApiKey,
    privateSecretKey,
    accountCode,
    organizationCode: s.YUNO_ORGANIZATION_CODE ?? accountCode,
    webhookSecret: s.YUNO_WEBHOOK_SECRET ?? LOCAL_KEYS.webhookSecret,
    country: s.YUNO_COUNTRY,
    currency: s.YUNO_CURRENCY,
    cards: { approved: s.YUNO_CARD_APPROVED, declined: s.YUNO_CARD_DECLINED, error: s.YUNO_CARD_ERROR },
    asyncMethod: s.YUNO_ASYNC_METHOD ?? 'PIX',
    production,
    timeoutMs: s.YUNO_TIMEOUT_MS,
    linkExpiryMs: s.YUNO_LINK_EXPIRY_MS ?? (local ? 600 : 5000),
    pollTimeoutMs: s.YUNO_POLL_TIMEOUT_MS ?? (local ? 2000 : 120_000),
    webhookWaitMs: s.YUNO_WEBHOOK_WAIT_MS ?? (local ? 2000 : 30_000),
    retries: s.YUNO_RETRIES,
    proxy: s.YUNO_PROXY,
    standIn: s.YUNO_STAND_IN,
    webhookReceiver:
      s.YUNO_WEBHOOK_PUBLIC_URL && !local
        ? { publicUrl: s.YUNO_WEBHOOK_PUBLIC_URL, port: s.YUNO_WEBHOOK_PORT }
        : undefined,
    generated: { seed: s.YUNO_GEN_SEED, runs: s.YUNO_GEN_RUNS, budget: local ? undefined : s.YUNO_GEN_BUDGET },
  };
}

/**
 * Every secret value of a configuration, for redaction by value: the two keys and the webhook
 * secret. The account code is an identifier the API echoes in every payment (account_id), not a
 * credential: it is redacted from headers by name, and kept in bodies as evidence.
 */
export function secretsOf(c: Pick<TargetConfig, 'publicApiKey' | 'privateSecretKey' | 'webhookSecret'>): string[] {
  return [c.publicApiKey, c.privateSecretKey, c.webhookSecret].filter((x) => x.length >= 6);
}
