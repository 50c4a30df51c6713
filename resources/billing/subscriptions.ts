// Subscriptions: recurring charges of a customer's enrolled card, on their own amount or on a plan,
// moved along specs/subscription-status.yaml, charged through ordinary payments
// (resources/billing/subscription-engine.ts). Kept in the plain store, so the generic status moves
// (moveResource) and the status-table lifecycles reach them.
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ScenarioDeps } from '../kit.js';
import { enrollCardBody, methodId } from '../payment-methods.js';
import type { Json } from '../result.js';
import {
  changeSubscriptionPlan,
  createSubscription,
  listSubscriptionPayments,
  listSubscriptions,
  moveSubscription,
  renew,
  retrieveSubscription,
  retrySubscription,
  updateSubscription,
} from './subscription-engine.js';

/** A subscription on a plan, charged to a customer's enrolled card. */
export function subscriptionBody(
  m: MakeContext,
  o: { planId: string; customerId: string; vaultedToken: string },
): BodyOf<'createSubscription'> {
  return {
    name: `yuno-conformance subscription ${m.id('sub')}`,
    description: 'yuno-conformance subscription',
    merchant_reference: m.id('sub'),
    account_id: m.accountId,
    country: m.country,
    plan_id: o.planId,
    customer_payer: { id: o.customerId },
    payment_method: { type: 'CARD', vaulted_token: o.vaultedToken },
  };
}

/** A customer and a card enrolled for it (the approved test card unless told). */
export async function enrolledCard(
  d: ScenarioDeps,
  o: { customerId?: string; card?: 'approved' | 'declined' } = {},
): Promise<{ customerId: string; vaultedToken: string }> {
  const customerId = o.customerId ?? String((await d.need('customer')).id);
  const pm = (
    await d.api.call('enrollPaymentMethod', {
      path: { customer_id: customerId },
      body: enrollCardBody(d.make, { card: o.card ?? 'approved' }),
    })
  ).ok();
  return { customerId, vaultedToken: methodId(pm, d.stateful) };
}

const idOf = (s: Json): string => String(s.id);

export const subscriptions = defineResource({
  name: 'subscription',
  schema: 'Subscription',
  id: ['id'],
  stable: ['/id', '/account_id', '/customer_payer/id', '/created_at'],
  status: { field: '/status', table: 'subscription-status.yaml' },
  operations: {
    createSubscription: {
      serve: createSubscription,
      relation: 'creates',
      request: async (d) => {
        const plan = await d.need('plan');
        const card = await enrolledCard(d);
        return { body: subscriptionBody(d.make, { planId: String(plan.id), ...card }) };
      },
      // The example pair echoes these (country, currency and start date excepted: conflict subscription-create-echo).
      echo: [
        '/name',
        '/description',
        '/merchant_reference',
        '/soft_descriptor',
        '/account_id',
        '/customer_payer/id',
        '/payment_method/type',
        '/payment_method/vaulted_token',
        '/billing_cycles/total',
        '/trial_period/billing_cycles',
        '/plan_id',
      ],
    },
    listSubscriptions: {
      serve: listSubscriptions,
      relation: 'lists',
      request: async (d) => ({ query: { customer_id: customerOf(await d.need('subscription')) } }),
      // The other filters (status, plan_id, created_at_*) may leave the customer's new subscription out.
      lookup: { query: 'customer_id', field: '/customer_payer/id', created_among: false },
    },
    retrieveSubscription: {
      serve: retrieveSubscription,
      identity: 'subscription_id',
    },
    updateSubscription: {
      serve: updateSubscription,
      identity: 'subscription_id',
      relation: 'changes',
      request: async (d) => {
        const sub = await d.need('subscription');
        const pm = (sub.payment_method ?? {}) as Json;
        return {
          path: { subscription_id: idOf(sub) },
          body: {
            description: 'yuno-conformance subscription, updated',
            payment_method: { type: 'CARD', vaulted_token: String(pm.vaulted_token), card: { usage: 'USED' } },
          },
        };
      },
      echo: [
        '/name',
        '/description',
        '/merchant_reference',
        '/payment_method/vaulted_token',
        '/payment_method/card/usage',
      ],
    },
    pauseSubscription: {
      serve: moveSubscription,
      identity: 'subscription_id',
      relation: 'changes',
    },
    resumeSubscription: {
      serve: moveSubscription,
      identity: 'subscription_id',
      relation: 'changes',
      request: async (d) => {
        const sub = await d.need('subscription');
        // Only a PAUSED subscription resumes: a new one is paused first (a read of another status is left as it is).
        if (sub.status === 'ACTIVE' || sub.status === 'TRIALING')
          (await d.api.call('pauseSubscription', { path: { subscription_id: idOf(sub) } })).ok();
        return { path: { subscription_id: idOf(sub) } };
      },
    },
    cancelSubscription: {
      serve: moveSubscription,
      identity: 'subscription_id',
      relation: 'ends',
    },
    retrySubscription: {
      serve: retrySubscription,
      identity: 'subscription_id',
      relation: 'other',
      // A declined charge to retry needs a billing date to come (the renewSubscription control).
      needs: ['controls'],
      request: async (d) => {
        // The card is changed for a declined one, the next billing date comes (declined), and the
        // approved card put back: the retry charges the cycle again with it.
        const sub = await d.need('subscription');
        const id = idOf(sub);
        const pm = (sub.payment_method ?? {}) as Json;
        const declined = await enrolledCard(d, { customerId: customerOf(sub), card: 'declined' });
        const card = (token: string) =>
          d.api.call('updateSubscription', {
            path: { subscription_id: id },
            body: { payment_method: { type: 'CARD', vaulted_token: token } },
          });
        (await card(declined.vaultedToken)).ok();
        if (d.stateful) await d.controls?.run('renewSubscription', { subscription_id: id });
        (await card(String(pm.vaulted_token))).ok();
        return { path: { subscription_id: id } };
      },
    },
    changeSubscriptionPlan: {
      serve: changeSubscriptionPlan,
      // Not `identity`: a plan-to-plan change answers the replacement, a new id.
      relation: 'other',
      request: async (d) => {
        const sub = await d.need('subscription');
        const plan = await d.need('plan');
        return { path: { subscription_id: idOf(sub) }, body: { plan_id: String(plan.id) } };
      },
    },
    listSubscriptionPayments: {
      serve: listSubscriptionPayments,
      identity: 'subscription_id',
      relation: 'other',
    },
  },
  controls: {
    renewSubscription: {
      path: 'subscriptions/{subscription_id}/renew',
      summary:
        "a subscription's next billing date comes now: the billing engine charges the due cycle (a PAUSED, CANCELED or COMPLETED one is not charged)",
      serve: (s, a, w) => renew(s, w, String(a.subscription_id)),
    },
  },
  webhooks: [{ operationId: 'subscriptionEvent', matches: (b) => b.type === 'subscription' }],
});

function customerOf(sub: Json): string {
  return String(((sub.customer_payer ?? {}) as Json).id ?? '');
}
