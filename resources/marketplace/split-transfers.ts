// Split transfers: standalone ones (from the organization's balance to a recipient onboarded at the provider),
// reversed fully or in part, and transfers against a split payment's transaction, along
// specs/split-transfer-status.yaml; the provider's later answer to a transfer it held is a control
// (resources/marketplace/split-transfers-store.ts).
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type ScenarioDeps } from '../kit.js';
import { paymentBody, payments } from '../payments.js';
import { standaloneTransferBody } from './bodies.js';
import { recipients } from './recipients.js';
import { PROVIDER_OUTCOMES, SPLIT_TRANSFER_TABLE, SplitTransfers } from './split-transfers-store.js';

/** A payment split with a recipient (split_marketplace), and its transaction. */
async function splitPayment(d: ScenarioDeps): Promise<{ payment_id: string; transaction_id: string }> {
  const recipient_id = String((await d.need('recipient')).id);
  const body = paymentBody(d.make);
  const split: BodyOf<'createPayment'> = {
    ...body,
    split_marketplace: [{ recipient_id, type: 'PURCHASE', amount: { ...body.amount } }],
  };
  const p = (await d.api.call('createPayment', { body: split })).ok() as { id: string; transactions?: unknown };
  const tx = Array.isArray(p.transactions) ? p.transactions[0] : p.transactions;
  return { payment_id: p.id, transaction_id: String((tx as { id?: unknown } | undefined)?.id) };
}

export const splitTransfers = defineResource({
  name: 'split_transfer',
  schema: 'SplitTransfer',
  id: ['id'],
  stable: ['/id', '/recipient_id', '/amount/currency', '/amount/value', '/created_at'],
  status: { field: '/status', table: SPLIT_TRANSFER_TABLE },
  store: (w) => new SplitTransfers(w.clock, w.get(recipients), w.get(payments)),
  operations: {
    createStandaloneTransfer: {
      serve: (s, r, w) => s.createStandalone(r.body, w.around.accountId),
      relation: 'creates',
      request: async (d) => ({ body: standaloneTransferBody(d.make, String((await d.need('recipient')).id)) }),
      echo: ['/recipient_id', '/amount', '/description', '/merchant_reference', '/metadata'],
    },
    retrieveStandaloneTransfer: {
      serve: (s, r) => s.retrieve(r.path.transfer_id!),
      identity: 'transfer_id',
    },
    reverseStandaloneTransfer: {
      serve: (s, r) => s.reverse(r.path.transfer_id!, r.body),
      identity: 'transfer_id',
      relation: 'changes',
      request: async (d) => ({
        path: { transfer_id: String((await d.need('split_transfer')).id) },
        body: { account_id: d.make.accountId },
      }),
    },
    requestPaymentSplitTransfer: {
      serve: (s, r, w) => s.forPayment(r.path.payment_id!, r.path.transaction_id!, r.body, w.around.accountId),
      relation: 'other',
      request: async (d) => ({
        path: await splitPayment(d),
        body: {
          amount: {
            currency: d.make.currency as BodyOf<'requestPaymentSplitTransfer'>['amount']['currency'],
            value: 100,
          },
          description: 'yuno-conformance split transfer',
        },
      }),
      echo: ['/amount', '/description'],
    },
  },
  controls: {
    splitTransferProviderOutcome: {
      path: 'recipients/{recipient_id}/split-transfer-outcome',
      summary:
        'how the provider answers the next standalone transfers to a recipient: SUCCEEDED or ERROR at once, or CREATED (held, then moved with moveSplitTransfer)',
      args: { outcome: { required: true, values: PROVIDER_OUTCOMES } },
      serve: (s, a) => {
        s.outcomes.set(String(a.recipient_id), a.outcome as (typeof PROVIDER_OUTCOMES)[number]);
        return { status: 200, body: { recipient_id: a.recipient_id, outcome: a.outcome } };
      },
    },
    moveSplitTransfer: {
      path: 'split-transfers/{transfer_id}/status',
      summary:
        "the provider's later answer to a standalone transfer it held (sent, confirmed, declined, failed): a move of specs/split-transfer-status.yaml with a trigger",
      args: { to: { required: true, pattern: /^[A-Z][A-Z0-9_]*$/ } },
      serve: (s, a) => s.moveOutside(String(a.transfer_id), String(a.to)),
    },
  },
  webhooks: [
    {
      operationId: 'splitTransferEvent',
      matches: (b) => b.type === 'split_transfer' || b.type === 'split_transfer_reverse',
    },
  ],
});
