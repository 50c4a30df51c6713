// The consistency rules compare an answer with its request and with what earlier answers said (a
// status may have moved more than once between two answers, never against its table); each
// comparison is counted (lib/tally.ts) for the figure npm run bench prints, and none is made where
// nothing persists (a stateless target).
import { expect, test } from '@playwright/test';
import { ConsistencyLedger, checkConsistency } from '../../lib/consistency.js';
import { Contract } from '../../lib/contract.js';
import { loadSpecs, statusMayReach } from '../../lib/specs.js';
import { takeTally } from '../../lib/tally.js';

const contract = Contract.load();
const success = (op: string): number =>
  Number(Object.keys(contract.operation(op).responses).find((s) => s.startsWith('2')));
const sent = {
  account_id: 'a1',
  country: 'CO',
  merchant_order_id: 'order-1',
  amount: { currency: 'COP', value: 6710.98 },
};
const payment = { id: 'pay-1', status: 'PENDING', created_at: '2026-11-22T10:00:00Z', ...sent };

test('a create, then a retrieve of another payment: identity and stability break, every comparison counted', () => {
  const ledger = new ConsistencyLedger();
  takeTally();
  const created = checkConsistency(
    { operationId: 'createPayment', path: {}, query: {}, body: sent },
    success('createPayment'),
    payment,
    ledger,
  );
  expect(created).toEqual([]);
  // Five echoed fields sent and answered: account, country, order id, currency, value.
  expect(takeTally().consistency).toBe(5);

  const other = { ...payment, id: 'pay-2', merchant_order_id: 'order-2' };
  const retrieved = checkConsistency(
    { operationId: 'retrievePayment', path: { payment_id: 'pay-1' }, query: {}, body: undefined },
    success('retrievePayment'),
    other,
    ledger,
  );
  expect(retrieved.map((v) => `${v.rule} ${v.pointer}`)).toEqual(['identity /id']);
  expect(takeTally().consistency).toBe(1);

  // The same payment answered with a changed order id: stability, one comparison per stable field it carries.
  const changed = checkConsistency(
    { operationId: 'retrievePayment', path: { payment_id: 'pay-1' }, query: {}, body: undefined },
    success('retrievePayment'),
    { ...payment, merchant_order_id: 'order-9' },
    ledger,
  );
  expect(changed.map((v) => `${v.rule} ${v.pointer} ${JSON.stringify(v.observed)}`)).toEqual([
    'stability /merchant_order_id "order-9"',
  ]);
  expect(takeTally().consistency).toBe(1 + 7);
});

test('on a stateless target nothing is compared and nothing is counted', () => {
  const ledger = new ConsistencyLedger();
  takeTally();
  // A country other than the one sent: an echo violation on a stateful target, nothing here.
  expect(
    checkConsistency(
      { operationId: 'createPayment', path: {}, query: {}, body: sent },
      success('createPayment'),
      { ...payment, country: 'BR' },
      ledger,
      false,
    ),
  ).toEqual([]);
  expect(
    checkConsistency(
      { operationId: 'createPayment', path: {}, query: {}, body: sent },
      success('createPayment'),
      { ...payment, country: 'BR' },
      new ConsistencyLedger(),
    ),
  ).toHaveLength(1);
  takeTally();
  checkConsistency(
    { operationId: 'createPayment', path: {}, query: {}, body: sent },
    success('createPayment'),
    { ...payment, country: 'BR' },
    new ConsistencyLedger(),
    false,
  );
  expect(takeTally().consistency).toBe(0);
});

test('a status may move several times between two answers, never against its table', () => {
  const specs = loadSpecs();
  // Read IN_PROCESS, downloaded once ready, read DOWNLOADED: SUCCEEDED was never seen.
  expect(statusMayReach(specs, 'report-status.yaml', 'IN_PROCESS', 'DOWNLOADED')).toBe(true);
  expect(statusMayReach(specs, 'report-status.yaml', 'DOWNLOADED', 'IN_PROCESS')).toBe(false);
  expect(statusMayReach(specs, 'report-status.yaml', 'EXPIRED', 'SUCCEEDED')).toBe(false);
  expect(statusMayReach(specs, 'payout-status.yaml', 'PENDING', 'CREATED')).toBe(false);

  const ledger = new ConsistencyLedger();
  const report = { id: 'rep-1', type: 'PAYMENTS', status: 'IN_PROCESS' };
  const read = (status: string) =>
    checkConsistency(
      { operationId: 'retrieveReport', path: { report_id: 'rep-1' }, query: {}, body: undefined },
      success('retrieveReport'),
      { ...report, status },
      ledger,
    );
  expect(read('IN_PROCESS')).toEqual([]);
  expect(read('DOWNLOADED')).toEqual([]);
  expect(read('IN_PROCESS').map((v) => `${v.rule} ${v.pointer} ${JSON.stringify(v.observed)}`)).toEqual([
    'status-moves /status "DOWNLOADED -> IN_PROCESS"',
  ]);
});
