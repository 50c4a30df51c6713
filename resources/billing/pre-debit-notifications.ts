// Pre-debit notifications (UPI Autopay): the notice sent through the provider before each recurring
// debit, routed by the mandate-creation payment (origin_payment_id) or by provider_data; found by id
// and by merchant_reference, scoped to the account of the X-Account-Code header; a merchant_reference
// used again answers the notification it first made. specs/pre-debit-notification-status.yaml: the
// provider's answer decides its status once (SENT here: the emulated provider delivers).
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ServeRequest } from '../kit.js';
import { paymentMethods } from '../payment-methods.js';
import { payments } from '../payments.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { Records, World } from '../world.js';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});

/** A notice of the debit due in three days, routed by the payment that created the mandate. */
export function preDebitNotificationBody(
  m: MakeContext,
  originPaymentId: string,
): BodyOf<'createPreDebitNotification'> {
  return {
    account_id: m.accountId,
    merchant_reference: m.id('predebit'),
    description: 'Your yuno-conformance subscription renews soon',
    amount: { currency: 'INR', value: '499.00' },
    billing_date: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
    billing_sequence_number: '2',
    origin_payment_id: originPaymentId,
  };
}

const account = (req: ServeRequest): string => String(req.headers['x-account-code'] ?? '');
const missing = (what: string): Result =>
  err(404, 'NOT_FOUND', `No notification with this ${what} exists for your account.`);

function create(store: Records, req: ServeRequest, world: World): Result {
  const b = req.body;
  // A merchant_reference already used answers the notification it made (idempotent per account).
  const existing = store
    .all()
    .find((n) => n.account_id === b.account_id && n.merchant_reference === b.merchant_reference);
  if (existing && enforces('pre-debit-notification-lookup')) return ok(structuredClone(existing), 201);
  const pm = obj(b.payment_method);
  if (
    typeof pm.vaulted_token === 'string' &&
    ![...world.get(paymentMethods).records.values()].some((x) => x.vaulted_token === pm.vaulted_token)
  )
    return err(
      422,
      'STORED_CREDENTIAL_NOT_FOUND',
      'The vaulted_token has no stored credential for the resolved provider.',
    );
  const routing = obj(b.provider_data);
  if (typeof b.origin_payment_id === 'string') {
    const origin = world.get(payments).records.get(b.origin_payment_id);
    if (origin?.status !== 'SUCCEEDED')
      return err(422, 'PROVIDER_CONNECTION_REQUIRED', 'The origin payment has no usable connection.');
  }
  const now = world.clock.iso();
  const id = randomUUID();
  const n: Json = {
    id,
    account_id: b.account_id,
    status: 'SENT',
    merchant_reference: b.merchant_reference,
    description: b.description ?? null,
    amount: b.amount,
    billing_date: b.billing_date,
    origin_payment_id: b.origin_payment_id ?? null,
    provider_data: {
      id: routing.id ?? 'YUNO_TEST_PAYMENT_GW',
      connection_id: routing.connection_id ?? null,
      provider_transaction_id: null,
      provider_notification_id: `pdn-${id.slice(0, 8)}`,
    },
    created_at: now,
    updated_at: now,
  };
  store.put(id, n);
  return ok(structuredClone(n), 201);
}

export const preDebitNotifications = defineResource({
  name: 'pre_debit_notification',
  schema: 'PreDebitNotification',
  id: ['id'],
  stable: [
    '/id',
    '/account_id',
    '/merchant_reference',
    '/amount/currency',
    '/amount/value',
    '/billing_date',
    '/created_at',
  ],
  status: { field: '/status', table: 'pre-debit-notification-status.yaml' },
  operations: {
    createPreDebitNotification: {
      serve: (s: Records, r, w) => create(s, r, w),
      relation: 'creates',
      request: async (d) => ({ body: preDebitNotificationBody(d.make, String((await d.need('payment')).id)) }),
      echo: ['/account_id', '/merchant_reference', '/description', '/amount', '/billing_date', '/origin_payment_id'],
    },
    retrievePreDebitNotification: {
      serve: (s: Records, r) => {
        const n = s.get(r.path.pre_debit_notification_id ?? '');
        return n && n.account_id === account(r) ? ok(structuredClone(n)) : missing('ID');
      },
      identity: 'pre_debit_notification_id',
    },
    retrievePreDebitNotificationByMerchantReference: {
      serve: (s: Records, r) => {
        const n = s
          .all()
          .find((x) => x.account_id === account(r) && x.merchant_reference === r.query.merchant_reference);
        return n ? ok(structuredClone(n)) : missing('merchant reference');
      },
      relation: 'lists',
      request: async (d) => ({
        query: { merchant_reference: String((await d.need('pre_debit_notification')).merchant_reference) },
      }),
      lookup: { query: 'merchant_reference', field: '/merchant_reference' },
    },
  },
});
