// Payouts: create (PENDING, delivered to the provider), retrieve by id and by merchant_reference, and
// the provider's outcome (an emulator control), along specs/payout-status.yaml. Answers are shaped
// like the docs' examples (create-payout.json, retrieve-payout-by-id.json): the beneficiary with every
// field, null where the request sent none; one transaction with the withdrawal method as sent and what
// the provider answered (provider_data), its raw answer included.
import { randomUUID } from 'node:crypto';
import { loadSpecs, statusMayMove } from '../../lib/specs.js';
import type { Clock } from '../clock.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';

const OUTCOME = { succeeded: 'SUCCEEDED', declined: 'DECLINED', rejected: 'REJECTED' } as const;
/** The provider's own status for each outcome (APPROVED in the docs' succeeded examples). */
const PROVIDER_STATUS = { PENDING: 'PENDING', SUCCEEDED: 'APPROVED', DECLINED: 'DECLINED', REJECTED: 'REJECTED' };

/** The beneficiary fields every docs example shows (null there when the request did not send them). */
const BENEFICIARY = [
  'merchant_beneficiary_id',
  'national_entity',
  'first_name',
  'last_name',
  'legal_name',
  'email',
  'country',
  'date_of_birth',
  'document',
  'phone',
  'address',
] as const;
/** The wallet fields the docs' examples show in an answered withdrawal method. */
const WALLET = ['code', 'email', 'country', 'document', 'phone'] as const;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const sentOrNull = (o: Json, k: string): unknown => (o[k] === undefined ? null : structuredClone(o[k]));

/** The withdrawal method as a transaction answers it: as sent, its detail with both kinds and every wallet field. */
function withdrawalMethod(sent: Json): Json {
  const detail = isObject(sent.detail) ? sent.detail : {};
  const wallet = isObject(detail.wallet)
    ? { ...Object.fromEntries(WALLET.map((k) => [k, null])), ...structuredClone(detail.wallet) }
    : null;
  return {
    type: sent.type,
    provider_id: sent.provider_id,
    original_transaction_id: sentOrNull(sent, 'original_transaction_id'),
    detail: { bank_transfer: null, ...structuredClone(detail), wallet },
  };
}

/** What the provider answered about a transaction, in the shape of the docs' provider_data. */
function providerData(p: Json, tx: Json, status: keyof typeof PROVIDER_STATUS, cashoutId: number): Json {
  const provider = PROVIDER_STATUS[status];
  const wallet = (((tx.withdrawal_method as Json).detail as Json).wallet ?? {}) as Json;
  const raw: Json = { cashout_id: cashoutId, merchant_cashout_id: tx.id, status: provider };
  if (typeof wallet.code === 'string') raw.user_id = wallet.code;
  return {
    id: (tx.withdrawal_method as Json).provider_id,
    transaction_id: String(cashoutId),
    account_id: '',
    beneficiary_id: (p.beneficiary as Json).merchant_beneficiary_id,
    status: provider,
    status_detail: provider,
    raw_response: JSON.stringify(raw, null, 2),
  };
}

export class Payouts {
  readonly records = new Map<string, Json>();
  /** The provider's cashout ids, one per transaction (numeric, as the docs' AstroPay examples show them). */
  private cashouts = 32_000;

  constructor(private readonly clock: Clock) {}

  create(body: Json): Result {
    const t = this.clock.iso();
    const amount = body.amount as Json;
    const sent = (body.beneficiary ?? {}) as Json;
    const beneficiary: Json = { ...Object.fromEntries(BENEFICIARY.map((k) => [k, null])), ...structuredClone(sent) };
    const p: Json = {
      id: randomUUID(),
      account_id: body.account_id,
      status: 'PENDING',
      merchant_reference: body.merchant_reference,
      purpose: body.purpose,
      country: body.country,
      description: body.description ?? null,
      amount,
      beneficiary,
      metadata: body.metadata ?? [],
      created_at: t,
      updated_at: t,
    };
    const tx: Json = {
      id: randomUUID(),
      status: 'PENDING',
      type: 'PAYOUT',
      response_code: 'PENDING_PROVIDER_CONFIRMATION',
      merchant_reference: p.merchant_reference,
      purpose: p.purpose,
      description: p.description,
      amount: structuredClone(amount),
      withdrawal_method: withdrawalMethod((body.withdrawal_method ?? {}) as Json),
      provider_data: null,
      created_at: t,
      updated_at: t,
    };
    tx.provider_data = providerData(p, tx, 'PENDING', ++this.cashouts);
    p.transactions = [tx];
    this.records.set(String(p.id), p);
    return ok(p, 201);
  }

  retrieve(id: string): Result {
    const p = this.records.get(id);
    return p ? ok(p) : refuse('unknown-payout', `No payout has id ${id}.`);
  }

  /** The provider's outcome for a payout (the control stands in for the provider). */
  settle(id: string, outcome: keyof typeof OUTCOME): Result {
    const p = this.records.get(id);
    if (!p) return err(404, 'NOT_FOUND', `No payout has id ${id}.`);
    const to = OUTCOME[outcome];
    if (!statusMayMove(loadSpecs(), 'payout-status.yaml', String(p.status), to))
      return err(
        400,
        'INVALID_STATUS',
        `The payout is ${String(p.status)}; specs/payout-status.yaml does not allow ${to} after it.`,
      );
    const t = this.clock.iso();
    p.status = to;
    p.updated_at = t;
    for (const tx of p.transactions as Json[]) {
      const cashout = Number((tx.provider_data as Json).transaction_id);
      Object.assign(tx, { status: to, response_code: to, updated_at: t });
      tx.provider_data = providerData(p, tx, to, cashout);
    }
    return ok(p);
  }

  byReference(ref: string): Result {
    return ok([...this.records.values()].filter((p) => p.merchant_reference === ref));
  }
}
