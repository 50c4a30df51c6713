// The status tables of specs/payment-status.yaml on a live target: every state the suite can put a
// payment in is reported with a pair the table allows, backed by the transaction the table names.
// (Every answer of every test is also checked for legal pairs by the client.)
import { loadSpecs } from '../../lib/specs.js';
import { about, because, expect, test } from '../support/fixtures/index.js';

const specs = loadSpecs();

for (const state of Object.keys(specs.transitions.reachable)) {
  test(`a payment in ${state} is reported with a legal pair and the transaction behind it`, about('retrievePayment', 'payment-status-pair', 'payment-status-transaction'), async ({ payments, needs }) => {
    needs('stateful');
    if (payments.reachNeedsControls(state)) needs('controls');
    const r = await payments.reach(state);
    const [status, sub] = state.split('/') as [string, string];
    const def = specs.paymentStatus.statuses[status]?.sub_statuses[sub];
    expect(def, `payment-status.yaml allows ${state}`).toBeDefined();
    if (def!.transaction) {
      const last = r.payment.transactions[r.payment.transactions.length - 1];
      expect([last?.type, last?.status], because('payment-status-transaction', `${state} comes from a ${def!.transaction.join('/')} transaction (payment-status.yaml)`)).toEqual(def!.transaction);
    }
  });
}
