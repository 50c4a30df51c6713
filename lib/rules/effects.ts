// Building blocks for fault effects: the changes a regression makes to what goes out, written once
// and used by the fault entries of the registry.
import { Contract } from '../contract.js';
import type { FaultEffect, MutableResponse, WaiveDetail } from './types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every instance of a schema in a response body (root, nested, in arrays), as the contract places it. */
export function objectsIn(res: MutableResponse, operationId: string, schema: string): Json[] {
  return Contract.load().instances(operationId, res.status, schema, res.body);
}

/**
 * A change to every object of a schema in the answers of some operations, and (for payments) in the
 * webhooks that carry one.
 */
export function onObjects(schema: string, change: (o: Json) => void, opts: { webhooks?: boolean } = {}): FaultEffect {
  return {
    response: (res, req) => {
      for (const o of objectsIn(res, req.operationId, schema)) change(o);
    },
    webhook: opts.webhooks
      ? (d) => {
          const payment = (d.event.data as Json | undefined)?.payment;
          if (isObject(payment)) change(payment);
        }
      : undefined,
  };
}

/** A change to the whole answer when a condition on it holds. */
export function onResponse(
  when: (res: MutableResponse) => boolean,
  change: (res: MutableResponse) => void,
): FaultEffect {
  return { response: (res) => (when(res) ? change(res) : undefined) };
}

/** The emulator stops enforcing a rule (where `when` holds, or everywhere). */
export function waive(rule: string, when?: (d: WaiveDetail) => boolean): FaultEffect {
  return { waive: [{ rule, when }] };
}

/** Both effects of two building blocks. */
export function both(a: FaultEffect, b: FaultEffect): FaultEffect {
  return {
    response:
      a.response && b.response
        ? (res, req) => {
            a.response!(res, req);
            b.response!(res, req);
          }
        : (a.response ?? b.response),
    webhook:
      a.webhook && b.webhook
        ? (d) => {
            a.webhook!(d);
            b.webhook!(d);
          }
        : (a.webhook ?? b.webhook),
    waive: [...(a.waive ?? []), ...(b.waive ?? [])],
  };
}

/** The error code of an error body, if it has one. */
export function errorCode(res: MutableResponse): unknown {
  return isObject(res.body) ? res.body.code : undefined;
}
