// Stored payment methods, driven by specs/payment-method-status.yaml: enrollment in both workflows
// (the checkout one through a customer session, completed by the customer; the direct one at once),
// paying with the vaulted_token, unenrolling (after which the token cannot pay), reassigning a card to
// another customer, the Card Account Updater registration, and the enrollment webhooks. What the
// docs leave open (listed at the end of the table) is asserted nowhere.
import { loadSpecs } from '../../lib/specs.js';
import { methodId } from '../../resources/payment-methods.js';
import type { ApiResponse, YunoClient } from '../support/client.js';
import { about, because, expect, type Make, succeeded, test } from '../support/fixtures/index.js';

const specs = loadSpecs();
const transition = (id: string): { to: string; webhook?: string } => {
  const t = specs.paymentMethodStatus.transitions.find((x) => x.id === id);
  if (!t) throw new Error(`specs/payment-method-status.yaml has no transition ${id}`);
  return t;
};
type Method = { status: string; customer_id?: string | null; vaulted_token?: string | null; id?: string | null };

/** A new customer, and a card (or bank account) enrolled for it in the direct workflow. */
async function enrolled(
  api: YunoClient,
  make: Make,
  o: { card?: 'approved' | 'declined'; bank?: boolean } = {},
): Promise<{ customerId: string; token: string; method: Method }> {
  const c = (await api.call('createCustomer', { body: make.customer() })).ok();
  const method = (
    await api.call('enrollPaymentMethod', {
      path: { customer_id: c.id },
      body: o.bank ? make.enrollBankAccount() : make.enrollCard({ card: o.card }),
    })
  ).ok();
  return { customerId: c.id, token: methodId(method), method };
}

function statusOf(
  res:
    | ApiResponse<'retrievePaymentMethod'>
    | ApiResponse<'retrieveEnrolledPaymentMethod'>
    | ApiResponse<'unenrollPaymentMethod'>
    | ApiResponse<'unenrollSessionPaymentMethod'>,
): string {
  return (res.ok() as Method).status;
}

test.describe('direct workflow', () => {
  test(
    "a card is enrolled at once: ENROLLED with its vaulted_token, found by id and in the customer's list",
    about(
      ['enrollPaymentMethod', 'retrieveEnrolledPaymentMethod', 'listEnrolledPaymentMethods'],
      'payment-method-transition',
      'state-persisted',
    ).needs('stateful'),
    async ({ api, make }) => {
      const { customerId, token, method } = await enrolled(api, make);
      expect(
        method.status,
        because('payment-method-transition', 'a direct card enrollment answers (enroll-card)'),
      ).toBe(transition('enroll-card').to);
      expect(
        method.vaulted_token,
        because('payment-method-transition', 'an enrolled card carries its vaulted_token'),
      ).toEqual(expect.any(String));
      const read = (
        await api.call('retrieveEnrolledPaymentMethod', { path: { customer_id: customerId, payment_method_id: token } })
      ).ok();
      expect(read.status, because('state-persisted', 'a read of the enrolled card')).toBe('ENROLLED');
      const list = (await api.call('listEnrolledPaymentMethods', { path: { customer_id: customerId } })).ok();
      expect(
        list.payment_methods.map((m) => methodId(m)),
        because('state-persisted', "the customer's list holds the enrolled card"),
      ).toContain(token);
    },
  );

  test(
    'unenrolling a stored card answers UNENROLLED',
    about('unenrollPaymentMethod', 'payment-method-transition').needs('stateful'),
    async ({ api, make }) => {
      const { customerId, token } = await enrolled(api, make);
      const res = await api.call('unenrollPaymentMethod', {
        path: { customer_id: customerId, payment_method_id: token },
      });
      expect(statusOf(res), because('payment-method-transition', 'the unenroll answer (unenroll)')).toBe(
        transition('unenroll').to,
      );
    },
  );

  test(
    "an enrolled card's vaulted_token pays as that card: approved, or declined for the declined test card",
    about('createPayment', 'vaulted-token-pays').needs('stateful'),
    async ({ api, make }) => {
      for (const card of ['approved', 'declined'] as const) {
        const { customerId, token } = await enrolled(api, make, { card });
        const p = succeeded(
          await api.call('createPayment', { body: make.payment({ vaultedToken: token, customerId }) }),
          'vaulted-token-pays',
          `a payment with the vaulted_token of the ${card} test card`,
        );
        expect(
          p.status,
          because('vaulted-token-pays', `a payment with the vaulted_token of the ${card} test card`),
        ).toBe(card === 'approved' ? 'SUCCEEDED' : 'DECLINED');
        expect(
          p.payment_method?.vaulted_token,
          because('vaulted-token-pays', 'the payment names the vaulted_token it was paid with'),
        ).toBe(token);
      }
    },
  );

  test(
    'once unenrolled, its vaulted_token cannot pay',
    about(['unenrollPaymentMethod', 'createPayment'], 'unenrolled-method-refused').needs('stateful'),
    async ({ api, make }) => {
      const { customerId, token } = await enrolled(api, make);
      (await api.call('unenrollPaymentMethod', { path: { customer_id: customerId, payment_method_id: token } })).ok();
      const res = await api.call('createPayment', { body: make.payment({ vaultedToken: token, customerId }) });
      if (res.status === 201) {
        // The docs allow the refusal to take the form of a payment that does not succeed (specs/payment-method-status.yaml, pay-unenrolled).
        const p = res.ok();
        expect(
          ['DECLINED', 'REJECTED'],
          because(
            'unenrolled-method-refused',
            `a payment with an unenrolled card was created ${p.status}/${p.sub_status}`,
          ),
        ).toContain(p.status);
      } else {
        await expect(res).toBeRefusedAs('unenrolled-method-refused', 'a payment with an unenrolled card');
      }
    },
  );

  test(
    'a reassigned card belongs to the new customer: same token, still ENROLLED, listed there and not with the old one',
    about('reassignPaymentMethod', 'reassign-moves-owner', 'payment-method-transition').needs('stateful'),
    async ({ api, make }) => {
      const { customerId: from, token } = await enrolled(api, make);
      const to = (await api.call('createCustomer', { body: make.customer() })).ok().id;
      const res = succeeded(
        await api.call('reassignPaymentMethod', { path: { payment_method_id: token }, body: { customer_id: to } }),
        'reassign-moves-owner',
        'the reassign',
      );
      expect(
        { customer: res.customer_id, status: res.status, token: methodId(res) },
        because('reassign-moves-owner', 'the reassign answer'),
      ).toEqual({ customer: to, status: transition('reassign').to, token });
      const read = succeeded(
        await api.call('retrieveEnrolledPaymentMethod', { path: { customer_id: to, payment_method_id: token } }),
        'reassign-moves-owner',
        'a read of the card under its new owner',
      );
      expect(read.customer_id, because('reassign-moves-owner', 'a read under the new customer')).toBe(to);
      const mine = (await api.call('listEnrolledPaymentMethods', { path: { customer_id: to } }))
        .ok()
        .payment_methods.map((m) => methodId(m));
      const theirs = (await api.call('listEnrolledPaymentMethods', { path: { customer_id: from } }))
        .ok()
        .payment_methods.map((m) => methodId(m));
      expect(
        { newOwnerHasIt: mine.includes(token), oldOwnerHasIt: theirs.includes(token) },
        because('reassign-moves-owner', "both customers' lists"),
      ).toEqual({ newOwnerHasIt: true, oldOwnerHasIt: false });
    },
  );

  test(
    'after a reassign, paying with the card for its previous owner is refused; for the new owner it pays',
    about(['reassignPaymentMethod', 'createPayment'], 'token-owner').needs('stateful'),
    async ({ api, make }) => {
      const { customerId: from, token } = await enrolled(api, make);
      const to = (await api.call('createCustomer', { body: make.customer() })).ok().id;
      (await api.call('reassignPaymentMethod', { path: { payment_method_id: token }, body: { customer_id: to } })).ok();
      await expect(
        await api.call('createPayment', { body: make.payment({ vaultedToken: token, customerId: from }) }),
      ).toBeRefusedAs('token-owner', "paying for the card's previous owner");
      expect(
        succeeded(
          await api.call('createPayment', { body: make.payment({ vaultedToken: token, customerId: to }) }),
          'token-owner',
          'paying for the new owner',
        ).status,
        because('token-owner', 'paying for the new owner'),
      ).toBe('SUCCEEDED');
    },
  );

  test(
    'only cards can be reassigned: a stored bank account is refused and keeps its owner',
    about('reassignPaymentMethod', 'reassign-cards-only').needs('stateful'),
    async ({ api, make }) => {
      const { customerId: from, token, method } = await enrolled(api, make, { bank: true });
      expect(
        method.status,
        because('payment-method-transition', 'a bank account stored with vault_only (enroll-vault-only)'),
      ).toBe(transition('enroll-vault-only').to);
      const to = (await api.call('createCustomer', { body: make.customer() })).ok().id;
      await expect(
        await api.call('reassignPaymentMethod', { path: { payment_method_id: token }, body: { customer_id: to } }),
      ).toBeRefusedAs('reassign-cards-only');
      const read = (
        await api.call('retrieveEnrolledPaymentMethod', { path: { customer_id: from, payment_method_id: token } })
      ).ok();
      expect(read.customer_id, because('reassign-cards-only', 'a refused reassign changes no owner')).toBe(from);
    },
  );

  test(
    'the Card Account Updater takes enrolled cards, and refuses a batch with one unknown id whole',
    about('registerCardsForAccountUpdater', 'account-updater-all-or-nothing').needs('stateful'),
    async ({ api, make }) => {
      const a = await enrolled(api, make);
      const b = await enrolled(api, make);
      const res = succeeded(
        await api.call('registerCardsForAccountUpdater', { body: { payment_method_ids: [a.token, b.token] } }),
        'account-updater-all-or-nothing',
        'registering two enrolled cards',
      );
      expect(res.accepted, because('account-updater-all-or-nothing', 'two enrolled cards registered')).toBe(2);
      const unknown = '00000000-0000-4000-8000-000000000000';
      await expect(
        await api.call('registerCardsForAccountUpdater', { body: { payment_method_ids: [a.token, unknown] } }),
      ).toBeRefusedAs('account-updater-all-or-nothing', 'a batch with an unknown id');
    },
  );
});

test.describe('checkout workflow', () => {
  test(
    "a customer session offers methods to enroll and enrolls one READY_TO_ENROLL for the session's customer",
    about(
      [
        'createCustomerSession',
        'retrieveEnrollablePaymentMethods',
        'enrollSessionPaymentMethod',
        'retrievePaymentMethod',
      ],
      'customer-session-enrolls',
      'payment-method-transition',
    ).needs('stateful'),
    async ({ api, make }) => {
      const customer = (await api.call('createCustomer', { body: make.customer() })).ok();
      const session = (await api.call('createCustomerSession', { body: make.customerSession(customer.id) })).ok();
      expect(session.customer_id, because('customer-session-enrolls', 'the session belongs to its customer')).toBe(
        customer.id,
      );
      const offered = (
        await api.call('retrieveEnrollablePaymentMethods', { path: { customer_session: session.customer_session } })
      ).ok();
      expect(
        offered.payment_methods.length,
        because('customer-session-enrolls', 'the session offers at least one method'),
      ).toBeGreaterThan(0);
      for (const m of offered.payment_methods)
        expect(
          m.enrollment?.session,
          because('customer-session-enrolls', `offered method ${m.type} names the session`),
        ).toBe(session.customer_session);
      const pm = (
        await api.call('enrollSessionPaymentMethod', {
          path: { customer_session: session.customer_session },
          body: make.sessionEnrollment(),
        })
      ).ok();
      expect(pm.status, because('payment-method-transition', 'a checkout enrollment answers (enroll-session)')).toBe(
        transition('enroll-session').to,
      );
      expect(
        { customer: pm.customer_id, session: pm.enrollment?.session },
        because('customer-session-enrolls', 'the enrolled method'),
      ).toEqual({ customer: customer.id, session: session.customer_session });
      const read = await api.call('retrievePaymentMethod', { path: { payment_method_id: methodId(pm) } });
      expect(statusOf(read), because('state-persisted', 'a read of the method')).toBe('READY_TO_ENROLL');
    },
  );

  test(
    'the customer completes the enrollment: ENROLLED, then unenrolled through the checkout: UNENROLLED',
    about(
      ['enrollSessionPaymentMethod', 'retrievePaymentMethod', 'unenrollSessionPaymentMethod'],
      'payment-method-transition',
    ).needs('stateful', 'controls'),
    async ({ api, make, controls }) => {
      const customer = (await api.call('createCustomer', { body: make.customer() })).ok();
      const session = (await api.call('createCustomerSession', { body: make.customerSession(customer.id) })).ok();
      const id = methodId(
        (
          await api.call('enrollSessionPaymentMethod', {
            path: { customer_session: session.customer_session },
            body: make.sessionEnrollment(),
          })
        ).ok(),
      );
      await controls!.must('completeEnrollment', { payment_method_id: id });
      expect(
        statusOf(await api.call('retrievePaymentMethod', { path: { payment_method_id: id } })),
        because('payment-method-transition', 'after the customer completed it (complete-session-enrollment)'),
      ).toBe(transition('complete-session-enrollment').to);
      const res = await api.call('unenrollSessionPaymentMethod', { path: { payment_method_id: id } });
      expect(statusOf(res), because('payment-method-transition', 'the unenroll answer (unenroll-session)')).toBe(
        transition('unenroll-session').to,
      );
    },
  );

  test(
    'a checkout unenrollment sends enrollment.unenroll with the method UNENROLLED',
    about(['unenrollSessionPaymentMethod', 'enrollmentEvent'], 'enrollment-webhook').needs(
      'stateful',
      'controls',
      'webhooks',
    ),
    async ({ api, make, controls, webhooks }) => {
      const customer = (await api.call('createCustomer', { body: make.customer() })).ok();
      const session = (await api.call('createCustomerSession', { body: make.customerSession(customer.id) })).ok();
      const id = methodId(
        (
          await api.call('enrollSessionPaymentMethod', {
            path: { customer_session: session.customer_session },
            body: make.sessionEnrollment(),
          })
        ).ok(),
      );
      await controls!.must('completeEnrollment', { payment_method_id: id });
      (await api.call('unenrollSessionPaymentMethod', { path: { payment_method_id: id } })).ok();
      const d = await webhooks!.waitForEvent(
        (x) =>
          x.body.type_event === 'enrollment.unenroll' &&
          (x.body.data as { payment_method?: Method } | undefined)?.payment_method?.id === id,
        `enrollment.unenroll webhook for payment method ${id}`,
      );
      webhooks!.expectMatchesContract(d);
      expect(
        (d.body.data as { payment_method: Method }).payment_method.status,
        because('enrollment-webhook', 'the unenroll webhook reports (unenroll-session)'),
      ).toBe(transition('unenroll-session').to);
    },
  );
});

test.describe('refusals and webhooks', () => {
  test(
    'an id no payment method has is refused as not found',
    about('retrievePaymentMethod', 'unknown-payment-method').needs('stateful'),
    async ({ api }) => {
      await expect(
        await api.call('retrievePaymentMethod', {
          path: { payment_method_id: '00000000-0000-4000-8000-000000000000' },
        }),
      ).toBeRefusedAs('unknown-payment-method');
    },
  );

  test(
    'enrolling and unenrolling send enrollment.enroll and enrollment.unenroll with the method as a read shows it',
    about(
      ['enrollPaymentMethod', 'unenrollPaymentMethod', 'enrollmentEvent'],
      'enrollment-webhook',
      'body-schema',
      'webhook-signature',
    ).needs('stateful', 'webhooks'),
    async ({ api, make, webhooks }) => {
      const { customerId, token } = await enrolled(api, make);
      const about = (type: string) => (d: { body: Record<string, unknown> }) =>
        d.body.type_event === type &&
        ((d.body.data as Record<string, Record<string, unknown>> | undefined)?.payment_method?.vaulted_token ===
          token ||
          (d.body.data as Record<string, Record<string, unknown>> | undefined)?.payment_method?.id === token);
      for (const [type, step] of [
        ['enrollment.enroll', 'enroll-card'],
        ['enrollment.unenroll', 'unenroll'],
      ] as const) {
        if (type === 'enrollment.unenroll')
          (
            await api.call('unenrollPaymentMethod', { path: { customer_id: customerId, payment_method_id: token } })
          ).ok();
        const d = await webhooks!.waitForEvent(about(type), `${type} webhook for payment method ${token}`);
        webhooks!.expectMatchesContract(d);
        webhooks!.expectSigned(d);
        const reported = (d.body.data as { payment_method: Method }).payment_method;
        expect(
          reported.status,
          because('enrollment-webhook', `the ${type} webhook reports the status the transition leads to (${step})`),
        ).toBe(transition(step).to);
      }
    },
  );
});
