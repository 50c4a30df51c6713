// A recipient's onboardings: one per provider connection, made with the recipient or one by one, moved along
// specs/recipient-onboarding-status.yaml by block, unblock, cancel and continue (and by transfers,
// resources/marketplace/onboarding-transfers.ts), and by the provider outside the API (a control). Each move
// sends the onboarding event named after the new status (resources/marketplace/recipients-store.ts).
import { defineResource, type ScenarioDeps } from '../kit.js';
import { continueBody, onboarded, onboardingBody, recipientBody, recipientOf } from './bodies.js';
import { recipients } from './recipients.js';
import { ONBOARDING_TABLE } from './recipients-store.js';

/** Where an onboarding's scenario starts: a new recipient's pre-onboarded onboarding (SUCCEEDED). */
const path = async (d: ScenarioDeps): Promise<{ recipient_id: string; onboarding_id: string }> => {
  const { recipient_id, onboarding_id } = await onboarded(d);
  return { recipient_id, onboarding_id };
};

export const onboardings = defineResource({
  name: 'recipient_onboarding',
  schema: 'RecipientOnboarding',
  id: ['id'],
  stable: ['/id', '/recipient_id', '/created_at'],
  status: { field: '/status', table: ONBOARDING_TABLE },
  store: (w) => w.get(recipients),
  operations: {
    createOnboarding: {
      serve: (s, r) => s.createOnboarding(r.path.recipient_id!, r.body),
      relation: 'creates',
      request: async (d) => {
        const recipient = (
          await d.api.call('createRecipient', { body: recipientBody(d.make, { onboarded: false }) })
        ).ok();
        return { path: { recipient_id: String(recipient.id) }, body: onboardingBody(d.make) };
      },
      echo: [
        '/type',
        '/workflow',
        '/description',
        '/callback_url',
        '/provider',
        '/legal_representatives',
        '/withdrawal_methods',
        '/terms_of_service',
      ],
    },
    retrieveOnboarding: {
      serve: (s, r) => s.retrieveOnboarding(r.path.recipient_id!, r.path.onboarding_id!),
      identity: 'onboarding_id',
      request: async (d) => {
        const o = await d.need('recipient_onboarding');
        return { path: { recipient_id: recipientOf(o), onboarding_id: String(o.id) } };
      },
    },
    updateOnboarding: {
      serve: (s, r) => s.updateOnboarding(r.path.recipient_id!, r.path.onboarding_id!, r.body),
      identity: 'onboarding_id',
      relation: 'changes',
      request: async (d) => ({
        path: await path(d),
        body: {
          provider: { recipient_type: 'MULTI_BENEFITS' },
          callback_url: 'https://merchant.example.com/new-callback',
        },
      }),
      echo: ['/type', '/workflow', '/callback_url', '/provider', '/legal_representatives', '/terms_of_service'],
    },
    continueOnboarding: {
      serve: (s, r) => s.continueOnboarding(r.path.recipient_id!, r.path.onboarding_id!, r.body),
      identity: 'onboarding_id',
      relation: 'changes',
      // A two-step onboarding is continued once the provider created its account (PENDING_RECIPIENT_ACTION),
      // which happens outside the API: the control stands in for it.
      needs: ['controls'],
      request: async (d) => {
        const { recipient_id, onboarding_id } = await onboarded(d, { twoStep: true });
        if (d.stateful)
          await d.controls!.must('moveRecipientOnboarding', { onboarding_id, to: 'PENDING_RECIPIENT_ACTION' });
        return { path: { recipient_id, onboarding_id }, body: continueBody(d.make) };
      },
      echo: ['/type', '/workflow', '/callback_url'],
    },
    blockOnboarding: {
      serve: (s, r) => s.blockOnboarding(r.path.recipient_id!, r.path.onboarding_id!),
      identity: 'onboarding_id',
      relation: 'changes',
      request: async (d) => ({ path: await path(d) }),
    },
    unblockOnboarding: {
      serve: (s, r) => s.unblockOnboarding(r.path.recipient_id!, r.path.onboarding_id!),
      identity: 'onboarding_id',
      relation: 'changes',
      request: async (d) => {
        const p = await path(d);
        (await d.api.call('blockOnboarding', { path: p })).ok();
        return { path: p };
      },
    },
    cancelOnboarding: {
      serve: (s, r) => s.cancelOnboarding(r.path.recipient_id!, r.path.onboarding_id!),
      identity: 'onboarding_id',
      relation: 'ends',
      // Only an onboarding not yet completed is canceled: a two-step one, just created.
      request: async (d) => {
        const { recipient_id, onboarding_id } = await onboarded(d, { twoStep: true });
        return { path: { recipient_id, onboarding_id } };
      },
    },
  },
  controls: {
    moveRecipientOnboarding: {
      path: 'recipient-onboardings/{onboarding_id}/status',
      summary:
        "what the provider does to an onboarding outside the API (reviews, approves, blocks, expires it; creates a two-step onboarding's account): a move of specs/recipient-onboarding-status.yaml with a trigger",
      args: { to: { required: true, pattern: /^[A-Z][A-Z0-9_]*$/ } },
      serve: (s, a) => s.moveOutside(String(a.onboarding_id), String(a.to)),
    },
  },
  webhooks: [{ operationId: 'onboardingEvent', matches: (b) => b.type === 'onboarding' }],
});
