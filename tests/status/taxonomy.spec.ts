// The status tables of specs/payment-status.yaml on a live target: every state the suite can put a
// payment in is reported with a pair the table allows, backed by the transaction the table names.
// (Every response of every test is also checked for legal pairs by toMatchContract.)
import { loadSpecs } from '../../lib/specs.js';
import { about, rules, expect, test } from '../support/fixtures.js';
import { reach, RECIPES } from '../support/reach.js';

const specs = loadSpecs();
type R = Record<string, unknown>;

for (const state of Object.keys(specs.transitions.reachable)) {
  test(`a payment in ${state} is reported with a legal pair and the transaction behind it`, rules(['payment-status-pair', 'payment-status-transaction']), async ({ api, make, controls, needs }) => {
    needs('stateful');
    if (RECIPES[state]?.needsControls) needs('controls');
    await about({ operation: 'retrievePayment', doc: specs.paymentStatus.doc });
    const r = await reach({ api, make, controls }, state);
    const [status, sub] = state.split('/') as [string, string];
    const def = specs.paymentStatus.statuses[status]?.sub_statuses[sub];
    expect(def, `payment-status.yaml allows ${state}`).toBeDefined();
    if (def!.transaction) {
      const txs = r.payment.transactions as R[];
      const last = txs[txs.length - 1];
      expect([last?.type, last?.status], `STATUS: ${state} comes from a ${def!.transaction.join('/')} transaction (payment-status.yaml)`).toEqual(def!.transaction);
    }
  });
}
