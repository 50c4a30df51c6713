// The emulator's behaviour: payments, links, customers, sessions, payouts and reports, in memory.
// Transitions and their refusals come from specs/payment-transitions.yaml and
// specs/payment-link-status.yaml, so the emulator is the reference implementation of specs/.
import { randomUUID } from 'node:crypto';
import { loadSpecs, type Outcome, type State } from '../lib/specs.js';
import type { FaultSet } from './faults.js';

export type Json = Record<string, unknown>;
export interface Result {
  status: number;
  body: unknown;
  /** Webhook events to send once the response is out. */
  events?: Array<{ typeEvent: string; payment: PaymentRec }>;
  /** True when the request failed after processing started (consumes an idempotency key). */
  consumed?: boolean;
}

export interface Tx {
  id: string;
  type: string;
  status: string;
  category: string;
  amount: number;
  provider_id: string;
  response_code: string;
  response_message: string;
  merchant_reference: string | null;
  created_at: string;
  updated_at: string;
}
export interface PaymentRec {
  id: string;
  account_id: string;
  description: string;
  country: string;
  status: string;
  sub_status: string;
  merchant_order_id: string;
  merchant_reference: string | null;
  created_at: string;
  updated_at: string;
  amount: { currency: string; value: number; captured: number; refunded: number };
  payment_method: { type: string };
  transactions: Tx[];
  idempotency_key: string | null;
  payment_link_code: string | null;
  /** Emulator bookkeeping, never sent. */
  expiresAt?: number;
}
interface LinkRec {
  code: string;
  body: Json;
  status: string;
  one_time_use: boolean;
  payments_number: number;
  finishAt?: number;
  payments: string[];
}
interface ReportRec {
  body: Json;
  createdAt: number;
  downloaded: boolean;
}

export const err = (status: number, code: string, message: string): Result => ({ status, body: { code, messages: [message] } });

/** Documented test cards (docs: Yuno testing gateway), by the outcome the gateway gives them. */
const TEST_CARDS: Record<string, { outcome: 'approved' | 'declined' | 'error'; code: string }> = {};
for (const prefix of ['450799', '525244']) {
  const rows: Array<[string, 'approved' | 'declined' | 'error', string]> = [
    ['0000000002', 'approved', 'SUCCEEDED'],
    ['0000000010', 'declined', 'INSUFFICIENT_FUNDS'],
    ['0000000028', 'declined', 'DECLINED_BY_BANK'],
    ['0000000036', 'declined', 'DO_NOT_HONOR'],
    ['0000000044', 'declined', 'INVALID_SECURITY_CODE'],
    ['0000000051', 'declined', 'INVALID_CARD_DATA'],
    ['0000000069', 'declined', 'REPORTED_STOLEN'],
    ['0000000077', 'error', 'ERROR'],
  ];
  for (const [suffix, outcome, code] of rows) TEST_CARDS[prefix + suffix] = { outcome, code };
}

/** Currencies the emulated merchant may charge in each country (its local one, and USD). */
const LOCAL_CURRENCY: Record<string, string> = { AR: 'ARS', BO: 'BOB', BR: 'BRL', CL: 'CLP', CO: 'COP', CR: 'CRC', EC: 'USD', SV: 'USD', GT: 'GTQ', HN: 'HNL', MX: 'MXN', NI: 'NIO', PA: 'USD', PY: 'PYG', PE: 'PEN', US: 'USD', UY: 'UYU' };

const ASYNC_EXPIRY_MS = 24 * 3600 * 1000;
const REPORT_READY_MS = 300;
const REPORT_EXPIRES_MS = 10 * 60 * 1000;

export class Domain {
  offsetMs = 0;
  readonly payments = new Map<string, PaymentRec>();
  private readonly links = new Map<string, LinkRec>();
  private readonly customers = new Map<string, Json>();
  private readonly sessions = new Map<string, Json>();
  private readonly payouts = new Map<string, Json>();
  private readonly reports = new Map<string, ReportRec>();
  private readonly specs = loadSpecs();

  constructor(
    private readonly faults: FaultSet,
    private readonly accountId: string,
  ) {}

  now(): number {
    return Date.now() + this.offsetMs;
  }
  iso(t = this.now()): string {
    return new Date(t).toISOString();
  }

  // ---- payments -------------------------------------------------------------------------

  /** The transition table's outcome for an operation, by name. */
  private outcome(op: string, name: string): Outcome {
    const o = this.specs.transitions.operations[op]?.outcomes[name];
    if (!o) throw new Error(`specs/payment-transitions.yaml has no outcome ${op}.${name}`);
    return o;
  }

  /** Whether an operation may start from the payment's state (specs/payment-transitions.yaml). */
  private allowed(op: string, p: PaymentRec): boolean {
    const from = this.specs.transitions.operations[op]?.from ?? [];
    return from.includes(`${p.status}/${p.sub_status}` as State);
  }

  private refusal(op: string, p: PaymentRec): Result {
    return err(400, 'INVALID_STATUS', `The payment is ${p.status}/${p.sub_status}; ${op} is only allowed from ${(this.specs.transitions.operations[op]?.from ?? []).join(', ')}.`);
  }

  private apply(p: PaymentRec, o: Outcome): void {
    const [status, sub] = o.to.split('/') as [string, string];
    p.status = status;
    p.sub_status = sub;
    p.updated_at = this.iso();
  }

  private tx(type: string, status: string, amount: number, code: string, ref: string | null, category = 'CARD'): Tx {
    const t = this.iso();
    return { id: randomUUID(), type, status, category, amount, provider_id: 'YUNO_TEST_PAYMENT_GW', response_code: code, response_message: code === 'SUCCEEDED' ? 'Transaction successful' : code, merchant_reference: ref, created_at: t, updated_at: t };
  }

  /** Lazy time-driven changes: asynchronous payments expire when the clock passes their deadline. */
  private tick(p: PaymentRec): Array<{ typeEvent: string; payment: PaymentRec }> {
    if (p.expiresAt !== undefined && this.now() >= p.expiresAt && this.allowed('settle', p)) {
      this.apply(p, this.outcome('settle', 'expired'));
      p.transactions[0]!.status = 'EXPIRED';
      p.transactions[0]!.response_code = 'EXPIRED_BY_PROVIDER';
      p.expiresAt = undefined;
      return [{ typeEvent: 'payment.purchase', payment: p }];
    }
    return [];
  }

  createPayment(body: Json, idempotencyKey: string | null, linkCode: string | null = null): Result {
    const amount = body.amount as { currency: string; value: number };
    const country = String(body.country);
    if (amount.currency !== LOCAL_CURRENCY[country] && amount.currency !== 'USD') {
      return { ...err(400, 'CURRENCY_NOT_ALLOWED', `${amount.currency} is not allowed in ${country}.`), consumed: true };
    }
    const method = body.payment_method as { type: string; detail?: { card?: { capture?: boolean; card_data?: { number?: string } } } };
    const card = method.detail?.card;
    const t = this.iso();
    const p: PaymentRec = {
      id: randomUUID(),
      account_id: String(body.account_id),
      description: String(body.description),
      country,
      status: 'CREATED',
      sub_status: 'CREATED',
      merchant_order_id: String(body.merchant_order_id),
      merchant_reference: typeof body.merchant_reference === 'string' ? body.merchant_reference : null,
      created_at: t,
      updated_at: t,
      amount: { currency: amount.currency, value: amount.value, captured: 0, refunded: 0 },
      payment_method: { type: method.type },
      transactions: [],
      idempotency_key: idempotencyKey,
      payment_link_code: linkCode,
    };
    let o: Outcome;
    if (method.type !== 'CARD') {
      o = this.outcome('create', 'async');
      p.transactions.push(this.tx('PURCHASE', 'PENDING', amount.value, 'PENDING_PROVIDER_CONFIRMATION', p.merchant_reference, 'BANK_TRANSFER'));
      p.expiresAt = this.now() + ASYNC_EXPIRY_MS;
    } else {
      const known = TEST_CARDS[card?.card_data?.number ?? ''] ?? { outcome: 'approved', code: 'SUCCEEDED' };
      if (known.outcome === 'declined') {
        o = this.outcome('create', 'declined');
        p.transactions.push(this.tx('PURCHASE', 'DECLINED', amount.value, known.code, p.merchant_reference));
      } else if (known.outcome === 'error') {
        o = this.outcome('create', 'error');
        p.transactions.push(this.tx('PURCHASE', 'ERROR', amount.value, 'ERROR', p.merchant_reference));
      } else if (card?.capture === false) {
        o = this.outcome('create', 'authorized');
        p.transactions.push(this.tx('AUTHORIZE', 'SUCCEEDED', amount.value, 'SUCCEEDED', p.merchant_reference));
      } else {
        o = this.outcome('create', 'approved');
        p.amount.captured = amount.value;
        p.transactions.push(this.tx('PURCHASE', 'SUCCEEDED', amount.value, 'SUCCEEDED', p.merchant_reference));
      }
    }
    this.apply(p, o);
    this.payments.set(p.id, p);
    const events = [{ typeEvent: o.webhook ?? 'payment.purchase', payment: p }];
    return { status: this.faults.has('undeclared-status-code') ? 202 : 201, body: this.withTransaction(p, p.transactions[p.transactions.length - 1]!), events };
  }

  private find(id: string): PaymentRec | Result {
    const p = this.payments.get(id);
    if (!p) return this.faults.has('not-found-as-500') ? err(500, 'INTERNAL_ERROR', 'Internal error.') : err(404, 'PAYMENT_NOT_FOUND', `No payment has id ${id}.`);
    return p;
  }

  retrievePayment(id: string): Result {
    const p = this.find(id);
    if ('body' in p) return p;
    const events = this.tick(p);
    if (this.faults.has('terminal-status-changes') && p.status === 'DECLINED' && this.now() - Date.parse(p.created_at) > 0) {
      p.status = 'SUCCEEDED';
      p.sub_status = 'APPROVED';
    }
    return { status: 200, body: this.detail(p), events };
  }

  paymentsByOrder(orderId: string): Result {
    const found = [...this.payments.values()].filter((p) => p.merchant_order_id === orderId);
    const events = found.flatMap((p) => this.tick(p));
    if (this.faults.has('lookup-misses-payment')) return { status: 200, body: [] };
    const list = found.map((p) => this.detail(p));
    return { status: 200, body: this.faults.has('lookup-object-not-array') && list.length ? list[0] : list, events };
  }

  private txOf(p: PaymentRec, txId: string): Tx | Result {
    const t = p.transactions.find((x) => x.id === txId);
    return t ?? err(404, 'TRANSACTION_NOT_FOUND', `Payment ${p.id} has no transaction ${txId}.`);
  }

  capture(id: string, txId: string, body: Json): Result {
    const p = this.find(id);
    if ('body' in p) return p;
    const t = this.txOf(p, txId);
    if ('body' in t) return t;
    this.tick(p);
    const captureTwice = this.faults.has('capture-twice') && p.status === 'SUCCEEDED' && (p.sub_status === 'CAPTURED' || p.sub_status === 'PARTIALLY_CAPTURED');
    if (!this.allowed('capture', p) && !captureTwice) return this.refusal('capture', p);
    const amount = body.amount as { currency: string; value: number };
    if (amount.currency !== p.amount.currency) return err(400, 'INVALID_AMOUNT', `The capture currency ${amount.currency} is not the payment's ${p.amount.currency}.`);
    const remaining = p.amount.value - p.amount.captured;
    if (amount.value > remaining + 1e-9 && !this.faults.has('capture-over-authorized') && !captureTwice) {
      return err(400, 'INVALID_AMOUNT', `Cannot capture ${amount.value}: only ${remaining} is authorized and not captured.`);
    }
    if (amount.value <= 0) return err(400, 'INVALID_AMOUNT', 'The capture amount must be positive.');
    p.amount.captured += amount.value;
    const full = p.amount.captured >= p.amount.value - 1e-9;
    const o = this.outcome('capture', full || this.faults.has('partial-capture-as-full') ? 'full' : 'partial');
    const before = this.snapshot(p);
    this.apply(p, o);
    const ctx = this.tx('CAPTURE', 'SUCCEEDED', amount.value, 'SUCCEEDED', String(body.merchant_reference));
    p.transactions.push(ctx);
    const webhookPayment = this.faults.has('webhook-status-disagrees') ? before : p;
    return { status: 200, body: this.transactionResult(p, ctx), events: [{ typeEvent: o.webhook!, payment: webhookPayment }] };
  }

  cancel(id: string, txId: string, body: Json, op = 'cancel'): Result {
    const p = this.find(id);
    if ('body' in p) return p;
    const t = this.txOf(p, txId);
    if ('body' in t) return t;
    this.tick(p);
    const again = this.faults.has('second-cancel-accepted') && p.status === 'CANCELED';
    if (!this.allowed(op, p) && !again) return this.refusal(op, p);
    const o = this.outcome(op, op === 'cancel' ? 'full' : 'cancel');
    const ctx = this.tx('CANCEL', 'SUCCEEDED', p.amount.value, 'SUCCEEDED', typeof body.merchant_reference === 'string' ? body.merchant_reference : null);
    if (this.faults.has('cancel-not-persisted')) {
      const copy = this.snapshot(p);
      this.apply(copy, o);
      return { status: op === 'cancel' ? 200 : 201, body: this.transactionResult(copy, ctx) };
    }
    p.expiresAt = undefined;
    this.apply(p, o);
    p.transactions.push(ctx);
    return { status: op === 'cancel' ? 200 : 201, body: this.transactionResult(p, ctx), events: [{ typeEvent: o.webhook!, payment: p }] };
  }

  refund(id: string, txId: string, body: Json, op = 'refund'): Result {
    const p = this.find(id);
    if ('body' in p) return p;
    const t = this.txOf(p, txId);
    if ('body' in t) return t;
    this.tick(p);
    if (!this.allowed(op, p) && !(this.faults.has('refund-canceled-accepted') && p.status === 'CANCELED')) return this.refusal(op, p);
    const base = p.status === 'CANCELED' ? p.amount.value : p.amount.captured;
    const refundable = base - p.amount.refunded;
    const amount = body.amount as { currency: string; value: number } | undefined;
    if (amount && amount.currency !== p.amount.currency) return err(400, 'INVALID_AMOUNT', `The refund currency ${amount.currency} is not the payment's ${p.amount.currency}.`);
    const value = amount?.value ?? refundable;
    if (value > refundable + 1e-9) return err(400, 'INVALID_AMOUNT', `Cannot refund ${value}: only ${refundable} is refundable.`);
    if (value <= 0) return err(400, 'INVALID_AMOUNT', 'The refund amount must be positive.');
    p.amount.refunded += value;
    if (this.faults.has('refund-amount-not-tracked')) p.amount.refunded += value;
    const full = p.amount.refunded >= base - 1e-9;
    const o = this.outcome(op, op === 'refund' ? (full ? 'full' : 'partial') : 'refund');
    const refundTx = this.tx('REFUND', 'SUCCEEDED', value, 'SUCCEEDED', typeof body.merchant_reference === 'string' ? body.merchant_reference : null);
    this.apply(p, full ? o : this.outcome('refund', 'partial'));
    p.transactions.push(refundTx);
    const events = [{ typeEvent: o.webhook!, payment: p }];
    if (op === 'refund') return { status: 200, body: this.withTransaction(p, refundTx), events };
    return { status: 201, body: this.transactionResult(p, refundTx), events };
  }

  /** cancel-or-refund: a cancel when nothing was captured, a refund when something was. */
  cancelOrRefund(id: string, txId: string | undefined, body: Json): Result {
    const op = txId ? 'cancelOrRefundTransaction' : 'cancelOrRefund';
    const p = this.find(id);
    if ('body' in p) return p;
    const tx = txId ?? p.transactions[0]!.id;
    if (!this.allowed(op, p)) {
      this.tick(p);
      return this.refusal(op, p);
    }
    return p.amount.captured > 0 ? this.refund(id, tx, body, op) : this.cancel(id, tx, body, op);
  }

  settle(id: string, outcome: 'approved' | 'declined' | 'expired'): Result {
    const p = this.find(id);
    if ('body' in p) return p;
    if (!this.allowed('settle', p)) return this.refusal('settle', p);
    const o = this.outcome('settle', outcome);
    this.apply(p, o);
    const t = p.transactions[0]!;
    t.status = outcome === 'approved' ? 'SUCCEEDED' : outcome === 'declined' ? 'DECLINED' : 'EXPIRED';
    t.response_code = outcome === 'approved' ? 'SUCCEEDED' : outcome === 'declined' ? 'DECLINED_BY_BANK' : 'EXPIRED_BY_PROVIDER';
    t.updated_at = this.iso();
    if (outcome === 'approved') p.amount.captured = p.amount.value;
    p.expiresAt = undefined;
    return { status: 200, body: this.detail(p), events: [{ typeEvent: o.webhook!, payment: p }] };
  }

  private snapshot(p: PaymentRec): PaymentRec {
    return structuredClone(p);
  }

  /** The payment as every response carries it (PaymentCore), with the fault switches applied. */
  core(p: PaymentRec): Json {
    const out: Json = {
      id: p.id,
      account_id: p.account_id,
      description: p.description,
      country: p.country,
      status: p.status,
      sub_status: p.sub_status,
      merchant_order_id: p.merchant_order_id,
      merchant_reference: p.merchant_reference,
      created_at: p.created_at,
      updated_at: p.updated_at,
      amount: { ...p.amount },
      payment_method: { ...p.payment_method },
      payment_link_code: p.payment_link_code,
      idempotency_key: p.idempotency_key,
    };
    if (this.faults.has('payment-missing-id')) delete out.id;
    if (this.faults.has('amount-as-string')) (out.amount as Json).value = String(p.amount.value);
    if (this.faults.has('canceled-misspelled') && p.status === 'CANCELED') out.status = 'CANCELLED';
    if (this.faults.has('illegal-status-pair') && p.status === 'SUCCEEDED' && p.sub_status === 'APPROVED') out.sub_status = 'DECLINED';
    if (this.faults.has('status-outside-taxonomy') && p.sub_status === 'AUTHORIZED') out.status = 'AUTHORIZED';
    if (this.faults.has('date-time-format')) out.created_at = new Date(p.created_at).toString();
    return out;
  }
  private withTransaction(p: PaymentRec, t: Tx): Json {
    return { ...this.core(p), transactions: { ...t } };
  }
  detail(p: PaymentRec): Json {
    return { ...this.core(p), transactions: p.transactions.map((t) => ({ ...t })) };
  }
  private transactionResult(p: PaymentRec, t: Tx): Json {
    return {
      id: t.id,
      type: t.type,
      status: t.status,
      category: t.category,
      amount: { currency: p.amount.currency, value: t.amount, captured: p.amount.captured, refunded: p.amount.refunded },
      merchant_reference: t.merchant_reference,
      response_code: t.response_code,
      response_message: t.response_message,
      created_at: t.created_at,
      updated_at: t.updated_at,
      payment: this.core(p),
    };
  }

  // ---- payment links ----------------------------------------------------------------------

  private linkTick(l: LinkRec): void {
    if (l.status === 'CREATED' && l.finishAt !== undefined && this.now() >= l.finishAt && !this.faults.has('link-not-expiring')) l.status = 'EXPIRED';
  }
  private linkBody(l: LinkRec, withId = false): Json {
    const out: Json = { ...l.body, code: l.code, status: l.status, payments_number: l.payments_number, one_time_use: l.one_time_use, payments: l.payments.length ? l.payments.map((id) => ({ id })) : null };
    if (withId) out.id = l.code;
    if (this.faults.has('link-status-active') && l.status === 'CREATED') out.status = 'ACTIVE';
    if (this.faults.has('link-missing-checkout-url')) delete out.checkout_url;
    return out;
  }

  createLink(body: Json): Result {
    const code = randomUUID();
    const availability = body.availability as { start_at?: string; finish_at?: string } | undefined;
    const l: LinkRec = {
      code,
      status: 'CREATED',
      one_time_use: body.one_time_use !== false,
      payments_number: 0,
      finishAt: availability?.finish_at ? Date.parse(availability.finish_at) : undefined,
      payments: [],
      body: {
        country: body.country,
        description: body.description ?? null,
        merchant_order_id: body.merchant_order_id ?? null,
        amount: body.amount,
        capture: body.capture ?? true,
        payment_method_types: body.payment_method_types,
        availability: availability ?? null,
        account_id: body.account_id,
        metadata: body.metadata ?? null,
        callback_url: body.callback_url ?? null,
        checkout_url: `https://checkout.sandbox.y.uno/payment?session=${randomUUID()}`,
      },
    };
    this.links.set(code, l);
    return { status: 200, body: this.linkBody(l, true) };
  }

  private findLink(code: string): LinkRec | Result {
    const l = this.links.get(code);
    if (!l) return err(404, 'NOT_FOUND', `No payment link has code ${code}.`);
    this.linkTick(l);
    return l;
  }

  retrieveLink(code: string): Result {
    const l = this.findLink(code);
    return 'code' in l ? { status: 200, body: this.linkBody(l) } : l;
  }

  private linkForbidden(l: LinkRec, action: 'cancel' | 'pay'): Result | undefined {
    const rule = this.specs.linkStatus.forbidden.find((f) => f.from === l.status && f.action === action);
    if (!rule) return undefined;
    const code = rule.error?.codes[0] ?? 'INVALID_STATUS';
    return err(rule.error?.http ?? 400, code, `The payment link is ${l.status}; it cannot be ${action === 'cancel' ? 'canceled' : 'paid'}.`);
  }

  cancelLink(code: string): Result {
    const found = this.findLink(code);
    if (!('code' in found)) return found as Result;
    const l = found as LinkRec;
    const refused = this.linkForbidden(l, 'cancel');
    if (refused && !(this.faults.has('link-cancel-twice') && l.status === 'CANCELED')) return refused;
    const t = this.specs.linkStatus.transitions.find((x) => x.id === 'cancel')!;
    l.status = t.to;
    return { status: 200, body: this.linkBody(l) };
  }

  payLink(code: string, cardNumber: string): Result {
    const found = this.findLink(code);
    if (!('code' in found)) return found as Result;
    const l = found as LinkRec;
    const refused = this.linkForbidden(l, 'pay');
    if (refused && !(this.faults.has('link-one-time-reusable') && l.status === 'USED')) return refused;
    const amount = l.body.amount as Json;
    const res = this.createPayment(
      {
        account_id: l.body.account_id,
        description: l.body.description ?? 'payment link',
        country: l.body.country,
        merchant_order_id: l.body.merchant_order_id ?? code,
        amount,
        payment_method: { type: 'CARD', detail: { card: { capture: true, card_data: { number: cardNumber } } } },
      },
      null,
      code,
    );
    const body = res.body as Json;
    if (res.status < 300 && body.status === 'SUCCEEDED') {
      l.payments_number++;
      l.payments.push(String(body.id));
      const t = this.specs.linkStatus.transitions.find((x) => x.id === (l.one_time_use ? 'pay-one-time' : 'pay-multi-use'))!;
      l.status = t.to;
    }
    return res;
  }

  // ---- customers ----------------------------------------------------------------------------

  /** The refusal when another customer already has this merchant_customer_id. */
  private duplicateCustomer(mid: unknown, except?: Json): Result | undefined {
    if (![...this.customers.values()].some((c) => c !== except && c.merchant_customer_id === mid)) return undefined;
    return err(400, 'CUSTOMER_ID_DUPLICATED', `A customer with merchant_customer_id ${String(mid)} exists.`);
  }

  createCustomer(body: Json): Result {
    const duplicate = this.duplicateCustomer(body.merchant_customer_id);
    if (duplicate) return duplicate;
    const t = this.iso();
    const c: Json = { first_name: null, last_name: null, email: null, gender: null, date_of_birth: null, nationality: null, country: null, document: null, phone: null, billing_address: null, shipping_address: null, metadata: null, merchant_customer_created_at: null, ...body, id: randomUUID(), created_at: t, updated_at: t };
    this.customers.set(String(c.id), c);
    return { status: 201, body: c };
  }
  retrieveCustomer(id: string): Result {
    const c = this.customers.get(id);
    return c ? { status: 200, body: c } : err(404, 'NOT_FOUND', `No customer has id ${id}.`);
  }
  customerByMerchantId(mid: string): Result {
    const c = [...this.customers.values()].find((x) => x.merchant_customer_id === mid);
    return c ? { status: 200, body: c } : err(404, 'NOT_FOUND', `No customer has merchant_customer_id ${mid}.`);
  }
  updateCustomer(id: string, body: Json): Result {
    const c = this.customers.get(id);
    if (!c) return err(404, 'NOT_FOUND', `No customer has id ${id}.`);
    const duplicate = body.merchant_customer_id === undefined ? undefined : this.duplicateCustomer(body.merchant_customer_id, c);
    if (duplicate) return duplicate;
    const updated = { ...c, ...body, updated_at: this.iso() };
    if (!this.faults.has('customer-update-ignored')) this.customers.set(id, updated);
    return { status: 200, body: updated };
  }

  // ---- checkout sessions -------------------------------------------------------------------

  createSession(body: Json): Result {
    const s: Json = {
      checkout_session: randomUUID(),
      merchant_order_id: body.merchant_order_id,
      country: body.country,
      payment_description: body.payment_description,
      customer_id: body.customer_id ?? null,
      callback_url: body.callback_url ?? null,
      amount: body.amount,
      workflow: body.workflow ?? 'SDK_CHECKOUT',
      metadata: body.metadata ?? null,
      created_at: this.iso(),
    };
    this.sessions.set(String(s.checkout_session), s);
    return { status: 200, body: s };
  }
  sessionMethods(id: string): Result {
    if (!this.sessions.has(id)) return err(404, 'CHECKOUT_SESSION_NOT_FOUND', `No checkout session ${id}.`);
    const checkout = { session: id, sdk_required_action: true };
    const methods = [
      { name: 'Card', type: 'CARD', category: 'CARD', description: 'Card', icon: 'https://icons.prod.y.uno/card_logosimbolo.png', vaulted_token: null, preferred: false, checkout },
      { name: 'PIX', type: 'PIX', category: 'BANK_TRANSFER', description: 'PIX', icon: null, vaulted_token: null, preferred: false, checkout },
    ];
    return { status: 200, body: this.faults.has('session-methods-wrapped') ? { payment_methods: methods } : methods };
  }

  // ---- payouts ------------------------------------------------------------------------------

  createPayout(body: Json): Result {
    const t = this.iso();
    const amount = body.amount as Json;
    const p: Json = {
      id: randomUUID(),
      account_id: body.account_id,
      status: 'PENDING',
      merchant_reference: body.merchant_reference,
      purpose: body.purpose,
      country: body.country,
      description: body.description ?? null,
      amount,
      beneficiary: body.beneficiary,
      metadata: body.metadata ?? [],
      created_at: t,
      updated_at: t,
      transactions: [{ id: randomUUID(), status: 'PENDING', type: 'PAYOUT', response_code: 'PENDING_PROVIDER_CONFIRMATION', amount }],
    };
    if (this.faults.has('payout-missing-status')) delete p.status;
    this.payouts.set(String(p.id), p);
    return { status: 201, body: p };
  }
  retrievePayout(id: string): Result {
    const p = this.payouts.get(id);
    return p ? { status: 200, body: p } : err(404, 'NOT_FOUND', `No payout has id ${id}.`);
  }
  payoutsByReference(ref: string): Result {
    return { status: 200, body: [...this.payouts.values()].filter((p) => p.merchant_reference === ref) };
  }

  // ---- reports ------------------------------------------------------------------------------

  private reportBody(r: ReportRec): Json {
    const age = this.now() - r.createdAt;
    let status = 'IN_PROCESS';
    let expires: string = '';
    if (age >= REPORT_READY_MS) {
      const readyAt = r.createdAt + REPORT_READY_MS;
      expires = this.iso(readyAt + REPORT_EXPIRES_MS);
      status = age >= REPORT_READY_MS + REPORT_EXPIRES_MS ? 'EXPIRED' : r.downloaded ? 'DOWNLOADED' : 'SUCCEEDED';
    }
    if (this.faults.has('report-status-unknown') && status === 'IN_PROCESS') status = 'PROCESSING';
    return { ...r.body, status, expires_at: expires, updated_at: this.iso() };
  }
  createReport(body: Json): Result {
    const start = Date.parse(String(body.start_date));
    const end = Date.parse(String(body.end_date));
    if (end < start) return err(400, 'REPORT_RANGE_ERROR', 'end_date is before start_date.');
    if (end - start > 62 * 86_400_000) return err(400, 'REPORT_MAX_RANGE_ERROR', 'The range may not exceed two months.');
    const t = this.iso();
    const r: ReportRec = { createdAt: this.now(), downloaded: false, body: { id: randomUUID(), type: body.type, start_date: body.start_date, end_date: body.end_date, merchant_reference_id: body.merchant_reference_id ?? null, created_at: t } };
    this.reports.set(String(r.body.id), r);
    return { status: 201, body: this.reportBody(r) };
  }
  retrieveReport(id: string): Result {
    const r = this.reports.get(id);
    return r ? { status: 200, body: this.reportBody(r) } : err(404, 'REPORT_NOT_FOUND', `No report has id ${id}.`);
  }
  listReports(): Result {
    return { status: 200, body: [...this.reports.values()].map((r) => this.reportBody(r)) };
  }
  downloadReport(id: string): Result {
    const r = this.reports.get(id);
    if (!r) return err(404, 'REPORT_NOT_FOUND', `No report has id ${id}.`);
    const b = this.reportBody(r);
    if (b.status !== 'SUCCEEDED' && b.status !== 'DOWNLOADED') return err(400, 'REPORT_STATUS_ERROR', `The report is ${String(b.status)}; only a ready report can be downloaded.`);
    r.downloaded = true;
    return { status: 200, body: { type: b.type, download_link: `https://reports.sandbox.y.uno/${id}.csv`, status: 'DOWNLOADED' } };
  }

  /** The emulated account, for webhooks. */
  get account(): string {
    return this.accountId;
  }
}
