// The AI caller: the recovery agent calls or messages the customer of a declined payment, or of an
// abandoned purchase. Nothing it does is observable through the API besides the acknowledgement.
import { randomUUID } from 'node:crypto';
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext } from '../kit.js';
import { ok } from '../result.js';

export function declinedRecoveryBody(m: MakeContext): BodyOf<'recoverDeclinedPayment'> {
  return {
    settings: { contact_details: { channel: 'PHONE_CALL', payment_methods: { available: ['CARD'] } } },
    additional_information: {
      seller_details: { name: 'yuno-conformance store', fallback_instructions: 'Contact our support team.' },
      payment: { account_id: m.accountId, id: m.id('payment'), merchant_order_id: m.id('order') },
    },
  };
}

export function abandonedFlowBody(m: MakeContext): BodyOf<'initiateAbandonedFlowRecovery'> {
  return {
    customer: { full_name: 'John Doe', phone_number: '+12125550103', country_code: 'US', language: 'en' },
    session: {
      abandonment_timestamp: new Date().toISOString(),
      flow_stage: 'cart_review',
      platform: 'web',
      session_id: m.id('sess'),
    },
    engagement: { preferred_channel: 'auto' },
  };
}

export const recoveryOutreach = defineResource({
  name: 'recovery outreach',
  schema: 'DeclinedPaymentRecoveryResult',
  id: ['id'],
  operations: {
    recoverDeclinedPayment: {
      serve: () => ok({ id: randomUUID(), message: 'Communication processed successfully' }),
      relation: 'other',
      request: (d) => ({ body: declinedRecoveryBody(d.make) }),
    },
    initiateAbandonedFlowRecovery: {
      // The docs give the 200 no body.
      serve: () => ({ status: 200, body: undefined }),
      relation: 'other',
      request: (d) => ({ body: abandonedFlowBody(d.make) }),
    },
  },
});
