// Dry-run provider events: the merchant's own provider traffic, registered (REGISTERED) for pairing
// with a payment sent with X-Dry-Run. The plain create, the one operation-level field the request
// carries per event (operation_type) answered from its first event; a payment_id given must exist.
import type { BodyOf } from '../../lib/api.js';
import { crud } from '../crud.js';
import { defineResource, type MakeContext } from '../kit.js';
import { payments } from '../payments.js';
import { type Json, refuse } from '../result.js';
import type { Records } from '../world.js';
import { withStatusField } from './shared.js';

export function dryRunBody(m: MakeContext, paymentId?: string): BodyOf<'registerDryRunProviderEvent'> {
  return {
    merchant_reference: m.id('dryrun'),
    ...(paymentId ? { payment_id: paymentId } : {}),
    account_id: m.accountId,
    provider_id: 'STRIPE',
    payment_method_type: 'CARD',
    events: [
      {
        type: 'REQUEST',
        http_method: 'POST',
        operation_type: 'PURCHASE',
        base_url: 'https://api.stripe.com',
        endpoint: '/v1/charges',
        headers: Buffer.from(JSON.stringify({ 'Content-Type': 'application/json' })).toString('base64'),
        body: Buffer.from(JSON.stringify({ amount: 2000, currency: 'usd' })).toString('base64'),
      },
      {
        type: 'RESPONSE',
        http_method: 'POST',
        operation_type: 'PURCHASE',
        http_status_code: 200,
        headers: Buffer.from(JSON.stringify({ 'Content-Type': 'application/json' })).toString('base64'),
        body: Buffer.from(JSON.stringify({ id: 'ch_1', status: 'succeeded' })).toString('base64'),
      },
    ],
  };
}

const create = crud.create();

export const dryRunProviderEvents = defineResource({
  name: 'dry-run provider event',
  schema: 'DryRunProviderEvent',
  id: ['id'],
  stable: ['/id', '/merchant_reference'],
  status: { field: '/status', table: 'dry-run-provider-event-status.yaml' },
  operations: {
    registerDryRunProviderEvent: {
      serve: (s: Records, r, w, d) => {
        const paymentId = r.body.payment_id;
        if (typeof paymentId === 'string' && !w.get(payments).records.has(paymentId))
          return withStatusField(
            refuse('resource-found', `No payment has id ${paymentId}.`, 'PAYMENT_NOT_FOUND', 404),
            'httpCode',
          );
        const res = create(s, r, w, d);
        const first = ((r.body.events ?? []) as Json[])[0];
        const rec = res.body as Json;
        rec.operation_type = first?.operation_type ?? null;
        s.put(String(rec.id), structuredClone(rec));
        return res;
      },
      relation: 'creates',
      request: async (d) => ({ body: dryRunBody(d.make, String((await d.need('payment')).id)) }),
      echo: ['/merchant_reference', '/payment_id', '/account_id', '/provider_id', '/payment_method_type'],
    },
  },
});
