// The rules of the platform operations (resources/platform/): what the docs say their resources do to each
// other, each with the faults that break it.
import { onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const BANKING = 'https://docs.y.uno/reference/banking-connectivity';

export const PLATFORM_RULES = {
  // ---- banking connectivity ----------------------------------------------------------------------
  'banking-entity-unique': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "An entity's merchant_entity_id is unique: a second entity with one already taken is refused with 409 DUPLICATE_ENTITY, and the entity answered for it stays the first.",
    doc: 'https://docs.y.uno/reference/create-entity',
    refusal: { http: [409], codes: ['DUPLICATE_ENTITY'] },
    faults: {
      'banking-entity-duplicate-accepted': {
        description: 'a second entity with a merchant_entity_id already taken is created',
        effect: waive('banking-entity-unique'),
      },
    },
  },
  'banking-entity-masked': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "An entity's tax ids and document numbers come back as their last 4 digits (tax_id_last_4, document_number_last_4), never whole, in the create answer and in every read.",
    doc: 'https://docs.y.uno/reference/create-entity',
    faults: {
      'banking-entity-tax-id-whole': {
        description: 'an entity is read back with its tax id whole',
        operations: ['retrieveBankingEntity'],
        effect: onResponse(
          (r) => r.status === 200,
          (r) => {
            const person = ((r.body as Json).entity_detail as Json | undefined)?.individual;
            if (isObject(person) && Array.isArray(person.tax_information))
              for (const t of person.tax_information as Json[]) t.tax_id = `123-45-${String(t.tax_id_last_4)}`;
          },
        ),
      },
    },
  },
  'banking-onboarding-moves': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'An onboarding moves along specs/entity-onboarding-status.yaml: created PENDING, SUCCEEDED once the provider approves it, CANCELLED by a cancel from a status that is not terminal; once terminal, a cancel or an update is refused with 400 VALIDATION_ERROR and changes nothing.',
    doc: BANKING,
    refusal: { http: [400], codes: ['VALIDATION_ERROR'] },
    faults: {
      'banking-onboarding-cancel-terminal': {
        description: 'a SUCCEEDED onboarding is canceled',
        effect: waive('banking-onboarding-moves', (d) => d.from !== undefined),
      },
      'banking-onboarding-never-approved': {
        description: "the provider's approval leaves the onboarding PENDING",
        effect: waive('banking-onboarding-moves', (d) => d.transition === 'approve'),
      },
    },
  },
  'banking-account-needs-approval': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A bank account opens only on a SUCCEEDED onboarding: on any other it is refused with 400 VALIDATION_ERROR ("Onboarding status must be SUCCEEDED to create an account"); on an approved one it opens ACTIVE, for the onboarding\'s entity.',
    doc: 'https://docs.y.uno/reference/create-account-banking',
    refusal: { http: [400], codes: ['VALIDATION_ERROR'] },
    faults: {
      'banking-account-on-pending-onboarding': {
        description: 'an account opens on a PENDING onboarding',
        effect: waive('banking-account-needs-approval'),
      },
    },
  },
  'banking-close-zero-balance': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A bank account with money on it is not closed: the close is refused with 400 VALIDATION_ERROR ("Account must have a zero balance before it can be closed") and the account stays ACTIVE; at zero it closes, CLOSED.',
    doc: 'https://docs.y.uno/reference/close-account-banking',
    refusal: { http: [400], codes: ['VALIDATION_ERROR'] },
    faults: {
      'banking-close-with-balance': {
        description: 'an account with a balance is closed',
        effect: waive('banking-close-zero-balance'),
      },
    },
  },
  'banking-closed-account': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A CLOSED bank account takes no transfer: a transfer from it or to it is refused (the docs name no code: 400 VALIDATION_ERROR here, a 404 or 422 the operation declares elsewhere) and no transfer is made.',
    doc: 'https://docs.y.uno/reference/close-account-banking',
    refusal: { http: [400, 404, 422], codes: 'declared' },
    faults: {
      'banking-closed-account-sends': {
        description: 'a transfer leaves a CLOSED account',
        effect: waive('banking-closed-account'),
      },
    },
  },
  'banking-transfer-funds': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "A transfer out is taken only within the source account's available balance: more is refused with 422 INSUFFICIENT_BALANCE, and the balance moves with the transfers (money in raises it, a completed transfer out lowers it).",
    doc: BANKING,
    refusal: { http: [422], codes: ['INSUFFICIENT_BALANCE'] },
    faults: {
      'banking-transfer-overdraws': {
        description: 'a transfer larger than the balance is taken',
        effect: waive('banking-transfer-funds'),
      },
    },
  },
  'banking-transfer-moves': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A transfer moves along specs/entity-transfer-status.yaml: PENDING when initiated, CANCELLED by a cancel while PENDING; from PROCESSING on a cancel is refused with 400 VALIDATION_ERROR ("Only transfers in PENDING status can be cancelled") and changes nothing.',
    doc: 'https://docs.y.uno/reference/cancel-entity-transfer',
    refusal: { http: [400], codes: ['VALIDATION_ERROR'] },
    faults: {
      'banking-transfer-cancel-processing': {
        description: 'a PROCESSING transfer is canceled',
        effect: waive('banking-transfer-moves'),
      },
    },
  },
  'banking-incoming-webhook': {
    area: 'webhooks',
    scope: 'scenario',
    statement:
      'Money arriving in a bank account is notified to the merchant (bankingIncomingTransferEvent): the transfer INCOMING, to that account, with its amount and status, PENDING and then COMPLETED once settled.',
    doc: 'https://docs.y.uno/reference/webhook-notifications-banking',
    faults: {
      'banking-incoming-webhook-missing': {
        description: 'an incoming transfer is not notified',
        effect: { webhook: (d) => void (d.event.direction === 'INCOMING' && (d.drop = true)) },
      },
    },
  },
  // ---- communications campaigns ------------------------------------------------------------------
  'campaign-status-moves': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A campaign moves along specs/campaign-status.yaml: created ACTIVE, paused and resumed, COMPLETED or CANCELLED from ACTIVE or PAUSED; COMPLETED and CANCELLED are final: a move out of them is refused ("Invalid status transition") and changes nothing.',
    doc: 'https://docs.y.uno/reference/update-campaign-status',
    refusal: { http: [400, 422], codes: 'declared' },
    faults: {
      'campaign-completed-resumed': {
        description: 'a COMPLETED campaign is made ACTIVE again',
        effect: waive('campaign-status-moves'),
      },
    },
  },
  'campaign-rule-status-moves': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "A campaign's rule is created ACTIVE and moves between ACTIVE and INACTIVE by its status operation (specs/campaign-rule-status.yaml); the rule read alone and in its campaign shows the status it was given.",
    doc: 'https://docs.y.uno/reference/update-rule-status',
    faults: {
      'campaign-rule-status-not-stored': {
        description: 'a rule set INACTIVE is still read ACTIVE',
        effect: waive('campaign-rule-status-moves'),
      },
    },
  },
  // ---- checkout builder ----------------------------------------------------------------------------
  'checkout-account-access': {
    area: 'auth',
    scope: 'scenario',
    statement:
      'The checkout builder serves only an account in its beta allowlist, named by X-Account-Code: another account is refused with 401 (NOT_AUTHENTICATED) and sees none of the checkouts.',
    doc: 'https://docs.y.uno/reference/overview',
    refusal: { http: [401], codes: ['NOT_AUTHENTICATED'] },
    faults: {
      'checkout-other-account-served': {
        description: 'a request naming an account outside the allowlist is served',
        effect: waive('checkout-account-access'),
      },
    },
  },
  'checkout-publish-stored': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "A checkout's configuration and styling are what publish stored: a fetch shows the payment methods it changed (the others as they were) and the styling merged over what was there; a publish breaking any rule is refused whole with 400 INVALID_PARAMETERS and applies nothing.",
    doc: 'https://docs.y.uno/reference/publish-checkout-configuration',
    refusal: { http: [400], codes: ['INVALID_PARAMETERS'] },
    faults: {
      'checkout-publish-not-stored': {
        description: 'a publish answers the new configuration but a fetch shows the old one',
        effect: waive('checkout-publish-stored', (d) => d.stored === true),
      },
    },
  },
  'checkout-lifecycle': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "A checkout's lifecycle follows specs/custom-checkout-status.yaml: born PUBLISHED, unpublished, published, archived, restored to NOT_PUBLISHED, promoted to default (published, the previous default demoted); ARCHIVED to PUBLISHED and the current status are refused with 400 INVALID_STATUS_TRANSITION, archiving or unpublishing the default with 409, and an ARCHIVED checkout takes no publish.",
    doc: 'https://docs.y.uno/reference/manage-checkout-lifecycle',
    refusal: {
      http: [400, 409],
      codes: ['INVALID_STATUS_TRANSITION', 'CANNOT_ARCHIVE_DEFAULT_CHECKOUT', 'CANNOT_UNPUBLISH_DEFAULT_CHECKOUT'],
    },
    faults: {
      'checkout-archived-republished': {
        description: 'an ARCHIVED checkout is published directly',
        effect: waive('checkout-lifecycle', (d) => d.from === 'ARCHIVED' && d.to === 'PUBLISHED'),
      },
      'checkout-default-archived': {
        description: "the account's default checkout is archived",
        effect: waive('checkout-lifecycle', (d) => d.guard === true),
      },
    },
  },
  // ---- PCI proxy -----------------------------------------------------------------------------------
  'pci-proxy-allowlist': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'The forward proxy calls only a host registered on the allowlist and ENABLED: a DISABLED, removed or never registered host is refused with 403 DESTINATION_NOT_ALLOWED, without the yuno-proxy-destination-status header, and the destination receives nothing; enabled again, it is called again.',
    doc: 'https://docs.y.uno/reference/destination-status',
    refusal: { http: [403], codes: ['DESTINATION_NOT_ALLOWED'] },
    faults: {
      'pci-proxy-forwards-to-disabled': {
        description: 'the forward proxy calls a DISABLED or removed destination',
        effect: waive('pci-proxy-allowlist'),
      },
    },
  },
  'pci-proxy-headers': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      "The forward proxy replaces each vaulted_token expression with the card data it names and strips Yuno's keys and every yuno-* header before forwarding, passing the destination's own headers on; its answer carries yuno-proxy-request-id, yuno-proxy-destination-status (the destination's status), yuno-proxy-replacements (the expressions replaced) and yuno-proxy-response-redactions (card numbers redacted to their last four).",
    doc: 'https://docs.y.uno/docs/forward-proxy',
    faults: {
      'pci-proxy-keys-forwarded': {
        description: "the forward proxy passes Yuno's keys and yuno-* headers to the destination",
        effect: waive('pci-proxy-headers', (d) => d.strip === true),
      },
      'pci-proxy-request-id-missing': {
        description: 'a forward is answered without yuno-proxy-request-id',
        operations: ['invokeForwardProxy'],
        effect: { response: (r) => void delete r.headers['yuno-proxy-request-id'] },
      },
    },
  },
  // ---- payment method domains, network tokens, currency conversion, reporting -----------------------
  'domain-registration-found': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A domain registered for a payment method is found by the id its registration answered (the domain, the method, REGISTERED); once deleted (204), the id is refused as not found.',
    doc: 'https://docs.y.uno/reference/get-domain',
    faults: {
      'domain-deleted-still-found': {
        description: 'a deleted domain registration is still read back',
        effect: waive('domain-registration-found', (d) => d.deleted === true),
      },
    },
  },
  'network-token-cryptogram': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      "Every call for an enrolled card's cryptogram answers a new single-use cryptogram with the card's network token (the same DPAN each time, which the forward proxy's network_token_number resolves to); with include_network_token false, the DPAN and its token_data are left out.",
    doc: 'https://docs.y.uno/reference/generate-network-token-cryptogram',
    faults: {
      'network-token-cryptogram-replayed': {
        description: 'two calls answer the same cryptogram',
        effect: waive('network-token-cryptogram', (d) => d.fresh === true),
      },
    },
  },
  'conversion-key-headers': {
    area: 'auth',
    scope: 'scenario',
    statement:
      "The conversion rate is served with the keys under the names its spec gives, X-Public-Api-Key and X-Private-Secret-Key, as well as the document's (conflict conversion-key-headers): the X- pair missing, or holding other values than the keys, is refused (400 for a missing required header, 401 for wrong keys).",
    doc: 'https://docs.y.uno/reference/get-conversion-rate',
    refusal: { http: [401], codes: 'declared' },
    faults: {
      'conversion-x-keys-ignored': {
        description: 'a conversion rate is served with wrong X-Public-Api-Key and X-Private-Secret-Key values',
        effect: waive('conversion-key-headers'),
      },
    },
  },
  'conversion-rate-quote': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "A conversion quote converts the amount sent into the cardholder currency sent at the rate it answers (cardholder_amount = value / rate, to the cent, as the example's 10000 COP / 3879.812207 = 2.58 USD), with the provider sent, and expires after it is made.",
    doc: 'https://docs.y.uno/reference/get-conversion-rate',
    faults: {
      'conversion-amount-unconverted': {
        description: 'the quote answers the amount unconverted as the cardholder amount',
        operations: ['retrieveConversionRate'],
        effect: onResponse(
          (r) => r.status === 200,
          (r) => {
            const a = (r.body as Json).amount as Json | undefined;
            const cc = a?.currency_conversion as Json | undefined;
            if (cc) cc.cardholder_amount = a!.value;
          },
        ),
      },
    },
  },
  'reporting-deduplicates': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A reported event whose report_id was already ingested is counted in duplicates and never ingested again, whatever its payload; the rest of its batch is ingested.',
    doc: 'https://docs.y.uno/reference/report-transactions',
    faults: {
      'reporting-ingests-twice': {
        description: 'an event reported again with the same report_id is accepted again',
        effect: waive('reporting-deduplicates'),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
