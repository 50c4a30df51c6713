// Payment links: create, retrieve, cancel, and a customer paying one (a control), along
// specs/payment-link-status.yaml (resources/stores/links.ts).
import type { BodyOf } from '../lib/api.js';
import { defineResource, type MakeContext } from './kit.js';
import { payments } from './payments.js';
import { Links } from './stores/links.js';

export function linkBody(
  m: MakeContext,
  o: { oneTimeUse?: boolean; finishAt?: string; amount?: number } = {},
): BodyOf<'createPaymentLink'> {
  return {
    account_id: m.accountId,
    description: 'yuno-conformance link',
    country: m.country as BodyOf<'createPaymentLink'>['country'],
    merchant_order_id: m.id('link'),
    amount: { currency: m.currency, value: o.amount ?? 5000 },
    one_time_use: o.oneTimeUse ?? true,
    availability: {
      start_at: new Date(Date.now() - 60_000).toISOString(),
      finish_at: o.finishAt ?? new Date(Date.now() + 86_400_000).toISOString(),
    },
    payment_method_types: ['CARD'],
  };
}

/** A link's identifier: create answers id, retrieve and cancel answer code (conflict link-identifier). */
const codeOf = (l: { code?: unknown; id?: unknown }): string => String(l.code ?? l.id);

export const links = defineResource({
  name: 'link',
  schema: 'PaymentLink',
  id: ['code', 'id'],
  stable: ['/country', '/amount/currency', '/amount/value', '/merchant_order_id', '/account_id', '/one_time_use'],
  status: { field: '/status', table: 'payment-link-status.yaml' },
  store: (w) => new Links(w.clock, w.get(payments)),
  operations: {
    createPaymentLink: {
      serve: (s, r) => s.create(r.body),
      relation: 'creates',
      request: (d) => ({ body: linkBody(d.make) }),
      // country and amount.currency come back changed in the one create example (AR/ARS -> US/USD): an
      // example drawn from two captures, not a normalisation; they are echoed here.
      echo: [
        '/account_id',
        '/country',
        '/description',
        '/merchant_order_id',
        '/amount/currency',
        '/amount/value',
        '/payment_method_types',
        '/one_time_use',
        '/capture',
        '/metadata',
        '/callback_url',
        '/taxes',
        '/customer_payer',
      ],
    },
    retrievePaymentLink: {
      serve: (s, r) => s.retrieve(r.path.code!),
      identity: 'code',
      request: async (d) => ({ path: { code: codeOf(await d.need('link')) } }),
    },
    cancelPaymentLink: {
      serve: (s, r) => s.cancel(r.path.code!),
      identity: 'code',
      relation: 'ends',
      request: async (d) => ({ path: { code: codeOf(await d.need('link')) } }),
    },
  },
  controls: {
    payLink: {
      path: 'payment-links/{code}/pay',
      summary: 'a customer pays a link with a card (the approved test card unless told)',
      args: { card_number: { pattern: /^[0-9]{8,19}$/ } },
      serve: (s, a) => s.pay(String(a.code), String(a.card_number ?? '4507990000000002')),
    },
  },
});
