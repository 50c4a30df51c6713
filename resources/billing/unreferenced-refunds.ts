// Unreferenced refunds: a credit to a payment method with no Yuno payment behind it, created CREATED/
// CREATED and moved by the provider along specs/unreferenced-refund-status.yaml (the
// settleUnreferencedRefund control stands in for it: PENDING/APPROVED while an asynchronous rail
// settles, then SUCCEEDED/SUCCEEDED or FAILED/DECLINED_BY_PROVIDER); read by id, with the provider's
// raw answer on request.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { statusTable } from '../../lib/status-tables.js';
import { defineResource, type MakeContext, type ServeRequest } from '../kit.js';
import { paymentMethods } from '../payment-methods.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { Records, World } from '../world.js';
import { enrolledCard } from './subscriptions.js';

const TABLE = 'unreferenced-refund-status.yaml';
const SUB_STATUS: Record<string, string> = {
  CREATED: 'CREATED',
  PENDING: 'APPROVED',
  SUCCEEDED: 'SUCCEEDED',
  FAILED: 'DECLINED_BY_PROVIDER',
};
const OUTCOMES = ['pending', 'succeeded', 'failed'] as const;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});

/** A credit of 25 to a card the customer enrolled. */
export function unreferencedRefundBody(
  m: MakeContext,
  o: { vaultedToken: string; customerId: string },
): BodyOf<'createUnreferencedRefund'> {
  const order = m.id('credit');
  return {
    account_id: m.accountId,
    merchant_order_id: order,
    description: 'yuno-conformance goodwill credit',
    country: m.country as BodyOf<'createUnreferencedRefund'>['country'],
    amount: { value: 25, currency: m.currency },
    payment_method: { vaulted_token: o.vaultedToken },
    customer_payer: { id: o.customerId, first_name: 'John', last_name: 'Doe', email: 'john.doe@example.com' },
  };
}

/** The destinations that need the customer for OFAC and AML screening: ACH, SEPA and PayPal. */
function screened(method: Json): boolean {
  const detail = obj(method.detail);
  const bank = obj(detail.bank_transfer);
  return isObject(detail.wallet) || typeof bank.bank_id === 'string' || bank.account_type === 'IBAN';
}

function create(store: Records, req: ServeRequest, world: World): Result {
  const b = req.body;
  const method = obj(b.payment_method);
  const customer = obj(b.customer_payer);
  if (screened(method) && !isObject(b.customer_payer))
    return err(400, 'VALIDATION_ERROR', 'One or more fields did not pass validation.');
  const routing = obj(b.provider_data);
  let card: Json | null = null;
  if (typeof method.vaulted_token === 'string') {
    const pm = [...world.get(paymentMethods).records.values()].find((x) => x.vaulted_token === method.vaulted_token);
    if (pm?.status !== 'ENROLLED')
      return err(
        422,
        'UNREFERENCED_REFUND_NOT_SUPPORTED',
        'No provider supports this payment method for non-referenced refunds.',
      );
    const c = obj(pm.card);
    card = { brand: c.brand ?? null, last_four: c.lfd ?? null, type: c.type ?? null };
  } else {
    const cd = obj(obj(obj(method.detail).card).card_data);
    if (typeof cd.number === 'string')
      card = { brand: cd.brand ?? null, last_four: cd.number.slice(-4), type: cd.type ?? null };
  }
  const now = world.clock.iso();
  const detail = obj(method.detail);
  const r: Json = {
    id: randomUUID(),
    account_id: b.account_id,
    merchant_order_id: b.merchant_order_id,
    // merchant_reference defaults to merchant_order_id (create-unreferenced-refund.mdx).
    merchant_reference: b.merchant_reference ?? b.merchant_order_id,
    country: b.country,
    description: b.description,
    amount: b.amount,
    status: 'CREATED',
    sub_status: 'CREATED',
    payment_method: {
      vaulted_token: method.vaulted_token ?? null,
      detail: card
        ? { card: { card_data: card } }
        : isObject(detail.bank_transfer)
          ? { bank_transfer: { account_type: obj(detail.bank_transfer).account_type ?? null } }
          : isObject(detail.wallet)
            ? { wallet: {} }
            : null,
    },
    customer_payer: isObject(b.customer_payer)
      ? Object.fromEntries(
          ['id', 'merchant_customer_id', 'first_name', 'last_name', 'type', 'business_name']
            .filter((k) => customer[k] !== undefined)
            .map((k) => [k, customer[k]]),
        )
      : null,
    provider: {
      name: routing.id ?? 'YUNO_TEST_PAYMENT_GW',
      type: 'PSP',
      connection_id: routing.connection_id ?? randomUUID(),
      reference: `re_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      category: null,
      raw_response_code: null,
      raw_response_message: null,
    },
    metadata: b.metadata ?? [],
    created_at: now,
    updated_at: now,
  };
  store.put(String(r.id), r);
  return ok(structuredClone(r), 201);
}

function retrieve(store: Records, req: ServeRequest): Result {
  const r = store.get(req.path.unreferenced_refund_id ?? '');
  if (!r)
    return err(
      404,
      'UNREFERENCED_REFUND_NOT_FOUND',
      'No unreferenced refund with the provided id exists on this account.',
    );
  const out = structuredClone(r);
  // The provider's whole answer only when asked for (include_raw_responses=true).
  if (String(req.query.include_raw_responses) === 'true')
    obj(out.provider).raw_response = {
      id: obj(r.provider).reference,
      object: 'refund',
      amount: Math.round(Number(obj(r.amount).value ?? 0) * 100),
      currency: String(obj(r.amount).currency ?? '').toLowerCase(),
      status: String(r.status).toLowerCase(),
    };
  return ok(out);
}

/** The provider's answer for a refund: a move along the table's moves outside the API. */
function settle(store: Records, world: World, id: string, outcome: (typeof OUTCOMES)[number]): Result {
  const r = store.get(id);
  if (!r) return err(404, 'NOT_FOUND', `No unreferenced refund has id ${id}.`);
  const to = outcome.toUpperCase();
  const from = String(r.status);
  const table = statusTable(TABLE);
  const move = table.transitions.find((t) => t.trigger && t.from.includes(from) && t.to === to);
  const terminal = table.statuses[from]?.terminal === true;
  if (!move && (!terminal || enforces('unreferenced-refund-moves', { transition: 'terminal' })))
    return err(400, 'INVALID_STATUS', `specs/${TABLE} has no move from ${from} to ${to}.`);
  const next = structuredClone(r);
  const settled = to === 'SUCCEEDED' || to === 'FAILED';
  Object.assign(next, { status: to, sub_status: SUB_STATUS[to], updated_at: world.clock.iso() });
  next.provider = {
    ...obj(r.provider),
    category: to === 'FAILED' ? 'DECLINED' : 'APPROVED',
    raw_response_code: settled ? (to === 'FAILED' ? 'declined' : 'succeeded') : 'pending',
    raw_response_message:
      to === 'FAILED' ? 'Refund declined by the provider' : settled ? 'Refund settled' : 'Refund pending',
    ...(to === 'FAILED'
      ? { response_code: 'DECLINED_BY_PROVIDER', response_message: 'Refund declined by the provider' }
      : {}),
  };
  if (enforces('unreferenced-refund-moves', { transition: 'settle' })) store.put(id, next);
  return ok({ id, from, to, transition: move?.id ?? null });
}

export const unreferencedRefunds = defineResource({
  name: 'unreferenced_refund',
  schema: 'UnreferencedRefund',
  id: ['id'],
  stable: [
    '/id',
    '/account_id',
    '/merchant_order_id',
    '/country',
    '/amount/value',
    '/amount/currency',
    '/payment_method/vaulted_token',
    '/created_at',
  ],
  status: { field: '/status', table: TABLE },
  operations: {
    createUnreferencedRefund: {
      serve: (s: Records, r, w) => create(s, r, w),
      relation: 'creates',
      request: async (d) => ({ body: unreferencedRefundBody(d.make, await enrolledCard(d)) }),
      // The example pair echoes these (metadata and the connection aside: conflict unreferenced-refund-echo).
      echo: [
        '/account_id',
        '/merchant_order_id',
        '/merchant_reference',
        '/country',
        '/description',
        '/amount',
        '/payment_method/vaulted_token',
        '/customer_payer/id',
      ],
    },
    retrieveUnreferencedRefund: {
      serve: (s: Records, r) => retrieve(s, r),
      identity: 'unreferenced_refund_id',
    },
  },
  controls: {
    settleUnreferencedRefund: {
      path: 'unreferenced-refunds/{unreferenced_refund_id}/settle',
      summary:
        "the provider's answer to an unreferenced refund: accepted for asynchronous settlement (pending), settled (succeeded) or declined (failed)",
      args: { outcome: { required: true, values: OUTCOMES } },
      serve: (s: Records, a, w) =>
        settle(s, w, String(a.unreferenced_refund_id), a.outcome as (typeof OUTCOMES)[number]),
    },
  },
});
