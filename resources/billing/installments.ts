// Installment plans (merchant installments): created, listed by account and narrowed by currency, IIN,
// amount and payment method type, read (as an array of one: conflict installment-plan-retrieve-shape),
// updated and deleted for good; and the read-only query of the installments an alternative payment
// method offers. Answers in the shape of the docs' examples: "" for the card restrictions a plan does
// not set, the range's currency spelt Currency (conflicts installment-plan-empty-strings,
// installment-plan-amount-key).
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { cmp } from '../amounts.js';
import { notFound } from '../crud.js';
import { defineResource, type MakeContext, type ServeRequest } from '../kit.js';
import { type Json, ok, type Result } from '../result.js';
import type { Records, World } from '../world.js';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});

/** A card plan of 1, 3 and 6 installments for the run's account and currency. */
export function installmentPlanBody(m: MakeContext): BodyOf<'createInstallmentsPlan'> {
  return {
    name: `yuno-conformance installments ${m.id('inst')}`,
    account_id: [m.accountId],
    merchant_reference: m.id('inst'),
    installments_plan: [
      { installment: 1, rate: 1 },
      { installment: 3, rate: 1.05, financial_costs: [{ type: 'CFT', rate: 45.25 }] },
      { installment: 6, rate: 1.1 },
    ],
    country_code: m.country as BodyOf<'createInstallmentsPlan'>['country_code'],
    amount: { currency: m.currency, min_value: 0, max_value: 100000 },
    availability: {
      start_at: new Date(Date.now() - 86_400_000).toISOString(),
      finish_at: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    },
    payment_method_type: 'CARD',
  };
}

/** "45,25%": a financial cost rate as the answers format it. */
const formatted = (rate: unknown): string => (typeof rate === 'number' ? `${rate.toFixed(2).replace('.', ',')}%` : '');

/** An installment option as answered: provider_id "", its financial costs with formatted_value. */
function option(o: Json): Json {
  const out: Json = { installment: o.installment, rate: o.rate ?? 1, provider_id: '' };
  if (Array.isArray(o.financial_costs))
    out.financial_costs = (o.financial_costs as Json[]).map((c) => ({ ...c, formatted_value: formatted(c.rate) }));
  if (o.type !== undefined && o.type !== null) out.type = o.type;
  return out;
}

/** The range as the answers spell it (Currency, conflict installment-plan-amount-key). */
function range(a: unknown): Json | null {
  if (!isObject(a)) return null;
  return { Currency: a.currency ?? a.Currency, min_value: a.min_value ?? null, max_value: a.max_value ?? null };
}

/** The fields a body sets, written into a plan as the answers carry them. */
function apply(plan: Json, b: Json): void {
  for (const k of ['name', 'account_id', 'merchant_reference', 'country_code', 'availability', 'payment_method_type'])
    if (k in b && b[k] !== undefined) plan[k] = b[k];
  for (const k of ['scheme', 'issuer']) if (k in b) plan[k] = b[k] ?? '';
  if ('brand' in b) plan.brand = b.brand ?? [];
  if ('iin' in b) plan.iin = b.iin ?? null;
  if ('first_installment_deferral' in b) plan.first_installment_deferral = b.first_installment_deferral ?? 0;
  if (Array.isArray(b.installments_plan)) plan.installments_plan = (b.installments_plan as Json[]).map(option);
  if ('amount' in b) plan.amount = range(b.amount);
}

/** The fields the list and retrieve examples leave out (the create and update answers have them). */
const WRITE_ONLY = ['type', 'source', 'provider_id', 'scheme', 'brand', 'issuer', 'issuer_id'];

/** A plan as the list and retrieve answer it: each option with its amount for the amount asked (strings). */
function read(plan: Json, amount: number | undefined): Json {
  const out = structuredClone(plan);
  for (const k of WRITE_ONLY) delete out[k];
  const currency = obj(plan.amount).Currency ?? null;
  out.installments_plan = ((plan.installments_plan as Json[] | null) ?? []).map((o) => {
    const rate = typeof o.rate === 'number' ? o.rate : 1;
    const n = typeof o.installment === 'number' && o.installment > 0 ? o.installment : 1;
    const total = amount === undefined ? 0 : amount * rate;
    return {
      ...o,
      amount: {
        currency,
        value: amount === undefined ? '0' : (total / n).toFixed(2),
        total_value: amount === undefined ? '0' : total.toFixed(2),
      },
    };
  });
  return out;
}

function create(store: Records, req: ServeRequest, world: World): Result {
  const now = world.clock.iso();
  const plan: Json = {
    id: randomUUID(),
    name: null,
    account_id: [],
    merchant_reference: null,
    installments_plan: [],
    type: '',
    source: '',
    provider_id: '',
    scheme: '',
    brand: [],
    issuer: '',
    issuer_id: '',
    iin: null,
    country_code: null,
    first_installment_deferral: 0,
    amount: null,
    availability: null,
    payment_method_type: null,
    created_at: now,
    updated_at: now,
  };
  apply(plan, req.body);
  store.put(String(plan.id), plan);
  return ok(structuredClone(plan));
}

/** The plans of an account, narrowed by the filters sent (get-installments-plan-by-account.json). */
function list(store: Records, req: ServeRequest): Result {
  const q = req.query;
  const amount = q.amount === undefined ? undefined : Number(q.amount);
  const plans = store.all().filter((p) => {
    const r = obj(p.amount);
    if (!((p.account_id as string[] | null) ?? []).includes(String(q.account_id))) return false;
    if (q.currency && r.Currency !== q.currency) return false;
    if (q.payment_method_type && p.payment_method_type !== q.payment_method_type) return false;
    if (q.iin && Array.isArray(p.iin) && !(p.iin as string[]).some((x) => String(q.iin).startsWith(x))) return false;
    if (amount !== undefined && Number.isFinite(amount)) {
      if (typeof r.min_value === 'number' && cmp(amount, r.min_value) < 0) return false;
      if (typeof r.max_value === 'number' && cmp(amount, r.max_value) > 0) return false;
    }
    return true;
  });
  return ok(plans.map((p) => read(p, Number.isFinite(amount) ? amount : undefined)));
}

function update(store: Records, req: ServeRequest, world: World): Result {
  const plan = store.get(req.path.installment_code ?? '');
  if (!plan) return notFound(world, req.operationId, `No installment plan has id ${req.path.installment_code}.`);
  const next = structuredClone(plan);
  apply(next, req.body);
  next.updated_at = world.clock.iso();
  if (enforces('state-persisted')) store.put(String(plan.id), next);
  return ok(structuredClone(next));
}

function remove(store: Records, req: ServeRequest, world: World): Result {
  const id = req.path.installment_code ?? '';
  if (!store.get(id)) return notFound(world, req.operationId, `No installment plan has id ${id}.`);
  // "Permanently removes the plan and makes it unavailable for future transactions".
  if (enforces('resource-ended', { resource: 'installment_plan' })) store.delete(id);
  // The only documented answer: the text "HTTP 201 Created" under a 200 (conflict installment-plan-delete-answer).
  return ok('HTTP 201 Created');
}

/**
 * The installments of NU_PAY, NU_PAY_ENROLLMENT or APPLE_PAY for an amount (apm-installments.json): the
 * options of the account's plans for that payment method, or the example's 1 and 3 installments.
 */
function apmInstallments(store: Records, req: ServeRequest): Result {
  const b = req.body;
  const amount = obj(b.amount);
  const value = Number(amount.value);
  const method = String(b.payment_method);
  const account = String(req.headers['x-account-code'] ?? '');
  const plans = store
    .all()
    .filter(
      (p) =>
        ((p.account_id as string[] | null) ?? []).includes(account) &&
        (p.payment_method_type === method || (method === 'NU_PAY' && p.payment_method_type === 'NU_PAY_ENROLLMENT')),
    );
  const options = plans.length
    ? plans.flatMap((p) => (p.installments_plan as Json[]).map((o) => ({ installment: o.installment, rate: o.rate })))
    : [
        { installment: 1, rate: 1 },
        { installment: 3, rate: 1.05 },
      ];
  return ok(
    options.map((o) => ({
      installment: o.installment,
      amount: { currency: amount.currency, value: Number.isFinite(value) ? value : 0 },
      rate: o.rate ?? 1,
    })),
  );
}

const codeOf = (p: Json | Json[]): string => String((Array.isArray(p) ? p[0] : p)?.id);

export const installmentPlans = defineResource({
  name: 'installment_plan',
  schema: 'InstallmentPlan',
  id: ['id'],
  stable: ['/id', '/created_at'],
  operations: {
    createInstallmentsPlan: {
      serve: (s: Records, r, w) => create(s, r, w),
      relation: 'creates',
      request: (d) => ({ body: installmentPlanBody(d.make) }),
      // The example pair answers another country than it was sent (CO, US).
      echo: [
        '/name',
        '/account_id',
        '/merchant_reference',
        '/installments_plan',
        '/availability',
        '/payment_method_type',
      ],
    },
    listInstallmentsPlans: {
      serve: (s: Records, r) => list(s, r),
      relation: 'lists',
      request: async (d) => {
        await d.need('installment_plan');
        return { query: { account_id: d.make.accountId, currency: d.make.currency, payment_method_type: 'CARD' } };
      },
    },
    retrieveInstallmentsPlan: {
      serve: (s: Records, r, w) => {
        const p = s.get(r.path.installment_code ?? '');
        return p
          ? ok([read(p, undefined)])
          : notFound(w, r.operationId, `No installment plan has id ${r.path.installment_code}.`);
      },
      identity: 'installment_code',
      request: async (d) => ({ path: { installment_code: codeOf(await d.need('installment_plan')) } }),
    },
    updateInstallmentsPlan: {
      serve: (s: Records, r, w) => update(s, r, w),
      identity: 'installment_code',
      relation: 'changes',
      request: async (d) => ({
        path: { installment_code: codeOf(await d.need('installment_plan')) },
        body: {
          name: `yuno-conformance installments ${d.make.id('inst')}`,
          installments_plan: [
            { installment: 3, rate: 1.05 },
            { installment: 12, rate: 1.2 },
          ],
        },
      }),
      echo: ['/name', '/merchant_reference', '/installments_plan', '/availability', '/scheme', '/brand', '/issuer'],
    },
    deleteInstallmentsPlan: {
      serve: (s: Records, r, w) => remove(s, r, w),
      identity: 'installment_code',
      relation: 'ends',
    },
    retrieveApmInstallments: {
      serve: (s: Records, r) => apmInstallments(s, r),
      relation: 'other',
      request: () => ({
        body: {
          country: 'BR',
          payment_method: 'NU_PAY',
          amount: { currency: 'BRL', value: '25000' },
          customer: { email: 'customer@example.com', document: { type: 'CPF', number: '00000000000' } },
        },
      }),
    },
  },
});
