// Plans: reusable prices and cadences that subscriptions are created on. Made, read, listed and
// canceled the plain way (resources/crud.ts), along specs/plan-status.yaml.
import type { BodyOf } from '../lib/api.js';
import { crud } from './crud.js';
import { defineResource, type MakeContext } from './kit.js';

export function planBody(m: MakeContext): BodyOf<'createPlan'> {
  return {
    name: `yuno-conformance plan ${m.id('plan')}`,
    merchant_reference: m.id('plan'),
    base_amount: { currency: m.currency, value: 20 },
    frequency: { type: 'MONTH', value: 1 },
  };
}

export const plans = defineResource({
  name: 'plan',
  schema: 'Plan',
  id: ['id'],
  stable: [
    '/id',
    '/name',
    '/base_amount/currency',
    '/base_amount/value',
    '/frequency/type',
    '/frequency/value',
    '/created_at',
  ],
  status: { field: '/status', table: 'plan-status.yaml' },
  operations: {
    createPlan: {
      serve: crud.create(),
      relation: 'creates',
      request: (d) => ({ body: planBody(d.make) }),
      echo: [
        '/name',
        '/description',
        '/merchant_reference',
        '/base_amount',
        '/frequency',
        '/country_prices',
        '/allowed_payment_methods',
        '/metadata',
      ],
    },
    retrievePlan: { serve: crud.retrieve('plan_id'), identity: 'plan_id' },
    listPlans: { serve: crud.list(), relation: 'lists' },
    cancelPlan: {
      serve: crud.move('plan_id'),
      identity: 'plan_id',
      relation: 'ends',
      request: async (d) => ({ path: { plan_id: String((await d.need('plan')).id) }, body: { status: 'CANCELED' } }),
    },
  },
});
