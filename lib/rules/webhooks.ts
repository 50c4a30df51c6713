// Webhooks Yuno sends about payments: signed, delivered for every transition, in agreement with reads.
import { DOC } from './docs.js';
import { waive } from './effects.js';
import type { RuleEntry } from './types.js';

export const WEBHOOK_RULES = {
  'webhook-signature': {
    area: 'webhooks',
    scope: 'scenario',
    statement: 'x-hmac-signature is base64(HMAC-SHA256(secret, the raw body as sent)).',
    doc: DOC.hmac,
    faults: {
      'webhook-bad-signature': {
        description: 'x-hmac-signature is computed over the pretty-printed body, not the bytes sent',
        effect: { webhook: (d) => void (d.signedText = JSON.stringify(d.event, null, 2)) },
      },
    },
  },
  'webhook-sent': {
    area: 'webhooks',
    scope: 'scenario',
    statement: 'Every transition sends the webhook (type_event) the transition table names for it.',
    doc: DOC.configureWebhooks,
    faults: {
      'refund-webhook-missing': {
        description: 'refunds send no payment.refund webhook',
        effect: { webhook: (d) => void (d.event.type_event === 'payment.refund' && (d.drop = true)) },
      },
      'chargeback-webhook-missing': {
        description: 'a chargeback sends no payment.chargeback webhook',
        effect: { webhook: (d) => void (d.event.type_event === 'payment.chargeback' && (d.drop = true)) },
      },
      'fraud-webhook-as-purchase': {
        description: 'a fraud-screening decline is announced as payment.purchase instead of payment.fraud_screening',
        effect: {
          webhook: (d) =>
            void (d.event.type_event === 'payment.fraud_screening' && (d.event.type_event = 'payment.purchase')),
        },
      },
      'verify-webhook-missing': {
        description: 'a card verification sends no payment.verify webhook',
        effect: { webhook: (d) => void (d.event.type_event === 'payment.verify' && (d.drop = true)) },
      },
    },
  },
  'webhook-agrees': {
    area: 'webhooks',
    scope: 'scenario',
    statement:
      'A webhook reports the payment as it is after the transition it announces: the status, sub_status and amounts a following read returns.',
    doc: DOC.webhookObject,
    faults: {
      'webhook-status-disagrees': {
        description: 'the capture webhook carries the status from before the capture',
        effect: {
          webhook: (d) => {
            const p = (d.event.data as Record<string, Record<string, unknown>> | undefined)?.payment;
            if (d.event.type_event === 'payment.capture' && p)
              Object.assign(p, { status: 'PENDING', sub_status: 'AUTHORIZED' });
          },
        },
      },
    },
  },
  'state-persisted': {
    area: 'consistency',
    scope: 'scenario',
    statement:
      'What an operation answers is what later reads return: a transition or an update is stored, not only reported.',
    doc: DOC.statuses,
    faults: {
      'cancel-not-persisted': {
        description: 'cancel answers CANCELED but the payment stays PENDING/AUTHORIZED',
        effect: waive('state-persisted', (d) => d.operation === 'cancelPayment'),
      },
      'customer-update-ignored': {
        description: 'a customer update answers the new values but does not store them',
        effect: waive('state-persisted', (d) => d.operation === 'updateCustomer'),
      },
      'session-update-ignored': {
        description: 'a checkout-session update answers the new values but does not store them',
        effect: waive('state-persisted', (d) => d.operation === 'updateCheckoutSession'),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
