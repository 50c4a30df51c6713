// What a handler answers: a status and a body, the webhook events to send once the answer is out,
// and whether a failure consumed the request's idempotency key. Refusals take their status and code
// from the rule registry, so the emulator refuses exactly as the tests expect.

import type { FaultSet } from '../emulator/faults.js';
import { type RuleId, refusalOf } from '../lib/rules/index.js';

export type Json = Record<string, unknown>;

/** An event waiting to be delivered (payment.* or enrollment.*), with the faults of the request that caused it. */
export interface PendingEvent {
  /** The event's type_event (payment.purchase, enrollment.enroll, onboarding.succeeded...): webhooks subscribe by it. */
  typeEvent: string;
  /** The whole body to deliver, for an event not in the payment and enrollment shape (type, type_event, data). */
  payload?: Json;
  /** The event's data as it reports the resource ({payment} or {payment_method}), serialized when the event was raised. */
  data: Json;
  faults: FaultSet;
}

export interface Result {
  status: number;
  body: unknown;
  /** Headers of the answer besides its content type (a 405's Allow). */
  headers?: Record<string, string>;
  events?: PendingEvent[];
  /** True when the request failed after processing started (it consumes an idempotency key). */
  consumed?: boolean;
  /** True when the request was refused for its body, before processing started. */
  rejectedBody?: boolean;
}

export const ok = (body: unknown, status = 200, events?: PendingEvent[]): Result => ({ status, body, events });

export const err = (status: number, code: string, message: string): Result => ({
  status,
  body: { code, messages: [message] },
});

/**
 * The refusal a rule prescribes (lib/rules), with a message. Where the docs name no code for it
 * (codes 'documented'), `code` says which documented one the emulator sends; `status` picks one of
 * the rule's statuses (default: its first).
 */
export function refuse(rule: RuleId, message: string, code?: string, status?: number): Result {
  const r = refusalOf(rule);
  const chosen = code ?? (r.codes === 'documented' || r.codes === 'declared' ? undefined : r.codes[0]);
  if (!chosen) throw new Error(`refuse(${rule}): the rule names no code, pass a documented one`);
  if (r.codes !== 'documented' && r.codes !== 'declared' && !r.codes.includes(chosen))
    throw new Error(`refuse(${rule}): ${chosen} is not one of the rule's codes ${r.codes.join(', ')}`);
  if (status !== undefined && !r.http.includes(status))
    throw new Error(`refuse(${rule}): ${status} is not one of the rule's statuses ${r.http.join(', ')}`);
  return err(status ?? r.http[0]!, chosen, message);
}

/** True when a value is a Result (and not a record a lookup found). */
export function isResult(v: unknown): v is Result {
  return (
    typeof v === 'object' && v !== null && 'status' in v && 'body' in v && typeof (v as Result).status === 'number'
  );
}
