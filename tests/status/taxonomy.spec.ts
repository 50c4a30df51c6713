// The status tables of specs/payment-status.yaml on a live target: every state the suite can put a
// payment in is reported with a pair the table allows, backed by the transaction the table names.
// (Every answer of every test is also checked for legal pairs by the client.)
import { loadSpecs } from '../../lib/specs.js';
import { about, because, expect, test } from '../support/fixtures/index.js';
import { reachNeeds } from '../support/fixtures/payments.js';

const specs = loadSpecs();

for (const state of Object.keys(specs.transitions.reachable)) {
  test(
    `a payment in ${state} is reported with a legal pair and the transaction behind it`,
    about('retrievePayment', 'payment-status-pair', 'payment-status-transaction').needs(
      'stateful',
      ...reachNeeds(state),
    ),
    async ({ payments }) => {
      const r = await payments.reach(state);
      const [status, sub] = state.split('/') as [string, string];
      const def = specs.paymentStatus.statuses[status]?.sub_statuses[sub];
      expect(def, `payment-status.yaml allows ${state}`).toBeDefined();
      if (def!.transaction) {
        // The table's transaction, or one the docs also show for the pair (`also`, decided by a conflict).
        const accepted = [def!.transaction, ...(def!.also ?? [])];
        const last = r.payment.transactions[r.payment.transactions.length - 1];
        const seen = last ? [last.type, last.status] : null;
        expect(
          accepted,
          because(
            'payment-status-transaction',
            `${state} comes from a ${accepted.map((t) => (t ? t.join('/') : 'no')).join(' or ')} transaction (payment-status.yaml); it showed ${seen ? seen.join('/') : 'none'}`,
          ),
        ).toContainEqual(seen);
      }
    },
  );
}
