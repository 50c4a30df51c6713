// Payouts: create (PENDING, delivered to the provider), retrieve by id and by merchant_reference, and
// the provider's outcome (a control), along specs/payout-status.yaml (resources/stores/payouts.ts).
import type { BodyOf } from '../lib/api.js';
import { defineResource, type MakeContext } from './kit.js';
import { Payouts } from './stores/payouts.js';

export function payoutBody(m: MakeContext): BodyOf<'createPayout'> {
  const country = m.country as BodyOf<'createPayout'>['country'];
  return {
    account_id: m.accountId,
    merchant_reference: m.id('payout'),
    description: 'yuno-conformance payout',
    country,
    purpose: 'EXPENSES',
    amount: { currency: m.currency, value: 100 },
    beneficiary: { merchant_beneficiary_id: m.id('beneficiary'), country, first_name: 'John', last_name: 'Doe' },
    withdrawal_method: { type: 'ASTROPAY_PAYOUT', provider_id: 'ASTROPAY' },
  };
}

const OUTCOMES = ['succeeded', 'declined', 'rejected'] as const;

export const payouts = defineResource({
  name: 'payout',
  schema: 'Payout',
  id: ['id'],
  stable: ['/id', '/merchant_reference', '/country', '/amount/currency', '/amount/value', '/created_at'],
  status: { field: '/status', table: 'payout-status.yaml' },
  store: (w) => new Payouts(w.clock),
  operations: {
    createPayout: {
      serve: (s, r) => s.create(r.body),
      relation: 'creates',
      request: (d) => ({ body: payoutBody(d.make) }),
      // withdrawal_method is answered inside transactions[], not at the top level.
      echo: [
        '/merchant_reference',
        '/purpose',
        '/description',
        '/country',
        '/amount/currency',
        '/amount/value',
        '/beneficiary',
        '/metadata',
      ],
    },
    retrievePayout: { serve: (s, r) => s.retrieve(r.path.payout_id!), identity: 'payout_id' },
    retrievePayoutsByMerchantReference: {
      serve: (s, r) => s.byReference(r.query.merchant_reference!),
      relation: 'lists',
      request: async (d) => ({ query: { merchant_reference: String((await d.need('payout')).merchant_reference) } }),
      lookup: { query: 'merchant_reference', field: '/merchant_reference' },
    },
  },
  controls: {
    settlePayout: {
      path: 'payouts/{payout_id}/settle',
      summary: "the provider's outcome of a payout (succeeded, declined or rejected)",
      args: { outcome: { required: true, values: OUTCOMES } },
      serve: (s, a) => s.settle(String(a.payout_id), a.outcome as (typeof OUTCOMES)[number]),
    },
  },
});
