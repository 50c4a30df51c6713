// Payouts: create, retrieve by id and by merchant_reference.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { err, ok, type Json, type Result } from '../result.js';

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
      transactions: [{ id: randomUUID(), status: 'PENDING', type: 'PAYOUT', response_code: 'PENDING_PROVIDER_CONFIRMATION', amount }],
    };
    this.records.set(String(p.id), p);
    return ok(p, 201);
  }

  retrieve(id: string): Result {
    const p = this.records.get(id);
    return p ? ok(p) : err(404, 'NOT_FOUND', `No payout has id ${id}.`);
  }

  byReference(ref: string): Result {
    return ok([...this.records.values()].filter((p) => p.merchant_reference === ref));
  }
}
