// Subscriptions as the emulator runs them: created on their own amount and cadence or on a plan (whose
// price, cadence and trial phases they take), charged in advance at each billing date through ordinary
// payments of the vaulted card (the rows of listSubscriptionPayments), with the metered usage of their
// plan added at each renewal, moved along specs/subscription-status.yaml (pause, resume, cancel, a plan
// canceled under them), moved to another plan (in place, scheduled, or replaced), and retried. Time
// does its work when a subscription is touched: a billing date that has come is charged then (the
// renewSubscription control brings it forward). Refusals and answers as the subscription pages give them.
import { randomUUID } from 'node:crypto';
import { currentFaults, enforces } from '../../emulator/faults.js';
import { moveBy, statusTable } from '../../lib/status-tables.js';
import { add, cmp, fromUnits, toUnits } from '../amounts.js';
import { customers } from '../customers.js';
import type { ServeRequest } from '../kit.js';
import { paymentMethods } from '../payment-methods.js';
import { payments } from '../payments.js';
import { plans } from '../plans.js';
import { err, isResult, type Json, ok, type PendingEvent, type Result } from '../result.js';
import type { Records, World } from '../world.js';
import { billingState } from './state.js';

const TABLE = 'subscription-status.yaml';
const FINAL = new Set(['CANCELED', 'COMPLETED']);
/** The statuses a billing date charges (CREATED: the first payment of initial_payment_validation). */
const BILLED = new Set(['ACTIVE', 'TRIALING', 'PAST_DUE', 'CREATED']);
/** The fields only a subscription on a plan carries (absent, not null, without one: plans.mdx). */
const PLAN_FIELDS = [
  'plan_id',
  'plan_assigned_at',
  'previous_subscription_id',
  'phases',
  'current_phase',
  'billing_phases',
  'pending_plan_change',
];
/** The fields of a list item (list-subscriptions.mdx: items are summaries). */
const SUMMARY = [
  'id',
  'name',
  'status',
  'merchant_reference',
  'account_id',
  'customer_payer',
  'amount',
  'frequency',
  'billing_cycles',
  'payment_method',
  'plan_id',
  'created_at',
];
/** The docs' example amount: what a subscription that ignores its plan would be priced at (a fault). */
const EXAMPLE_AMOUNT = 15000;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A refusal with the subscription's status, as the 409 and 422 of a scheduled plan change carry it. */
const withStatus = (r: Result, status: unknown): Result => ({
  ...r,
  body: { ...(r.body as Json), current_status: status },
});

// ---- time ------------------------------------------------------------------------------------------

/** A date moved on by a cadence (a month by default). */
export function after(t: number, f: unknown): number {
  const type = String(obj(f).type ?? 'MONTH');
  const n = num(obj(f).value) ?? 1;
  const d = new Date(t);
  if (type === 'DAY') d.setUTCDate(d.getUTCDate() + n);
  else if (type === 'WEEK') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (type === 'YEAR') d.setUTCFullYear(d.getUTCFullYear() + n);
  else d.setUTCMonth(d.getUTCMonth() + n);
  return d.getTime();
}

const ms = (iso: unknown): number => (typeof iso === 'string' ? Date.parse(iso) : Number.NaN);

// ---- plans -----------------------------------------------------------------------------------------

/** A plan of the emulated world (the plans module's records). */
export function planOf(world: World, id: unknown): Json | undefined {
  return typeof id === 'string' ? world.get(plans).get(id) : undefined;
}

/** The price a plan charges a subscriber of a country: its country price, else its base_amount. */
export function planPrice(plan: Json, country: unknown): { currency: string; value: number } {
  const local = ((plan.country_prices as Json[] | null) ?? []).find((c) => c.country === country);
  const a = obj(local?.amount ?? plan.base_amount);
  return { currency: String(a.currency ?? 'USD'), value: num(a.value) ?? 0 };
}

/** What a subscription put on a plan carries of it: the plan, when, its phases; no change pending. */
function onPlan(plan: Json, terms: ReturnType<typeof planTerms>, now: string): Json {
  return {
    plan_id: plan.id,
    plan_assigned_at: now,
    previous_subscription_id: null,
    phases: terms.phases,
    current_phase: terms.current_phase,
    billing_phases: terms.billing_phases,
    pending_plan_change: null,
  };
}

/** What a subscription on a plan carries of it: its phases, the trial phases snapshotted, where it starts. */
function planTerms(
  plan: Json,
  country: unknown,
  o: { skipTrial?: boolean } = {},
): { phases: Json[]; billing_phases: Json[]; current_phase: string; trialing: boolean } {
  const raw = [...((plan.phases as Json[] | null) ?? [])].sort((a, b) => (num(a.order) ?? 0) - (num(b.order) ?? 0));
  const phases = raw.map((p) => ({
    order: p.order ?? null,
    name: p.name ?? null,
    type: p.type ?? null,
    duration: p.duration ?? null,
    frequency: p.frequency ?? null,
    amount: p.amount ?? null,
    total_payments: p.total_payments ?? null,
    country_prices: p.country_prices ?? [],
  }));
  const billing_phases: Json[] = [];
  let start = 1;
  for (const p of raw) {
    if (p.type !== 'TRIAL' || o.skipTrial) break;
    const n = num(p.total_payments) ?? num(obj(p.duration).value) ?? 1;
    const local = ((p.country_prices as Json[] | null) ?? []).find((c) => c.country === country);
    billing_phases.push({
      order: p.order ?? null,
      type: 'TRIAL',
      name: p.name ?? null,
      amount: local?.amount ?? p.amount ?? null,
      frequency: p.frequency ?? plan.frequency ?? null,
      start_cycle: start,
      end_cycle: start + n - 1,
    });
    start += n;
  }
  const trialing = billing_phases.length > 0;
  return { phases, billing_phases, current_phase: trialing ? 'TRIAL' : 'REGULAR', trialing };
}

/** The phase a cycle of a subscription falls in: a trial phase of its snapshot, or the regular price. */
function phaseOf(rec: Json, cycle: number): { trial?: Json; index: number; name: unknown; payment: number } {
  const bp = (rec.billing_phases as Json[] | undefined) ?? [];
  const trial = bp.find((p) => cycle >= (num(p.start_cycle) ?? 1) && cycle <= (num(p.end_cycle) ?? 0));
  if (trial)
    return {
      trial,
      index: num(trial.order) ?? 1,
      name: trial.name,
      payment: cycle - (num(trial.start_cycle) ?? 1) + 1,
    };
  const trialCycles = bp.reduce((n, p) => Math.max(n, num(p.end_cycle) ?? 0), 0);
  const regular = ((rec.phases as Json[] | undefined) ?? []).find((p) => p.type === 'REGULAR');
  return {
    index: num(regular?.order) ?? bp.length + 1,
    name: regular?.name ?? 'Regular',
    payment: cycle - trialCycles,
  };
}

// ---- answers and webhooks --------------------------------------------------------------------------

/** A subscription as an operation answers it (the retrieve alone carries the current period). */
export function view(rec: Json, operationId: string): Json {
  const out = structuredClone(rec);
  if (operationId !== 'retrieveSubscription' || out.current_period_start == null) {
    delete out.current_period_start;
    delete out.current_period_end;
  }
  if (typeof out.plan_id !== 'string') for (const f of PLAN_FIELDS) delete out[f];
  if (out.billing_phases === undefined) delete out.current_phase;
  // The pause, resume and cancel examples name the plan subscription_plan_id (conflict subscription-action-answers).
  if (['pauseSubscription', 'resumeSubscription', 'cancelSubscription'].includes(operationId))
    out.subscription_plan_id = rec.plan_id ?? null;
  return out;
}

function summary(rec: Json): Json {
  const v = view(rec, 'listSubscriptions');
  const out: Json = {};
  for (const k of SUMMARY) if (k in v) out[k] = k === 'payment_method' ? { type: obj(v.payment_method).type } : v[k];
  return out;
}

/** A subscription.* webhook, in the shape docs/webhooks/object-and-examples.mdx prints (code, not id). */
function hook(world: World, rec: Json, typeEvent: string): PendingEvent | undefined {
  if (typeEvent === 'subscription.create' && !enforces('subscription-webhooks')) return undefined;
  const s = view(rec, 'webhook');
  const { id, account_id, customer_payer, ...rest } = s;
  const subscription: Json = {
    code: id,
    ...rest,
    account_code: account_id,
    customer_payer: isObject(customer_payer) ? { code: customer_payer.id } : null,
    payments: [],
  };
  delete subscription.subscription_plan_id;
  return {
    typeEvent,
    data: {},
    payload: {
      type: 'subscription',
      type_event: typeEvent,
      account_id: world.around.accountId,
      retry: 0,
      version: 2,
      data: {
        idempotency_key: billingState(world).createKeys.get(String(id)) ?? null,
        subscription,
      },
    },
    faults: currentFaults(),
  };
}

const hooks = (world: World, rec: Json, ...types: string[]): PendingEvent[] =>
  types.map((t) => hook(world, rec, t)).filter((e): e is PendingEvent => e !== undefined);

// ---- charging ------------------------------------------------------------------------------------

/** The usage of a subscription's plan not billed yet, priced per metered price (usage-based-billing.mdx). */
function usageLines(world: World, rec: Json, chargeId: string, period: Json): { lines: Json[]; total: number } {
  const state = billingState(world);
  const planId = rec.plan_id;
  if (typeof planId !== 'string' || !enforces('metered-usage-billed')) return { lines: [], total: 0 };
  const lines: Json[] = [];
  let total = 0;
  for (const price of state.meteredPrices.all().filter((p) => p.plan_id === planId)) {
    const meter = state.meters.get(String(price.meter_id));
    const events = [...state.usage.values()]
      .filter((u) => u.subscriptionId === rec.id && u.meterId === price.meter_id && !u.billed)
      .sort((a, b) => a.occurredAt - b.occurredAt);
    if (!events.length) continue;
    const aggregation = meter?.aggregation ?? 'SUM';
    const quantity =
      aggregation === 'COUNT'
        ? events.length
        : aggregation === 'LAST'
          ? events[events.length - 1]!.value
          : events.reduce((s, e) => add(s, e.value), 0);
    const credits = enforces('metered-usage-billed', { part: 'credits' }) ? (num(price.credits) ?? 0) : 0;
    const billable = Math.max(0, quantity - credits);
    const local = ((price.country_prices as Json[] | null) ?? []).find((c) => c.country === rec.country);
    const unit =
      num(obj(local?.amount).value) ??
      num(obj(price.price_per_credit).value) ??
      num(obj(meter?.default_price).value) ??
      0;
    const amount = fromUnits(Math.round(toUnits(billable) * unit));
    for (const e of events) e.billed = chargeId;
    total = add(total, amount);
    lines.push({
      type: 'USAGE',
      label: String(meter?.name ?? price.meter_id),
      service_period: period,
      amount: { currency: obj(rec.amount).currency ?? null, value: amount },
      meter_id: price.meter_id,
      quantity,
      credits,
      billable,
    });
  }
  return { lines, total };
}

/** A charge of a subscription as a payment of its vaulted card: the payment's answer, or why none was made. */
function pay(
  world: World,
  rec: Json,
  total: number,
  cycle: number,
  retry: boolean,
): { payment?: Json; events: PendingEvent[]; status: string; subStatus: string | null } {
  const pm = obj(rec.payment_method);
  const currency = String(obj(rec.amount).currency ?? 'USD');
  // A free cycle makes no payment (and sends no payment webhook: subscriptions/index.mdx).
  if (cmp(total, 0) <= 0) return { events: [], status: 'SUCCEEDED', subStatus: null };
  const method = world.get(paymentMethods).forPayment(String(pm.vaulted_token ?? ''), obj(rec.customer_payer).id);
  const made = isResult(method)
    ? method
    : world.get(payments).create(
        {
          account_id: rec.account_id,
          description: `Subscription ${String(rec.name)} cycle ${cycle}`,
          country: rec.country,
          merchant_order_id: `${String(rec.id)}-${cycle}${retry ? `-retry-${randomUUID().slice(0, 8)}` : ''}`,
          merchant_reference: rec.merchant_reference ?? null,
          amount: { currency, value: total },
          payment_method: { type: 'CARD', vaulted_token: pm.vaulted_token },
          ...(isObject(rec.customer_payer) ? { customer_payer: { id: obj(rec.customer_payer).id } } : {}),
        },
        null,
        null,
        {
          vaultedToken: String(pm.vaulted_token),
          number: method.number ?? undefined,
          type: method.type === 'CARD' ? 'CARD' : undefined,
        },
      );
  if (made.status >= 300) return { events: [], status: 'ERROR', subStatus: String(obj(made.body).code ?? 'ERROR') };
  const payment = made.body as Json;
  return {
    payment,
    events: made.events ?? [],
    status: String(payment.status),
    subStatus: typeof payment.sub_status === 'string' ? payment.sub_status : null,
  };
}

/** A row of listSubscriptionPayments for a charge (cycle_number is kept for the emulator, not answered). */
function row(
  world: World,
  rec: Json,
  o: {
    id: string;
    paid: ReturnType<typeof pay>;
    total: number;
    lines: Json[];
    cycle: number;
    phase: ReturnType<typeof phaseOf> | undefined;
    retry: { count: number; forced: boolean };
  },
): Json {
  const pm = obj(rec.payment_method);
  const currency = String(obj(rec.amount).currency ?? 'USD');
  const { payment } = o.paid;
  const t = world.clock.iso();
  return {
    id: o.id,
    payment_id:
      payment && !enforces('subscription-payments-are-payments') ? randomUUID() : ((payment?.id as string) ?? null),
    idempotency_key: null,
    status: o.paid.status,
    sub_status: o.paid.subStatus,
    provider: payment ? 'YUNO_TEST_PAYMENT_GW' : null,
    payment_method: { id: pm.vaulted_token ?? null, type: pm.type ?? 'CARD' },
    amount: { currency, value: o.total },
    currency,
    subtotal: o.total,
    total: o.total,
    plan_id: rec.plan_id ?? null,
    line_items: o.lines,
    phase: o.phase ? { index: o.phase.index, name: o.phase.name, type: o.phase.trial ? 'TRIAL' : 'REGULAR' } : null,
    phase_payment: o.phase ? o.phase.payment : null,
    billing_cycle: o.phase?.trial ? null : o.phase ? o.phase.payment : o.cycle,
    retry: o.retry,
    trace_id: null,
    created_at: t,
    updated_at: t,
    cycle_number: o.cycle,
  };
}

/**
 * Charges a subscription's due cycle now, in advance of the period it pays for: the phase's or the
 * regular amount plus the metered usage not billed yet, as one payment of its vaulted card (none for a
 * free cycle); then moves the cycle counter on. Answers the events it raised.
 */
function charge(world: World, store: Records, rec: Json): PendingEvent[] {
  const state = billingState(world);
  const events: PendingEvent[] = [];
  const cycles = obj(rec.billing_cycles);
  const now = world.clock.now();
  const cycle = num(cycles.current) ?? 1;
  // A plan change scheduled with plan_change is applied at the renewal that first bills the new plan.
  if (isObject(rec.pending_plan_change) && cycle > 1) events.push(...applyScheduledChange(world, rec));
  const phase = typeof rec.plan_id === 'string' ? phaseOf(rec, cycle) : undefined;
  const amount = obj(rec.amount);
  const trial = obj(rec.trial_period);
  let flat = num(amount.value) ?? 0;
  if (phase?.trial) flat = num(obj(phase.trial.amount).value) ?? flat;
  else if (!phase && isObject(rec.trial_period) && cycle <= (num(trial.billing_cycles) ?? 1))
    flat = num(obj(trial.amount).value) ?? flat;
  // The period starts with the cycle's payment attempt (the-subscription-object.mdx current_period_start):
  // now, however long ago the billing date came, so a date long past is charged once, not cycle by cycle.
  const start = now;
  const next = after(start, rec.frequency);
  const period = { start: world.clock.iso(start), end: world.clock.iso(next) };
  const id = randomUUID();
  const usage = usageLines(world, rec, id, period);
  const total = add(flat, usage.total);
  const lines = [
    {
      type: 'PLAN',
      label: String(phase?.name ?? rec.name ?? 'Subscription'),
      service_period: period,
      amount: { currency: amount.currency ?? null, value: flat },
    },
    ...usage.lines,
  ];
  const paid = pay(world, rec, total, cycle, false);
  events.push(...paid.events);
  state
    .chargesOf(String(rec.id))
    .push(row(world, rec, { id, paid, total, lines, cycle, phase, retry: { count: 0, forced: false } }));
  const t = world.clock.iso();
  rec.current_period_start = period.start;
  rec.current_period_end = period.end;
  if (rec.status === 'CREATED') {
    // initial_payment_validation: the first payment decides (subscriptions/index.mdx), and the counter
    // moves only once it succeeded (the-subscription-object.mdx billing_cycles.current).
    if (paid.status !== 'SUCCEEDED') {
      Object.assign(rec, { status: 'CANCELED', cancellation_source: 'SYSTEM', cancellation_time: t, updated_at: t });
      store.put(String(rec.id), rec);
      return [...events, ...hooks(world, rec, 'subscription.cancel')];
    }
    rec.status = phase?.trial ? 'TRIALING' : 'ACTIVE';
    events.push(...hooks(world, rec, rec.status === 'TRIALING' ? 'subscription.trialing' : 'subscription.active'));
  }
  const total_ = num(cycles.total);
  if (total_ !== undefined && cycle >= total_) {
    // The counter stops on the last cycle, and the subscription is COMPLETED for its final period.
    rec.billing_cycles = { ...cycles, current: total_, next_at: period.end };
    Object.assign(rec, { status: 'COMPLETED', ending_time: t });
    events.push(...hooks(world, rec, 'subscription.complete'));
  } else {
    rec.billing_cycles = { ...cycles, current: cycle + 1, next_at: period.end };
    if (phase && rec.billing_phases !== undefined) {
      const wasTrial = rec.current_phase === 'TRIAL';
      rec.current_phase = phase.trial ? 'TRIAL' : 'REGULAR';
      // A trial over turns a TRIALING subscription ACTIVE (status-subscriptions.mdx, trial-ends).
      if (wasTrial && !phase.trial && rec.status === 'TRIALING') {
        rec.status = 'ACTIVE';
        events.push(...hooks(world, rec, 'subscription.active'));
      }
    }
  }
  rec.updated_at = t;
  store.put(String(rec.id), rec);
  return events;
}

/** The last declined charge of a subscription charged again now, with its latest payment method. */
function chargeAgain(world: World, rec: Json, last: Json): PendingEvent[] {
  const state = billingState(world);
  const cycle = num(last.cycle_number) ?? 1;
  const total = num(last.total) ?? 0;
  const paid = pay(world, rec, total, cycle, true);
  const count = state.chargesOf(String(rec.id)).filter((c) => c.cycle_number === cycle).length;
  const phase = typeof rec.plan_id === 'string' ? phaseOf(rec, cycle) : undefined;
  state.chargesOf(String(rec.id)).push(
    row(world, rec, {
      id: randomUUID(),
      paid,
      total,
      lines: structuredClone(last.line_items as Json[]),
      cycle,
      phase,
      retry: { count, forced: true },
    }),
  );
  return paid.events;
}

/** A scheduled plan change taking effect at the renewal (in place: same id, update-subscription.mdx). */
function applyScheduledChange(world: World, rec: Json): PendingEvent[] {
  const change = obj(rec.pending_plan_change);
  const plan = planOf(world, change.plan_id);
  rec.pending_plan_change = null;
  if (!plan) return [];
  const terms = planTerms(plan, rec.country, { skipTrial: change.phases_behavior !== 'HONOR_PHASES' });
  Object.assign(rec, {
    plan_id: plan.id,
    plan_assigned_at: world.clock.iso(),
    amount: planPrice(plan, rec.country),
    frequency: { ...obj(rec.frequency), ...obj(plan.frequency) },
    phases: terms.phases,
    billing_phases: terms.billing_phases,
    current_phase: terms.current_phase,
  });
  return hooks(world, rec, 'subscription.plan_changed');
}

/**
 * A plan canceled under a live subscription cancels it, in the plan's cancel request
 * (cancel-plan.mdx: "synchronous and immediate"): cancellation_source SYSTEM, a subscription.cancel
 * webhook. Only there: a subscription a fault left live under a canceled plan stays so, whoever
 * touches it next. Answers the events it raised.
 */
export function cancelUnderCanceledPlan(world: World, store: Records, rec: Json): PendingEvent[] {
  const plan = planOf(world, rec.plan_id);
  if (plan?.status !== 'CANCELED' || FINAL.has(String(rec.status)) || !enforces('plan-cancel-cascades')) return [];
  const now = world.clock.iso();
  Object.assign(rec, {
    status: 'CANCELED',
    cancellation_source: 'SYSTEM',
    cancellation_time: now,
    pending_plan_change: null,
    updated_at: now,
  });
  store.put(String(rec.id), rec);
  return hooks(world, rec, 'subscription.cancel');
}

/**
 * Time's work on a subscription, when it is touched: a change scheduled to a canceled plan is undone,
 * and a billing date that has come is charged (not while PAUSED). Answers the events it raised.
 */
export function tick(world: World, store: Records, rec: Json): PendingEvent[] {
  const events: PendingEvent[] = [];
  const pending = obj(rec.pending_plan_change);
  if (isObject(rec.pending_plan_change) && planOf(world, pending.plan_id)?.status === 'CANCELED') {
    rec.pending_plan_change = null;
    events.push(...hooks(world, rec, 'subscription.plan_change_canceled'));
  }
  const billable =
    BILLED.has(String(rec.status)) || (rec.status === 'PAUSED' && !enforces('subscription-paused-not-billed'));
  const due = ms(obj(rec.billing_cycles).next_at);
  if (billable && !Number.isNaN(due) && due <= world.clock.now()) events.push(...charge(world, store, rec));
  return events;
}

// ---- the operations --------------------------------------------------------------------------------

/** A subscription by the id of the path, after time's work on it; or the documented refusal of an unknown id. */
function found(store: Records, world: World, id: string | undefined): { rec: Json; events: PendingEvent[] } | Result {
  const rec = id === undefined ? undefined : store.get(id);
  if (!rec) return err(400, 'SUBSCRIPTION_NOT_FOUND', 'Subscription not found.');
  return { rec, events: tick(world, store, rec) };
}

/** The payment method a subscription would charge, or the refusal (unknown token, another customer's, not enrolled). */
function chargeable(world: World, token: unknown, customerId: unknown): Result | undefined {
  if (typeof token !== 'string')
    return err(
      400,
      'PAYMENT_METHOD_NOT_FOUND',
      'A subscription charges a vaulted_token of an enrolled payment method.',
    );
  const pm = world.get(paymentMethods).forPayment(token, customerId);
  return isResult(pm) ? { status: pm.status, body: pm.body } : undefined;
}

/**
 * The card of a subscription's payment method as the retrieve and plan-change examples show it: what was
 * sent, the rest null, and the credential's usage FIRST unless the request said it was USED before.
 */
function cardOf(sent: unknown): Json {
  const card = obj(sent);
  return {
    installments: card.installments ?? null,
    network_transaction_id: card.network_transaction_id ?? null,
    usage: card.usage ?? 'FIRST',
  };
}

/**
 * A subscription's retries as the retrieve and plan-change examples show them: what was sent over the
 * defaults (no retry on decline, 6 retries, the DEFAULT schedule; retries.mdx), the rest null as there.
 */
function retriesOf(sent: unknown): Json {
  return {
    retry_on_decline: false,
    amount: 6,
    strategy: 'DEFAULT',
    schedule: null,
    stop_on_hard_decline: null,
    cancel_on_exhausted_retries: null,
    ...obj(sent),
  };
}

export function createSubscription(store: Records, req: ServeRequest, world: World): Result {
  const state = billingState(world);
  const key = req.idempotencyKey;
  const replay = key ? state.createdByKey.get(key) : undefined;
  if (replay) return ok(view(replay, req.operationId));
  const b = req.body;
  const now = world.clock.iso();
  const customer = obj(b.customer_payer);
  const pm = obj(b.payment_method);
  const refused = chargeable(world, pm.vaulted_token, customer.id);
  if (refused) return refused;
  let amount: Json | null = (b.amount as Json | null) ?? null;
  let frequency: Json | null = isObject(b.frequency) ? { value: 1, ...b.frequency } : null;
  let planFields: Json = {};
  let status = b.initial_payment_validation === true ? 'CREATED' : 'ACTIVE';
  if (typeof b.plan_id === 'string') {
    const plan = planOf(world, b.plan_id);
    if (!plan) return err(400, 'NOT_FOUND', `No plan of the account has id ${b.plan_id}.`);
    if (plan.status !== 'ACTIVE' && enforces('canceled-plan-closed'))
      return err(400, 'INVALID_STATE', `The plan is ${String(plan.status)}: it takes no new subscription.`);
    const allowed = (plan.allowed_payment_methods as string[] | null) ?? [];
    if (allowed.length && !allowed.includes(String(pm.type)))
      return err(400, 'INCORRECT_PAYMENT_METHOD_TYPE', `The plan takes ${allowed.join(', ')} only.`);
    const terms = planTerms(plan, b.country);
    if (enforces('subscription-bills-plan')) {
      amount = planPrice(plan, b.country);
      // frequency sent with a plan_id is ignored: the plan's applies (plans.mdx).
      frequency = { ...obj(plan.frequency) };
    } else {
      amount = { currency: planPrice(plan, b.country).currency, value: EXAMPLE_AMOUNT };
      frequency = frequency ?? { type: 'MONTH', value: 1 };
    }
    if (terms.trialing && status === 'ACTIVE') status = 'TRIALING';
    planFields = onPlan(plan, terms, now);
  } else if (!frequency && !isObject(b.billing_date)) frequency = { type: 'MONTH', value: 1 };
  const availability = obj(b.availability);
  const startAt = typeof availability.start_at === 'string' ? availability.start_at : now;
  const trial = isObject(b.trial_period) ? b.trial_period : undefined;
  const rec: Json = {
    id: randomUUID(),
    name: b.name,
    description: b.description ?? null,
    account_id: b.account_id,
    country: b.country,
    merchant_reference: b.merchant_reference ?? null,
    soft_descriptor: b.soft_descriptor ?? null,
    status,
    amount,
    frequency,
    billing_cycles: { total: num(obj(b.billing_cycles).total) ?? null, current: 1, next_at: startAt },
    current_period_start: null,
    current_period_end: null,
    billing_date: b.billing_date ?? null,
    customer_payer: typeof customer.id === 'string' ? { id: customer.id } : null,
    payment_method: { type: pm.type, vaulted_token: pm.vaulted_token, card: cardOf(pm.card) },
    availability: { start_at: startAt, finish_at: availability.finish_at ?? null },
    retries: retriesOf(b.retries),
    // The answers carry the trial's currency as "" (conflict subscription-trial-currency-empty).
    trial_period: trial
      ? {
          billing_cycles: num(trial.billing_cycles) ?? 1,
          amount: { value: num(obj(trial.amount).value) ?? null, currency: '' },
        }
      : null,
    initial_payment_validation: b.initial_payment_validation ?? false,
    metadata: b.metadata ?? null,
    additional_data: b.additional_data ?? null,
    reason: null,
    renewal_notification_days: null,
    payments: [],
    subscription_agreement_id: b.subscription_agreement_id ?? null,
    cancellation_time: null,
    cancellation_source: null,
    ending_time: null,
    ...planFields,
    created_at: now,
    updated_at: now,
  };
  store.put(String(rec.id), rec);
  if (key) {
    state.createKeys.set(String(rec.id), key);
    state.createdByKey.set(key, rec);
  }
  return ok(view(rec, req.operationId), 200, hooks(world, rec, 'subscription.create'));
}

export function retrieveSubscription(store: Records, req: ServeRequest, world: World): Result {
  const f = found(store, world, req.path.subscription_id);
  return isResult(f) ? f : ok(view(f.rec, req.operationId), 200, f.events);
}

export function listSubscriptions(store: Records, req: ServeRequest, world: World): Result {
  const q = req.query;
  const account = String(req.headers['x-account-code'] ?? '');
  const statuses = q.status ? String(q.status).split(',') : undefined;
  const from = q.created_at_from ? ms(q.created_at_from) : undefined;
  const to = q.created_at_to ? ms(q.created_at_to) : undefined;
  const events: PendingEvent[] = [];
  const all = store
    .all()
    .filter((r) => r.account_id === account)
    .map((r) => {
      events.push(...tick(world, store, r));
      return r;
    })
    .filter(
      (r) =>
        (!q.customer_id || obj(r.customer_payer).id === q.customer_id) &&
        (!statuses || statuses.includes(String(r.status))) &&
        (!q.plan_id || r.plan_id === q.plan_id) &&
        (!q.payment_method_type || obj(r.payment_method).type === q.payment_method_type) &&
        (from === undefined || ms(r.created_at) >= from) &&
        (to === undefined || ms(r.created_at) <= to),
    )
    .reverse();
  const page = Number(q.page ?? 1);
  const size = Number(q.size ?? 20);
  return ok(
    {
      items: all.slice((page - 1) * size, page * size).map(summary),
      pagination: { page, size, total: all.length, total_pages: Math.ceil(all.length / size) },
    },
    200,
    events,
  );
}

export function listSubscriptionPayments(store: Records, req: ServeRequest, world: World): Result {
  const f = found(store, world, req.path.subscription_id);
  if (isResult(f)) return f;
  const limit = Number(req.query.limit ?? 20);
  const offset = Number(req.query.offset ?? 0);
  if (offset % limit !== 0) return err(400, 'BAD_REQUEST', `The offset must be a multiple of the limit (${limit}).`);
  const rows = [...billingState(world).chargesOf(String(f.rec.id))].reverse().map((r) => {
    const { cycle_number: _, ...row } = r;
    return structuredClone(row);
  });
  return ok(
    {
      data: rows.slice(offset, offset + limit),
      pagination: { total: rows.length, limit, offset, has_more: offset + limit < rows.length },
    },
    200,
    f.events,
  );
}

/**
 * A status move by an operation, along specs/subscription-status.yaml: the move the table gives from
 * the subscription's status, or its refusal. CANCELED and COMPLETED are final.
 */
export function moveSubscription(store: Records, req: ServeRequest, world: World): Result {
  const f = found(store, world, req.path.subscription_id);
  if (isResult(f)) return f;
  const { rec, events } = f;
  const op = req.operationId;
  const from = String(rec.status);
  const now = world.clock.iso();
  const table = statusTable(TABLE);
  let to: string | undefined;
  if (FINAL.has(from) && op !== 'cancelSubscription' && !enforces('subscription-canceled-final'))
    to = op === 'resumeSubscription' ? 'ACTIVE' : 'PAUSED';
  else {
    const m = moveBy(table, op, from);
    if ((!m || 'forbidden' in m) && enforces('resource-transition-forbidden', { operation: op, from })) {
      if (op === 'resumeSubscription' && from !== 'PAUSED' && !FINAL.has(from))
        return err(400, 'INVALID_STATE', `The subscription is ${from}: only a PAUSED subscription can be resumed.`);
      return err(400, 'INVALID_STATE', 'The subscription state does not support the action requested.');
    }
    to = m && 'to' in m ? m.to : from;
  }
  if (op === 'resumeSubscription') {
    const finish = ms(obj(rec.availability).finish_at);
    if (!Number.isNaN(finish) && finish <= world.clock.now())
      return err(
        400,
        'INVALID_DATE',
        'The subscription can not be resumed due to a conflict with the availability dates. Please check the finish date.',
      );
    // Resumed inside the trial phase, it is TRIALING again (status-subscriptions.mdx matrix).
    if (to === 'ACTIVE' && rec.current_phase === 'TRIAL') to = 'TRIALING';
  }
  if (!enforces('resource-transition', { operation: op, from })) to = from;
  rec.status = to;
  rec.updated_at = now;
  if (to === 'CANCELED' && from !== 'CANCELED') {
    Object.assign(rec, { cancellation_source: 'MERCHANT', cancellation_time: now });
    if ('pending_plan_change' in rec) rec.pending_plan_change = null;
  }
  store.put(String(rec.id), rec);
  const type = { pauseSubscription: 'pause', resumeSubscription: 'resume', cancelSubscription: 'cancel' }[
    op as 'pauseSubscription'
  ];
  if (to !== from && type) events.push(...hooks(world, rec, `subscription.${type}`));
  return ok(view(rec, op), 200, events);
}

export function updateSubscription(store: Records, req: ServeRequest, world: World): Result {
  const f = found(store, world, req.path.subscription_id);
  if (isResult(f)) return f;
  const { rec, events } = f;
  const b = req.body;
  const now = world.clock.iso();
  const next = structuredClone(rec);
  if ('plan_change' in b) {
    const r = planChange(world, next, b.plan_change);
    if (isResult(r)) return r;
    events.push(...r);
  }
  const pm = obj(b.payment_method);
  const customerId = isObject(b.customer_payer) ? b.customer_payer.id : obj(rec.customer_payer).id;
  if (isObject(b.customer_payer) && !world.get(customers).records.has(String(customerId)))
    return err(400, 'CUSTOMER_NOT_FOUND', `No customer has id ${String(customerId)}.`);
  if (typeof pm.vaulted_token === 'string' || isObject(b.customer_payer)) {
    const refused = chargeable(world, pm.vaulted_token ?? obj(rec.payment_method).vaulted_token, customerId);
    if (refused) return refused;
  }
  const availability = b.availability;
  if (isObject(availability)) {
    const was = obj(rec.availability);
    const start = availability.start_at;
    if (typeof start === 'string' && ms(start) > ms(was.start_at))
      return err(
        400,
        'INVALID_DATE',
        'The availability start date cannot be greater than the current availability start date.',
      );
    next.availability = { start_at: start ?? was.start_at ?? null, finish_at: availability.finish_at ?? null };
  }
  const cycles = obj(b.billing_cycles);
  if (num(cycles.total) !== undefined) {
    const current = num(obj(rec.billing_cycles).current) ?? 1;
    if ((num(cycles.total) ?? 0) < current)
      return err(
        400,
        'INVALID_STATE',
        `billing_cycles.total cannot be lower than the current billing cycle (${current}).`,
      );
    next.billing_cycles = { ...obj(rec.billing_cycles), total: cycles.total };
  }
  for (const k of ['name', 'description', 'merchant_reference', 'soft_descriptor', 'country', 'amount', 'retries'])
    if (k in b && b[k] !== undefined) next[k] = k === 'retries' ? { ...obj(rec.retries), ...obj(b[k]) } : b[k];
  if (isObject(b.frequency)) next.frequency = { ...obj(rec.frequency), ...b.frequency };
  if (isObject(b.customer_payer)) next.customer_payer = { id: customerId };
  if (isObject(b.payment_method)) {
    const card = obj(pm.card);
    next.payment_method = {
      ...obj(rec.payment_method),
      ...(pm.type ? { type: pm.type } : {}),
      ...(typeof pm.vaulted_token === 'string' ? { vaulted_token: pm.vaulted_token } : {}),
      ...(isObject(pm.card)
        ? { card: { ...cardOf(obj(rec.payment_method).card), ...(card.usage ? { usage: card.usage } : {}) } }
        : {}),
    };
  }
  // One {key, value} or a list of them (conflict subscription-metadata-shape).
  if ('metadata' in b) next.metadata = isObject(b.metadata) ? [b.metadata] : (b.metadata ?? null);
  next.updated_at = now;
  if (enforces('state-persisted')) store.put(String(rec.id), next);
  return ok(view(next, req.operationId), 200, events);
}

/** A plan change scheduled (or undone with null) for the next billing cycle: update-subscription.mdx. */
function planChange(world: World, rec: Json, change: unknown): PendingEvent[] | Result {
  const status = String(rec.status);
  if (change === null) {
    if (!isObject(rec.pending_plan_change)) return [];
    rec.pending_plan_change = null;
    return hooks(world, rec, 'subscription.plan_change_canceled');
  }
  const c = obj(change);
  // specs/subscription-status.yaml forbidden schedule-plan-change-terminal and -not-live.
  const refuses = enforces('resource-transition-forbidden', { operation: 'updateSubscription', from: status });
  if (FINAL.has(status) && refuses)
    return err(400, 'INVALID_STATE', `The subscription is ${status}: its plan cannot change.`);
  if (!['ACTIVE', 'TRIALING'].includes(status) && refuses)
    return withStatus(
      err(
        409,
        'INVALID_SUBSCRIPTION_STATUS',
        `The subscription is ${status}: a plan change needs it ACTIVE or TRIALING.`,
      ),
      status,
    );
  if (typeof rec.plan_id !== 'string')
    return withStatus(
      err(409, 'SUBSCRIPTION_NOT_ON_A_PLAN', 'The subscription is not on a plan: use Change Subscription Plan.'),
      status,
    );
  const target = planOf(world, c.plan_id);
  if (!target) return err(404, 'PLAN_NOT_FOUND', 'The target plan does not exist or is not linked to this account.');
  if (target.status !== 'ACTIVE')
    return withStatus(err(409, 'TARGET_PLAN_NOT_ACTIVE', 'The target plan is not ACTIVE.'), status);
  if (target.id === rec.plan_id)
    return withStatus(err(422, 'SAME_PLAN', 'The subscription is already on this plan.'), status);
  if (isObject(rec.pending_plan_change))
    return withStatus(
      err(
        409,
        'PLAN_CHANGE_ALREADY_SCHEDULED',
        'A plan change is already scheduled for this subscription. Undo it first with plan_change: null.',
      ),
      status,
    );
  const price = planPrice(target, rec.country);
  if (price.currency !== obj(rec.amount).currency)
    return err(400, 'BAD_REQUEST', 'The target plan is priced in another currency than the subscription.');
  const cycles = obj(rec.billing_cycles);
  if (num(cycles.total) !== undefined && (num(cycles.current) ?? 1) >= (num(cycles.total) ?? 0))
    return withStatus(err(409, 'PLAN_CHANGE_NOT_AVAILABLE', 'The subscription is in its final billing cycle.'), status);
  rec.pending_plan_change = {
    plan_id: target.id,
    plan_name: target.name ?? null,
    direction: cmp(price.value, num(obj(rec.amount).value) ?? 0) >= 0 ? 'UPGRADE' : 'DOWNGRADE',
    effective: 'NEXT_BILLING_CYCLE',
    phases_behavior: c.phases_behavior ?? 'START_FROM_REGULAR',
    applies_at: cycles.next_at ?? null,
    requested_at: world.clock.iso(),
  };
  return hooks(world, rec, 'subscription.plan_change_scheduled');
}

/** A forced new charge of the last declined payment of the current cycle (retry-subscription.mdx). */
export function retrySubscription(store: Records, req: ServeRequest, world: World): Result {
  const f = found(store, world, req.path.subscription_id);
  if (isResult(f)) return f;
  const { rec, events } = f;
  if (rec.status === 'CANCELED' || rec.status === 'COMPLETED')
    return err(400, 'INVALID_STATE', `The subscription is ${String(rec.status)}: it is no longer billed.`);
  const last = billingState(world).chargesOf(String(rec.id)).at(-1);
  if (!last || !['DECLINED', 'REJECTED', 'ERROR'].includes(String(last.status)))
    return err(
      400,
      'INVALID_STATE',
      'The last payment intent of the subscription does not support the action requested.',
    );
  events.push(...chargeAgain(world, rec, last));
  return ok(view(rec, req.operationId), 200, events);
}

/**
 * Moves a subscription onto a plan (change-subscription-plan.mdx): attached in place when it has none,
 * replaced by a new subscription when it has one (the original CANCELED, PLAN_CHANGE).
 */
export function changeSubscriptionPlan(store: Records, req: ServeRequest, world: World): Result {
  const f = found(store, world, req.path.subscription_id);
  if (isResult(f)) return f;
  const { rec, events } = f;
  const b = req.body;
  const status = String(rec.status);
  const target = planOf(world, b.plan_id);
  if (!target) return err(404, 'PLAN_NOT_FOUND', 'The target plan does not exist or is not linked to this account.');
  // Posting the plan it is on again is a no-op (also once that plan was canceled).
  if (target.id === rec.plan_id) return ok(view(rec, req.operationId), 200, events);
  if (FINAL.has(status) && enforces('resource-transition-forbidden', { operation: req.operationId, from: status }))
    return err(400, 'INVALID_STATE', `The subscription status ${status} does not support plan changes.`);
  if (target.status !== 'ACTIVE') return err(400, 'INVALID_STATE', 'The target plan is not ACTIVE.');
  const allowed = (target.allowed_payment_methods as string[] | null) ?? [];
  if (allowed.length && !allowed.includes(String(obj(rec.payment_method).type)))
    return err(400, 'INCORRECT_PAYMENT_METHOD_TYPE', `The target plan takes ${allowed.join(', ')} only.`);
  const cycles = obj(rec.billing_cycles);
  const total = num(cycles.total);
  const current = num(cycles.current) ?? 1;
  if (total !== undefined && current > total)
    return err(400, 'BAD_REQUEST', 'The subscription has no remaining billing cycles.');
  const now = world.clock.iso();
  const skipTrial = b.skip_trial === true;
  if (typeof rec.plan_id !== 'string') {
    if (skipTrial) return err(400, 'BAD_REQUEST', 'skip_trial applies to a subscription already on a plan.');
    const terms = planTerms(target, rec.country);
    Object.assign(rec, {
      ...onPlan(target, terms, now),
      amount: planPrice(target, rec.country),
      frequency: { ...obj(rec.frequency), ...obj(target.frequency) },
      updated_at: now,
    });
    if (terms.trialing && status === 'ACTIVE') {
      rec.status = 'TRIALING';
      events.push(...hooks(world, rec, 'subscription.trialing'));
    }
    store.put(String(rec.id), rec);
    return ok(view(rec, req.operationId), 200, events);
  }
  // Plan to plan: a replacement inherits the remaining cycles and the next renewal date.
  const terms = planTerms(target, rec.country, { skipTrial });
  const nextAt =
    ms(cycles.next_at) > world.clock.now() ? String(cycles.next_at) : world.clock.iso(world.clock.now() + 60_000);
  const replacement: Json = {
    ...structuredClone(rec),
    id: randomUUID(),
    status: terms.trialing ? 'TRIALING' : 'ACTIVE',
    amount: planPrice(target, rec.country),
    frequency: { ...obj(rec.frequency), ...obj(target.frequency) },
    billing_cycles: { total: total === undefined ? null : total - current + 1, current: 1, next_at: nextAt },
    current_period_start: null,
    current_period_end: null,
    availability: { ...obj(rec.availability), start_at: nextAt },
    plan_id: target.id,
    plan_assigned_at: now,
    previous_subscription_id: rec.id,
    phases: terms.phases,
    pending_plan_change: null,
    cancellation_time: null,
    cancellation_source: null,
    ending_time: null,
    created_at: now,
    updated_at: now,
  };
  if (skipTrial) {
    // skip_trial: current_phase and billing_phases are absent, not null (change-subscription-plan.json).
    delete replacement.current_phase;
    delete replacement.billing_phases;
  } else Object.assign(replacement, { current_phase: terms.current_phase, billing_phases: terms.billing_phases });
  Object.assign(rec, {
    status: 'CANCELED',
    cancellation_source: 'PLAN_CHANGE',
    cancellation_time: now,
    pending_plan_change: null,
    updated_at: now,
  });
  store.put(String(rec.id), rec);
  store.put(String(replacement.id), replacement);
  const state = billingState(world);
  const key = state.createKeys.get(String(rec.id));
  if (key) state.createKeys.set(String(replacement.id), key);
  events.push(
    ...hooks(world, replacement, 'subscription.create'),
    ...hooks(world, rec, 'subscription.cancel'),
    ...hooks(world, replacement, 'subscription.plan_changed'),
  );
  return ok(view(replacement, req.operationId), 200, events);
}

/** The billing engine reaches a subscription's next billing date now (the renewSubscription control). */
export function renew(store: Records, world: World, id: string): Result {
  const rec = store.get(id);
  if (!rec) return err(404, 'NOT_FOUND', `No subscription has id ${id}.`);
  const events = tick(world, store, rec);
  const before = billingState(world).chargesOf(id).length;
  const status = String(rec.status);
  if (BILLED.has(status) || (status === 'PAUSED' && !enforces('subscription-paused-not-billed'))) {
    rec.billing_cycles = { ...obj(rec.billing_cycles), next_at: world.clock.iso() };
    events.push(...tick(world, store, rec));
  }
  const charges = billingState(world).chargesOf(id);
  const made = charges.slice(before);
  return ok(
    {
      id,
      status: rec.status,
      charged: made.length,
      payment_id: made.at(-1)?.payment_id ?? null,
      next_at: obj(rec.billing_cycles).next_at ?? null,
    },
    200,
    events,
  );
}
