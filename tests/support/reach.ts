// Puts a payment in a given state on a stateful target, by the documented operations only
// (plus the emulator's settle control for asynchronous outcomes). One recipe per state that
// specs/payment-transitions.yaml lists under `reachable`.
import type { State } from '../../lib/specs.js';
import type { YunoClient } from './client.js';
import { expect, type Controls, type Make } from './fixtures.js';

export interface Reached {
  paymentId: string;
  /** The transaction later operations act on (the authorization or the purchase). */
  transactionId: string;
  /** The payment as the last response gave it. */
  payment: Record<string, unknown>;
  /** How many dependent requests it took (for the critical-path bound of the bench). */
  requests: number;
}

export interface ReachDeps {
  api: YunoClient;
  make: Make;
  controls?: Controls | null;
}

type Recipe = { needsControls?: boolean; steps: (d: ReachDeps) => Promise<Reached> };

async function create(d: ReachDeps, body: Record<string, unknown>): Promise<Reached> {
  const res = await d.api.call('createPayment', { body });
  await expect(res).toMatchContract();
  const p = res.ok() as Record<string, unknown> & { id: string; transactions: { id: string } };
  return { paymentId: p.id, transactionId: p.transactions.id, payment: p, requests: 1 };
}

async function capture(d: ReachDeps, r: Reached, fraction: number): Promise<Reached> {
  const amount = r.payment.amount as { currency: string; value: number };
  const res = await d.api.call('captureAuthorization', {
    path: { payment_id: r.paymentId, transaction_id: r.transactionId },
    body: { merchant_reference: d.make.id('capture'), reason: 'PRODUCT_CONFIRMED', amount: { currency: amount.currency, value: amount.value * fraction } },
  });
  await expect(res).toMatchContract();
  const t = res.ok() as { payment: Record<string, unknown> };
  return { ...r, payment: t.payment, requests: r.requests + 1 };
}

async function refund(d: ReachDeps, r: Reached, fraction: number | 'all'): Promise<Reached> {
  const amount = r.payment.amount as { currency: string; value: number };
  const res = await d.api.call('refundPayment', {
    path: { payment_id: r.paymentId, transaction_id: r.transactionId },
    body: { merchant_reference: d.make.id('refund'), reason: 'REQUESTED_BY_CUSTOMER', ...(fraction === 'all' ? {} : { amount: { currency: amount.currency, value: amount.value * fraction } }) },
  });
  await expect(res).toMatchContract();
  return { ...r, payment: res.ok() as Record<string, unknown>, requests: r.requests + 1 };
}

export const RECIPES: Record<string, Recipe> = {
  'PENDING/AUTHORIZED': { steps: (d) => create(d, d.make.payment({ capture: false })) },
  'PENDING/PENDING_PROVIDER_CONFIRMATION': { steps: (d) => create(d, d.make.payment({ async: true })) },
  'SUCCEEDED/APPROVED': { steps: (d) => create(d, d.make.payment()) },
  'SUCCEEDED/CAPTURED': { steps: async (d) => capture(d, await create(d, d.make.payment({ capture: false })), 1) },
  'SUCCEEDED/PARTIALLY_CAPTURED': { steps: async (d) => capture(d, await create(d, d.make.payment({ capture: false })), 0.5) },
  'SUCCEEDED/PARTIALLY_REFUNDED': { steps: async (d) => refund(d, await create(d, d.make.payment()), 0.2) },
  'DECLINED/DECLINED': { steps: (d) => create(d, d.make.payment({ card: 'declined' })) },
  'ERROR/ERROR': { steps: (d) => create(d, d.make.payment({ card: 'error' })) },
  'REFUNDED/REFUNDED': { steps: async (d) => refund(d, await create(d, d.make.payment()), 'all') },
  'CANCELED/CANCELED': {
    steps: async (d) => {
      const r = await create(d, d.make.payment({ capture: false }));
      const res = await d.api.call('cancelPayment', {
        path: { payment_id: r.paymentId, transaction_id: r.transactionId },
        body: { merchant_reference: d.make.id('cancel'), reason: 'REQUESTED_BY_CUSTOMER' },
      });
      await expect(res).toMatchContract();
      return { ...r, payment: (res.ok() as { payment: Record<string, unknown> }).payment, requests: r.requests + 1 };
    },
  },
  'EXPIRED/EXPIRED': {
    needsControls: true,
    steps: async (d) => {
      const r = await create(d, d.make.payment({ async: true }));
      await d.controls!.settle(r.paymentId, 'expired');
      return { ...r, requests: r.requests + 1 };
    },
  },
};

export function recipeFor(state: State | string): Recipe {
  const r = RECIPES[state];
  if (!r) throw new Error(`no recipe reaches ${state}: add one to tests/support/reach.ts`);
  return r;
}

/** Reaches a state and proves it: the response that got there and a following GET both say it. */
export async function reach(d: ReachDeps, state: string): Promise<Reached> {
  const r = await recipeFor(state).steps(d);
  const got = await d.api.call('retrievePayment', { path: { payment_id: r.paymentId } });
  await expect(got).toMatchContract();
  const p = got.ok() as { status: string; sub_status: string };
  expect(`${p.status}/${p.sub_status}`, `LIFECYCLE: setting up ${state}, GET ${r.paymentId} reports another state`).toBe(state);
  return { ...r, payment: got.body as Record<string, unknown>, requests: r.requests + 1 };
}
