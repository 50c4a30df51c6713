// Webhooks registered through the API: per account, unique names, secrets read back as '***', trigger
// lists replaced on update, deleted for good (resources/stores/webhook-config.ts). The emulator delivers
// to the ACTIVE ones the events their triggers subscribe to.
import type { BodyOf } from '../lib/api.js';
import { defineResource, type MakeContext } from './kit.js';
import { WebhookConfigs } from './stores/webhook-config.js';

type Trigger = 'PURCHASE' | 'AUTHORIZE' | 'CAPTURE' | 'REFUND' | 'CANCEL' | 'VERIFY' | 'CHARGEBACK';

export function webhookBody(
  m: MakeContext,
  o: { url?: string; paymentTriggers?: Trigger[]; hmacSecret?: string; name?: string } = {},
): BodyOf<'createWebhook'> {
  return {
    account_id: m.accountId,
    name: o.name ?? m.id('hook'),
    url: o.url ?? 'https://hooks.example.com/yuno-conformance',
    ...(o.hmacSecret ? { hmac_client_secret: o.hmacSecret } : {}),
    payment_triggers: o.paymentTriggers ?? ['CAPTURE'],
  };
}

export const webhookConfigs = defineResource({
  name: 'webhook',
  schema: 'Webhook',
  id: ['id'],
  stable: ['/id', '/account_id', '/created_at'],
  store: (w) => new WebhookConfigs(w.clock),
  operations: {
    createWebhook: {
      serve: (s, r) => s.create(r.body),
      relation: 'creates',
      request: (d) => ({ body: webhookBody(d.make) }),
      // Secrets are not echoed: they come back as '***' (reference/webhooks "Secrets").
      echo: [
        '/account_id',
        '/name',
        '/url',
        '/enrollment_triggers',
        '/payment_triggers',
        '/report_triggers',
        '/subscription_triggers',
        '/onboarding_triggers',
        '/renewal_days',
        '/oauth2_authentication_url',
        '/oauth2_client_id',
        '/oauth2_grant_type',
      ],
    },
    listWebhooks: {
      serve: (s, r) => s.list(r.query.account_id!, r.query.state),
      relation: 'lists',
      request: async (d) => {
        await d.need('webhook');
        return { query: { account_id: d.make.accountId } };
      },
      // A webhook deleted since it was created is not listed: only the account is checked.
      lookup: { query: 'account_id', field: '/account_id', created_among: false },
    },
    retrieveWebhook: {
      serve: (s, r) => s.retrieve(r.path.webhook_id!, r.query.account_id!),
      identity: 'webhook_id',
      request: async (d) => ({
        path: { webhook_id: String((await d.need('webhook')).id) },
        query: { account_id: d.make.accountId },
      }),
    },
    updateWebhook: {
      serve: (s, r) => s.update(r.path.webhook_id!, r.body),
      identity: 'webhook_id',
      relation: 'changes',
      request: async (d) => ({
        path: { webhook_id: String((await d.need('webhook')).id) },
        body: { account_id: d.make.accountId, state: 'INACTIVE' },
      }),
      echo: [
        '/account_id',
        '/name',
        '/url',
        '/state',
        '/enrollment_triggers',
        '/payment_triggers',
        '/report_triggers',
        '/subscription_triggers',
        '/onboarding_triggers',
        '/renewal_days',
        '/oauth2_scope',
      ],
    },
    deleteWebhook: {
      serve: (s, r) => s.delete(r.path.webhook_id!, r.query.account_id!),
      identity: 'webhook_id',
      relation: 'ends',
      request: async (d) => ({
        path: { webhook_id: String((await d.need('webhook')).id) },
        query: { account_id: d.make.accountId },
      }),
    },
  },
});
