// Payments: records, the state machine of specs/payment-transitions.yaml, and the shapes the
// payment operations answer with. Refusals come from the rule registry (lib/rules).
import { randomUUID } from 'node:crypto';
import { currentFaults, enforces } from '../../emulator/faults.js';
import { loadSpecs, type Outcome, type State } from '../../lib/specs.js';
import { add, cmp, sub } from '../amounts.js';
import type { Clock } from '../clock.js';
import { authorizeCard, currencyAllowed, describeCard } from '../gateway.js';
import { err, type Json, ok, type PendingEvent, type Result, refuse } from '../result.js';

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
  /** What the request said it is for: the payment's description on the purchase, the refund's or cancel's own. */
  description: string | null;
  /** The reason a capture, cancel or refund request gave (null on a purchase). */
  reason: string | null;
  /** The provider's own references for it (provider_data's third-party ids). */
  third_party_transaction_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PaymentRec {
  id: string;
  account_id: string;
  description: string | null;
  country: string;
  status: string;
  sub_status: string;
  merchant_order_id: string;
  merchant_reference: string | null;
  created_at: string;
  updated_at: string;
  amount: { currency: string; value: number; captured: number; refunded: number };
  payment_method: {
    type: string;
    vaulted_token: string | null;
    token: string | null;
    vault_on_success: boolean;
    /** What was paid with, as the docs' answers show it ({card: {...}}, {bank_transfer: {...}}, ...). */
    payment_method_detail: Json | null;
  };
  transactions: Tx[];
  /** The status a payment had when a chargeback arrived: a dispute won returns it there. */
  beforeChargeback?: { status: string; sub_status: string };
  fraud_screening: Json | null;
  fulfillments: Json[];
  idempotency_key: string | null;
  payment_link_code: string | null;
  /** What the request sent that a payment answers with, as the docs' examples show it (or their defaults). */
  echo: Json;
  /** Emulator bookkeeping, never sent: when an asynchronous payment expires. */
  expiresAt?: number;
}

/**
 * What a payment answers with from its create request: the request's values where it sent them, the
 * defaults the docs' examples show where it did not (workflow SDK_CHECKOUT, metadata [], an empty
 * checkout).
 */
function echoOf(body: Json): Json {
  const checkout = body.checkout as Json | undefined;
  return {
    workflow: body.workflow ?? 'SDK_CHECKOUT',
    checkout: { session: typeof checkout?.session === 'string' ? checkout.session : '', sdk_action_required: false },
    customer_payer: body.customer_payer ?? null,
    additional_data: body.additional_data ?? null,
    metadata: body.metadata ?? [],
    callback_url: body.callback_url ?? null,
  };
}

const THREE_DS_NONE = {
  version: null,
  electronic_commerce_indicator: null,
  cryptogram: null,
  transaction_id: null,
  directory_server_transaction_id: null,
  pares_status: null,
  acs_id: null,
};

/** The key of payment_method_detail a type is detailed under (the request's own, else by what it is). */
function detailKey(type: string, sent: Json | undefined): string {
  const given = Object.keys(sent ?? {}).find((k) => k !== 'card' || type === 'CARD');
  if (given) return given;
  if (type === 'CARD') return 'card';
  if (/PAY$|WALLET|PAYPAL/.test(type)) return 'wallet';
  if (/CASH|TICKET|BOLETO|OXXO|EFECTY|PAGO_FACIL|RAPIPAGO/.test(type)) return 'ticket';
  return 'bank_transfer';
}

/**
 * payment_method.payment_method_detail as the docs' answers show it: for a card, what the request asked
 * (capture, installments, verify, soft descriptor) with the card Yuno keeps (never its number) and the
 * gateway's authorization code; for another method, what the request sent under its key.
 */
function methodDetail(type: string, sent: Json | undefined, number: string | undefined, approved: boolean): Json {
  const key = detailKey(type, sent);
  const given = (sent?.[key] ?? {}) as Json;
  if (key !== 'card') return { [key]: structuredClone(given) };
  const card = (given.card_data ?? {}) as Json;
  const described = number ? describeCard(number, card.holder_name, card.expiration_month, card.expiration_year) : null;
  return {
    card: {
      verify: given.verify ?? false,
      capture: given.capture ?? true,
      installments: given.installments ?? 1,
      installments_plan_id: given.installments_plan_id ?? null,
      first_installment_deferral: given.first_installment_deferral ?? 0,
      installments_type: '',
      installment_amount: null,
      soft_descriptor: given.soft_descriptor ?? '',
      authorization_code: approved ? String(Math.floor(100_000 + Math.random() * 900_000)) : null,
      retrieval_reference_number: '',
      acquirer_reference_number: '',
      voucher: null,
      card_data: described ? { ...described, three_d_secure: THREE_DS_NONE } : null,
      stored_credentials: {
        reason: null,
        usage: null,
        subscription_agreement_id: null,
        network_transaction_id: null,
        ...((given.stored_credentials ?? {}) as Json),
      },
    },
  };
}

/** ISO 8583 response codes for a gateway's response code (what provider_data carries beside it). */
function iso8583(code: string): { code: string; message: string } {
  if (code === 'SUCCEEDED') return { code: '00', message: 'Approved or completed successfully' };
  if (code === 'INSUFFICIENT_FUNDS') return { code: '51', message: 'Not sufficient funds' };
  if (code === 'REPORTED_STOLEN') return { code: '43', message: 'Stolen card, pick-up' };
  if (code === 'INVALID_SECURITY_CODE') return { code: '82', message: 'Negative CAM, dCVV, iCVV, or CVV results' };
  if (code === 'ERROR') return { code: '96', message: 'System malfunction' };
  if (/PENDING|CREATED|IN_REVIEW|RECEIVED|ACTION_REQUIRED/.test(code)) return { code: '', message: '' };
  return { code: '05', message: 'Do not honor' };
}

/** The amount a capture or refund names: its value when sent; its currency when sent (null or absent: the payment's, as the docs allow). */
function requestedAmount(body: Json): { currency: string | null; value: number | null } | undefined {
  const a = body.amount as { currency?: unknown; value?: unknown } | null | undefined;
  if (a === undefined || a === null) return undefined;
  return {
    currency: typeof a.currency === 'string' ? a.currency : null,
    value: typeof a.value === 'number' ? a.value : null,
  };
}

/** The transition names of specs/payment-transitions.yaml this module applies. */
type Transition =
  | 'create'
  | 'settle'
  | 'capture'
  | 'cancel'
  | 'refund'
  | 'cancelOrRefund'
  | 'cancelOrRefundTransaction'
  | 'chargeback'
  | 'openDispute'
  | 'updateDispute'
  | 'disputeDecided'
  | 'chargebackAccepted';

/**
 * What pays for a payment, resolved by the resource module (resources/payments.ts) from the request: the card number its
 * card_data, vaulted_token or one-time token stands for.
 */
export interface Instrument {
  number?: string;
  vaultedToken?: string;
  token?: string;
  /** What the token or stored method is (a card token pays as a card, whatever the request's type). */
  type?: string;
}

const ASYNC_EXPIRY_MS = 24 * 3600 * 1000;
/** The emulated merchant's one connection to the test gateway (transactions' connection_data). */
const CONNECTION_ID = 'a2ee2f97-8ba0-4198-a821-3b750bc97872';

export class Payments {
  readonly records = new Map<string, PaymentRec>();
  /** Card numbers the emulated fraud screening declines (set with a control). */
  readonly fraudCards = new Set<string>();
  private readonly specs = loadSpecs();

  constructor(private readonly clock: Clock) {}

  // ---- the state machine ------------------------------------------------------------------

  private outcome(t: Transition, name: string): Outcome {
    const o = this.specs.transitions.operations[t]?.outcomes[name];
    if (!o) throw new Error(`specs/payment-transitions.yaml has no outcome ${t}.${name}`);
    return o;
  }

  private state(p: PaymentRec): State {
    return `${p.status}/${p.sub_status}`;
  }

  /** The refusal when a transition is not allowed from the payment's state (specs/payment-transitions.yaml). */
  private forbidden(t: Transition, p: PaymentRec): Result | undefined {
    const op = this.specs.transitions.operations[t];
    const from = op?.from ?? [];
    const rule = op?.refused_as ?? 'payment-transition-forbidden';
    if (from.includes(this.state(p)) || !enforces(rule, { transition: t, from: this.state(p) })) return undefined;
    // An open chargeback blocks the money operations with the code the docs give for it.
    const code = p.status === 'IN_DISPUTE' ? 'CHARGEBACK_IN_PROCESS' : 'INVALID_STATUS';
    return refuse(
      rule,
      `Invalid transaction status: the payment is ${this.state(p)}; ${t} is allowed from ${from.join(', ')}.`,
      code,
    );
  }

  private apply(p: PaymentRec, o: Outcome): void {
    const [status, sub] = o.to.split('/') as [string, string];
    p.status = status;
    p.sub_status = sub;
    p.updated_at = this.clock.iso();
  }

  /** The record a transition changes: the stored one, or a copy when the store is not updated. */
  private target(p: PaymentRec): PaymentRec {
    return enforces('state-persisted') ? p : structuredClone(p);
  }

  private event(typeEvent: string, p: PaymentRec): PendingEvent {
    return { typeEvent, data: { payment: this.core(p) }, faults: currentFaults() };
  }

  private tx(
    type: string,
    status: string,
    amount: number,
    code: string,
    ref: string | null,
    category = 'CARD',
    about: { description?: string | null; reason?: string | null } = {},
  ): Tx {
    const t = this.clock.iso();
    return {
      id: randomUUID(),
      type,
      status,
      category,
      amount,
      provider_id: 'YUNO_TEST_PAYMENT_GW',
      response_code: code,
      response_message: code === 'SUCCEEDED' ? 'Transaction successful' : code,
      merchant_reference: ref,
      description: about.description ?? null,
      reason: about.reason ?? null,
      third_party_transaction_id: `tp_${randomUUID().replace(/-/g, '').slice(0, 20)}`,
      created_at: t,
      updated_at: t,
    };
  }

  /** What the provider said about a transaction (provider_data), as the docs' answers show it. */
  private providerData(p: PaymentRec, t: Tx): Json {
    const iso = iso8583(t.response_code);
    return {
      id: t.provider_id,
      transaction_id: t.id,
      account_id: p.account_id,
      status: t.status,
      sub_status: t.response_code,
      status_detail: t.response_message,
      response_message: t.response_message,
      response_code: t.response_code,
      iso8583_response_code: iso.code || null,
      iso8583_response_message: iso.message || null,
      raw_request: null,
      raw_response: null,
      third_party_transaction_id: t.third_party_transaction_id,
      third_party_account_id: null,
      // What a card network says about a decline or a chargeback (null on the test gateway's other answers).
      merchant_advice_code: null,
      merchant_advice_code_message: null,
      reason_code: null,
      reason_description: null,
    };
  }

  /** A transaction as a payment carries it: with what paid, what the provider said and the connection used. */
  private txAnswer(p: PaymentRec, t: Tx): Json {
    const { third_party_transaction_id: _t, ...rest } = t;
    const { payment_method_detail, ...method } = p.payment_method;
    return {
      ...rest,
      payment_method: { ...method, parent_payment_method_type: null, detail: structuredClone(payment_method_detail) },
      provider_data: this.providerData(p, t),
      connection_data: { id: CONNECTION_ID, name: null },
      merchant_advice_code: null,
      merchant_advice_code_message: null,
    };
  }

  /** Time-driven changes, applied when a payment is read: an asynchronous payment expires. */
  private tick(p: PaymentRec): PendingEvent[] {
    if (p.expiresAt === undefined || this.clock.now() < p.expiresAt || this.forbidden('settle', p)) return [];
    this.apply(p, this.outcome('settle', 'expired'));
    Object.assign(p.transactions[0]!, { status: 'EXPIRED', response_code: 'EXPIRED_BY_PROVIDER' });
    p.expiresAt = undefined;
    return [this.event('payment.purchase', p)];
  }

  private find(id: string): PaymentRec | Result {
    return this.records.get(id) ?? err(404, 'PAYMENT_NOT_FOUND', `No payment has id ${id}.`);
  }

  /**
   * What every operation on a transaction of a payment does first: the payment and the transaction
   * exist, time-driven changes are applied (unless `tick` is false), the transition is allowed from
   * the payment's state; then the record it changes (see target).
   */
  private begin(id: string, txId: string, t: Transition, tick = true): PaymentRec | Result {
    const found = this.find(id);
    if (!('id' in found)) return found;
    const tx = this.txOf(found, txId);
    if (!('id' in tx)) return tx;
    if (tick) this.tick(found);
    return this.forbidden(t, found) ?? this.target(found);
  }

  private txOf(p: PaymentRec, txId: string): Tx | Result {
    return (
      p.transactions.find((x) => x.id === txId) ??
      err(404, 'TRANSACTION_NOT_FOUND', `Payment ${p.id} has no transaction ${txId}.`)
    );
  }

  // ---- operations ---------------------------------------------------------------------------

  create(
    body: Json,
    idempotencyKey: string | null,
    linkCode: string | null = null,
    instrument: Instrument = {},
  ): Result {
    const amount = body.amount as { currency: string; value: number };
    const country = String(body.country);
    if (!currencyAllowed(country, amount.currency))
      return {
        ...err(400, 'CURRENCY_NOT_ALLOWED', `${amount.currency} is not allowed in ${country}.`),
        consumed: true,
      };
    const method = body.payment_method as {
      type: string;
      vault_on_success?: boolean | null;
      detail?: Json & { card?: { capture?: boolean; verify?: boolean; card_data?: { number?: string } } };
    };
    const card = method.detail?.card;
    const number = instrument.number ?? card?.card_data?.number;
    // What pays decides how it is paid: a card token or a stored card pays as a card.
    const type = instrument.type ?? method.type;
    const t = this.clock.iso();
    const p: PaymentRec = {
      id: randomUUID(),
      account_id: String(body.account_id),
      description: typeof body.description === 'string' ? body.description : null,
      country,
      status: 'CREATED',
      sub_status: 'CREATED',
      merchant_order_id: String(body.merchant_order_id),
      merchant_reference: typeof body.merchant_reference === 'string' ? body.merchant_reference : null,
      created_at: t,
      updated_at: t,
      amount: { currency: amount.currency, value: amount.value, captured: 0, refunded: 0 },
      payment_method: {
        type,
        vaulted_token: instrument.vaultedToken ?? null,
        token: instrument.token ?? null,
        vault_on_success: method.vault_on_success === true,
        payment_method_detail: null,
      },
      transactions: [],
      fraud_screening: null,
      fulfillments: [],
      idempotency_key: idempotencyKey,
      payment_link_code: linkCode,
      echo: echoOf(body),
    };
    const about = { description: p.description };
    const approved =
      type === 'CARD' && authorizeCard(number).outcome === 'approved' && !this.fraudCards.has(number ?? '');
    p.payment_method.payment_method_detail = methodDetail(type, method.detail as Json | undefined, number, approved);
    let o: Outcome;
    if (type !== 'CARD') {
      o = this.outcome('create', 'async');
      p.transactions.push(
        this.tx(
          'PURCHASE',
          'PENDING',
          amount.value,
          'PENDING_PROVIDER_CONFIRMATION',
          p.merchant_reference,
          'BANK_TRANSFER',
          about,
        ),
      );
      p.expiresAt = this.clock.now() + ASYNC_EXPIRY_MS;
    } else if (number !== undefined && this.fraudCards.has(number)) {
      // Declined by the screening before any provider: only the screening's own record is made.
      o = this.outcome('create', 'fraud-declined');
      p.fraud_screening = { status: 'DECLINED', provider_id: 'YUNO_TEST_FRAUD', score: 95, reason: 'HIGH_RISK' };
      p.transactions.push(
        this.tx('FRAUD_SCREENING', 'DECLINED', amount.value, 'FRAUD_DECLINED', p.merchant_reference, 'CARD', about),
      );
    } else if (card?.verify === true && cmp(amount.value, 0) === 0 && authorizeCard(number).outcome === 'approved') {
      o = this.outcome('create', 'verified');
      p.transactions.push(this.tx('VERIFY', 'SUCCEEDED', 0, 'SUCCEEDED', p.merchant_reference, 'CARD', about));
    } else {
      const gw = authorizeCard(number);
      if (gw.outcome !== 'approved') {
        o = this.outcome('create', gw.outcome);
        p.transactions.push(
          this.tx(
            'PURCHASE',
            gw.outcome === 'declined' ? 'DECLINED' : 'ERROR',
            amount.value,
            gw.code,
            p.merchant_reference,
            'CARD',
            about,
          ),
        );
      } else if (card?.capture === false) {
        o = this.outcome('create', 'authorized');
        p.transactions.push(
          this.tx('AUTHORIZE', 'SUCCEEDED', amount.value, 'SUCCEEDED', p.merchant_reference, 'CARD', about),
        );
      } else {
        o = this.outcome('create', 'approved');
        p.amount.captured = amount.value;
        p.transactions.push(
          this.tx('PURCHASE', 'SUCCEEDED', amount.value, 'SUCCEEDED', p.merchant_reference, 'CARD', about),
        );
      }
    }
    this.apply(p, o);
    this.records.set(p.id, p);
    return ok(this.withTransaction(p, p.transactions[p.transactions.length - 1]!), 201, [
      this.event(o.webhook ?? 'payment.purchase', p),
    ]);
  }

  retrieve(id: string): Result {
    const p = this.find(id);
    if (!('id' in p)) return p;
    const events = this.tick(p);
    return ok(this.detail(p), 200, events);
  }

  byOrder(orderId: string): Result {
    const found = [...this.records.values()].filter((p) => p.merchant_order_id === orderId);
    const events = found.flatMap((p) => this.tick(p));
    return ok(
      found.map((p) => this.detail(p)),
      200,
      events,
    );
  }

  capture(id: string, txId: string, body: Json): Result {
    const p = this.begin(id, txId, 'capture');
    if (!('id' in p)) return p;
    const amount = requestedAmount(body);
    // No amount captures everything still authorized (docs: capture-payments, "leave the amount empty").
    const open = sub(p.amount.value, p.amount.captured);
    if (amount?.currency && amount.currency !== p.amount.currency)
      return refuse(
        'capture-within-authorized',
        `The capture currency ${amount.currency} is not the payment's ${p.amount.currency}.`,
      );
    const value = amount?.value ?? open;
    if (cmp(value, open) > 0 && enforces('capture-within-authorized'))
      return refuse(
        'capture-within-authorized',
        `Cannot capture ${value}: only ${open} is authorized and not captured.`,
      );
    if (cmp(value, 0) <= 0) return refuse('capture-within-authorized', 'The capture amount must be positive.');
    p.amount.captured = add(p.amount.captured, value);
    const o = this.outcome('capture', cmp(p.amount.captured, p.amount.value) >= 0 ? 'full' : 'partial');
    this.apply(p, o);
    const ctx = this.tx('CAPTURE', 'SUCCEEDED', value, 'SUCCEEDED', String(body.merchant_reference), 'CARD', {
      description: typeof body.description === 'string' ? body.description : null,
      reason: typeof body.reason === 'string' ? body.reason : null,
    });
    p.transactions.push(ctx);
    return ok(this.transactionResult(p, ctx), 200, [this.event(o.webhook!, p)]);
  }

  cancel(id: string, txId: string, body: Json, t: Transition = 'cancel'): Result {
    const p = this.begin(id, txId, t);
    if (!('id' in p)) return p;
    const o = this.outcome(t, t === 'cancel' ? 'full' : 'cancel');
    const ctx = this.tx(
      'CANCEL',
      'SUCCEEDED',
      p.amount.value,
      'SUCCEEDED',
      typeof body.merchant_reference === 'string' ? body.merchant_reference : null,
      p.transactions[0]?.category ?? 'CARD',
      {
        description: typeof body.description === 'string' ? body.description : null,
        reason: typeof body.reason === 'string' ? body.reason : null,
      },
    );
    p.expiresAt = undefined;
    this.apply(p, o);
    p.transactions.push(ctx);
    return ok(this.transactionResult(p, ctx), t === 'cancel' ? 200 : 201, [this.event(o.webhook!, p)]);
  }

  refund(id: string, txId: string, body: Json, t: Transition = 'refund'): Result {
    const p = this.begin(id, txId, t);
    if (!('id' in p)) return p;
    const refundable = sub(p.amount.captured, p.amount.refunded);
    const amount = requestedAmount(body);
    if (amount?.currency && amount.currency !== p.amount.currency)
      return refuse(
        'refund-within-captured',
        `The refund currency ${amount.currency} is not the payment's ${p.amount.currency}.`,
      );
    const value = amount?.value ?? refundable;
    if (cmp(value, refundable) > 0 && enforces('refund-within-captured'))
      return refuse('refund-within-captured', `Cannot refund ${value}: only ${refundable} is refundable.`);
    if (cmp(value, 0) <= 0) return refuse('refund-within-captured', 'The refund amount must be positive.');
    p.amount.refunded = add(p.amount.refunded, value);
    const full = cmp(p.amount.refunded, p.amount.captured) >= 0;
    const o = this.outcome(t, t === 'refund' ? (full ? 'full' : 'partial') : 'refund');
    const refundTx = this.tx(
      'REFUND',
      'SUCCEEDED',
      value,
      'SUCCEEDED',
      typeof body.merchant_reference === 'string' ? body.merchant_reference : null,
      p.transactions[0]?.category ?? 'CARD',
      {
        description: typeof body.description === 'string' ? body.description : null,
        reason: typeof body.reason === 'string' ? body.reason : null,
      },
    );
    this.apply(p, full ? o : this.outcome('refund', 'partial'));
    p.transactions.push(refundTx);
    const events = [this.event(o.webhook!, p)];
    return t === 'refund'
      ? ok(this.withTransaction(p, refundTx), 200, events)
      : ok(this.transactionResult(p, refundTx), 201, events);
  }

  /** cancel-or-refund: a cancel when nothing was captured, a refund when something was. */
  cancelOrRefund(id: string, txId: string | undefined, body: Json): Result {
    const t: Transition = txId ? 'cancelOrRefundTransaction' : 'cancelOrRefund';
    const p = this.find(id);
    if (!('id' in p)) return p;
    this.tick(p);
    const refused = this.forbidden(t, p);
    if (refused) return refused;
    const tx = txId ?? p.transactions[0]!.id;
    return cmp(p.amount.captured, 0) > 0 ? this.refund(id, tx, body, t) : this.cancel(id, tx, body, t);
  }

  /** An asynchronous payment settles (the emulator's control stands in for the provider). */
  settle(id: string, outcome: 'approved' | 'declined' | 'expired'): Result {
    const p = this.find(id);
    if (!('id' in p)) return p;
    const refused = this.forbidden('settle', p);
    if (refused) return refused;
    this.apply(p, this.outcome('settle', outcome));
    const status = { approved: 'SUCCEEDED', declined: 'DECLINED', expired: 'EXPIRED' }[outcome];
    const code = { approved: 'SUCCEEDED', declined: 'DECLINED_BY_BANK', expired: 'EXPIRED_BY_PROVIDER' }[outcome];
    Object.assign(p.transactions[0]!, { status, response_code: code, updated_at: this.clock.iso() });
    if (outcome === 'approved') p.amount.captured = p.amount.value;
    p.expiresAt = undefined;
    return ok(this.detail(p), 200, [this.event(this.outcome('settle', outcome).webhook!, p)]);
  }

  // ---- chargebacks and disputes (the provider's part is an emulator control) ----------------

  /** The customer's bank charges a payment back (the control stands in for the provider). */
  chargeback(id: string): Result {
    const p = this.find(id);
    if (!('id' in p)) return p;
    const refused = this.forbidden('chargeback', p);
    if (refused) return refused;
    const o = this.outcome('chargeback', 'received');
    p.beforeChargeback = { status: p.status, sub_status: p.sub_status };
    this.apply(p, o);
    p.transactions.push(this.tx('CHARGEBACK', 'CREATED', p.amount.captured, 'ACTION_REQUIRED', null));
    return ok(this.detail(p), 200, [this.event(o.webhook!, p)]);
  }

  private chargebackOf(p: PaymentRec): Tx | undefined {
    return p.transactions.findLast((t) => t.type === 'CHARGEBACK');
  }

  /** Evidence for a chargeback: open (from RECEIVED) or update (from PENDING_REVIEW). */
  dispute(id: string, txId: string, t: 'openDispute' | 'updateDispute'): Result {
    const p = this.begin(id, txId, t, false);
    if (!('id' in p)) return p;
    const o = this.outcome(t, t === 'openDispute' ? 'submitted' : 'updated');
    this.apply(p, o);
    // Without a chargeback (only when a fault lets a forbidden start through) one is made up here.
    let cb = this.chargebackOf(p);
    if (!cb) {
      cb = this.tx('CHARGEBACK', 'CREATED', p.amount.captured, 'RECEIVED', null);
      p.transactions.push(cb);
    }
    Object.assign(cb, { status: 'PENDING', response_code: 'IN_REVIEW', updated_at: this.clock.iso() });
    return ok(this.withTransaction(p, cb), 200, o.webhook ? [this.event(o.webhook, p)] : []);
  }

  /** The issuer decides a dispute under review, or the merchant lets a received chargeback go. */
  decide(id: string, outcome: 'won' | 'lost'): Result {
    const p = this.find(id);
    if (!('id' in p)) return p;
    const t: Transition = p.sub_status === 'RECEIVED' && outcome === 'lost' ? 'chargebackAccepted' : 'disputeDecided';
    const refused = this.forbidden(t, p);
    if (refused) return refused;
    const cb = this.chargebackOf(p)!;
    if (outcome === 'won') {
      const o = this.outcome('disputeDecided', 'won');
      // Back to the status before the chargeback (payment.mdx): a fault can leave it in dispute.
      if (enforces('dispute-transition', { outcome: 'won' }))
        Object.assign(p, p.beforeChargeback ?? { status: 'SUCCEEDED', sub_status: 'APPROVED' });
      p.updated_at = this.clock.iso();
      Object.assign(cb, {
        status: o.transaction?.[1] ?? 'WON',
        response_code: 'REVIEW_WON',
        updated_at: this.clock.iso(),
      });
      return ok(this.detail(p), 200, o.webhook ? [this.event(o.webhook, p)] : []);
    }
    const o = this.outcome(t, 'lost');
    this.apply(p, o);
    Object.assign(cb, {
      status: 'LOST',
      response_code: t === 'disputeDecided' ? 'REVIEW_LOST' : 'CLOSED',
      updated_at: this.clock.iso(),
    });
    return ok(this.detail(p), 200, [this.event(o.webhook!, p)]);
  }

  /** Fulfillments are recorded with the payment; nothing else changes (notify-fulfillments). */
  fulfill(id: string, body: Json): Result {
    const p = this.find(id);
    if (!('id' in p)) return p;
    p.fulfillments.push(structuredClone(body));
    if (!enforces('fulfillment-accepted')) Object.assign(p, { status: 'REFUNDED', sub_status: 'REFUNDED' });
    return { status: 202, body: undefined };
  }

  // ---- what the operations answer ----------------------------------------------------------

  /**
   * The payment as every answer carries it: the fields the docs' examples show (specs/docs-fields.yaml),
   * what the request sent echoed, the docs' defaults where it sent nothing. merchant_reference is not
   * answered: no docs example of a payment carries it.
   */
  core(p: PaymentRec): Json {
    return {
      id: p.id,
      account_id: p.account_id,
      account_code: p.account_id,
      description: p.description,
      country: p.country,
      status: p.status,
      sub_status: p.sub_status,
      merchant_order_id: p.merchant_order_id,
      created_at: p.created_at,
      updated_at: p.updated_at,
      amount: { ...p.amount, currency_conversion: null },
      payment_method: {
        ...p.payment_method,
        parent_payment_method_type: null,
        payment_method_detail: structuredClone(p.payment_method.payment_method_detail),
      },
      ...structuredClone(p.echo),
      fraud_screening: p.fraud_screening,
      transactions_history: [],
      taxes: null,
      split: null,
      split_marketplace: [],
      subscription_code: null,
      routing_rules: null,
      simplified_mode: false,
      payment_link_id: p.payment_link_code,
      payment_link_code: p.payment_link_code,
      idempotency_key: p.idempotency_key,
    };
  }

  /** create, authorize and refund: the payment with the transaction the request made. */
  withTransaction(p: PaymentRec, t: Tx): Json {
    return { ...this.core(p), transactions: this.txAnswer(p, t) };
  }

  /** The lookups: the payment with every transaction. */
  detail(p: PaymentRec): Json {
    return { ...this.core(p), transactions: p.transactions.map((t) => this.txAnswer(p, t)) };
  }

  /** capture, cancel and cancel-or-refund: the transaction, with its payment nested (and, as the docs' cancel example shows, receipt fields). */
  transactionResult(p: PaymentRec, t: Tx): Json {
    return {
      id: t.id,
      type: t.type,
      status: t.status,
      category: t.category,
      amount: {
        currency: p.amount.currency,
        value: t.amount,
        captured: p.amount.captured,
        refunded: p.amount.refunded,
        currency_conversion: null,
      },
      merchant_reference: t.merchant_reference,
      response_code: t.response_code,
      response_message: t.response_message,
      reason: t.reason,
      description: t.description,
      provider_data: this.providerData(p, t),
      created_at: t.created_at,
      updated_at: t.updated_at,
      customer_payer: structuredClone(p.echo.customer_payer ?? null),
      simplified_mode: false,
      receipt: null,
      receipt_url: null,
      receipt_language: null,
      payment: this.core(p),
    };
  }
}
