// Customers: create, retrieve (by id and by merchant_customer_id), update, delete.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { Clock } from '../clock.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';

/** The customer fields the object page lists, null until set. */
const FIELDS = [
  'first_name',
  'last_name',
  'email',
  'gender',
  'date_of_birth',
  'nationality',
  'country',
  'document',
  'phone',
  'billing_address',
  'shipping_address',
  'metadata',
  'merchant_customer_created_at',
];

/** The fields every customer answer carries (the Customer schema's required ones besides its id and times). */
const REQUIRED = ['merchant_customer_id'];

export class Customers {
  readonly records = new Map<string, Json>();

  constructor(private readonly clock: Clock) {}

  /** The refusal when another customer already has this merchant_customer_id. */
  private duplicate(mid: unknown, except?: Json): Result | undefined {
    if (
      ![...this.records.values()].some((c) => c !== except && c.merchant_customer_id === mid) ||
      !enforces('customer-id-unique')
    )
      return undefined;
    return refuse('customer-id-unique', `A customer with merchant_customer_id ${String(mid)} exists.`);
  }

  create(body: Json): Result {
    const dup = this.duplicate(body.merchant_customer_id);
    if (dup) return dup;
    const t = this.clock.iso();
    const c: Json = {
      ...Object.fromEntries(FIELDS.map((f) => [f, null])),
      ...body,
      id: randomUUID(),
      created_at: t,
      updated_at: t,
    };
    this.records.set(String(c.id), c);
    return ok(c, 201);
  }

  retrieve(id: string): Result {
    const c = this.records.get(id);
    return c ? ok(c) : refuse('unknown-customer', `No customer has id ${id}.`, 'NOT_FOUND', 404);
  }

  byMerchantId(mid: string): Result {
    const c = [...this.records.values()].find((x) => x.merchant_customer_id === mid);
    return c ? ok(c) : refuse('unknown-customer', `No customer has merchant_customer_id ${mid}.`, 'NOT_FOUND', 404);
  }

  /** Accepted asynchronously (202, no body); the emulator forgets the customer at once. */
  delete(id: string): Result {
    if (!this.records.has(id)) return refuse('unknown-customer', `No customer has id ${id}.`, 'NOT_FOUND', 404);
    if (enforces('resource-ended', { resource: 'customer' })) this.records.delete(id);
    return { status: 202, body: undefined };
  }

  update(id: string, body: Json): Result {
    const c = this.records.get(id);
    if (!c) return err(404, 'NOT_FOUND', `No customer has id ${id}.`);
    const dup = body.merchant_customer_id === undefined ? undefined : this.duplicate(body.merchant_customer_id, c);
    if (dup) return dup;
    // A null sent for a field every customer has (merchant_customer_id) leaves it as it was.
    const sent = Object.fromEntries(Object.entries(body).filter(([k, v]) => !(v === null && REQUIRED.includes(k))));
    const updated = { ...c, ...sent, updated_at: this.clock.iso() };
    if (enforces('state-persisted')) this.records.set(id, updated);
    return ok(updated);
  }
}
