// Webhooks registered through the API (list, create, retrieve, update, delete): the configuration
// itself, and the deliveries its triggers subscribe to.
import { DOC } from './docs.js';
import { errorCode, onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

export const WEBHOOK_CONFIG_RULES = {
  'webhook-config-lifecycle': {
    area: 'webhook-config',
    scope: 'scenario',
    statement:
      'A webhook is created ACTIVE, is found by its id and in the list (filtered by state), takes updates (trigger lists replaced, not merged; state toggled), and once deleted (200, the deleted webhook) is not found any more.',
    doc: DOC.webhooksApi,
    faults: {
      'webhook-delete-kept': {
        description: 'a deleted webhook is still retrieved and listed',
        effect: waive('webhook-config-lifecycle', (d) => d.step === 'delete'),
      },
      'webhook-triggers-merged': {
        description: 'an update adds the new trigger list to the old one instead of replacing it',
        effect: waive('webhook-config-lifecycle', (d) => d.step === 'replace-triggers'),
      },
    },
  },
  'webhook-secrets-masked': {
    area: 'webhook-config',
    scope: 'scenario',
    statement:
      "A webhook's secrets (api_key, secret, hmac_client_secret, oauth2_client_secret) read back as '***' once set and null otherwise; an omitted secret is kept on update, an empty one removes it.",
    doc: DOC.webhooksApi,
    faults: {
      'webhook-secret-dropped-on-update': {
        description: 'an update that omits hmac_client_secret removes it',
        effect: waive('webhook-secrets-masked'),
      },
    },
  },
  'webhook-name-unique': {
    area: 'webhook-config',
    scope: 'scenario',
    statement: 'A second webhook with a name the account already uses is refused with 409 WEBHOOK_ALREADY_EXISTS.',
    doc: DOC.createWebhook,
    refusal: { http: [409], codes: ['WEBHOOK_ALREADY_EXISTS'] },
    faults: {
      'webhook-duplicate-name': {
        description: 'a second webhook with the same name is created',
        effect: waive('webhook-name-unique'),
      },
    },
  },
  'unknown-webhook': {
    area: 'webhook-config',
    scope: 'scenario',
    statement: 'An id no webhook of the account has is refused with 404 WEBHOOK_NOT_FOUND.',
    doc: DOC.retrieveWebhook,
    refusal: { http: [404], codes: ['WEBHOOK_NOT_FOUND'] },
    faults: {
      'unknown-webhook-as-empty': {
        description: 'an unknown webhook id answers 200 with an empty list',
        operations: ['retrieveWebhook'],
        effect: onResponse(
          (r) => r.status === 404 && errorCode(r) === 'WEBHOOK_NOT_FOUND',
          (r) => Object.assign(r, { status: 200, body: [] }),
        ),
      },
    },
  },
  'webhook-delivery-by-trigger': {
    area: 'webhooks',
    scope: 'scenario',
    statement:
      'A webhook registered through the API receives the events its triggers subscribe to (payment trigger CAPTURE: payment.capture), signed with its hmac_client_secret, and nothing while INACTIVE or for triggers it lacks.',
    doc: DOC.webhooksApi,
    faults: {
      'inactive-webhook-delivered': {
        description: 'an INACTIVE webhook still receives events',
        effect: waive('webhook-delivery-by-trigger', (d) => d.state === 'INACTIVE'),
      },
      'webhook-all-triggers': {
        description: 'a webhook receives events its triggers do not subscribe to',
        effect: waive('webhook-delivery-by-trigger', (d) => d.state === 'ACTIVE'),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
