// The rules of the marketplace operations (resources/marketplace/): what the docs say their resources do to each
// other, each with the faults that break it.
import { onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const ref = (page: string): string => `https://docs.y.uno/reference/${page}`;
const guide = (page: string): string => `https://docs.y.uno/docs/${page}`;

export const MARKETPLACE_RULES = {
  'onboarding-status-moves': {
    area: 'customers',
    scope: 'scenario',
    statement:
      "A recipient's onboarding moves as specs/recipient-onboarding-status.yaml says, and a read shows it: block makes it BLOCKED and unblock takes it back to the status it was blocked from; cancel makes one not yet completed CANCELED; continue takes a two-step onboarding waiting for the recipient to PENDING; a transfer leaves the origin TRANSFERRED and gives the receiving recipient a SUCCEEDED onboarding, and its reversal brings the onboarding back.",
    doc: ref('onboarding-statuses-and-response-codes'),
    faults: {
      'onboarding-block-ignored': {
        description: 'block answers 200 and leaves the onboarding where it was',
        effect: waive('onboarding-status-moves', (d) => d.move === 'block'),
      },
      'onboarding-transfer-origin-kept': {
        description: 'a transfer leaves the origin onboarding as it was (not TRANSFERRED)',
        effect: waive('onboarding-status-moves', (d) => d.move === 'transfer'),
      },
    },
  },
  'onboarding-move-refused': {
    area: 'customers',
    scope: 'scenario',
    statement:
      'Blocking a BLOCKED onboarding is refused with 409 RECIPIENT_ALREADY_BLOCKED, unblocking one that is not BLOCKED with 409 RECIPIENT_NOT_BLOCKED, canceling a canceled one with 409 RECIPIENT_ALREADY_CANCELLED; the onboarding does not move.',
    doc: ref('block-recipient'),
    refusal: {
      http: [409],
      codes: ['RECIPIENT_ALREADY_BLOCKED', 'RECIPIENT_NOT_BLOCKED', 'RECIPIENT_ALREADY_CANCELLED'],
    },
    faults: {
      'blocked-onboarding-blocked-again': {
        description: 'a BLOCKED onboarding is blocked again with 200',
        effect: waive('onboarding-move-refused', (d) => d.move === 'block'),
      },
      'canceled-onboarding-canceled-again': {
        description: 'a CANCELED onboarding is canceled again with 200',
        effect: waive('onboarding-move-refused', (d) => d.move === 'cancel'),
      },
    },
  },
  'blocked-recipient-no-transfer': {
    area: 'payouts',
    scope: 'scenario',
    statement:
      'A recipient whose onboarding at the provider is not SUCCEEDED (blocked, for one) receives no standalone transfer through that provider: 400 ONBOARDING_NOT_VALID; once the onboarding is unblocked it receives them again.',
    doc: ref('block-recipient'),
    refusal: { http: [400], codes: ['ONBOARDING_NOT_VALID'] },
    faults: {
      'blocked-recipient-paid': {
        description: 'a standalone transfer to a recipient whose onboarding is BLOCKED succeeds',
        effect: waive('blocked-recipient-no-transfer', (d) => d.status === 'BLOCKED'),
      },
    },
  },
  'split-transfer-reversal': {
    area: 'payouts',
    scope: 'scenario',
    statement:
      'A split transfer is reversed from SUCCEEDED only, and at most for what is left of it: reversed in full it is REVERSED and a second reversal is refused with 400 TRANSFER_ALREADY_REVERSED; one not SUCCEEDED is refused with TRANSFER_NOT_REVERSIBLE, more than what is left with REVERSAL_AMOUNT_EXCEEDS, another currency with INVALID_CURRENCY.',
    doc: ref('reverse-standalone-transfer'),
    refusal: {
      http: [400],
      codes: ['TRANSFER_ALREADY_REVERSED', 'TRANSFER_NOT_REVERSIBLE', 'REVERSAL_AMOUNT_EXCEEDS', 'INVALID_CURRENCY'],
    },
    faults: {
      'split-transfer-reversed-twice': {
        description: 'a transfer already reversed in full is reversed again with 200',
        effect: waive('split-transfer-reversal', (d) => d.check === 'already-reversed'),
      },
      'split-transfer-reversal-above-amount': {
        description: 'a reversal of more than what is left of the transfer is accepted',
        effect: waive('split-transfer-reversal', (d) => d.check === 'amount'),
      },
    },
  },
  'split-transfer-moves': {
    area: 'payouts',
    scope: 'scenario',
    statement:
      'A standalone transfer moves along specs/split-transfer-status.yaml, and a read by id shows it: SUCCEEDED or ERROR when the provider answers at once; otherwise CREATED, then PENDING once sent, then SUCCEEDED, DECLINED or ERROR as the provider answers; REVERSED once reversed in full.',
    doc: guide('split-payments-marketplace'),
    faults: {
      'split-transfer-confirmation-lost': {
        description: "the provider's confirmation leaves a PENDING transfer PENDING",
        effect: waive('split-transfer-moves', (d) => d.to === 'SUCCEEDED'),
      },
    },
  },
  'onboarding-transfer-lookup': {
    area: 'payouts',
    scope: 'scenario',
    statement:
      'An onboarding transfer is found by its id, and listed, most recent first, for each onboarding and each recipient it moved (as origin or as destination), its reversal too; a list of neither is empty.',
    doc: ref('get-transfers'),
    faults: {
      'recipient-transfers-list-empty': {
        description: "a recipient's list of onboarding transfers answers [] while it has some",
        operations: ['listRecipientTransfers'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body),
          (r) => void (r.body = []),
        ),
      },
      'onboarding-transfers-oldest-first': {
        description: "an onboarding's transfers are listed oldest first",
        effect: waive('onboarding-transfer-lookup', (d) => d.order === 'newest-first'),
      },
    },
  },
  'seller-lifecycle': {
    area: 'customers',
    scope: 'scenario',
    statement:
      'A seller is found by the merchant_seller_id it was created with; a PUT replaces it whole (a field the PUT leaves out is null afterwards); once deleted it is not found (404 FRANCHISE_MAPPING_NOT_FOUND).',
    doc: ref('manage-sellers'),
    faults: {
      'seller-put-merges': {
        description: 'a PUT keeps the fields it leaves out, as a PATCH would',
        effect: waive('seller-lifecycle', (d) => d.step === 'replace'),
      },
      'deleted-seller-found': {
        description: 'a deleted seller is still found by its merchant_seller_id',
        effect: waive('seller-lifecycle', (d) => d.step === 'delete'),
      },
    },
  },
  'seller-unique': {
    area: 'customers',
    scope: 'scenario',
    statement:
      'One seller per merchant_seller_id: creating a second one with a merchant_seller_id in use is refused with 409 FRANCHISE_MAPPING_ALREADY_EXISTS.',
    doc: ref('seller-error-codes'),
    refusal: { http: [409], codes: ['FRANCHISE_MAPPING_ALREADY_EXISTS'] },
    faults: {
      'seller-duplicate-created': {
        description: 'a second seller with a merchant_seller_id in use is created',
        effect: waive('seller-unique'),
      },
    },
  },
  'seller-mapping-unique': {
    area: 'customers',
    scope: 'scenario',
    statement:
      'A seller maps each (provider_id, payment_method_type) once: payment_methods naming a pair twice are refused with 400 DUPLICATE_PROVIDER_MAPPING, on create and on replace.',
    doc: ref('seller-error-codes'),
    refusal: { http: [400], codes: ['DUPLICATE_PROVIDER_MAPPING'] },
    faults: {
      'seller-duplicate-mapping-accepted': {
        description: 'a seller whose payment_methods name one provider and type twice is created',
        effect: waive('seller-mapping-unique'),
      },
    },
  },
  'recipient-deleted': {
    area: 'customers',
    scope: 'scenario',
    statement:
      'A deleted recipient is gone for good, with its onboardings: reading either afterwards is refused as not found.',
    doc: ref('delete-recipient'),
    faults: {
      'deleted-recipient-onboarding-kept': {
        description: "a deleted recipient's onboarding is still read back",
        effect: waive('recipient-deleted', (d) => d.what === 'onboardings'),
      },
    },
  },
  'recipient-update-scope': {
    area: 'customers',
    scope: 'scenario',
    statement:
      "An update of a recipient without onboarding_id changes the recipient and the copy its onboardings carry; with onboarding_id it changes that onboarding's copy only, leaves the shared recipient as it was, and onboarding_id is not answered.",
    doc: ref('update-recipient-1'),
    faults: {
      'onboarding-override-shared': {
        description: 'an update sent with onboarding_id changes the shared recipient',
        effect: waive('recipient-update-scope'),
      },
    },
  },
  'marketplace-webhooks': {
    area: 'webhooks',
    scope: 'scenario',
    statement:
      "An onboarding's move sends the onboarding event named after its new status (onboarding.blocked, .unblocked ...) with the onboarding as it is now; a standalone transfer that completes sends split_transfer succeeded (version 1) naming it in transfer_id and data; both are signed.",
    doc: guide('configure-webhooks'),
    faults: {
      'onboarding-webhook-stale-status': {
        description: 'the onboarding event reports the status the onboarding had before the move',
        effect: {
          webhook: (d) => {
            const data = d.event.data;
            if (d.event.type === 'onboarding' && isObject(data) && data.status === 'BLOCKED') data.status = 'SUCCEEDED';
          },
        },
      },
      'split-transfer-webhook-other-transfer': {
        description: 'the split_transfer event names another transfer in transfer_id',
        effect: {
          webhook: (d) => {
            if (d.event.type === 'split_transfer') d.event.transfer_id = '0d5f0a7e-3c1b-4f8e-9b6a-2f1e0c9d8b7a';
          },
        },
      },
    },
  },
} satisfies Record<string, RuleEntry>;
