// The PCI proxy: the destination allowlist (register, list, enable, disable, remove) along
// specs/pci-proxy-destination-status.yaml, and the forward proxy, which calls an allowlisted ENABLED
// host with vaulted_token expressions replaced by the card data they name and answers the
// destination's status, headers and body, card numbers redacted. The emulator never calls an outside
// host: a control routes an allowlisted hostname to a local receiver the test starts
// (resources/platform/pci-destination.ts); a host without a route is unreachable (502).
import { createHmac, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { crud } from '../crud.js';
import { defineResource, type MakeContext, type ScenarioDeps, type Serve, type ServeRequest } from '../kit.js';
import { enrollCardBody, methodId } from '../payment-methods.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';
import type { Records, World } from '../world.js';
import { sharedDestination } from './pci-destination.js';
import { luhn, resolveField, vaulted } from './vault.js';

export function destinationBody(m: MakeContext): BodyOf<'registerPciProxyDestination'> {
  return { hostname: `${m.id('dest')}.example.com`, purpose: 'yuno-conformance processor' };
}

/** A charge for the destination, with the card of a vaulted token as expressions (the guide's body). */
export function chargeBody(token: string): Json {
  const x = (field: string): string => `{{vaulted_token.${token}.${field}}}`;
  return {
    amount: 2500,
    currency: 'USD',
    card: {
      number: x('number'),
      expiration_month: x('expiration_month'),
      expiration_year: x('expiration_year'),
      holder_name: x('holder_name'),
    },
  };
}

/** A card enrolled directly for a new customer: its vaulted_token. */
export async function enrolledCard(d: ScenarioDeps): Promise<string> {
  const customer_id = String((await d.need('customer')).id);
  const pm = (await d.api.call('enrollPaymentMethod', { path: { customer_id }, body: enrollCardBody(d.make) })).ok();
  return methodId(pm, d.stateful);
}

/** Where each allowlisted hostname is reached (the routePciProxyHost control): local receivers only. */
const ROUTES = new WeakMap<World, Map<string, string>>();
const routes = (w: World): Map<string, string> => {
  let r = ROUTES.get(w);
  if (!r) ROUTES.set(w, (r = new Map()));
  return r;
};

/** A bare public hostname: no scheme, port, path, IP address or wildcard, and more than one label. */
const publicHostname = (h: string): boolean =>
  !isIP(h) && /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(h);

function register(s: Records, req: ServeRequest, world: World): Result {
  const hostname = String(req.body.hostname);
  if (!publicHostname(hostname))
    return err(422, 'INVALID_HOSTNAME', 'hostname must be a bare public FQDN with no scheme, port, path, or wildcard');
  const account = typeof req.body.account_id === 'string' ? req.body.account_id : null;
  if (account !== null && account !== world.around.accountId)
    return err(400, 'INVALID_ACCOUNT_ID', 'account_id is not a valid account');
  if (s.all().some((d) => String(d.hostname).toLowerCase() === hostname.toLowerCase() && d.account_id === account))
    return err(409, 'DESTINATION_EXISTS', 'destination already registered');
  const t = world.clock.iso();
  const d: Json = {
    id: randomUUID(),
    account_id: account,
    hostname,
    status: 'ENABLED',
    purpose: req.body.purpose ?? null,
    created_at: t,
    updated_at: t,
  };
  s.put(String(d.id), d);
  return ok(structuredClone(d), 201);
}

/** Yuno's own headers, never forwarded: its keys and every yuno-* header. */
const YUNO = /^(public-api-key|private-secret-key|yuno-.*)$/i;
/** Tracing and hop-by-hop headers, not forwarded either. */
const STRIPPED =
  /^(host|content-length|connection|keep-alive|transfer-encoding|accept-encoding|traceparent|tracestate|x-datadog-.*|x-envoy-.*|x-forwarded-.*)$/i;
/** Headers of the destination's answer the proxy does not pass on (it writes its own). */
const HOP = /^(content-length|content-type|transfer-encoding|connection|keep-alive|date)$/i;
const EXPRESSION = /\{\{vaulted_token\.([^.{}]+)\.([a-z_]+)\}\}/g;

/** Card numbers (13 to 19 digits passing the Luhn check) redacted to their last four. */
function redact(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/(?<!\d)\d{13,19}(?!\d)/g, (n) => {
    if (!luhn(n)) return n;
    count++;
    return `${'X'.repeat(n.length - 4)}${n.slice(-4)}`;
  });
  return { text: out, count };
}

async function forward(s: Records, req: ServeRequest, world: World): Promise<Result> {
  const proxy: Record<string, string> = { 'yuno-proxy-request-id': randomUUID() };
  const answer = (r: Result): Result => ({ ...r, headers: { ...proxy, ...r.headers } });
  const header = (name: string): string | undefined => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  if (Object.keys(req.query).length)
    return answer(err(400, 'INVALID_REQUEST', 'a query string on /pci-proxy/forward is not allowed'));
  let url: URL;
  try {
    url = new URL(header('yuno-proxy-destination-url') ?? '');
  } catch {
    return answer(err(400, 'INVALID_REQUEST', 'yuno-proxy-destination-url header is required'));
  }
  const hostname = url.hostname.toLowerCase();
  const auth = header('yuno-proxy-auth');
  const secret = header('yuno-proxy-auth-secret-key');
  if (auth && (!secret || !header('x-login') || !header('x-trans-key')))
    return answer(
      err(400, 'INVALID_REQUEST', 'yuno-proxy-auth needs yuno-proxy-auth-secret-key, X-Login and X-Trans-Key'),
    );
  const account = header('yuno-account-id');
  if (account !== undefined && account !== world.around.accountId)
    return answer(err(400, 'INVALID_ACCOUNT_ID', 'account_id is not a valid account'));
  const listed = s
    .all()
    .find(
      (d) =>
        String(d.hostname).toLowerCase() === hostname &&
        (d.account_id === null || account === undefined || d.account_id === account),
    );
  const allowed = url.protocol === 'https:' && (url.port === '' || url.port === '443') && publicHostname(hostname);
  if ((!allowed || listed?.status !== 'ENABLED') && enforces('pci-proxy-allowlist'))
    return answer(
      refuse('pci-proxy-allowlist', 'destination host is not registered on your allowlist', 'DESTINATION_NOT_ALLOWED'),
    );
  // Expressions, in the body text and in header values: all resolved, or none.
  const noBody = header('content-length') === undefined || header('content-length') === '0';
  const text = noBody ? '' : JSON.stringify(req.body);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined && !STRIPPED.test(k) && (!YUNO.test(k) || !enforces('pci-proxy-headers', { strip: true })))
      headers[k] = Array.isArray(v) ? v.join(', ') : v;
  const tokens = new Set<string>();
  for (const source of [text, ...Object.values(headers)])
    for (const m of source.matchAll(EXPRESSION)) tokens.add(m[1]!);
  if (tokens.size > 20) return answer(err(400, 'INVALID_REQUEST', 'more than 20 distinct vaulted tokens'));
  let replacements = 0;
  let unresolved: string | undefined;
  const resolve = (source: string): string =>
    source.replace(EXPRESSION, (whole, token: string, field: string) => {
      const pm = vaulted(world, token);
      const value = pm ? resolveField(pm, field) : undefined;
      if (value === undefined) {
        unresolved ??= field;
        return whole;
      }
      replacements++;
      return value;
    });
  const body = resolve(text);
  for (const k of Object.keys(headers)) headers[k] = resolve(headers[k]!);
  if (unresolved !== undefined)
    return answer(
      err(400, 'EXPRESSION_RESOLUTION_FAILED', `a vaulted_token expression could not be resolved: ${unresolved}`),
    );
  if (auth === 'DLOCAL_HMAC') {
    const date = new Date().toISOString();
    const login = header('x-login')!;
    const signature = createHmac('sha256', secret!).update(`${login}${date}${body}`, 'utf8').digest('hex');
    for (const k of Object.keys(headers)) if (/^(x-date|authorization)$/i.test(k)) delete headers[k];
    headers['x-date'] = date;
    headers.authorization = `V2-HMAC-SHA256, Signature: ${signature}`;
  }
  const route = routes(world).get(hostname);
  if (!route) return answer(err(502, 'DESTINATION_UNREACHABLE', 'connection to destination failed'));
  const seconds = Number(header('yuno-proxy-timeout') ?? 30);
  let res: Response;
  try {
    res = await fetch(`${route}${url.pathname}${url.search}`, {
      method: 'POST',
      headers,
      body: noBody ? undefined : body,
      redirect: 'manual',
      signal: AbortSignal.timeout(seconds * 1000),
    });
  } catch (e) {
    return answer(
      (e as Error).name === 'TimeoutError'
        ? err(504, 'DESTINATION_TIMEOUT', 'destination did not respond within the configured timeout')
        : err(502, 'DESTINATION_UNREACHABLE', 'connection to destination failed'),
    );
  }
  const redacted = redact(await res.text());
  const passed: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!HOP.test(k)) passed[k] = v;
  });
  let out: unknown = redacted.text;
  try {
    out = JSON.parse(redacted.text);
  } catch {
    /* not JSON: answered as text */
  }
  return {
    status: res.status,
    body: redacted.text === '' ? undefined : out,
    headers: {
      ...passed,
      ...proxy,
      'yuno-proxy-destination-status': String(res.status),
      'yuno-proxy-replacements': String(replacements),
      'yuno-proxy-response-redactions': String(redacted.count),
    },
  };
}

const destination = async (d: ScenarioDeps): Promise<string> => String((await d.need('pci proxy destination')).id);

export const pciProxyDestinations = defineResource({
  name: 'pci proxy destination',
  schema: 'PciProxyDestination',
  id: ['id'],
  stable: ['/id', '/hostname', '/account_id', '/created_at'],
  status: { field: '/status', table: 'pci-proxy-destination-status.yaml' },
  operations: {
    registerPciProxyDestination: {
      serve: register,
      relation: 'creates',
      request: (d) => ({ body: destinationBody(d.make) }),
      echo: ['/hostname', '/purpose', '/account_id'],
    },
    listPciProxyDestinations: { serve: crud.list(), relation: 'lists' },
    removePciProxyDestination: { serve: crud.remove('id'), identity: 'id', relation: 'ends' },
    disablePciProxyDestination: { serve: crud.move('id'), identity: 'id', relation: 'changes' },
    enablePciProxyDestination: {
      serve: crud.move('id'),
      identity: 'id',
      relation: 'changes',
      // Only a DISABLED destination is enabled (the table's one move to ENABLED).
      request: async (d) => {
        const id = await destination(d);
        await d.api.call('disablePciProxyDestination', { path: { id } });
        return { path: { id } };
      },
    },
    invokeForwardProxy: {
      // The destination is called over HTTP: this serve answers later (a promise the server awaits).
      serve: ((s: Records, r: ServeRequest, w: World) => forward(s, r, w)) as unknown as Serve<Records>,
      relation: 'other',
      needs: ['controls'],
      request: async (d) => {
        const dest = await d.need('pci proxy destination');
        const hostname = String(dest.hostname);
        if (d.controls) {
          const local = await sharedDestination();
          await d.controls.must('routePciProxyHost', { hostname, url: local.url });
        }
        return {
          headers: { 'yuno-proxy-destination-url': `https://${hostname}/charges` },
          body: chargeBody(await enrolledCard(d)) as BodyOf<'invokeForwardProxy'>,
        };
      },
    },
  },
  controls: {
    routePciProxyHost: {
      path: 'pci-proxy/routes',
      summary:
        "where an allowlisted hostname is reached: a local receiver (the public host's DNS, for the forward proxy)",
      args: {
        hostname: { required: true, pattern: /^[A-Za-z0-9.-]+$/ },
        url: { required: true, pattern: /^http:\/\/(127\.0\.0\.1|localhost):[0-9]+$/ },
      },
      serve: (_s, a, w) => {
        routes(w).set(String(a.hostname).toLowerCase(), String(a.url));
        return ok({ hostname: a.hostname, url: a.url });
      },
    },
  },
});

export const PCI_PROXY = [pciProxyDestinations] as const;
