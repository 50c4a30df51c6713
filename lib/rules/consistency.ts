// Consistency: the answer is about the thing asked for, with what was sent. Each rule holds its
// comparison (applied by lib/consistency.ts to every resource of every answer of a stateful target,
// with what the operation's resource module declares and what the test saw before).
import { absent, lookedUp, same, sums } from '../compare.js';
import { valueAt } from '../contract.js';
import { loadSpecs, statusMayReach } from '../specs.js';
import { DOC } from './docs.js';
import { onObjects, onResponse } from './effects.js';
import type { RuleEntry } from './types.js';

type Json = Record<string, unknown>;

export const CONSISTENCY_RULES = {
  identity: {
    area: 'consistency',
    consistency: {
      instance: (c) => {
        const identity = c.op.identity;
        if (identity?.resource !== c.resource || c.op.lookup) return [];
        const asked = c.req.path[identity.path];
        if (asked === undefined) return [];
        c.compared();
        // Any of the resource's identifiers may be the one asked for (a stored card: id or vaulted_token).
        if (c.spec.id.some((f) => c.value[f] === asked)) return [];
        const field = `/${c.spec.id[0]}`;
        return [
          {
            pointer: `${c.pointer}${field}`,
            field,
            expected: `the ${c.resource} asked for: ${asked}`,
            expectedValue: asked,
            observed: c.id ?? null,
          },
        ];
      },
    },
    scope: 'response',
    statement:
      'The resource an answer is about is the one the request asked for: the id in the path is the id answered.',
    doc: DOC.retrievePayment,
    faults: {
      'retrieve-other-payment': {
        description: 'a retrieve answers with another payment id',
        operations: ['retrievePayment'],
        effect: onObjects('PaymentCore', (p) => void (p.id = '0f6f2e36-6c1b-4a8e-9a55-3d7a1c2b9e10')),
      },
    },
  },
  echo: {
    area: 'consistency',
    consistency: {
      instance: (c) => {
        if (c.op.echo?.resource !== c.resource) return [];
        return c.op.echo.fields.flatMap((f) => {
          const sent = valueAt(c.req.body, f);
          const got = valueAt(c.value, f);
          if (absent(sent) || got === undefined) return [];
          c.compared();
          return same(sent, got)
            ? []
            : [
                {
                  pointer: `${c.pointer}${f}`,
                  field: f,
                  expected: `as sent: ${JSON.stringify(sent)}`,
                  expectedValue: sent,
                  observed: got,
                },
              ];
        });
      },
    },
    scope: 'response',
    statement:
      'What a create or an update sent comes back as sent (amounts, currency, country, order id, description, customer and link fields, metadata...), except where the docs show a normalisation.',
    doc: DOC.createPayment,
    faults: {
      'echo-order-id-altered': {
        description: 'create payment answers another merchant_order_id than the one sent',
        operations: ['createPayment'],
        effect: onObjects('PaymentCore', (p) => void (p.merchant_order_id = `${String(p.merchant_order_id)}-0`)),
      },
      'three-ds-echo-other-browser': {
        description: 'a 3DS setup answers another browser language than the one registered',
        operations: ['createThreeDSecureSetup'],
        effect: onObjects('ThreeDSecureSetup', (t) => {
          const b = t.browser_info as Record<string, unknown> | undefined;
          if (b) b.language = 'xx-XX';
        }),
      },
      'customer-session-other-country': {
        description: 'a customer session answers another country than the one sent',
        operations: ['createCustomerSession'],
        effect: onObjects('CustomerSession', (c) => void (c.country = c.country === 'CO' ? 'MX' : 'CO')),
      },
      'session-order-id-altered': {
        description: 'a checkout session answers another merchant_order_id than the one sent',
        operations: ['createCheckoutSession'],
        effect: onObjects('CheckoutSession', (c) => void (c.merchant_order_id = `${String(c.merchant_order_id)}-0`)),
      },
      'echo-customer-name-dropped': {
        description: 'create customer answers another first_name than the one sent',
        operations: ['createCustomer'],
        effect: onObjects(
          'Customer',
          (c) => void (typeof c.first_name === 'string' && (c.first_name = c.first_name.toUpperCase())),
        ),
      },
    },
  },
  'lookup-matches': {
    area: 'consistency',
    consistency: {
      instance: (c) => {
        const l = c.op.lookup;
        if (l?.resource !== c.resource) return [];
        const q = lookedUp(c.req, l);
        if (q === undefined) return [];
        c.compared();
        const got = valueAt(c.value, l.field);
        return same(String(q), got)
          ? []
          : [
              {
                pointer: `${c.pointer}${l.field}`,
                field: l.field,
                expected: `the value looked up: ${JSON.stringify(String(q))}`,
                expectedValue: String(q),
                observed: got,
              },
            ];
      },
      answer: (c) => {
        const l = c.op.lookup;
        if (l?.resource !== c.resource || l.created_among === false) return [];
        const q = lookedUp(c.req, l);
        return (q === undefined ? [] : c.ledger.createdWith(c.resource, l.field, String(q))).flatMap((k) => {
          c.compared();
          return c.answered.has(k.id)
            ? []
            : [
                {
                  pointer: '',
                  field: l.field,
                  expected: `the ${c.resource} created with ${l.query ?? l.path} ${JSON.stringify(String(q))} (${k.id}) among the results`,
                  expectedValue: k.id,
                  observed: 'not among them',
                },
              ];
        });
      },
    },
    scope: 'response',
    statement:
      'Every resource a lookup answers carries the value looked up, and one just created with it is among them.',
    doc: DOC.byOrder,
    faults: {
      'enrolled-list-foreign-card': {
        description: "a customer's list of stored cards adds another customer's card",
        operations: ['listEnrolledPaymentMethods'],
        effect: onResponse(
          (r) =>
            r.status === 200 &&
            Array.isArray((r.body as { payment_methods?: unknown }).payment_methods) &&
            (r.body as { payment_methods: Json[] }).payment_methods.length > 0,
          (r) => {
            const list = (r.body as { payment_methods: Json[] }).payment_methods;
            list.push({
              ...structuredClone(list[0]!),
              id: '7c2e1f3a-2b4d-4e6f-8a9b-0c1d2e3f4a5c',
              vaulted_token: '7c2e1f3a-2b4d-4e6f-8a9b-0c1d2e3f4a5c',
              customer_id: '00000000-0000-4000-8000-000000000000',
            });
          },
        ),
      },
      'lookup-foreign-payment': {
        description: "the merchant_order_id lookup adds another order's payment",
        operations: ['retrievePaymentsByMerchantOrderId'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body) && r.body.length > 0,
          (r) => {
            const list = r.body as Json[];
            list.push({
              ...structuredClone(list[0]!),
              id: '7c2e1f3a-2b4d-4e6f-8a9b-0c1d2e3f4a5b',
              merchant_order_id: 'another-order',
            });
          },
        ),
      },
    },
  },
  stability: {
    area: 'consistency',
    consistency: {
      instance: (c) =>
        c.known
          ? c.spec.stable.flatMap((f) => {
              const before = c.known!.first[f];
              const now = valueAt(c.value, f);
              // A later answer that leaves the field out, or null (the same, for an optional field), says nothing of it.
              if (absent(before) || absent(now)) return [];
              c.compared();
              return same(before, now)
                ? []
                : [
                    {
                      pointer: `${c.pointer}${f}`,
                      field: f,
                      expected: `as first answered: ${JSON.stringify(before)}`,
                      expectedValue: before,
                      observed: now,
                    },
                  ];
            })
          : [],
    },
    scope: 'response',
    statement:
      'What the docs give as fixed (id, amount, currency, country, order id, created_at...) is answered the same by every later retrieve, lookup, transition and webhook of the resource as first answered.',
    doc: DOC.payment,
    faults: {
      'retrieve-amount-drifts': {
        description: 'a retrieved payment answers an amount.value one unit above the one it was created with',
        operations: ['retrievePayment'],
        effect: onObjects('PaymentCore', (p) => {
          const a = p.amount as Json | undefined;
          if (a && typeof a.value === 'number') a.value += 1;
        }),
      },
    },
  },
  sums: {
    area: 'consistency',
    consistency: {
      instance: (c) => {
        if (!c.known || c.replay || !c.op.sums || c.resource !== 'payment') return [];
        c.compared();
        return sums(c.req, c.body, c.pointer, c.value, c.known.last, c.op.sums);
      },
    },
    scope: 'response',
    statement:
      'A capture adds what it captured to amount.captured, a refund adds what it refunded to amount.refunded (all that is left when no amount is sent), and the transaction made carries that amount.',
    doc: DOC.capture,
    faults: {
      'capture-total-off': {
        description: 'a capture answers amount.captured 0.01 above what was captured',
        operations: ['captureAuthorization'],
        effect: onObjects('PaymentCore', (p) => {
          const a = p.amount as Json | undefined;
          if (a && typeof a.captured === 'number' && a.captured > 0)
            a.captured = Math.round((a.captured + 0.01) * 100) / 100;
        }),
      },
    },
  },
  'status-moves': {
    area: 'consistency',
    consistency: {
      instance: (c) => {
        const status = c.spec.status;
        if (!status || !c.known || c.replay) return [];
        const was = valueAt(c.known.last, status.field);
        const now = valueAt(c.value, status.field);
        if (typeof was !== 'string' || typeof now !== 'string') return [];
        c.compared();
        if (statusMayReach(loadSpecs(), status.table, was, now)) return [];
        return [
          {
            pointer: `${c.pointer}${status.field}`,
            field: status.field,
            expected: `a status specs/${status.table} reaches from ${was}`,
            expectedValue: was,
            observed: `${was} -> ${now}`,
          },
        ];
      },
    },
    scope: 'response',
    statement:
      "A payout's, report's, payment link's or payment method's status stays, or moves along the transitions its status table documents (specs/payout-status.yaml, report-status.yaml, payment-link-status.yaml, payment-method-status.yaml), from the status last answered for it: one move or several, since a resource may move more than once between two answers.",
    doc: DOC.payout,
    faults: {
      'payout-back-to-created': {
        description: 'a retrieved payout reports CREATED after it was answered PENDING',
        operations: ['retrievePayout'],
        effect: onObjects('Payout', (p) => void (p.status === 'PENDING' && (p.status = 'CREATED'))),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
