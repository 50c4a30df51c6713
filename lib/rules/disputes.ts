// Chargebacks and disputes (specs/payment-transitions.yaml: chargeback, openDispute, updateDispute,
// disputeDecided, chargebackAccepted), zero-amount verifications and fraud-screening declines, and
// the fulfillment notification.
import { DOC } from './docs.js';
import { onObjects, waive } from './effects.js';
import type { RuleEntry } from './types.js';

export const DISPUTE_RULES = {
  'dispute-transition': {
    area: 'disputes',
    scope: 'scenario',
    statement:
      'A chargeback moves an approved payment to IN_DISPUTE/RECEIVED with a CHARGEBACK transaction; evidence (open dispute) moves it to IN_DISPUTE/PENDING_REVIEW; more evidence (update) changes nothing; the decision returns it to its earlier status (won) or to CHARGEBACK/LOST (lost), as specs/payment-transitions.yaml documents.',
    doc: DOC.chargebacks,
    faults: {
      'dispute-stays-received': {
        description: 'opening a dispute answers the payment still IN_DISPUTE/RECEIVED',
        operations: ['openDispute'],
        effect: onObjects(
          'PaymentCore',
          (p) => void (p.sub_status === 'PENDING_REVIEW' && (p.sub_status = 'RECEIVED')),
        ),
      },
      'dispute-won-stays-in-dispute': {
        description: 'a dispute the merchant won leaves the payment IN_DISPUTE',
        effect: waive('dispute-transition', (d) => d.outcome === 'won'),
      },
    },
  },
  'dispute-transition-forbidden': {
    area: 'disputes',
    scope: 'scenario',
    statement:
      'A dispute opened or updated on a payment without a chargeback in the matching state is refused (400 or 404: INVALID_STATUS, INVALID_TRANSACTION, INVALID_TRANSACTION_TYPE, TRANSACTION_NOT_FOUND or CHARGEBACK_IN_PROCESS; the docs name no single code) and changes nothing.',
    doc: DOC.disputes,
    refusal: {
      http: [400, 404],
      codes: [
        'INVALID_STATUS',
        'INVALID_TRANSACTION',
        'INVALID_TRANSACTION_TYPE',
        'TRANSACTION_NOT_FOUND',
        'CHARGEBACK_IN_PROCESS',
      ],
    },
    faults: {
      'dispute-without-chargeback': {
        description: 'a dispute is opened on an approved payment nobody charged back',
        effect: waive('dispute-transition-forbidden', (d) => d.from === 'SUCCEEDED/APPROVED'),
      },
    },
  },
  verification: {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A zero-amount card verification (amount 0, payment_method.detail.card.verify true) ends VERIFIED/VERIFIED with a VERIFY transaction, moves no money and sends payment.verify.',
    doc: DOC.statuses,
    faults: {
      'verification-as-purchase': {
        description: 'a zero-amount verification answers SUCCEEDED/APPROVED',
        operations: ['createPayment'],
        effect: onObjects(
          'PaymentCore',
          (p) => void (p.status === 'VERIFIED' && Object.assign(p, { status: 'SUCCEEDED', sub_status: 'APPROVED' })),
        ),
      },
    },
  },
  'fraud-screening': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A payment the fraud screening declines before any provider ends DECLINED/FRAUD_DECLINED, makes no provider transaction and sends payment.fraud_screening (not payment.purchase).',
    doc: DOC.configureWebhooks,
    faults: {
      'fraud-decline-as-bank-decline': {
        description: 'a fraud-screening decline answers DECLINED/DECLINED, as if the bank had declined it',
        operations: ['createPayment'],
        effect: onObjects(
          'PaymentCore',
          (p) => void (p.sub_status === 'FRAUD_DECLINED' && (p.sub_status = 'DECLINED')),
        ),
      },
    },
  },
  'fulfillment-accepted': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A fulfillment notification for an existing payment is accepted (202, no body) and changes neither its status nor its amounts.',
    doc: DOC.fulfillments,
    faults: {
      'fulfillment-changes-status': {
        description: 'a COMPLETED fulfillment marks the payment REFUNDED',
        effect: waive('fulfillment-accepted'),
      },
    },
  },
  'three-ds-setup': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A 3DS setup answers its three_d_secure_setup_id with what the request sent (account_id, type, browser_info), and a payment can name it.',
    doc: DOC.threeDsSetup,
    faults: {
      'three-ds-setup-not-usable': {
        description: 'a payment naming a fresh 3DS setup id is refused as if the setup did not exist',
        effect: waive('three-ds-setup'),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
