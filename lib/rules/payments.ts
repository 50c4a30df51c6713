// Payments: the status taxonomy (specs/payment-status.yaml), the transitions and their refusals
// (specs/payment-transitions.yaml), amounts, terminal statuses, lookups.

import type { Specs } from '../specs.js';
import { DOC } from './docs.js';
import { errorCode, onObjects, onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

type Json = Record<string, unknown>;
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const subs = new WeakMap<Specs, Set<string>>();
/** Every sub_status of the table. */
function subStatuses(specs: Specs): Set<string> {
  let s = subs.get(specs);
  if (!s)
    subs.set(
      specs,
      (s = new Set(Object.values(specs.paymentStatus.statuses).flatMap((d) => Object.keys(d.sub_statuses)))),
    );
  return s;
}

export const PAYMENT_RULES = {
  'payment-status-pair': {
    area: 'payments',
    scope: 'response',
    statement:
      'A payment reports its status (one of the 14) with a sub_status the status table allows for that status.',
    doc: DOC.statuses,
    objects: {
      appliesTo: 'PaymentCore',
      check(p, specs) {
        // A status or sub_status outside the enums is the schema's to report: this rule is about pairs.
        const def = typeof p.status === 'string' ? specs.paymentStatus.statuses[p.status] : undefined;
        const sub = String(p.sub_status);
        if (!def || !subStatuses(specs).has(sub) || def.sub_statuses[sub]) return [];
        return [
          {
            at: '/sub_status',
            expected: `for status ${String(p.status)}, one of ${Object.keys(def.sub_statuses).join(', ')}`,
            observed: `${String(p.status)}/${sub}`,
          },
        ];
      },
    },
    faults: {
      'illegal-status-pair': {
        description: 'an approved payment reports SUCCEEDED/DECLINED, a pair the table does not allow',
        operations: ['createPayment'],
        effect: onObjects(
          'PaymentCore',
          (p) => void (p.status === 'SUCCEEDED' && p.sub_status === 'APPROVED' && (p.sub_status = 'DECLINED')),
        ),
      },
    },
  },
  'payment-amount-bounds': {
    area: 'payments',
    scope: 'response',
    statement: 'Neither the captured nor the refunded amount of a payment exceeds its amount.',
    doc: DOC.capture,
    objects: {
      appliesTo: 'PaymentCore',
      check(p) {
        const amount = p.amount as Json | undefined;
        const value = num(amount?.value);
        if (value === undefined) return [];
        const out: Array<{ at: string; expected: string; observed: unknown }> = [];
        for (const k of ['captured', 'refunded'] as const) {
          const v = num(amount?.[k]);
          if (v !== undefined && v > value)
            out.push({ at: `/amount/${k}`, expected: `at most amount.value (${value})`, observed: v });
        }
        return out;
      },
    },
    faults: {
      'refund-amount-not-tracked': {
        description: 'a refund answer counts the refunded amount twice',
        operations: ['refundPayment'],
        effect: onObjects('PaymentCore', (p) => {
          const a = p.amount as Json | undefined;
          if (a && typeof a.refunded === 'number') a.refunded *= 2;
        }),
      },
    },
  },
  'payment-transition': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'An allowed operation leads the payment to the state specs/payment-transitions.yaml documents, made by the documented transaction, in its answer and in every later read.',
    doc: DOC.statuses,
    faults: {
      'partial-capture-as-full': {
        description: 'a partial capture answers SUCCEEDED/CAPTURED instead of PARTIALLY_CAPTURED',
        operations: ['captureAuthorization'],
        effect: onObjects(
          'PaymentCore',
          (p) => void (p.sub_status === 'PARTIALLY_CAPTURED' && (p.sub_status = 'CAPTURED')),
        ),
      },
    },
  },
  'payment-transition-forbidden': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'An operation attempted from a state it is not allowed from is refused with 400 INVALID_STATUS ("Invalid transaction status"; CHARGEBACK_IN_PROCESS while a chargeback is open) and changes nothing.',
    doc: DOC.responseCodes,
    refusal: { http: [400], codes: ['INVALID_STATUS', 'CHARGEBACK_IN_PROCESS'] },
    faults: {
      'second-cancel-accepted': {
        description: 'canceling an already canceled payment succeeds again',
        effect: waive(
          'payment-transition-forbidden',
          (d) => d.transition === 'cancel' && d.from === 'CANCELED/CANCELED',
        ),
      },
      'refund-canceled-accepted': {
        description: 'a canceled payment is taken for a refund',
        effect: waive(
          'payment-transition-forbidden',
          (d) => d.transition === 'refund' && d.from === 'CANCELED/CANCELED',
        ),
      },
      'refund-during-chargeback': {
        description: 'a payment with a chargeback received is taken for a refund',
        effect: waive(
          'payment-transition-forbidden',
          (d) => d.transition === 'refund' && d.from === 'IN_DISPUTE/RECEIVED',
        ),
      },
      'capture-twice': {
        description: 'a captured authorization is taken for a second capture',
        effect: waive(
          'payment-transition-forbidden',
          (d) => d.transition === 'capture' && d.from === 'SUCCEEDED/CAPTURED',
        ),
      },
    },
  },
  'capture-within-authorized': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A capture above what is authorized and not yet captured is refused with 400 INVALID_AMOUNT and changes nothing.',
    doc: DOC.capture,
    refusal: { http: [400], codes: ['INVALID_AMOUNT'] },
    faults: {
      'capture-over-authorized': {
        description: 'a capture above the authorized amount is taken',
        effect: waive('capture-within-authorized'),
      },
    },
  },
  'refund-within-captured': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A refund above what was captured and not yet refunded is refused with 400 INVALID_AMOUNT and changes nothing.',
    doc: DOC.refund,
    refusal: { http: [400], codes: ['INVALID_AMOUNT'] },
    faults: {
      'refund-over-captured': {
        description: 'a refund above the captured amount is taken',
        effect: waive('refund-within-captured'),
      },
    },
  },
  'payment-terminal': {
    area: 'payments',
    scope: 'scenario',
    statement: 'A payment in a terminal status (payment-status.yaml) keeps that status.',
    doc: DOC.statuses,
    faults: {
      'terminal-status-changes': {
        description: 'a declined payment is retrieved as SUCCEEDED/APPROVED once it is older than 150 ms',
        operations: ['retrievePayment'],
        effect: onObjects('PaymentCore', (p) => {
          if (p.status === 'DECLINED' && Date.now() - Date.parse(String(p.created_at)) > 150)
            Object.assign(p, { status: 'SUCCEEDED', sub_status: 'APPROVED' });
        }),
      },
    },
  },
  'payment-status-transaction': {
    area: 'payments',
    scope: 'scenario',
    statement: 'A status/sub_status pair is backed by the transaction (type and status) the status table names for it.',
    doc: DOC.statuses,
    faults: {
      'authorization-as-purchase': {
        description: 'a retrieved authorization lists its transaction as PURCHASE instead of AUTHORIZE',
        operations: ['retrievePayment'],
        effect: onObjects('PaymentDetail', (p) => {
          for (const t of (p.transactions as Json[] | undefined) ?? []) if (t.type === 'AUTHORIZE') t.type = 'PURCHASE';
        }),
      },
    },
  },
  'unknown-payment': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'An id no payment has is refused as not found: 400 or 404 (see conflict not-found-status) with PAYMENT_NOT_FOUND or NOT_FOUND.',
    doc: DOC.responseCodes,
    refusal: { http: [400, 404], codes: ['PAYMENT_NOT_FOUND', 'NOT_FOUND'] },
    faults: {
      'not-found-as-500': {
        description: 'an unknown payment id answers 500 INTERNAL_ERROR',
        operations: ['retrievePayment'],
        effect: onResponse(
          (r) => r.status === 404 && errorCode(r) === 'PAYMENT_NOT_FOUND',
          (r) => Object.assign(r, { status: 500, body: { code: 'INTERNAL_ERROR', messages: ['Internal error.'] } }),
        ),
      },
    },
  },
  lookup: {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A lookup by a merchant identifier returns every resource created with it: the one just created is in the answer.',
    doc: DOC.byOrder,
    faults: {
      'lookup-misses-payment': {
        description: 'the merchant_order_id lookup answers an empty array for a payment that exists',
        operations: ['retrievePaymentsByMerchantOrderId'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body),
          (r) => void (r.body = []),
        ),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
