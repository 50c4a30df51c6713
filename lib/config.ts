// Target configuration from the environment (a .env file is read when present). Every problem is
// reported at once, in one message, before any test runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export type TargetName = 'mock' | 'emulator' | 'sandbox';

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
  /** An HTTP proxy every request goes through (YUNO_PROXY), e.g. a corporate egress. */
  proxy?: string;
  /** 'stateless' when the target is a stateless stand-in (a mock of a description of the API): see YUNO_STAND_IN. */
  standIn?: 'stateless';
  /**
   * A public URL forwarded to this machine (YUNO_WEBHOOK_PUBLIC_URL, `{worker}` replaced by the worker
   * index) and the local port it reaches (YUNO_WEBHOOK_PORT, plus the worker index): with both, the
   * suite registers its webhook receiver on a remote target through the webhooks API.
   */
  webhookReceiver?: { publicUrl: string; port: number };
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

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

let envLoaded = false;
/** Reads ./.env once (values already in the environment win). */
export function loadDotEnv(): void {
  if (envLoaded) return;
  envLoaded = true;
  const file = join(ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

const KEY_RE = /^[\x21-\x7e]+$/;

export function targetConfig(
  name: TargetName,
  env: NodeJS.ProcessEnv = process.env,
  defaults: { port?: number } = {},
): TargetConfig {
  const problems: string[] = [];
  const local = name !== 'sandbox';
  const given = env.YUNO_BASE_URL?.trim();
  let baseURL: string;
  if (given) {
    baseURL = given.replace(/\/+$/, '');
    let url: URL | undefined;
    try {
      url = new URL(baseURL);
    } catch {
      problems.push(`YUNO_BASE_URL is not a URL: "${given}" (expected e.g. ${SANDBOX_URL})`);
    }
    if (url && url.protocol !== 'https:' && url.protocol !== 'http:')
      problems.push(`YUNO_BASE_URL must be http or https, not ${url.protocol}`);
    if (url && !url.hostname) problems.push(`YUNO_BASE_URL has no host: "${given}"`);
  } else if (name === 'sandbox') {
    baseURL = SANDBOX_URL;
  } else {
    baseURL = `http://127.0.0.1:${defaults.port ?? 0}${name === 'emulator' ? '/v1' : ''}`;
  }
  let production: TargetConfig['production'] = false;
  const allow = env.YUNO_ALLOW_PRODUCTION?.trim();
  if (allow && allow !== 'read-only') problems.push(`YUNO_ALLOW_PRODUCTION may only be "read-only", not "${allow}"`);
  try {
    const host = new URL(baseURL).hostname;
    if (PRODUCTION_HOSTS.includes(host)) {
      if (allow === 'read-only') production = 'read-only';
      else
        problems.push(
          `${host} is a production host: refused. Set YUNO_ALLOW_PRODUCTION=read-only to run only the read-only tests there.`,
        );
    }
  } catch {
    /* reported above */
  }
  const key = (v: string | undefined, envName: string, fallback: string): string => {
    const value = v?.trim() || (local ? fallback : '');
    if (!value)
      problems.push(`${envName} is not set: the ${name} target needs it (put it in the environment or in .env)`);
    else if (!KEY_RE.test(value)) problems.push(`${envName} contains spaces or control characters`);
    return value;
  };
  const publicApiKey = key(env.YUNO_PUBLIC_API_KEY, 'YUNO_PUBLIC_API_KEY', LOCAL_KEYS.publicApiKey);
  const privateSecretKey = key(env.YUNO_PRIVATE_SECRET_KEY, 'YUNO_PRIVATE_SECRET_KEY', LOCAL_KEYS.privateSecretKey);
  const accountCode = key(env.YUNO_ACCOUNT_CODE, 'YUNO_ACCOUNT_CODE', LOCAL_KEYS.accountCode);
  // The account is a UUID (delete-customer.json: "The account_id found in the Yuno Dashboard (UUID)").
  if (accountCode && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(accountCode))
    problems.push('YUNO_ACCOUNT_CODE must be the account id, a UUID as the Yuno Dashboard shows it');
  const country = (env.YUNO_COUNTRY ?? 'US').trim();
  if (!/^[A-Z]{2}$/.test(country))
    problems.push(`YUNO_COUNTRY must be two capital letters (ISO 3166-1), not "${country}"`);
  const currency = (env.YUNO_CURRENCY ?? 'USD').trim();
  if (!/^[A-Z]{3}$/.test(currency))
    problems.push(`YUNO_CURRENCY must be three capital letters (ISO 4217), not "${currency}"`);
  const card = (v: string | undefined, envName: string, fallback: string): string => {
    const value = (v ?? fallback).trim();
    if (!/^[0-9]{12,19}$/.test(value)) problems.push(`${envName} must be a card number of 12 to 19 digits`);
    return value;
  };
  const cards = {
    approved: card(env.YUNO_CARD_APPROVED, 'YUNO_CARD_APPROVED', '4507990000000002'),
    declined: card(env.YUNO_CARD_DECLINED, 'YUNO_CARD_DECLINED', '4507990000000028'),
    error: card(env.YUNO_CARD_ERROR, 'YUNO_CARD_ERROR', '4507990000000077'),
  };
  const timeoutMs = Number(env.YUNO_TIMEOUT_MS ?? 60_000);
  if (!Number.isFinite(timeoutMs) || timeoutMs < 100)
    problems.push(`YUNO_TIMEOUT_MS must be a number of milliseconds of at least 100, not "${env.YUNO_TIMEOUT_MS}"`);
  const linkExpiryMs = Number(env.YUNO_LINK_EXPIRY_MS ?? (local ? 600 : 5000));
  if (!Number.isFinite(linkExpiryMs) || linkExpiryMs < 100)
    problems.push(`YUNO_LINK_EXPIRY_MS must be at least 100 (ms), not "${env.YUNO_LINK_EXPIRY_MS}"`);
  const pollTimeoutMs = Number(env.YUNO_POLL_TIMEOUT_MS ?? (local ? 5000 : 120_000));
  if (!Number.isFinite(pollTimeoutMs) || pollTimeoutMs < 100)
    problems.push(`YUNO_POLL_TIMEOUT_MS must be at least 100 (ms), not "${env.YUNO_POLL_TIMEOUT_MS}"`);
  const proxy = env.YUNO_PROXY?.trim() || undefined;
  if (proxy) {
    try {
      if (!/^https?:$/.test(new URL(proxy).protocol))
        problems.push(`YUNO_PROXY must be an http(s) URL, not "${proxy}"`);
    } catch {
      problems.push(`YUNO_PROXY is not a URL: "${proxy}"`);
    }
  }
  const standIn = env.YUNO_STAND_IN?.trim() || undefined;
  if (standIn && standIn !== 'stateless')
    problems.push(
      `YUNO_STAND_IN may only be "stateless" (a mock that keeps no state and checks no key values), not "${standIn}"`,
    );
  const publicUrl = env.YUNO_WEBHOOK_PUBLIC_URL?.trim() || undefined;
  const port = Number(env.YUNO_WEBHOOK_PORT ?? 8787);
  if (publicUrl) {
    try {
      if (new URL(publicUrl.replace('{worker}', '0')).protocol !== 'https:')
        problems.push(
          `YUNO_WEBHOOK_PUBLIC_URL must be an https URL (a webhook URL must be public), not "${publicUrl}"`,
        );
    } catch {
      problems.push(`YUNO_WEBHOOK_PUBLIC_URL is not a URL: "${publicUrl}"`);
    }
    if (!Number.isInteger(port) || port < 1 || port > 65000)
      problems.push(`YUNO_WEBHOOK_PORT must be a port number, not "${env.YUNO_WEBHOOK_PORT}"`);
  }
  if (problems.length) throw new ConfigError(problems.map((p) => `${name}: ${p}`));
  return {
    name,
    baseURL,
    startsServer: !given && local,
    publicApiKey,
    privateSecretKey,
    accountCode,
    organizationCode: env.YUNO_ORGANIZATION_CODE?.trim() || accountCode,
    webhookSecret: env.YUNO_WEBHOOK_SECRET?.trim() || LOCAL_KEYS.webhookSecret,
    country,
    currency,
    cards,
    asyncMethod: env.YUNO_ASYNC_METHOD?.trim() || 'PIX',
    production,
    timeoutMs,
    linkExpiryMs,
    pollTimeoutMs,
    proxy,
    standIn: standIn as TargetConfig['standIn'],
    webhookReceiver: publicUrl && !local ? { publicUrl, port } : undefined,
  };
}

/**
 * Every secret value of a configuration, for redaction by value: the two keys and the webhook
 * secret. The account code is an identifier the API echoes in every payment (account_id), not a
 * credential: it is redacted from headers by name, and kept in bodies as evidence.
 */
export function secretsOf(c: Pick<TargetConfig, 'publicApiKey' | 'privateSecretKey' | 'webhookSecret'>): string[] {
  return [c.publicApiKey, c.privateSecretKey, c.webhookSecret].filter((s) => s.length >= 6);
}
