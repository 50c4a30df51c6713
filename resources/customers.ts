// Customers: create, retrieve (by id and by merchant_customer_id), update, delete
// (resources/stores/customers.ts).
import type { BodyOf } from '../lib/api.js';
import { defineResource, type MakeContext } from './kit.js';
import { Customers } from './stores/customers.js';

export function customerBody(m: MakeContext): BodyOf<'createCustomer'> {
  return {
    merchant_customer_id: m.id('cust'),
    first_name: 'John',
    last_name: 'Doe',
    email: 'john.doe@example.com',
    country: m.country,
  };
}

const FIELDS = [
  '/merchant_customer_id',
  '/first_name',
  '/last_name',
  '/email',
  '/gender',
  '/date_of_birth',
  '/nationality',
  '/country',
  '/document',
  '/phone',
  '/billing_address',
  '/shipping_address',
  '/metadata',
  '/merchant_customer_created_at',
];

export const customers = defineResource({
  name: 'customer',
  schema: 'Customer',
  id: ['id'],
  stable: ['/id', '/created_at'],
  store: (w) => new Customers(w.clock),
  operations: {
    createCustomer: {
      serve: (s, r) => s.create(r.body),
      relation: 'creates',
      request: (d) => ({ body: customerBody(d.make) }),
      echo: FIELDS,
    },
    retrieveCustomer: { serve: (s, r) => s.retrieve(r.path.customer_id!), identity: 'customer_id' },
    retrieveCustomerByMerchantCustomerId: {
      serve: (s, r) => s.byMerchantId(r.query.merchant_customer_id!),
      relation: 'lists',
      request: async (d) => ({
        query: { merchant_customer_id: String((await d.need('customer')).merchant_customer_id) },
      }),
      lookup: { query: 'merchant_customer_id', field: '/merchant_customer_id' },
    },
    updateCustomer: {
      serve: (s, r) => s.update(r.path.customer_id!, r.body),
      identity: 'customer_id',
      relation: 'changes',
      request: async (d) => ({
        path: { customer_id: String((await d.need('customer')).id) },
        body: { first_name: 'Jane' },
      }),
      echo: FIELDS,
    },
    deleteCustomer: {
      serve: (s, r) => s.delete(r.path.customer_id!),
      identity: 'customer_id',
      relation: 'ends',
    },
  },
});
