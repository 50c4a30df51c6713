// Payouts: create (PENDING, delivered to the provider), retrieve by id and by merchant_reference, and
// the provider's outcome (an emulator control), along specs/payout-status.yaml.
import { randomUUID } from 'node:crypto';
import { loadSpecs, statusMayMove } from '../../lib/specs.js';
import type { Clock } from '../clock.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';

const OUTCOME = { succeeded: 'SUCCEEDED', declined: 'DECLINED', rejected: 'REJECTED' } as const;

export class Payouts {
  readonly records = new Map<string, Json>();

  constructor(private readonly clock: Clock) {}

  create(body: Json): Result {
    const t = this.clock.iso();
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
      transactions: [
        { id: randomUUID(), status: 'PENDING', type: 'PAYOUT', response_code: 'PENDING_PROVIDER_CONFIRMATION', amount },
      ],
    };
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
    p.status = to;
    p.updated_at = this.clock.iso();
    for (const t of p.transactions as Json[]) Object.assign(t, { status: to, response_code: to });
    return ok(p);
  }

  byReference(ref: string): Result {
    return ok([...this.records.values()].filter((p) => p.merchant_reference === ref));
  }
}
