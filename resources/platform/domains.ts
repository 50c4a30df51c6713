// Payment method domains: a registration per domain for one payment method (REGISTERED, then VERIFIED
// outside the API: the generic moveResource control), read by id, and deleted (a POST, 204), after
// which it is no longer found. Plain records, along specs/payment-method-domain-status.yaml.

import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ScenarioDeps, type ServeRequest } from '../kit.js';
import { type Json, ok, type Result, refuse } from '../result.js';
import type { Records, World } from '../world.js';
import { hex } from './shared.js';

/** The connection the domains are registered through (a UUID-sized id, pre-configured with Yuno). */
export const DOMAIN_CONNECTION = '7c1d9a2e-3f44-4e8a-9b61-8e2f4c6b9d0a';

export function domainsBody(m: MakeContext): BodyOf<'registerPaymentMethodDomains'> {
  return {
    account_id: m.accountId,
    connection_id: DOMAIN_CONNECTION,
    payment_method_type: 'APPLE_PAY',
    domains: [{ url: `${m.id('shop')}.example.com` }],
  };
}

/** The id of the first registration a register answered. */
export async function domainId(d: ScenarioDeps): Promise<string> {
  const r = await d.need('payment method domain');
  return String(((r.domains ?? []) as Json[])[0]?.id);
}

function register(s: Records, req: ServeRequest, world: World): Result {
  const t = world.clock.iso();
  const method = (req.body.payment_method_type as string | null | undefined) ?? null;
  const made = ((req.body.domains ?? []) as Json[]).map((d) => {
    const rec: Json = {
      id: `dom_${hex(16)}`,
      account_id: req.body.account_id,
      domain: d.url ?? null,
      payment_method: method,
      status: 'REGISTERED',
      created_at: t,
      updated_at: t,
    };
    s.put(String(rec.id), rec);
    return { id: rec.id, domain: rec.domain, status: rec.status, created_at: t, updated_at: t };
  });
  return ok({ account_id: req.body.account_id, payment_method: method, domains: made }, 202);
}

const notFound = (id: string): Result =>
  refuse('resource-found', `No domain registration has id ${id}.`, 'NOT_FOUND', 404);

function retrieve(s: Records, req: ServeRequest): Result {
  const r = s.get(req.path.id ?? '');
  return r ? ok(structuredClone(r)) : notFound(req.path.id ?? '');
}

function remove(s: Records, req: ServeRequest): Result {
  const id = req.path.id ?? '';
  if (!s.get(id)) return notFound(id);
  if (enforces('domain-registration-found', { deleted: true })) s.delete(id);
  return { status: 204, body: undefined };
}

export const paymentMethodDomains = defineResource({
  name: 'payment method domain',
  schema: 'PaymentMethodDomain',
  id: ['id'],
  unwrap: (a) => (Array.isArray(a.domains) ? (a.domains[0] as Json | undefined) : undefined),
  stable: ['/id', '/domain', '/payment_method', '/account_id', '/created_at'],
  status: { field: '/status', table: 'payment-method-domain-status.yaml' },
  operations: {
    registerPaymentMethodDomains: {
      serve: register,
      relation: 'creates',
      request: (d) => ({ body: domainsBody(d.make) }),
    },
    retrievePaymentMethodDomain: {
      serve: retrieve,
      identity: 'id',
      request: async (d) => ({ path: { id: await domainId(d) } }),
    },
    deletePaymentMethodDomain: {
      serve: remove,
      identity: 'id',
      relation: 'ends',
      request: async (d) => ({ path: { id: await domainId(d) }, body: { reason: 'yuno-conformance cleanup' } }),
    },
  },
});
