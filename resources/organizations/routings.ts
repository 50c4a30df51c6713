// Routings: one per (account, payment_method), each step on an ACTIVE connection of the account that
// supports the method; an update replaces the configuration whole; recommendations rank the
// candidates sent (resources/organizations/routing-store.ts).
import { defineResource, type ScenarioDeps } from '../kit.js';
import { accountGroups } from './account-groups.js';
import { connectionBody, recommendationBody, routingBody } from './bodies.js';
import { connections } from './connections.js';

/** A new account of the organization with a Stripe connection for cards: a routing can be made on it. */
export async function connectedAccount(d: ScenarioDeps): Promise<{ account_id: string; connection_id: string }> {
  const account_id = String((await d.need('account')).id);
  const c = (await d.api.call('createConnection', { body: connectionBody(d.make, account_id) })).ok();
  return { account_id, connection_id: String(c.connection_id) };
}

/** A new routing, with the account and connection it was made on. */
async function routed(d: ScenarioDeps): Promise<{ routing_id: string; account_id: string; connection_id: string }> {
  const { account_id, connection_id } = await connectedAccount(d);
  const r = (await d.api.call('createRouting', { body: routingBody(account_id, connection_id) })).ok();
  return { routing_id: String(r.id), account_id, connection_id };
}

export const routings = defineResource({
  name: 'routing',
  schema: 'Routing',
  id: ['id'],
  stable: ['/id', '/account_id', '/payment_method', '/created_at'],
  store: (w) => w.get(connections),
  operations: {
    createRouting: {
      serve: (s, r) => s.createRouting(r.body),
      relation: 'creates',
      request: async (d) => {
        const { account_id, connection_id } = await connectedAccount(d);
        return { body: routingBody(account_id, connection_id) };
      },
      // The configuration is not asserted echoed (conflict routing-answer-echo); these are.
      echo: ['/account_id', '/payment_method', '/name'],
    },
    listRoutings: {
      serve: (s, r) => s.listRoutings(r.query),
      relation: 'lists',
      request: async (d) => ({ query: { account_id: (await routed(d)).account_id } }),
      // The routing just created may be left out by the other filter (payment_method): only the account
      // is checked on every item; the relations spec finds the routing in its account's list.
      lookup: { query: 'account_id', field: '/account_id', created_among: false },
    },
    retrieveRouting: { serve: (s, r) => s.retrieveRouting(r.path.routing_id!), identity: 'routing_id' },
    updateRouting: {
      serve: (s, r) => s.updateRouting(r.path.routing_id!, r.body),
      identity: 'routing_id',
      relation: 'changes',
      request: async (d) => {
        const { routing_id, account_id, connection_id } = await routed(d);
        const { account_id: _, ...body } = routingBody(account_id, connection_id, {
          name: 'yuno-conformance card routing v2',
        });
        return { path: { routing_id }, body };
      },
      echo: ['/payment_method', '/name'],
    },
    getRoutingRecommendation: {
      serve: (s, r, w) =>
        s.recommend(
          r.body,
          r.body.account_id === w.around.accountId || w.get(accountGroups).hasAccount(String(r.body.account_id)),
        ),
      relation: 'other',
      request: (d) => ({ body: recommendationBody(d.make, d.make.accountId) }),
    },
  },
});
