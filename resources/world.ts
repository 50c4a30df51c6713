// Everything an emulator holds: the clock, one store per resource module (made when first needed, so
// a store can hold another one it works with: links pay through payments), idempotency keys, the
// webhook sender and the log of requests.
import type { Contract } from '../lib/contract.js';
import { Clock } from './clock.js';
import type { Resource } from './kit.js';
import type { PendingEvent } from './result.js';

/** What the emulator around the resources provides to them (its infrastructure). */
export interface Surroundings {
  contract: Contract;
  /** The account the emulator stands for (account_id of its answers, its webhooks). */
  accountId: string;
  /** Sends webhook events (after the answer is out, in the server). */
  send(events: PendingEvent[] | undefined): void;
}

export class World {
  readonly clock = new Clock();
  private readonly stores = new Map<Resource<unknown, never>, unknown>();

  constructor(readonly around: Surroundings) {}

  get contract(): Contract {
    return this.around.contract;
  }

  /** The store of a resource module, made on first use. */
  get<S>(resource: Resource<S, never>): S {
    if (!this.stores.has(resource as Resource<unknown, never>)) {
      const made = resource.store ? resource.store(this) : new Records();
      this.stores.set(resource as Resource<unknown, never>, made);
    }
    return this.stores.get(resource as Resource<unknown, never>) as S;
  }
}

type Json = Record<string, unknown>;

/** The store of a resource without one of its own: its records by id, in the order made. */
export class Records {
  readonly byId = new Map<string, Json>();

  get(id: string): Json | undefined {
    return this.byId.get(id);
  }

  put(id: string, record: Json): void {
    this.byId.set(id, record);
  }

  delete(id: string): boolean {
    return this.byId.delete(id);
  }

  all(): Json[] {
    return [...this.byId.values()];
  }
}
