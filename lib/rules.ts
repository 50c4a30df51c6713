// Rules the docs state in prose and tables (specs/), checked on every object of the kind they
// govern, wherever it appears in a response or a webhook. One named check a rule.
import { Contract, select, type Violation } from './contract.js';
import { loadSpecs, type Specs } from './specs.js';

export interface Rule {
  id: string;
  /** The schema (components/schemas) whose instances the rule governs. */
  appliesTo: string;
  doc: string;
  description: string;
  check(value: Record<string, unknown>, specs: Specs): Array<Pick<Violation, 'expected' | 'observed'> & { at?: string }>;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

export const RULES: Rule[] = [
  {
    id: 'payment-status-pair',
    appliesTo: 'PaymentCore',
    doc: 'https://docs.y.uno/reference/payment',
    description: 'A payment status/sub_status pair is one the status table allows.',
    check(p, specs) {
      const status = String(p.status);
      const sub = String(p.sub_status);
      const def = specs.paymentStatus.statuses[status];
      if (typeof p.status !== 'string') return []; // the schema check reports a missing status
      if (!def) return [{ at: '/status', expected: `one of the 14 statuses ${Object.keys(specs.paymentStatus.statuses).join(', ')}`, observed: p.status }];
      if (!def.sub_statuses[sub]) {
        return [{ at: '/sub_status', expected: `for status ${status}, one of ${Object.keys(def.sub_statuses).join(', ')}`, observed: `${status}/${sub}` }];
      }
      return [];
    },
  },
  {
    id: 'payment-amount-bounds',
    appliesTo: 'PaymentCore',
    doc: 'https://docs.y.uno/reference/capture-authorization',
    description: 'Neither the captured nor the refunded amount exceeds the payment amount.',
    check(p) {
      const amount = p.amount as Record<string, unknown> | undefined;
      const value = num(amount?.value);
      if (value === undefined) return [];
      const out: Array<{ at: string; expected: string; observed: unknown }> = [];
      for (const k of ['captured', 'refunded'] as const) {
        const v = num(amount?.[k]);
        if (v !== undefined && v > value + 1e-9) out.push({ at: `/amount/${k}`, expected: `at most amount.value (${value})`, observed: v });
      }
      return out;
    },
  },
  {
    id: 'payment-link-status',
    appliesTo: 'PaymentLink',
    doc: 'https://docs.y.uno/reference/status-payment-links',
    description: 'A payment link status is one of the five link statuses.',
    check(l, specs) {
      return String(l.status) in specs.linkStatus.statuses
        ? []
        : [{ at: '/status', expected: `one of ${Object.keys(specs.linkStatus.statuses).join(', ')}`, observed: l.status }];
    },
  },
  {
    id: 'payment-link-uses',
    appliesTo: 'PaymentLink',
    doc: 'https://docs.y.uno/reference/status-payment-links',
    description: 'A one-time-use link is USED once it has a payment, and never has more than one.',
    check(l) {
      const n = num(l.payments_number);
      if (l.one_time_use !== true || n === undefined) return [];
      if (n > 1) return [{ at: '/payments_number', expected: 'at most 1 on a one-time-use link', observed: n }];
      if (n === 1 && l.status === 'CREATED') return [{ at: '/status', expected: 'not CREATED once a one-time-use link has its payment', observed: 'CREATED with payments_number 1' }];
      return [];
    },
  },
];

/** The rule violations of a response body (or a webhook payload, with status 'request'). */
export function checkRules(contract: Contract, operationId: string, status: string, body: unknown, specs: Specs = loadSpecs()): Violation[] {
  const out: Violation[] = [];
  for (const rule of RULES) {
    const patterns = status === 'request' ? locateInRequest(contract, operationId, rule.appliesTo) : contract.locate(operationId, status, rule.appliesTo);
    for (const pattern of patterns) {
      for (const { pointer, value } of select(body, pattern)) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
        for (const v of rule.check(value as Record<string, unknown>, specs)) {
          out.push({
            rule: rule.id,
            operation: operationId,
            status: status === 'request' ? undefined : Number(status),
            pointer: `${pointer}${v.at ?? ''}`,
            expected: v.expected,
            observed: v.observed,
            doc: rule.doc,
          });
        }
      }
    }
  }
  return out;
}

function locateInRequest(contract: Contract, operationId: string, schema: string): string[] {
  // Webhook payloads are request bodies: only the v2 payment event carries a payment at /data/payment.
  const op = contract.operation(operationId);
  return op.webhook && schema === 'PaymentCore' ? ['/data/payment'] : [];
}

