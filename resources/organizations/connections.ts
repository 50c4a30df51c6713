// Connections: what a provider needs (its catalog entry), and a connection made from it, ACTIVE at
// once, its secrets read back as "***" (resources/organizations/routing-store.ts), along
// specs/connection-status.yaml.
import { defineResource } from '../kit.js';
import { connectionBody } from './bodies.js';
import { ConnectionsAndRoutings } from './routing-store.js';

export const connections = defineResource({
  name: 'connection',
  schema: ['Connection', 'ConnectionCreated'],
  id: ['connection_id'],
  stable: ['/connection_id', '/merchant_connection_id', '/provider_id', '/flow_type', '/created_at'],
  status: { field: '/status', table: 'connection-status.yaml' },
  store: (w) => new ConnectionsAndRoutings(w.clock),
  operations: {
    createConnection: {
      serve: (s, r) => s.createConnection(r.body),
      relation: 'creates',
      request: (d) => ({ body: connectionBody(d.make, d.make.accountId) }),
      // params are echoed except the secret ones, read back as "***": the relations spec checks them.
      echo: ['/merchant_connection_id', '/provider_id', '/flow_type', '/payment_methods', '/costs'],
    },
    retrieveConnection: {
      serve: (s, r) => s.retrieveConnection(r.path.connection_id!),
      identity: 'connection_id',
    },
    // About a provider, not a connection: its path names the catalog entry.
    retrieveProviderCatalog: {
      serve: (s, r) => s.catalog(r.path.provider_id!),
      identity: 'provider_id',
      relation: 'other',
      request: () => ({ path: { provider_id: 'STRIPE' } }),
    },
  },
});
