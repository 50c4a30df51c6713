// The emulator's state machines on their own, without HTTP: payments, links, reports, idempotency,
// decimal-safe amounts, and faults that waive a rule only inside the request that carries them.
import { expect, test } from '@playwright/test';
import { FaultSet, withFaults } from '../../emulator/faults.js';
import { IdempotencyKeys } from '../../emulator/idempotency.js';
import { add, cmp, sub } from '../../resources/amounts.js';
import { Clock } from '../../resources/clock.js';
import type { Result } from '../../resources/result.js';
import { Links } from '../../resources/stores/links.js';
import { Payments } from '../../resources/stores/payments.js';
import { Reports } from '../../resources/stores/reports.js';

type Json = Record<string, unknown>;
const ACCOUNT = '493e9374-510a-4201-9e09-de669d75f256';

function card(o: { capture?: boolean; number?: string; value?: number } = {}): Json {
  return {
    account_id: ACCOUNT,
    description: 'unit',
    country: 'US',
    merchant_order_id: 'order-unit',
    amount: { currency: 'USD', value: o.value ?? 100 },
    payment_method: {
      type: 'CARD',
      detail: { card: { capture: o.capture ?? true, card_data: { number: o.number ?? '4507990000000002' } } },
    },
  };
}

const body = (r: Result): Json => r.body as Json;
const stateOf = (r: Result): string => {
  const p = (body(r).payment as Json | undefined) ?? body(r);
  return `${String(p.status)}/${String(p.sub_status)}`;
};

test.describe('payments', () => {
  test('a partial capture is exact to the cent, and a second capture is refused (capture is allowed from PENDING/AUTHORIZED only)', () => {
    const payments = new Payments(new Clock());
    const created = payments.create(card({ capture: false, value: 6710.98 }), null);
    expect(created.status).toBe(201);
    expect(stateOf(created)).toBe('PENDING/AUTHORIZED');
    const p = body(created);
    const tx = (p.transactions as Json).id as string;
    const first = payments.capture(String(p.id), tx, {
      merchant_reference: 'a',
      amount: { currency: 'USD', value: 6710.01 },
    });
    expect(stateOf(first)).toBe('SUCCEEDED/PARTIALLY_CAPTURED');
    // A second capture is a transition from SUCCEEDED/PARTIALLY_CAPTURED: not allowed.
    const second = payments.capture(String(p.id), tx, {
      merchant_reference: 'b',
      amount: { currency: 'USD', value: 0.97 },
    });
    expect(second.status).toBe(400);
    expect(body(second).code).toBe('INVALID_STATUS');
    expect((body(payments.retrieve(String(p.id))).amount as Json).captured).toBe(6710.01);
  });

  test('a capture above the authorization is refused with INVALID_AMOUNT; the fault waives it only inside its request', () => {
    const payments = new Payments(new Clock());
    const p = body(payments.create(card({ capture: false, value: 50 }), null));
    const tx = (p.transactions as Json).id as string;
    const over = { merchant_reference: 'x', amount: { currency: 'USD', value: 51 } };
    expect(body(payments.capture(String(p.id), tx, over)).code).toBe('INVALID_AMOUNT');
    const faulty = withFaults(new FaultSet(['capture-over-authorized']), 'captureAuthorization', () =>
      payments.capture(String(p.id), tx, over),
    );
    expect(faulty.status).toBe(200);
    expect(stateOf(faulty)).toBe('SUCCEEDED/CAPTURED');
  });

  test('every forbidden transition from CANCELED is refused with INVALID_STATUS and changes nothing', () => {
    const payments = new Payments(new Clock());
    const p = body(payments.create(card({ capture: false }), null));
    const tx = (p.transactions as Json).id as string;
    expect(stateOf(payments.cancel(String(p.id), tx, {}))).toBe('CANCELED/CANCELED');
    for (const r of [
      payments.cancel(String(p.id), tx, {}),
      payments.refund(String(p.id), tx, {}),
      payments.capture(String(p.id), tx, { amount: { currency: 'USD', value: 1 } }),
      payments.cancelOrRefund(String(p.id), undefined, {}),
    ]) {
      expect([r.status, body(r).code]).toEqual([400, 'INVALID_STATUS']);
    }
    expect(stateOf(payments.retrieve(String(p.id)))).toBe('CANCELED/CANCELED');
  });

  test('refunds sum exactly and a full refund ends REFUNDED', () => {
    const payments = new Payments(new Clock());
    const p = body(payments.create(card({ value: 0.3 }), null));
    const tx = (p.transactions as Json).id as string;
    expect(stateOf(payments.refund(String(p.id), tx, { amount: { currency: 'USD', value: 0.1 } }))).toBe(
      'SUCCEEDED/PARTIALLY_REFUNDED',
    );
    expect(stateOf(payments.refund(String(p.id), tx, { amount: { currency: 'USD', value: 0.2 } }))).toBe(
      'REFUNDED/REFUNDED',
    );
    expect((body(payments.retrieve(String(p.id))).amount as Json).refunded).toBe(0.3);
  });

  test('the documented test cards decide the outcome', () => {
    const payments = new Payments(new Clock());
    expect(stateOf(payments.create(card({ number: '4507990000000028' }), null))).toBe('DECLINED/DECLINED');
    expect(stateOf(payments.create(card({ number: '4507990000000077' }), null))).toBe('ERROR/ERROR');
    expect(stateOf(payments.create(card(), null))).toBe('SUCCEEDED/APPROVED');
  });

  test('an asynchronous payment expires when the clock passes its deadline, and stays expired', () => {
    const clock = new Clock();
    const payments = new Payments(clock);
    const p = body(payments.create({ ...card(), payment_method: { type: 'PIX' } }, null));
    expect(stateOf(payments.retrieve(String(p.id)))).toBe('PENDING/PENDING_PROVIDER_CONFIRMATION');
    clock.offsetMs += 25 * 3600 * 1000;
    const read = payments.retrieve(String(p.id));
    expect(stateOf(read)).toBe('EXPIRED/EXPIRED');
    expect(read.events?.map((e) => e.typeEvent)).toEqual(['payment.purchase']);
    expect(payments.settle(String(p.id), 'approved').status).toBe(400);
  });

  test('a transition whose state is not stored answers the new state and leaves the old one', () => {
    const payments = new Payments(new Clock());
    const p = body(payments.create(card({ capture: false }), null));
    const tx = (p.transactions as Json).id as string;
    const answer = withFaults(new FaultSet(['cancel-not-persisted']), 'cancelPayment', () =>
      payments.cancel(String(p.id), tx, {}),
    );
    expect(stateOf(answer)).toBe('CANCELED/CANCELED');
    expect(stateOf(payments.retrieve(String(p.id)))).toBe('PENDING/AUTHORIZED');
  });
});

test.describe('payment links', () => {
  test('a one-time link is USED once paid and refuses a second payment; a link expires at finish_at', () => {
    const clock = new Clock();
    const links = new Links(clock, new Payments(clock));
    const make = (one: boolean, finish?: string): string =>
      String(
        body(
          links.create({
            account_id: ACCOUNT,
            country: 'US',
            amount: { currency: 'USD', value: 10 },
            payment_method_types: ['CARD'],
            one_time_use: one,
            availability: finish ? { finish_at: finish } : undefined,
          }),
        ).code,
      );
    const once = make(true);
    expect(links.pay(once, '4507990000000002').status).toBe(201);
    expect(body(links.retrieve(once)).status).toBe('USED');
    expect(links.pay(once, '4507990000000002').status).toBe(400);
    const expiring = make(true, new Date(Date.now() + 1000).toISOString());
    clock.offsetMs += 2000;
    expect(body(links.retrieve(expiring)).status).toBe('EXPIRED');
    expect(links.cancel(expiring).status).toBe(400);
  });
});

test.describe('reports', () => {
  test('a report is IN_PROCESS, then SUCCEEDED, then DOWNLOADED; a fault keeps it in process only for its own reads', () => {
    const clock = new Clock();
    const reports = new Reports(clock);
    const r = body(
      reports.create({ type: 'PAYMENTS', start_date: '2026-11-01T00:00:00Z', end_date: '2026-11-02T00:00:00Z' }),
    );
    expect(r.status).toBe('IN_PROCESS');
    expect(reports.download(String(r.id)).status).toBe(400);
    clock.offsetMs += 1000;
    expect(
      body(withFaults(new FaultSet(['report-never-ready']), 'retrieveReport', () => reports.retrieve(String(r.id))))
        .status,
    ).toBe('IN_PROCESS');
    expect(body(reports.retrieve(String(r.id))).status).toBe('SUCCEEDED');
    expect(reports.download(String(r.id)).status).toBe(200);
    expect(body(reports.retrieve(String(r.id))).status).toBe('DOWNLOADED');
  });
});

test.describe('idempotency keys', () => {
  const KEY = '9e2aba6a-1234-4234-9234-03a0a67ee15f';
  test('a replay returns the stored answer; an in-process key and a failed key are refused', () => {
    const keys = new IdempotencyKeys();
    expect(keys.before(KEY)).toBeUndefined();
    const stored: Result = { status: 201, body: { id: 'p1' } };
    keys.after(KEY, stored, false);
    expect(keys.before(KEY)).toBe(stored);
    keys.hold('11111111-1111-4111-8111-111111111111');
    expect(body(keys.before('11111111-1111-4111-8111-111111111111')!).code).toBe('REQUEST_IN_PROCESS');
    const failedKey = '22222222-2222-4222-8222-222222222222';
    keys.before(failedKey);
    keys.after(failedKey, { status: 400, body: {}, consumed: true }, false);
    expect(body(keys.before(failedKey)!).code).toBe('IDEMPOTENCY_DUPLICATED');
    const refusedBody = '33333333-3333-4333-8333-333333333333';
    keys.before(refusedBody);
    keys.after(refusedBody, { status: 400, body: {} }, true);
    expect(keys.before(refusedBody)).toBeUndefined();
  });
});

test('amounts are added, subtracted and compared as decimals', () => {
  expect(add(0.1, 0.2)).toBe(0.3);
  expect(sub(6711.23, 0.25)).toBe(6710.98);
  expect(cmp(add(0.1, 0.2), 0.3)).toBe(0);
  expect(cmp(987654.32, 987654.31)).toBe(1);
});
