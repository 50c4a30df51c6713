// Plans: reusable prices and cadences that subscriptions are created on. Made and read the plain way
// (resources/crud.ts), along specs/plan-status.yaml; listed as the docs' summaries (with the countries
// a plan prices and its live subscribers); canceled with every subscription on it, at once.
import type { BodyOf } from '../lib/api.js';
import { statusTable } from '../lib/status-tables.js';
import { cancelUnderCanceledPlan, tick } from './billing/subscription-engine.js';
import { subscriptions } from './billing/subscriptions.js';
import { crud } from './crud.js';
import { defineResource, type MakeContext, type Serve, type ServeRequest } from './kit.js';
import { type Json, ok, type PendingEvent, type Result } from './result.js';
import type { Records, World } from './world.js';

export function planBody(m: MakeContext): BodyOf<'createPlan'> {
  return {
    name: `yuno-conformance plan ${m.id('plan')}`,
    merchant_reference: m.id('plan'),
    base_amount: { currency: m.currency, value: 20 },
    frequency: { type: 'MONTH', value: 1 },
  };
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** The fields of a list item (list-plans.json's example; list-plans.mdx: items are a summary, no metadata or phases). */
const SUMMARY = ['id', 'account_id', 'name', 'merchant_reference', 'status', 'base_amount', 'frequency', 'created_at'];

/** Whether a subscription is live: in a status that is not terminal (COMPLETED and CANCELED are). */
function live(sub: Json): boolean {
  return statusTable('subscription-status.yaml').statuses[String(sub.status)]?.terminal !== true;
}

/** The subscriptions of the world on a plan. */
function subscribersOf(world: World, planId: unknown): Json[] {
  return world
    .get(subscriptions)
    .all()
    .filter((s) => s.plan_id === planId);
}

/**
 * The countries a plan prices explicitly (the-plan-object.mdx countries: the sorted, distinct union of
 * its country_prices and those of its phases; empty when base_amount alone prices it everywhere).
 */
function countriesOf(plan: Json): string[] {
  const prices = [...list(plan.country_prices), ...list(plan.phases).flatMap((p) => list(p.country_prices))];
  return [...new Set(prices.map((c) => c.country).filter((c): c is string => typeof c === 'string'))].sort();
}

/** A page of plans, newest first, each as the docs' summary with countries and subscribers_count. */
function listPlans(store: Records, req: ServeRequest, world: World): Result {
  const page = Number(req.query.page ?? 1);
  const size = Number(req.query.size ?? 20);
  const all = store.all().reverse();
  const items = all.slice((page - 1) * size, page * size).map((plan) => {
    const item: Json = {};
    for (const k of SUMMARY) if (k in plan) item[k] = structuredClone(plan[k]);
    item.subscribers_count = subscribersOf(world, plan.id).filter(live).length;
    item.countries = countriesOf(plan);
    return item;
  });
  return ok({ items, pagination: { page, size, total: all.length, total_pages: Math.ceil(all.length / size) } });
}

/**
 * Cancels a plan along its table, and with it every live subscription on it, in the same request
 * (cancel-plan.mdx: "synchronous and immediate"; a CANCELED plan canceled again re-runs the cascade).
 * Each subscription is canceled as the billing engine cancels one under a canceled plan
 * (cancellation_source SYSTEM, a subscription.cancel webhook); a scheduled change to this plan is
 * undone. The answer is the docs' one: the id, the status and how many subscriptions were canceled.
 */
const cancelPlan: Serve<Records> = (store, req, world, d) => {
  const moved = crud.move('plan_id')(store, req, world, d);
  if (moved.status >= 300) return moved;
  const plan = moved.body as Json;
  const subs = world.get(subscriptions);
  const events: PendingEvent[] = [];
  let affected = 0;
  for (const sub of subs.all()) {
    const on = sub.plan_id === plan.id && live(sub);
    const scheduled = isObject(sub.pending_plan_change) && sub.pending_plan_change.plan_id === plan.id;
    if (!on && !scheduled) continue;
    if (on) events.push(...cancelUnderCanceledPlan(world, subs, sub));
    events.push(...tick(world, subs, sub));
    if (on && sub.status === 'CANCELED') affected++;
  }
  return ok({ id: plan.id, status: plan.status, affected_subscriptions: affected }, moved.status, events);
};

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
    listPlans: { serve: listPlans, relation: 'lists' },
    cancelPlan: {
      serve: cancelPlan,
      identity: 'plan_id',
      relation: 'ends',
      request: async (d) => ({ path: { plan_id: String((await d.need('plan')).id) }, body: { status: 'CANCELED' } }),
    },
  },
});
