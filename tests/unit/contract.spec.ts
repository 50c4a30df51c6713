// The harness proves it can fail: the validator and the rule checks are fed wrong bodies, an
// undeclared status code, a wrong content type and an illegal status pair, and their messages are
// checked. And the contract agrees with specs/.
import { expect, test } from '@playwright/test';
import { Contract, type Violation } from '../../lib/contract.js';
import { answerViolations, classify } from '../../lib/findings.js';

const conflictOf = (v: Violation, body?: unknown): { id: string } | undefined => {
  const c = classify(v, { operationId: v.operation, status: v.status ?? 0, headers: {}, body }).conflict;
  return c ? { id: c } : undefined;
};

import { checkObjects as checkRules } from '../../lib/checks.js';
import { loadSpecs } from '../../lib/specs.js';

const contract = Contract.load();
const specs = loadSpecs();
const json = { 'content-type': 'application/json' };
type R = Record<string, unknown>;
const example = (op: string, status: string, name: string): R =>
  structuredClone(contract.operation(op).responses[status]!.examples['application/json']![name]) as R;
const enumOf = (name: string): string[] => contract.schemaAt(`#/components/schemas/${name}`).enum as string[];

test.describe('the contract validator', () => {
  test('accepts every example of the document, and no conflict claims anything in them', () => {
    // Collected and asserted once: an assertion per example cost more than the check (a captured stack each).
    let n = 0;
    const broken: Array<{ example: string; violations: unknown[] }> = [];
    const judge = (example: string, violations: unknown[]): void => {
      n++;
      if (violations.length) broken.push({ example, violations });
    };
    for (const op of contract.operations.values()) {
      for (const [status, r] of Object.entries(op.responses)) {
        for (const [ct, exs] of Object.entries(r.examples)) {
          for (const [name, body] of Object.entries(exs)) {
            // The classified findings (lib/findings.ts): the contract, every object rule, and a conflict
            // if one claimed it; none of them may say anything about the document's own examples.
            judge(
              `${op.operationId} ${status} ${name}`,
              answerViolations({
                operationId: op.operationId,
                status: Number(status),
                headers: { 'content-type': ct },
                body,
              }),
            );
          }
        }
      }
      for (const [name, body] of Object.entries(op.requestBody?.examples ?? {}))
        judge(`${op.operationId} request ${name}`, contract.checkRequestBody(op.operationId, body));
    }
    expect(broken, 'examples of the document the checks refuse').toEqual([]);
    expect(n).toBeGreaterThan(200);
  });

  test('reports a missing required field with its pointer, expectation and docs link', () => {
    const body = example('createPayment', '201', 'approved');
    delete body.id;
    const v = contract.checkResponse('createPayment', { status: 201, headers: json, body });
    expect(v).toEqual([
      expect.objectContaining({
        rule: 'body-schema',
        keyword: 'required',
        pointer: '',
        expected: 'required property id',
        observed: 'missing id',
        doc: 'https://docs.y.uno/reference/the-payment-object',
      }),
    ]);
  });

  test('reports a wrong type (amount.value as a string)', () => {
    const body = example('createPayment', '201', 'approved');
    (body.amount as R).value = '5000';
    const v = contract.checkResponse('createPayment', { status: 201, headers: json, body });
    expect(v).toContainEqual(
      expect.objectContaining({
        rule: 'body-schema',
        keyword: 'type',
        pointer: '/amount/value',
        expected: 'type number',
        observed: '5000',
      }),
    );
    expect(conflictOf(v.find((x) => x.keyword === 'type')!)?.id).toBe('amount-string');
  });

  test('reports an undeclared status code with the declared ones', () => {
    const v = contract.checkResponse('createPayment', { status: 418, headers: json, body: {} });
    expect(v).toEqual([
      expect.objectContaining({
        rule: 'status-code-declared',
        observed: 418,
        expected: 'one of the declared status codes 201, 400, 401, 403, 500, 504',
      }),
    ]);
  });

  test('reports a wrong content type', () => {
    const v = contract.checkResponse('retrievePayment', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<html>',
    });
    expect(v).toEqual([
      expect.objectContaining({ rule: 'content-type', expected: 'application/json', observed: 'text/html' }),
    ]);
  });

  test('reports a body that is not JSON', () => {
    const v = contract.checkResponse('retrievePayment', {
      status: 200,
      headers: json,
      body: '{"id": ',
      rawBody: '{"id": ',
    });
    expect(v).toEqual([expect.objectContaining({ rule: 'body-schema', keyword: 'json' })]);
  });

  test('reports a misspelled status as the canceled-spelling conflict', () => {
    const body = example('cancelPayment', '200', 'canceled');
    (body.payment as R).status = 'CANCELLED';
    const v = contract.checkResponse('cancelPayment', { status: 200, headers: json, body });
    const e = v.find((x) => x.keyword === 'enum');
    expect(e).toEqual(expect.objectContaining({ pointer: '/payment/status', observed: 'CANCELLED' }));
    expect(conflictOf(e!)?.id).toBe('canceled-spelling');
  });

  test('reports an error body of the wrong shape', () => {
    const body = { error: { code: 'INVALID_REQUEST', message: 'x' } };
    const v = contract.checkResponse('createPayment', { status: 400, headers: json, body });
    expect(v.map((x) => x.expected)).toEqual(
      expect.arrayContaining(['required property code', 'required property messages']),
    );
    expect(conflictOf(v[0]!, body)?.id).toBe('error-body-shape');
  });

  test('reports an error code documented under another HTTP status', () => {
    const v = contract.checkResponse('createPayment', {
      status: 401,
      headers: json,
      body: { code: 'INVALID_REQUEST', messages: ['x'] },
    });
    expect(v).toContainEqual(
      expect.objectContaining({ keyword: 'enum', pointer: '/code', observed: 'INVALID_REQUEST' }),
    );
  });

  test('reports an object where an array is documented', () => {
    const one = example('retrievePaymentsByMerchantOrderId', '200', 'one') as unknown as R[];
    const v = contract.checkResponse('retrievePaymentsByMerchantOrderId', { status: 200, headers: json, body: one[0] });
    expect(v).toContainEqual(expect.objectContaining({ keyword: 'type', pointer: '', expected: 'type array' }));
  });

  test('reports a date-time out of format', () => {
    const body = example('retrievePayment', '200', 'approved');
    body.created_at = 'Sun Nov 22 2026 01:00:00 GMT+0000';
    expect(contract.checkResponse('retrievePayment', { status: 200, headers: json, body })).toContainEqual(
      expect.objectContaining({ keyword: 'format', pointer: '/created_at' }),
    );
  });
});

test.describe('the rule checks', () => {
  test('payment-status-pair rejects a pair the table does not allow, wherever the payment sits', () => {
    const top = example('createPayment', '201', 'approved');
    top.sub_status = 'DECLINED';
    expect(checkRules(contract, 'createPayment', '201', top)).toEqual([
      expect.objectContaining({
        rule: 'payment-status-pair',
        pointer: '/sub_status',
        observed: 'SUCCEEDED/DECLINED',
        doc: 'https://docs.y.uno/reference/payment',
      }),
    ]);
    const nested = example('captureAuthorization', '200', 'full');
    (nested.payment as R).sub_status = 'REFUNDED';
    expect(checkRules(contract, 'captureAuthorization', '200', nested)).toEqual([
      expect.objectContaining({ rule: 'payment-status-pair', pointer: '/payment/sub_status' }),
    ]);
    const list = example('retrievePaymentsByMerchantOrderId', '200', 'one') as unknown as R[];
    list[0]!.sub_status = 'CAPTURED';
    list[0]!.status = 'PENDING';
    expect(checkRules(contract, 'retrievePaymentsByMerchantOrderId', '200', list)).toEqual([
      expect.objectContaining({ pointer: '/0/sub_status', observed: 'PENDING/CAPTURED' }),
    ]);
    const hook = structuredClone(Object.values(contract.operation('paymentEvent').requestBody!.examples)[0]) as R;
    ((hook.data as R).payment as R).sub_status = 'LOST';
    expect(checkRules(contract, 'paymentEvent', 'request', hook)).toEqual([
      expect.objectContaining({ pointer: '/data/payment/sub_status' }),
    ]);
  });

  test('every legal pair passes', () => {
    for (const [status, def] of Object.entries(specs.paymentStatus.statuses)) {
      for (const sub of Object.keys(def.sub_statuses)) {
        const body = { ...example('retrievePayment', '200', 'approved'), status, sub_status: sub };
        expect(checkRules(contract, 'retrievePayment', '200', body), `${status}/${sub}`).toEqual([]);
      }
    }
  });

  test('payment-amount-bounds rejects a refund above the amount', () => {
    const body = example('refundPayment', '200', 'partial');
    (body.amount as R).refunded = 301;
    expect(checkRules(contract, 'refundPayment', '200', body)).toEqual([
      expect.objectContaining({ rule: 'payment-amount-bounds', pointer: '/amount/refunded', observed: 301 }),
    ]);
  });

  test("payment-link-uses rejects what the link table forbids; an unknown link status is the schema enum's to report", () => {
    const link = example('retrievePaymentLink', '200', 'used');
    link.status = 'ACTIVE';
    expect(contract.checkResponse('retrievePaymentLink', { status: 200, headers: json, body: link })).toContainEqual(
      expect.objectContaining({
        rule: 'body-schema',
        keyword: 'enum',
        observed: 'ACTIVE',
        location: '#/components/schemas/PaymentLinkStatus',
      }),
    );
    const stillCreated = { ...example('retrievePaymentLink', '200', 'used'), status: 'CREATED' };
    expect(checkRules(contract, 'retrievePaymentLink', '200', stillCreated)).toEqual([
      expect.objectContaining({ rule: 'payment-link-uses' }),
    ]);
    const twice = { ...example('retrievePaymentLink', '200', 'used'), payments_number: 2 };
    expect(checkRules(contract, 'retrievePaymentLink', '200', twice)).toEqual([
      expect.objectContaining({ rule: 'payment-link-uses', observed: 2 }),
    ]);
  });
});

test.describe('the contract agrees with specs/', () => {
  test('the 14 payment statuses', () => {
    expect(enumOf('PaymentStatus').sort()).toEqual(Object.keys(specs.paymentStatus.statuses).sort());
    expect(enumOf('PaymentStatus')).toHaveLength(14);
    expect(enumOf('PaymentStatus')).toContain('CANCELED');
    expect(enumOf('PaymentStatus')).not.toContain('CANCELLED');
  });
  test('every sub_status', () => {
    const subs = new Set(Object.values(specs.paymentStatus.statuses).flatMap((d) => Object.keys(d.sub_statuses)));
    expect(enumOf('PaymentSubStatus').sort()).toEqual([...subs].sort());
  });
  test('the transaction types and statuses the table names', () => {
    for (const d of Object.values(specs.paymentStatus.statuses)) {
      for (const s of Object.values(d.sub_statuses)) {
        if (!s.transaction) continue;
        expect(enumOf('TransactionType')).toContain(s.transaction[0]);
        expect(enumOf('TransactionStatus')).toContain(s.transaction[1]);
      }
    }
  });
  test('the five payment-link statuses', () => {
    expect(enumOf('PaymentLinkStatus').sort()).toEqual(Object.keys(specs.linkStatus.statuses).sort());
  });
  test('the error codes, by HTTP status', () => {
    const schemas = (contract.doc.components as R).schemas as R;
    for (const [http, d] of Object.entries(specs.errors.statuses)) {
      if (!schemas[`Error${http}`]) continue; // no operation declares it; the union below still covers it
      const schema = contract.schemaAt(`#/components/schemas/Error${http}`);
      const codes = ((schema.allOf as R[])[1]!.properties as R).code as { enum: string[] };
      expect(codes.enum.sort(), `Error${http}`).toEqual([...d.codes].sort());
    }
    const all = new Set(Object.values(specs.errors.statuses).flatMap((d) => d.codes));
    expect(enumOf('ErrorCode').sort()).toEqual([...all].sort());
  });
  test('every operation a transition names exists, and every webhook event is a documented type_event', () => {
    const events = (contract.schemaAt('#/components/schemas/PaymentWebhookEvent').properties as R).type_event as {
      enum: string[];
    };
    for (const op of Object.values(specs.transitions.operations)) {
      if (op.operationId) expect(contract.operations.has(op.operationId), op.operationId).toBe(true);
      for (const o of Object.values(op.outcomes)) if (o.webhook) expect(events.enum).toContain(o.webhook);
    }
  });
  test('every operation and main schema names its docs page', () => {
    for (const op of contract.operations.values()) expect(op.doc, op.operationId).toMatch(/^https:\/\/docs\.y\.uno\//);
  });
});

test('a violation matches a conflict only when every given field matches', () => {
  const v: Violation = {
    rule: 'body-schema',
    operation: 'retrievePayment',
    status: 200,
    pointer: '',
    keyword: 'required',
    location: '#/components/schemas/PaymentCore',
    expected: 'required property id',
    observed: 'missing id',
  };
  const wrapped = { payment: example('retrievePayment', '200', 'approved') };
  expect(conflictOf(v, wrapped)?.id).toBe('payment-envelope');
  expect(conflictOf(v, {}), 'the body has no payment envelope').toBeUndefined();
  expect(conflictOf({ ...v, operation: 'retrievePayout' }, wrapped), 'another operation').toBeUndefined();
});

test('no schema puts anyOf or oneOf beside properties or allOf: the generated types would lose the properties', () => {
  const doc = Contract.load().doc as { components: { schemas: Record<string, Record<string, unknown>> } };
  const mixed = Object.entries(doc.components.schemas)
    .filter(([, s]) => ('anyOf' in s || 'oneOf' in s) && ('properties' in s || 'allOf' in s))
    .map(([name]) => name);
  expect(mixed, 'move the anyOf/oneOf into an allOf member (see PaymentMethod)').toEqual([]);
});
