// Split transfers: money sent to a recipient, standalone (from the organization's balance) or against a
// payment's transaction, along specs/split-transfer-status.yaml. A standalone transfer needs the recipient
// onboarded (SUCCEEDED) at its provider; the provider answers at once (SUCCEEDED, or ERROR) unless a
// control says it holds the recipient's transfers (CREATED, then moved by a control). A reversal, full or
// partial, is a SPLIT_TRANSFER_REVERSE transaction of its own; reversed in full the transfer is REVERSED.
// Completed transfers and reversals send the split_transfer events (version 1).
import { randomUUID } from 'node:crypto';
import { currentFaults, enforces } from '../../emulator/faults.js';
import { type StatusTransition, statusTable } from '../../lib/status-tables.js';
import { cmp, sub } from '../amounts.js';
import type { Clock } from '../clock.js';
import { err, type Json, ok, type PendingEvent, type Result } from '../result.js';
import type { Payments } from '../stores/payments.js';
import type { Recipients } from './recipients-store.js';

export const SPLIT_TRANSFER_TABLE = 'split-transfer-status.yaml';

/** How the provider answers a new transfer to a recipient: the status the table's create moves give it. */
export const PROVIDER_OUTCOMES = ['SUCCEEDED', 'CREATED', 'ERROR'] as const;
export type ProviderOutcome = (typeof PROVIDER_OUTCOMES)[number];
const CREATE_MOVE: Record<ProviderOutcome, string> = {
  SUCCEEDED: 'create-succeeded',
  CREATED: 'create',
  ERROR: 'create-error',
};

interface Tx {
  code: string;
  type: 'SPLIT_TRANSFER' | 'SPLIT_TRANSFER_REVERSE';
  status: string;
  provider_transfer_id: string;
  provider_response_message: string | null;
  provider_raw_response: string | null;
  created_at: string;
  updated_at: string;
}

export interface SplitTransferRec {
  id: string;
  /** Standalone (createStandaloneTransfer) or against a payment (requestPaymentSplitTransfer). */
  kind: 'standalone' | 'payment';
  account_id: string | null;
  recipient_id: string | null;
  provider: string | null;
  amount: { currency: string; value: number };
  /** How much of it was reversed so far. */
  reversed: number;
  status: string;
  description: string | null;
  merchant_reference: string | null;
  metadata: Json[];
  transactions: Tx[];
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

/**
 * A transaction of a transfer against a payment as request-a-transfer.json shows it: the provider's raw
 * answer named raw_response, no response message (conflict split-transfer-raw-response-field).
 */
function paymentTx(x: Tx): Json {
  return {
    code: x.code,
    type: x.type,
    status: x.status,
    provider_transfer_id: x.provider_transfer_id,
    raw_response: x.provider_raw_response,
    created_at: x.created_at,
    updated_at: x.updated_at,
  };
}

/** Currencies the provider counts in whole units (no cents). */
const ZERO_DECIMAL = new Set(['CLP', 'JPY', 'KRW', 'PYG', 'VND', 'ISK', 'UGX']);

/**
 * The provider's raw answer to a transfer, as request-a-transfer.json shows it: the provider's transfer
 * object (its id, the amount in minor units, the currency in lower case), serialised.
 */
function providerTransfer(
  id: string,
  amount: { currency: string; value: number },
  description: string | null,
  at: string,
): string {
  const minor = ZERO_DECIMAL.has(amount.currency) ? Math.round(amount.value) : Math.round(amount.value * 100);
  return JSON.stringify(
    {
      id,
      object: 'transfer',
      amount: minor,
      amount_reversed: 0,
      balance_transaction: `txn_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      created: Math.floor(Date.parse(at) / 1000),
      currency: amount.currency.toLowerCase(),
      description,
      livemode: false,
      metadata: {},
      reversed: false,
      source_transaction: null,
      transfer_group: null,
    },
    null,
    2,
  );
}

/** Statuses after which the transfer is complete (completed_at is set). */
const COMPLETE = new Set(['SUCCEEDED', 'DECLINED', 'ERROR', 'REVERSED']);

export class SplitTransfers {
  readonly records = new Map<string, SplitTransferRec>();
  /** How the provider answers the next transfers to a recipient (a control sets it; SUCCEEDED otherwise). */
  readonly outcomes = new Map<string, ProviderOutcome>();

  constructor(
    private readonly clock: Clock,
    private readonly recipients: Recipients,
    private readonly payments: Payments,
  ) {}

  private transition(id: string): StatusTransition {
    const t = statusTable(SPLIT_TRANSFER_TABLE).transitions.find((x) => x.id === id);
    if (!t) throw new Error(`specs/${SPLIT_TRANSFER_TABLE} has no transition ${id}`);
    return t;
  }

  answer(t: SplitTransferRec): Json {
    return {
      id: t.id,
      recipient_id: t.recipient_id,
      amount: { ...t.amount },
      status: t.status,
      description: t.description,
      merchant_reference: t.merchant_reference,
      metadata: structuredClone(t.metadata),
      provider: t.provider,
      transactions: t.transactions.map((x) => (t.kind === 'payment' ? paymentTx(x) : { ...x })),
      created_at: t.created_at,
      updated_at: t.updated_at,
      completed_at: t.completed_at,
    };
  }

  private tx(type: Tx['type'], status: string): Tx {
    const now = this.clock.iso();
    return {
      code: randomUUID(),
      type,
      status,
      provider_transfer_id: `tr_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      provider_response_message: null,
      provider_raw_response: null,
      created_at: now,
      updated_at: now,
    };
  }

  private setStatus(t: SplitTransferRec, status: string): void {
    const now = this.clock.iso();
    t.status = status;
    t.updated_at = now;
    if (COMPLETE.has(status)) t.completed_at ??= now;
  }

  /** The split_transfer event of a transfer that completed, or of a reversal (data: the reversal itself). */
  private event(
    type: 'split_transfer' | 'split_transfer_reverse',
    outcome: 'succeeded' | 'failed',
    t: SplitTransferRec,
    data: Json,
  ): PendingEvent {
    return {
      typeEvent: `${type}.${outcome}`,
      payload: {
        type,
        type_event: outcome,
        trace_id: randomUUID(),
        transfer_id: t.id,
        account_id: t.account_id,
        retry: 0,
        version: 1,
        data,
      },
      data,
      faults: currentFaults(),
    };
  }

  private completed(t: SplitTransferRec): PendingEvent[] {
    if (t.status === 'SUCCEEDED') return [this.event('split_transfer', 'succeeded', t, this.answer(t))];
    if (t.status === 'DECLINED' || t.status === 'ERROR')
      return [this.event('split_transfer', 'failed', t, this.answer(t))];
    return [];
  }

  /**
   * A standalone transfer: the recipient exists (404 RECIPIENT_NOT_FOUND) and is onboarded at the provider,
   * its onboarding there SUCCEEDED (400 ONBOARDING_NOT_VALID: a blocked recipient receives nothing).
   */
  createStandalone(body: Json, accountId: string): Result {
    const recipientId = String(body.recipient_id);
    const provider = String(body.provider_id);
    const amount = body.amount as { currency: string; value: number };
    if (!this.recipients.recipients.has(recipientId))
      return err(404, 'RECIPIENT_NOT_FOUND', 'The specified recipient was not found.');
    const at = this.recipients
      .onboardingsOf(recipientId)
      .filter((o) => String((o.fields.provider as Json | null)?.id ?? '').toLowerCase() === provider.toLowerCase());
    const valid =
      at.some((o) => o.status === 'SUCCEEDED') ||
      at.some((o) => o.status === 'BLOCKED' && !enforces('blocked-recipient-no-transfer', { status: 'BLOCKED' }));
    if (!valid)
      return err(
        400,
        'ONBOARDING_NOT_VALID',
        `The recipient onboarding is not valid for this operation: recipient ${recipientId} has no SUCCEEDED onboarding at ${provider}${at.length ? ` (${at.map((o) => o.status).join(', ')})` : ''}.`,
      );
    if (cmp(amount.value, 0) <= 0) return err(400, 'INVALID_AMOUNT', 'The transfer amount is invalid.');
    const outcome = this.outcomes.get(recipientId) ?? 'SUCCEEDED';
    const status = this.transition(CREATE_MOVE[outcome]).to;
    const now = this.clock.iso();
    const t: SplitTransferRec = {
      id: randomUUID(),
      kind: 'standalone',
      account_id: typeof body.account_id === 'string' ? body.account_id : accountId,
      recipient_id: recipientId,
      provider,
      amount: { currency: amount.currency, value: amount.value },
      reversed: 0,
      status: 'CREATED',
      description: typeof body.description === 'string' ? body.description : null,
      merchant_reference: typeof body.merchant_reference === 'string' ? body.merchant_reference : null,
      metadata: Array.isArray(body.metadata) ? structuredClone(body.metadata as Json[]) : [],
      transactions: [this.tx('SPLIT_TRANSFER', status)],
      created_at: now,
      updated_at: now,
      completed_at: null,
    };
    this.setStatus(t, status);
    this.records.set(t.id, t);
    return ok(this.answer(t), 201, this.completed(t));
  }

  /** A transfer of an amount against a payment's transaction (the payment and the transaction exist). */
  forPayment(paymentId: string, transactionId: string, body: Json, accountId: string): Result {
    const p = this.payments.records.get(paymentId);
    if (!p) return err(404, 'PAYMENT_NOT_FOUND', `No payment has id ${paymentId}.`);
    if (!p.transactions.some((x) => x.id === transactionId))
      return err(404, 'TRANSACTION_NOT_FOUND', `Payment ${paymentId} has no transaction ${transactionId}.`);
    const amount = body.amount as { currency: string; value: number };
    const now = this.clock.iso();
    const t: SplitTransferRec = {
      id: randomUUID(),
      kind: 'payment',
      account_id: p.account_id || accountId,
      // The payments keep no split_marketplace: which recipient of the split receives it is not known here.
      recipient_id: null,
      provider: null,
      amount: { currency: amount.currency, value: amount.value },
      reversed: 0,
      status: 'CREATED',
      description: typeof body.description === 'string' ? body.description : null,
      merchant_reference: null,
      metadata: [],
      transactions: [this.tx('SPLIT_TRANSFER', 'SUCCEEDED')],
      created_at: now,
      updated_at: now,
      completed_at: null,
    };
    const forward = t.transactions[0]!;
    forward.provider_raw_response = providerTransfer(forward.provider_transfer_id, t.amount, t.description, now);
    this.setStatus(t, 'SUCCEEDED');
    this.records.set(t.id, t);
    return ok(this.answer(t), 201);
  }

  private standalone(id: string): SplitTransferRec | Result {
    const t = this.records.get(id);
    return t?.kind === 'standalone' ? t : err(404, 'TRANSFER_NOT_FOUND', 'The specified transfer was not found.');
  }

  retrieve(id: string): Result {
    const t = this.standalone(id);
    return 'kind' in t ? ok(this.answer(t)) : t;
  }

  /**
   * A reversal, of the amount sent or of all that is left: only from SUCCEEDED (TRANSFER_NOT_REVERSIBLE; once
   * REVERSED, TRANSFER_ALREADY_REVERSED), in the transfer's currency (INVALID_CURRENCY), at most what is left
   * (REVERSAL_AMOUNT_EXCEEDS). All of it reversed, the transfer is REVERSED; part of it, it stays SUCCEEDED.
   */
  reverse(id: string, body: Json): Result {
    const t = this.standalone(id);
    if (!('kind' in t)) return t;
    if (t.status === 'REVERSED' && enforces('split-transfer-reversal', { check: 'already-reversed' }))
      return err(400, 'TRANSFER_ALREADY_REVERSED', 'The transfer has already been reversed.');
    if (t.status !== 'SUCCEEDED' && t.status !== 'REVERSED')
      return err(400, 'TRANSFER_NOT_REVERSIBLE', 'The transfer is not in a reversible state.');
    const left = sub(t.amount.value, t.reversed);
    const asked = body.amount as { currency: string; value: number } | null | undefined;
    if (asked && asked.currency !== t.amount.currency)
      return err(400, 'INVALID_CURRENCY', 'The specified currency is invalid or does not match the original transfer.');
    if (asked && cmp(asked.value, 0) <= 0) return err(400, 'INVALID_AMOUNT', 'The transfer amount is invalid.');
    if (asked && cmp(asked.value, left) > 0 && enforces('split-transfer-reversal', { check: 'amount' }))
      return err(400, 'REVERSAL_AMOUNT_EXCEEDS', 'The reversal amount exceeds the original transfer amount.');
    const value = asked ? asked.value : left;
    const reversal = this.tx('SPLIT_TRANSFER_REVERSE', 'SUCCEEDED');
    t.transactions.push(reversal);
    t.reversed = Math.min(t.amount.value, t.reversed + value);
    const full = cmp(t.reversed, t.amount.value) >= 0;
    this.setStatus(t, this.transition(full ? 'reverse' : 'reverse-partial').to);
    const data: Json = {
      ...this.answer(t),
      id: reversal.code,
      amount: { currency: t.amount.currency, value },
      status: reversal.status,
      description: typeof body.description === 'string' ? body.description : t.description,
      merchant_reference: typeof body.merchant_reference === 'string' ? body.merchant_reference : t.merchant_reference,
      transactions: [{ ...reversal }],
      created_at: reversal.created_at,
      updated_at: reversal.updated_at,
      completed_at: reversal.updated_at,
    };
    return ok(this.answer(t), 200, [this.event('split_transfer_reverse', 'succeeded', t, data)]);
  }

  /** The provider's later answer to a transfer it held (a control): along a transition of the table with a trigger. */
  moveOutside(id: string, to: string): Result {
    const t = this.standalone(id);
    if (!('kind' in t)) return t;
    const move = statusTable(SPLIT_TRANSFER_TABLE).transitions.find(
      (x) => x.trigger && x.from.includes(t.status) && x.to === to,
    );
    if (!move)
      return err(
        400,
        'INVALID_STATUS',
        `specs/${SPLIT_TRANSFER_TABLE} has no move from ${t.status} to ${to} outside the API.`,
      );
    const from = t.status;
    if (!enforces('split-transfer-moves', { to: move.to })) return ok({ id, from, to: from, transition: move.id });
    this.setStatus(t, move.to);
    const forward = t.transactions[0]!;
    forward.status = move.to === 'DECLINED' ? 'DECLINED' : move.to;
    forward.updated_at = t.updated_at;
    return ok({ id, from, to: move.to, transition: move.id }, 200, this.completed(t));
  }
}
