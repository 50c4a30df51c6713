// Onboarding transfers: an onboarding moved to another recipient (the origin TRANSFERRED, the receiver given
// a SUCCEEDED onboarding), reversed by a transfer back, found by id and listed per onboarding and per
// recipient, most recent first (resources/marketplace/recipients-store.ts).
import type { ScenarioDeps } from '../kit.js';
import { defineResource } from '../kit.js';
import type { Json } from '../result.js';
import { onboarded, transferred } from './bodies.js';
import { recipients } from './recipients.js';

const transferOf = async (d: ScenarioDeps): Promise<Json> => d.need('recipient_onboarding_transfer');

export const onboardingTransfers = defineResource({
  name: 'recipient_onboarding_transfer',
  schema: 'RecipientOnboardingTransfer',
  id: ['id'],
  stable: ['/id', '/origin_onboarding/id', '/destination_onboarding/id', '/created_at'],
  store: (w) => w.get(recipients),
  operations: {
    transferOnboarding: {
      serve: (s, r) => s.transferOnboarding(r.path.recipient_id!, r.path.onboarding_id!),
      relation: 'creates',
      // {recipient_id} receives the onboarding {onboarding_id} (the guide's step 3; conflict transfer-onboarding-parameters).
      request: async (d) => {
        const { onboarding_id } = await onboarded(d);
        const recipient_id = String((await d.need('recipient')).id);
        return { path: { recipient_id, onboarding_id } };
      },
    },
    reverseOnboardingTransfer: {
      serve: (s, r) => s.reverseOnboardingTransfer(r.path.transfer_id!),
      // The reversal is a transfer of its own, back (get-transfers use case 3).
      relation: 'other',
      request: async (d) => ({ path: { transfer_id: String((await transferOf(d)).id) } }),
    },
    retrieveOnboardingTransfer: {
      serve: (s, r) => s.retrieveTransfer(r.path.transfer_id!),
      identity: 'transfer_id',
    },
    listOnboardingTransfers: {
      serve: (s, r) => s.listOnboardingTransfers(r.path.onboarding_id!),
      relation: 'lists',
      request: async (d) => ({ path: { onboarding_id: (await transferred(d)).onboarding_id } }),
    },
    listRecipientTransfers: {
      serve: (s, r) => s.listRecipientTransfers(r.path.recipient_id!),
      relation: 'lists',
      request: async (d) => ({ path: { recipient_id: (await transferred(d)).to } }),
    },
  },
});
