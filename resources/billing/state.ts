// What the billing resources share in an emulated world besides their own records: the meters, metered
// prices and usage events a subscription's renewal reads, each subscription's charges (the rows of
// listSubscriptionPayments), and the idempotency keys subscriptions were created with. Kept per world,
// beside the stores resources/world.ts makes, so the subscription module keeps the plain store the
// generic status moves and lifecycles work on.
import type { Json } from '../result.js';
import { Records, type World } from '../world.js';

/** One usage event as stored, with what billing needs and the answer leaves out. */
export interface UsageRec {
  answer: Json;
  /** The account's key of the event (event_id is unique per account). */
  eventId: string;
  meterId: string;
  subscriptionId: string;
  value: number;
  occurredAt: number;
  /** The charge it was billed in, once billed. */
  billed?: string;
}

export class BillingState {
  readonly meters = new Records();
  readonly meteredPrices = new Records();
  readonly usage = new Map<string, UsageRec>();
  /** Each subscription's charges, oldest first. */
  readonly charges = new Map<string, Json[]>();
  /** The X-Idempotency-Key a subscription was created with, and the create answered for a key. */
  readonly createKeys = new Map<string, string>();
  readonly createdByKey = new Map<string, Json>();

  chargesOf(subscriptionId: string): Json[] {
    let list = this.charges.get(subscriptionId);
    if (!list) {
      list = [];
      this.charges.set(subscriptionId, list);
    }
    return list;
  }
}

const states = new WeakMap<World, BillingState>();

export function billingState(w: World): BillingState {
  let s = states.get(w);
  if (!s) {
    s = new BillingState();
    states.set(w, s);
  }
  return s;
}
