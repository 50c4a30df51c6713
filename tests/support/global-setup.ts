// Before any test: one probe per target. An unreachable host, a target answering HTML, or one that
// refuses every probe stops the run with one message naming the cause, instead of a timeout per test.
import { randomUUID } from 'node:crypto';
import { type FullConfig, request } from '@playwright/test';
import { secretsOf, type TargetName, targetConfig } from '../../lib/config.js';
import { Redactor } from '../../lib/redact.js';

const PROBE_TIMEOUT_MS = 2500;
const TRIES = 3;

export async function probe(name: TargetName, env?: NodeJS.ProcessEnv): Promise<string | undefined> {
  const c = targetConfig(name, env);
  const redactor = new Redactor(secretsOf(c));
  const url = `${c.baseURL}/payments/${randomUUID()}`;
  let last = '';
  // Playwright's request API, like the tests, so a configured proxy is used by the probe too.
  const ctx = await request.newContext({ extraHTTPHeaders: {}, proxy: c.proxy ? { server: c.proxy } : undefined });
  try {
    for (let i = 1; i <= TRIES; i++) {
      try {
        const res = await ctx.get(url, {
          headers: {
            'public-api-key': c.publicApiKey,
            'private-secret-key': c.privateSecretKey,
            accept: 'application/json',
          },
          timeout: PROBE_TIMEOUT_MS,
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        const type = res.headers()['content-type'] ?? '';
        const text = await res.text();
        if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(text)) {
          return `${name}: ${new URL(url).host} answers HTML, not JSON (status ${res.status()}). Is YUNO_BASE_URL the API's base URL, e.g. https://api-sandbox.y.uno/v1?`;
        }
        if (res.status() === 429 || res.status() === 502 || res.status() === 503) {
          last = `answered ${res.status()}`;
          await new Promise((r) => setTimeout(r, 200 * i));
          continue;
        }
        if (!/json/i.test(type) && text.length > 0) {
          return `${name}: ${new URL(url).host} answers ${type || 'no content-type'}, not JSON (status ${res.status()}).`;
        }
        return undefined;
      } catch (e) {
        const m = (e as Error).message.split('\n')[0] ?? String(e);
        last = /Timeout/i.test(m)
          ? `no answer within ${PROBE_TIMEOUT_MS} ms`
          : m.replace(/^apiRequestContext\.get: /, '');
        if (/ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(m)) break;
      }
    }
  } finally {
    await ctx.dispose();
  }
  return `${name}: target unavailable: ${redactor.text(new URL(url).origin)} ${redactor.text(last)} (probed ${TRIES} times at most). Check YUNO_BASE_URL and the network.`;
}

export default async function globalSetup(config: FullConfig): Promise<void> {
  const names = [
    ...new Set(
      config.projects
        .map((p) => (p.use as { targetName?: TargetName }).targetName)
        .filter((n): n is TargetName => Boolean(n)),
    ),
  ];
  const problems = (await Promise.all(names.map((n) => probe(n)))).filter(Boolean);
  if (problems.length)
    throw new Error(`Preflight failed, no test was run:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
