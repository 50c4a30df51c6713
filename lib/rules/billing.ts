// The rules of the billing operations (resources/billing/): what the docs say their resources do to each
// other, each with the faults that break it.
import { onObjects, waive } from './effects.js';
import type { RuleEntry } from './types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The subscription a subscription.* webhook carries (data.subscription). */
const subscriptionIn = (event: Json): Json | undefined => {
  const s = isObject(event.data) ? event.data.subscription : undefined;
  return isObject(s) ? s : undefined;
};

const ref = (page: string): string => `https://docs.y.uno/reference/${page}`;
const guide = (page: string): string => `https://docs.y.uno/docs/${page}`;

export const BILLING_RULES = {
  'subscription-bills-plan': {
    area: 'payments',
    scope: 'scenario',
    statement:
      "A subscription created with a plan_id takes its amount (the plan's price for the subscriber's country, else its base_amount) and its frequency from the plan, and each regular charge is that amount.",
    doc: ref('the-plan-object'),
    faults: {
      'subscription-plan-price-ignored': {
        description: "a subscription on a plan is priced at the docs' example amount and keeps the request's frequency",
        effect: waive('subscription-bills-plan'),
      },
    },
  },
  'subscription-payments-are-payments': {
    area: 'payments',
    scope: 'scenario',
    statement:
      "Each charge of a subscription is a row of its payments list (most recent first) whose payment_id is an ordinary payment: retrievePayment finds it, with the row's amount and the subscription's vaulted_token.",
    doc: ref('list-subscription-payments'),
    faults: {
      'subscription-charge-without-payment': {
        description: 'a subscription charge is listed with a payment_id no payment has',
        effect: waive('subscription-payments-are-payments'),
      },
    },
  },
  'subscription-paused-not-billed': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A PAUSED subscription is not charged when its billing date comes; once resumed, its next billing date charges it again.',
    doc: ref('pause-subscription'),
    faults: {
      'paused-subscription-billed': {
        description: 'a PAUSED subscription is charged at its billing date',
        effect: waive('subscription-paused-not-billed'),
      },
    },
  },
  'subscription-canceled-final': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'CANCELED (and COMPLETED) is final: resuming or pausing such a subscription is refused with 400 and it stays as it was (specs/subscription-status.yaml).',
    doc: ref('status-subscriptions'),
    refusal: { http: [400], codes: 'declared' },
    faults: {
      'canceled-subscription-revived': {
        description: 'a CANCELED subscription is resumed (ACTIVE) or paused',
        effect: waive('subscription-canceled-final'),
      },
    },
  },
  'canceled-plan-closed': {
    area: 'payments',
    scope: 'scenario',
    statement: 'A CANCELED plan takes no new subscription: createSubscription with its plan_id is refused with 400.',
    doc: ref('the-plan-object'),
    refusal: { http: [400], codes: 'declared' },
    faults: {
      'canceled-plan-subscribed': {
        description: 'a subscription is created on a CANCELED plan',
        effect: waive('canceled-plan-closed'),
      },
    },
  },
  'plan-cancel-cascades': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'Canceling a plan cancels every subscription on it at once: each is then read and listed CANCELED (cancellation_source set, cancellation_time set) and is charged no more.',
    doc: ref('cancel-plan'),
    faults: {
      'plan-cancel-spares-subscriptions': {
        description: 'the subscriptions of a canceled plan stay ACTIVE',
        effect: waive('plan-cancel-cascades'),
      },
    },
  },
  'metered-usage-billed': {
    area: 'payments',
    scope: 'scenario',
    statement:
      "Usage reported to a meter attached to the subscription's plan is added to its renewal charge: max(0, quantity - credits) x the metered price's unit price, on top of the plan's flat price, in one payment.",
    doc: guide('usage-based-billing'),
    faults: {
      'metered-usage-dropped': {
        description: "a renewal charges the plan's flat price only, whatever the usage reported",
        effect: waive('metered-usage-billed'),
      },
      'metered-credits-ignored': {
        description: "a renewal bills every unit of usage, the plan's included credits too",
        effect: waive('metered-usage-billed', (d) => d.part === 'credits'),
      },
    },
  },
  'usage-event-once': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A usage event sent again with the same event_id answers the first one (its consumed_value included) and is counted once.',
    doc: ref('report-usage-event'),
    faults: {
      'usage-event-counted-twice': {
        description: 'a usage event replayed with the same event_id is stored and counted again',
        effect: waive('usage-event-once'),
      },
    },
  },
  'archived-meter-refuses-usage': {
    area: 'payments',
    scope: 'scenario',
    statement:
      "An INACTIVE (archived) meter's event_name takes no usage: reportUsageEvent is refused with 400 METER_NOT_FOUND until the meter is ACTIVE again.",
    doc: ref('update-meter'),
    refusal: { http: [400], codes: ['METER_NOT_FOUND'] },
    faults: {
      'archived-meter-counts': {
        description: 'usage is accepted for an archived meter',
        effect: waive('archived-meter-refuses-usage'),
      },
    },
  },
  'unreferenced-refund-moves': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'An unreferenced refund starts CREATED/CREATED and moves as specs/unreferenced-refund-status.yaml says (PENDING/APPROVED, then SUCCEEDED/SUCCEEDED or FAILED/DECLINED_BY_PROVIDER); a read shows where it is, and nothing leaves SUCCEEDED or FAILED.',
    doc: ref('unreferenced-refund-status'),
    faults: {
      'unreferenced-refund-stuck': {
        description: 'an unreferenced refund the provider settled is still read CREATED',
        effect: waive('unreferenced-refund-moves', (d) => d.transition === 'settle'),
      },
      'unreferenced-refund-reopened': {
        description: 'a SUCCEEDED unreferenced refund moves again',
        effect: waive('unreferenced-refund-moves', (d) => d.transition === 'terminal'),
      },
    },
  },
  'pre-debit-notification-lookup': {
    area: 'payments',
    scope: 'scenario',
    statement:
      'A pre-debit notification is found by its id and by its merchant_reference, and both answer the same notification; a merchant_reference used again answers the existing one.',
    doc: ref('retrieve-pre-debit-notification-by-merchant-reference'),
    faults: {
      'pre-debit-lookup-other': {
        description: 'the merchant_reference lookup answers another notification id',
        operations: ['retrievePreDebitNotificationByMerchantReference'],
        effect: onObjects('PreDebitNotification', (n) => void (n.id = '0b9d7a52-3c1e-4f6a-8d2b-5e7f9a1c3b4d')),
      },
      'pre-debit-reference-duplicated': {
        description: 'a create with a merchant_reference already used makes a second notification',
        effect: waive('pre-debit-notification-lookup'),
      },
    },
  },
  'subscription-webhooks': {
    area: 'webhooks',
    scope: 'scenario',
    statement:
      "A subscription's changes send subscription.* webhooks (subscription.create when it is created, .pause, .resume, .cancel...) in the shape the docs print, signed like every webhook, naming it by code (its id) as the change left it; a plan change that replaces it sends subscription.cancel (cancellation_source PLAN_CHANGE) for it and subscription.create for the replacement.",
    doc: guide('object-and-examples'),
    faults: {
      'subscription-webhook-dropped': {
        description: 'creating a subscription sends no subscription.create webhook',
        effect: waive('subscription-webhooks'),
      },
      'subscription-pause-webhook-dropped': {
        description: 'pausing a subscription sends no subscription.pause webhook',
        effect: { webhook: (d) => void (d.event.type_event === 'subscription.pause' && (d.drop = true)) },
      },
      'subscription-resume-webhook-as-pause': {
        description: 'resuming a subscription is announced as subscription.pause instead of subscription.resume',
        effect: {
          webhook: (d) =>
            void (d.event.type_event === 'subscription.resume' && (d.event.type_event = 'subscription.pause')),
        },
      },
      'subscription-cancel-webhook-stale': {
        description: 'the subscription.cancel webhook reports the status the subscription had before the cancel',
        effect: {
          webhook: (d) => {
            const s = subscriptionIn(d.event);
            if (d.event.type_event === 'subscription.cancel' && s?.cancellation_source === 'MERCHANT')
              s.status = 'ACTIVE';
          },
        },
      },
      'plan-change-cancel-webhook-dropped': {
        description: 'a plan change that replaces a subscription sends no subscription.cancel for the original',
        effect: {
          webhook: (d) =>
            void (
              d.event.type_event === 'subscription.cancel' &&
              subscriptionIn(d.event)?.cancellation_source === 'PLAN_CHANGE' &&
              (d.drop = true)
            ),
        },
      },
    },
  },
} satisfies Record<string, RuleEntry>;
