// Stored payment methods and the customer sessions that enroll them, in both workflows: a checkout
// enrollment READY_TO_ENROLL that the customer completes (a control), a direct one ENROLLED at once;
// unenroll, reassign, the Card Account Updater; along specs/payment-method-status.yaml
// (resources/stores/payment-methods.ts).
import type { BodyOf } from '../lib/api.js';
import { customers } from './customers.js';
import { defineResource, type MakeContext, type ScenarioDeps } from './kit.js';
import { cardOf, payments } from './payments.js';
import { type PaymentMethodRec, PaymentMethods } from './stores/payment-methods.js';
import type { World } from './world.js';

export function customerSessionBody(m: MakeContext, customerId: string): BodyOf<'createCustomerSession'> {
  return {
    account_id: m.accountId,
    country: m.country as BodyOf<'createCustomerSession'>['country'],
    customer_id: customerId,
  };
}

export function sessionEnrollmentBody(m: MakeContext): BodyOf<'enrollSessionPaymentMethod'> {
  return {
    account_id: m.accountId,
    payment_method_type: 'CARD',
    country: m.country as BodyOf<'enrollSessionPaymentMethod'>['country'],
  };
}

/** A direct enrollment of a card (the approved test card unless told), optionally verified. */
export function enrollCardBody(
  m: MakeContext,
  o: { card?: 'approved' | 'declined'; verify?: boolean } = {},
): BodyOf<'enrollPaymentMethod'> {
  return {
    account_id: m.accountId,
    country: m.country as BodyOf<'enrollPaymentMethod'>['country'],
    type: 'CARD',
    workflow: 'DIRECT',
    card_data: cardOf(m, o.card ?? 'approved'),
    ...(o.verify
      ? { verify: { vault_on_success: true, currency: m.currency as BodyOf<'createPayment'>['amount']['currency'] } }
      : {}),
  };
}

/** A direct enrollment of a bank account stored at once (payment_method.vault_only). */
export function enrollBankAccountBody(m: MakeContext): BodyOf<'enrollPaymentMethod'> {
  return {
    account_id: m.accountId,
    country: m.country as BodyOf<'enrollPaymentMethod'>['country'],
    type: 'ACH_ENROLLMENT',
    workflow: 'DIRECT',
    payment_method: {
      type: 'ACH',
      vault_only: true,
      detail: {
        bank_transfer: {
          beneficiary_name: 'John Doe',
          routing_number: '011000015',
          account_type: 'CHECKINGS',
          bank_account_mask_number: '6789',
        },
      },
    },
  };
}

/**
 * A payment method's identifier: the checkout workflow names it id, the direct one vaulted_token
 * (conflict payment-method-identifier). A stateless target keeps nothing, so any id serves the next
 * call when its example has none (the direct ACH example carries neither).
 */
export function methodId(pm: { id?: string | null; vaulted_token?: string | null }, stateful = true): string {
  const id = pm.vaulted_token ?? pm.id;
  if (id) return id;
  if (!stateful) return '3b241101-e2bb-4255-8caf-4136c566a962';
  throw new Error(
    'vaulted-token-pays: the enrolled payment method carries neither id nor vaulted_token, so nothing can use it',
  );
}

/** A customer with a card enrolled directly: its id and the card's vaulted_token. */
async function enrolled(d: ScenarioDeps): Promise<{ customer_id: string; payment_method_id: string }> {
  // The resource's producer (enrollPaymentMethod): a relation run names the one it made here.
  const pm = await d.need('payment_method');
  const customer_id = typeof pm.customer_id === 'string' ? pm.customer_id : undefined;
  if (!customer_id && d.stateful)
    throw new Error('enrollPaymentMethod answered without the customer_id the payment method belongs to');
  return {
    customer_id: customer_id ?? '3b241101-e2bb-4255-8caf-4136c566a962',
    payment_method_id: methodId(pm, d.stateful),
  };
}

/** A customer session, and a card enrolled through it (READY_TO_ENROLL until the customer completes it). */
async function sessionEnrolled(d: ScenarioDeps): Promise<{ customer_session: string; payment_method_id: string }> {
  const s = await d.need('customer_session');
  const customer_session = String(s.customer_session);
  const pm = (
    await d.api.call('enrollSessionPaymentMethod', { path: { customer_session }, body: sessionEnrollmentBody(d.make) })
  ).ok();
  return { customer_session, payment_method_id: methodId(pm, d.stateful) };
}

/** A zero-amount card verification for an enrollment with verify.vault_on_success. */
const verification = (w: World) => (pm: PaymentMethodRec, currency: string) =>
  w.get(payments).create(
    {
      account_id: pm.account_id,
      country: pm.country,
      description: 'Card verification',
      merchant_order_id: `verify-${Date.now()}`,
      amount: { currency, value: 0 },
      payment_method: {
        type: 'CARD',
        detail: { card: { verify: true, card_data: { number: pm.number ?? undefined } } },
      },
    },
    null,
  );

export const paymentMethods = defineResource({
  name: 'payment_method',
  // The checkout workflow names a method by id, the direct one by vaulted_token; retrieve shows both,
  // with different values (conflict payment-method-identifier): either may be the one asked for.
  schema: 'PaymentMethodBase',
  id: ['vaulted_token', 'id'],
  stable: ['/created_at'],
  status: { field: '/status', table: 'payment-method-status.yaml' },
  store: (w) => new PaymentMethods(w.clock, w.get(customers)),
  operations: {
    // First of the operations that make one, the producer: it enrolls at once (ENROLLED, with its vaulted_token).
    enrollPaymentMethod: {
      serve: (s, r, w) => s.enroll(r.path.customer_id!, r.body, verification(w)),
      relation: 'creates',
      request: async (d) => ({
        path: { customer_id: String((await d.need('customer')).id) },
        body: enrollCardBody(d.make),
      }),
      echo: ['/account_id', '/country', '/type'],
    },
    enrollSessionPaymentMethod: {
      serve: (s, r) => s.enrollInSession(r.path.customer_session!, r.body),
      relation: 'creates',
      request: async (d) => ({
        path: { customer_session: String((await d.need('customer_session')).customer_session) },
        body: sessionEnrollmentBody(d.make),
      }),
      // type is not echoed: the checkout workflow answers a brand (VISA) until ENROLLED (conflict payment-method-type-brand).
      echo: ['/account_id', '/country'],
    },
    retrievePaymentMethod: {
      serve: (s, r) => s.retrieve(r.path.payment_method_id!),
      identity: 'payment_method_id',
      request: async (d) => ({ path: { payment_method_id: (await sessionEnrolled(d)).payment_method_id } }),
    },
    unenrollSessionPaymentMethod: {
      serve: (s, r) => s.unenrollInSession(r.path.payment_method_id!),
      identity: 'payment_method_id',
      relation: 'ends',
      // Only an ENROLLED method can be unenrolled, and only the customer completes a checkout enrollment.
      needs: ['controls'],
      request: async (d) => {
        const { payment_method_id } = await sessionEnrolled(d);
        if (d.stateful) await d.controls!.run('completeEnrollment', { payment_method_id });
        return { path: { payment_method_id } };
      },
    },
    listEnrolledPaymentMethods: {
      serve: (s, r) => s.list(r.path.customer_id!),
      relation: 'lists',
      request: async (d) => ({ path: { customer_id: (await enrolled(d)).customer_id } }),
      // Whether unenrolled or reassigned methods stay listed is not documented (payment-method-status.yaml, open).
      lookup: { path: 'customer_id', field: '/customer_id', created_among: false },
    },
    retrieveEnrolledPaymentMethod: {
      serve: (s, r) => s.retrieveEnrolled(r.path.customer_id!, r.path.payment_method_id!),
      identity: 'payment_method_id',
      request: async (d) => ({ path: await enrolled(d) }),
    },
    unenrollPaymentMethod: {
      serve: (s, r) => s.unenroll(r.path.customer_id!, r.path.payment_method_id!),
      identity: 'payment_method_id',
      relation: 'ends',
      request: async (d) => ({ path: await enrolled(d) }),
    },
    reassignPaymentMethod: {
      serve: (s, r) => s.reassign(r.path.payment_method_id!, r.body),
      identity: 'payment_method_id',
      relation: 'changes',
      request: async (d) => {
        const { payment_method_id } = await enrolled(d);
        return { path: { payment_method_id }, body: { customer_id: String((await d.need('customer')).id) } };
      },
      echo: ['/customer_id'],
    },
    registerCardsForAccountUpdater: {
      serve: (s, r) => s.accountUpdater(r.body),
      relation: 'other',
      request: async (d) => ({ body: { payment_method_ids: [(await enrolled(d)).payment_method_id] } }),
    },
  },
  controls: {
    completeEnrollment: {
      path: 'payment-methods/{payment_method_id}/complete',
      summary: 'the customer completes a checkout enrollment in the SDK (with this card, or the approved test card)',
      args: { card_number: { pattern: /^[0-9]{8,19}$/ } },
      serve: (s, a) =>
        s.complete(String(a.payment_method_id), {
          number: a.card_number === undefined ? undefined : String(a.card_number),
        }),
    },
  },
});

export const customerSessions = defineResource({
  name: 'customer_session',
  schema: 'CustomerSession',
  id: ['customer_session'],
  stable: ['/customer_session', '/customer_id', '/country', '/created_at'],
  store: (w) => w.get(paymentMethods),
  operations: {
    createCustomerSession: {
      serve: (s, r) => s.createSession(r.body),
      relation: 'creates',
      request: async (d) => ({ body: customerSessionBody(d.make, String((await d.need('customer')).id)) }),
      echo: ['/customer_id', '/country', '/callback_url', '/checkout_id'],
    },
    retrieveEnrollablePaymentMethods: {
      serve: (s, r) => s.enrollable(r.path.customer_session!),
      relation: 'other',
      request: async (d) => ({
        path: { customer_session: String((await d.need('customer_session')).customer_session) },
      }),
    },
  },
});
