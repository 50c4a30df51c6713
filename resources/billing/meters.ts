// Usage-based billing: meters (specs/meter-status.yaml: ACTIVE, archived INACTIVE), the metered prices
// that attach them to plans, and the usage events reported against subscriptions, which a
// subscription's renewal bills (resources/billing/subscription-engine.ts). Lookups answer 400, never
// 404 (meter-error-codes.mdx). The records live in the billing state the renewal reads.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ServeRequest } from '../kit.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { Records, World } from '../world.js';
import { billingState, type UsageRec } from './state.js';
import { planOf, tick } from './subscription-engine.js';
import { subscriptions } from './subscriptions.js';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});
const DAY_MS = 86_400_000;
/** Usage may be backdated this far (usage-based-billing.mdx). */
const BACKDATE_DAYS = 35;
/** The statuses a subscription takes usage in. */
const METERING = new Set(['ACTIVE', 'TRIALING', 'PAST_DUE']);

const invalid = (message: string): Result => err(400, 'INVALID_PARAMETERS', message);
const noMeter = (): Result => err(400, 'METER_NOT_FOUND', 'The meter does not exist or is not linked to this account.');
const noPlan = (): Result => err(400, 'PLAN_NOT_FOUND', 'The plan does not exist or is not linked to this account.');

/** A COUNT meter of API requests with a USD default price; its event_name unique to the run. */
export function meterBody(
  m: MakeContext,
  o: { aggregation?: 'SUM' | 'COUNT' | 'LAST'; price?: number } = {},
): BodyOf<'createMeter'> {
  return {
    account_id: m.accountId,
    name: 'yuno-conformance requests',
    description: 'yuno-conformance meter',
    event_name: m
      .id('meter')
      .toLowerCase()
      .replace(/[^a-z0-9_.]/g, '_'),
    aggregation: o.aggregation ?? 'COUNT',
    unit_label: 'request',
    plural_unit_label: 'requests',
    default_price: { currency: 'USD', value: o.price ?? 0.01 },
  };
}

/** A page of records as the meter lists answer it: data and pagination {total, limit, offset, has_more}. */
function page(items: Json[], query: Record<string, string>): Json {
  const limit = Number(query.limit ?? 20);
  const offset = Number(query.offset ?? 0);
  return {
    data: items.slice(offset, offset + limit),
    pagination: { total: items.length, limit, offset, has_more: offset + limit < items.length },
  };
}

// ---- meters ----------------------------------------------------------------------------------------

function createMeter(store: Records, req: ServeRequest, world: World): Result {
  const b = req.body;
  const taken = store.all().find((m) => m.account_id === b.account_id && m.event_name === b.event_name);
  if (taken)
    return err(
      409,
      'METER_EVENT_NAME_CONFLICT',
      `A meter with event_name ${String(b.event_name)} already exists for this account`,
    );
  const now = world.clock.iso();
  const meter: Json = {
    id: randomUUID(),
    account_id: b.account_id,
    name: String(b.name).trim(),
    description: b.description ?? null,
    event_name: b.event_name,
    aggregation: b.aggregation,
    unit_label: b.unit_label ?? null,
    plural_unit_label: b.plural_unit_label ?? null,
    default_price: b.default_price ?? null,
    metadata: b.metadata ?? [],
    // Always ACTIVE on creation: a status sent is ignored (the-meter-object.mdx).
    status: 'ACTIVE',
    created_at: now,
    updated_at: now,
  };
  store.put(String(meter.id), meter);
  return ok(structuredClone(meter), 201);
}

function updateMeter(store: Records, req: ServeRequest, world: World): Result {
  const meter = store.get(req.path.meter_id ?? '');
  if (!meter) return noMeter();
  const b = req.body;
  // event_name and aggregation are immutable: sent, they are ignored (update-meter.mdx).
  const fields = ['name', 'description', 'unit_label', 'plural_unit_label', 'default_price', 'status'];
  if (!fields.some((k) => k in b)) return invalid('At least one field must be provided to update the meter');
  const next = structuredClone(meter);
  for (const k of fields) if (k in b && b[k] !== null) next[k] = k === 'name' ? String(b[k]).trim() : b[k];
  next.updated_at = world.clock.iso();
  if (enforces('state-persisted')) store.put(String(meter.id), next);
  return ok(structuredClone(next));
}

// ---- metered prices --------------------------------------------------------------------------------

/** The currency rules of a metered price (attach-meter-to-plan.json), or undefined when it keeps them. */
function priceRefused(plan: Json, meter: Json, b: Json, attaching: boolean): Result | undefined {
  const currency = obj(plan.base_amount).currency;
  const price = b.price_per_credit;
  if (isObject(price) && price.currency !== currency)
    return invalid('The price_per_credit currency must match the plan base currency');
  if (attaching && !isObject(price)) {
    if (currency !== 'USD') return invalid('A price_per_credit is required when the plan base currency is not USD');
    if (!isObject(meter.default_price))
      return invalid('A price_per_credit is required when the meter has no default_price');
  }
  const countries = ((b.country_prices as Json[] | null) ?? []).map((c) => c.country);
  if (new Set(countries).size !== countries.length)
    return invalid('The country_prices must not contain duplicate countries');
  return undefined;
}

function attachMeterToPlan(store: Records, req: ServeRequest, world: World): Result {
  const state = billingState(world);
  const plan = planOf(world, req.path.plan_id);
  if (!plan) return noPlan();
  const b = req.body;
  const meter = state.meters.get(String(b.meter_id));
  if (!meter || (meter.status !== 'ACTIVE' && enforces('resource-transition-forbidden'))) return noMeter();
  if (store.all().some((p) => p.plan_id === plan.id && p.meter_id === meter.id))
    return err(409, 'PLAN_METER_ALREADY_ASSIGNED', `The meter ${String(meter.id)} is already assigned to this plan`);
  const refused = priceRefused(plan, meter, b, true);
  if (refused) return refused;
  const now = world.clock.iso();
  const price: Json = {
    id: randomUUID(),
    plan_id: plan.id,
    meter_id: meter.id,
    credits: b.credits,
    pricing_strategy: b.pricing_strategy,
    // Inherited from the meter's default_price (a USD plan), it is answered null.
    price_per_credit: b.price_per_credit ?? null,
    country_prices: b.country_prices ?? [],
    created_at: now,
    updated_at: now,
  };
  store.put(String(price.id), price);
  return ok(structuredClone(price), 201);
}

function listPlanMeters(store: Records, req: ServeRequest, world: World): Result {
  const plan = planOf(world, req.path.plan_id);
  if (!plan) return noPlan();
  return ok(page(structuredClone(store.all().filter((p) => p.plan_id === plan.id)), {}));
}

function updatePlanMeter(store: Records, req: ServeRequest, world: World): Result {
  const plan = planOf(world, req.path.plan_id);
  if (!plan) return noPlan();
  const meter = billingState(world).meters.get(req.path.meter_id ?? '');
  if (!meter) return noMeter();
  const price = store.all().find((p) => p.plan_id === plan.id && p.meter_id === meter.id);
  // An archived meter's metered price is frozen (update-plan-meter.mdx).
  if (!price || (meter.status !== 'ACTIVE' && enforces('resource-transition-forbidden')))
    return err(400, 'PLAN_METER_NOT_FOUND', 'The meter is not attached to this plan, or it is archived.');
  const b = req.body;
  const fields = ['credits', 'pricing_strategy', 'price_per_credit', 'country_prices'];
  if (!fields.some((k) => k in b)) return invalid('At least one field must be provided');
  const refused = priceRefused(plan, meter, b, false);
  if (refused) return refused;
  const next = structuredClone(price);
  for (const k of fields) if (k in b && b[k] !== null) next[k] = b[k];
  next.updated_at = world.clock.iso();
  if (enforces('state-persisted')) store.put(String(price.id), next);
  return ok(structuredClone(next));
}

// ---- usage events ----------------------------------------------------------------------------------

function reportUsageEvent(req: ServeRequest, world: World): Result {
  const state = billingState(world);
  const b = req.body;
  const eventId = String(b.event_id);
  const subs = world.get(subscriptions);
  const sub = subs.get(String(b.subscription_id));
  if (!sub) return err(400, 'SUBSCRIPTION_NOT_FOUND', 'Subscription not found.');
  const key = `${String(sub.account_id)} ${eventId}`;
  // A replay of an event_id answers the first event and never counts twice (report-usage-event.mdx).
  const first = state.usage.get(key);
  if (first && enforces('usage-event-once')) return ok(structuredClone(first.answer), 201);
  const events = tick(world, subs, sub);
  const meters = state.meters.all().filter((m) => m.account_id === sub.account_id && m.event_name === b.event_name);
  const meter =
    meters.find((m) => m.status === 'ACTIVE') ??
    (enforces('archived-meter-refuses-usage') && enforces('resource-transition-forbidden') ? undefined : meters[0]);
  if (!meter)
    return err(
      400,
      'METER_NOT_FOUND',
      `No active meter with event_name ${String(b.event_name)} exists for this account`,
    );
  if (typeof b.meter_id === 'string' && b.meter_id !== meter.id)
    return invalid('The meter_id does not match the meter resolved from event_name');
  const counted = meter.aggregation === 'COUNT';
  if (!counted && typeof b.consumed_value !== 'number')
    return invalid(`The consumed_value is required for a ${String(meter.aggregation)} meter`);
  const now = world.clock.now();
  const occurred = typeof b.occurred_at === 'string' ? Date.parse(b.occurred_at) : now;
  if (occurred < now - BACKDATE_DAYS * DAY_MS)
    return invalid('The occurred_at cannot be more than 35 days in the past');
  if (!METERING.has(String(sub.status))) return err(400, 'SUBSCRIPTION_NOT_ACTIVE', 'The subscription is not active');
  const answer: Json = {
    id: randomUUID(),
    event_id: eventId,
    event_name: b.event_name,
    meter_id: meter.id,
    subscription_id: sub.id,
    consumed_value: typeof b.consumed_value === 'number' ? b.consumed_value : 1,
    received_at: world.clock.iso(),
  };
  const rec: UsageRec = {
    answer,
    eventId,
    meterId: String(meter.id),
    subscriptionId: String(sub.id),
    value: counted ? 1 : (b.consumed_value as number),
    occurredAt: occurred,
  };
  state.usage.set(first ? `${key} ${String(answer.id)}` : key, rec);
  return ok(structuredClone(answer), 201, events);
}

// ---- the modules -----------------------------------------------------------------------------------

export const meters = defineResource({
  name: 'meter',
  schema: 'Meter',
  id: ['id'],
  stable: ['/id', '/account_id', '/event_name', '/aggregation', '/created_at'],
  status: { field: '/status', table: 'meter-status.yaml' },
  store: (w) => billingState(w).meters,
  operations: {
    createMeter: {
      serve: (s, r, w) => createMeter(s, r, w),
      relation: 'creates',
      request: (d) => ({ body: meterBody(d.make) }),
      echo: [
        '/account_id',
        '/name',
        '/description',
        '/event_name',
        '/aggregation',
        '/unit_label',
        '/plural_unit_label',
        '/default_price',
        '/metadata',
      ],
    },
    listMeters: {
      serve: (s, r) => {
        const items = s
          .all()
          .filter((m) => !r.query.account_id || m.account_id === r.query.account_id)
          .reverse();
        return ok(page(structuredClone(items), r.query));
      },
      relation: 'lists',
      request: async (d) => {
        await d.need('meter');
        return { query: { account_id: d.make.accountId, limit: 100 } };
      },
      // A page (limit, offset) of an account other tests share may leave the new meter out.
      lookup: { query: 'account_id', field: '/account_id', created_among: false },
    },
    retrieveMeter: {
      serve: (s, r) => {
        const m = s.get(r.path.meter_id ?? '');
        return m ? ok(structuredClone(m)) : noMeter();
      },
      identity: 'meter_id',
    },
    updateMeter: {
      serve: (s, r, w) => updateMeter(s, r, w),
      identity: 'meter_id',
      relation: 'changes',
      request: async (d) => ({
        path: { meter_id: String((await d.need('meter')).id) },
        body: { description: 'yuno-conformance meter, renamed', unit_label: 'call', plural_unit_label: 'calls' },
      }),
      echo: ['/name', '/description', '/unit_label', '/plural_unit_label', '/default_price', '/status'],
    },
  },
});

export const meteredPrices = defineResource({
  name: 'metered_price',
  schema: 'MeteredPrice',
  id: ['id'],
  stable: ['/id', '/plan_id', '/meter_id', '/created_at'],
  store: (w) => billingState(w).meteredPrices,
  operations: {
    attachMeterToPlan: {
      serve: (s, r, w) => attachMeterToPlan(s, r, w),
      relation: 'creates',
      request: async (d) => {
        const plan = await d.need('plan');
        const meter = await d.need('meter');
        const currency = String(((plan.base_amount ?? {}) as Json).currency ?? d.make.currency);
        return {
          path: { plan_id: String(plan.id) },
          // A USD plan inherits the meter's default_price; another currency names its own price.
          body: {
            meter_id: String(meter.id),
            credits: 10,
            pricing_strategy: 'PER_UNIT',
            ...(currency === 'USD' ? {} : { price_per_credit: { currency, value: 0.01 } }),
          },
        };
      },
      echo: ['/meter_id', '/credits', '/pricing_strategy', '/price_per_credit', '/country_prices'],
    },
    listPlanMeters: {
      serve: (s, r, w) => listPlanMeters(s, r, w),
      relation: 'lists',
      request: async (d) => ({ path: { plan_id: String((await d.need('metered_price')).plan_id) } }),
      lookup: { path: 'plan_id', field: '/plan_id' },
    },
    updatePlanMeter: {
      serve: (s, r, w) => updatePlanMeter(s, r, w),
      // Not `identity`: the path names the meter, the answer is the metered price (its own id).
      relation: 'changes',
      request: async (d) => {
        const price = await d.need('metered_price');
        return {
          path: { plan_id: String(price.plan_id), meter_id: String(price.meter_id) },
          body: { credits: 250, pricing_strategy: 'PER_UNIT' },
        };
      },
      echo: ['/credits', '/pricing_strategy', '/price_per_credit', '/country_prices'],
    },
  },
});

export const usageEvents = defineResource({
  name: 'usage_event',
  schema: 'MeterUsageEvent',
  id: ['id'],
  stable: ['/id', '/event_id', '/meter_id', '/subscription_id', '/consumed_value'],
  store: (w) => billingState(w).usage,
  operations: {
    reportUsageEvent: {
      serve: (_s, r, w) => reportUsageEvent(r, w),
      relation: 'creates',
      request: async (d) => {
        const meter = await d.need('meter');
        const sub = await d.need('subscription');
        return {
          body: { event_id: d.make.id('event'), event_name: String(meter.event_name), subscription_id: String(sub.id) },
        };
      },
      // Not consumed_value: a replay of an event_id answers the first event's value, whatever it sends.
      echo: ['/event_id', '/event_name', '/subscription_id', '/meter_id'],
    },
  },
});
