// The emulator's side of the fault catalogue (lib/rules): which faults are on for the request being
// served, and what they do. Faults are on for the whole emulator (EMULATOR_FAULTS=a,b) or, in an
// emulator started for the self-test, for one request (the x-selftest-fault header). The request's
// faults travel with it through AsyncLocalStorage, so resource code asks `enforces(rule)` where it
// applies a rule and never names a fault.
import { AsyncLocalStorage } from 'node:async_hooks';
import { FAULT_NAMES, FAULTS, type Fault, type FaultName, isFaultName, type RuleId } from '../lib/rules/index.js';
import type { FaultRequest, MutableDelivery, MutableResponse, WaiveDetail } from '../lib/rules/types.js';
import { isVariationName, VARIATIONS, type VariationName } from '../lib/rules/variations.js';

/** The header an emulator started for the self-test reads the request's fault (or variation) from. */
export const SELFTEST_HEADER = 'x-selftest-fault';

export class FaultSet {
  static readonly NONE = new FaultSet([]);
  private readonly on: Fault[];
  private readonly variations: VariationName[];

  constructor(names: Iterable<string>) {
    const list = [...names];
    const unknown = list.filter((n) => !isFaultName(n) && !isVariationName(n));
    if (unknown.length) {
      throw new Error(
        `unknown fault(s) ${unknown.join(', ')}; EMULATOR_FAULTS takes ${FAULT_NAMES.join(', ')} and the benign variations ${Object.keys(VARIATIONS).join(', ')}`,
      );
    }
    this.on = list.filter(isFaultName).map((n) => FAULTS[n]);
    this.variations = list.filter(isVariationName);
  }

  static parse(value: string | undefined): FaultSet {
    return new FaultSet(
      (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  }

  get size(): number {
    return this.on.length + this.variations.length;
  }

  names(): string[] {
    return [...this.on.map((f) => f.name), ...this.variations];
  }

  /** This set and the faults of one request. */
  with(names: string[]): FaultSet {
    return names.length ? new FaultSet([...this.names(), ...names]) : this;
  }

  private applies(f: { operations?: readonly string[] }, operationId: string | undefined): boolean {
    return !f.operations || (operationId !== undefined && f.operations.includes(operationId));
  }

  /** False when a fault switched on waives the rule here. */
  enforces(rule: RuleId, detail: WaiveDetail, operationId: string | undefined): boolean {
    return !this.on.some(
      (f) =>
        this.applies(f, operationId) &&
        (f.effect.waive ?? []).some(
          (w) => w.rule === rule && (!w.when || w.when({ operation: operationId, ...detail })),
        ),
    );
  }

  /** Applies the response effects of the faults and variations switched on, in place. */
  mutateResponse(res: MutableResponse, req: FaultRequest): void {
    for (const f of this.on) if (f.effect.response && this.applies(f, req.operationId)) f.effect.response(res, req);
    for (const v of this.variations) VARIATIONS[v].effect.response?.(res, req);
  }

  /** Applies the webhook effects to a delivery of a webhook of the contract (a fault naming operations: when it names this one). */
  mutateDelivery(d: MutableDelivery, webhook = 'paymentEvent'): void {
    for (const f of this.on) if (f.effect.webhook && this.applies(f, webhook)) f.effect.webhook(d);
    for (const v of this.variations) VARIATIONS[v].effect.webhook?.(d);
  }

  has(name: FaultName): boolean {
    return this.on.some((f) => f.name === name);
  }
}

interface Scope {
  faults: FaultSet;
  operationId?: string;
}

const scopes = new AsyncLocalStorage<Scope>();

/** Runs a request's handling with its faults in scope. */
export function withFaults<T>(faults: FaultSet, operationId: string | undefined, fn: () => T): T {
  return scopes.run({ faults, operationId }, fn);
}

/** The faults of the request being served (none outside a request, e.g. in unit tests). */
export function currentFaults(): FaultSet {
  return scopes.getStore()?.faults ?? FaultSet.NONE;
}

/**
 * True unless a fault switched on for this request waives the rule: resource code calls it where it
 * applies a rule, e.g. `if (tooMuch && enforces('capture-within-authorized')) return refuse(...)`.
 */
export function enforces(rule: RuleId, detail: WaiveDetail = {}): boolean {
  const s = scopes.getStore();
  return s ? s.faults.enforces(rule, detail, s.operationId) : true;
}
