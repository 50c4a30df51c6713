// Checkout sessions after creation (read, update), one-time-use tokens paying a DIRECT card payment,
// 3DS setups a payment names, fulfillment notifications and customer deletion: each operation does
// what its page says, and nothing the page does not.
import { about, because, expect, succeeded, test } from '../support/fixtures/index.js';

test.describe('checkout sessions', () => {
  test(
    'a session is found by its id; an update changes the fields sent, keeps the others, and is kept',
    about(['retrieveCheckoutSession', 'updateCheckoutSession'], 'state-persisted', 'identity', 'echo').needs(
      'stateful',
    ),
    async ({ api, make }) => {
      const body = make.checkoutSession();
      const created = (await api.call('createCheckoutSession', { body })).ok();
      const checkout_session = created.checkout_session;
      const read = (await api.call('retrieveCheckoutSession', { path: { checkout_session } })).ok();
      expect(
        { id: read.id ?? read.checkout_session, order: read.merchant_order_id, used: read.used ?? false },
        because('identity', 'a read of the new session (not used yet)'),
      ).toEqual({ id: checkout_session, order: body.merchant_order_id, used: false });
      const { account_id, merchant_order_id, country } = body;
      const description = 'yuno-conformance session, updated';
      const updated = succeeded(
        await api.call('updateCheckoutSession', {
          path: { checkout_session },
          body: {
            account_id,
            merchant_order_id,
            country,
            payment_description: description,
            amount: { currency: body.amount!.currency, value: 777 },
          },
        }),
        'state-persisted',
        'the update',
      );
      expect(
        { description: updated.payment_description, value: updated.amount?.value },
        because('echo', 'the update answer'),
      ).toEqual({ description, value: 777 });
      const after = (await api.call('retrieveCheckoutSession', { path: { checkout_session } })).ok();
      expect(
        {
          description: after.payment_description,
          value: after.amount?.value,
          order: after.merchant_order_id,
          workflow: after.workflow,
        },
        because('state-persisted', 'a read after the update: the new values, the rest as before'),
      ).toEqual({
        description,
        value: 777,
        order: merchant_order_id,
        workflow: read.workflow,
      });
    },
  );

  test(
    'an id no checkout session has is refused as not found',
    about('retrieveCheckoutSession', 'unknown-session').needs('stateful'),
    async ({ api }) => {
      await expect(
        await api.call('retrieveCheckoutSession', {
          path: { checkout_session: '00000000-0000-4000-8000-000000000000' },
        }),
      ).toBeRefusedAs('unknown-session');
    },
  );
});

test.describe('one-time-use tokens', () => {
  test(
    'a token made from a card pays a DIRECT card payment as that card: approved, or declined for the declined test card',
    about(['createToken', 'createPayment'], 'one-time-token-pays').needs('stateful'),
    async ({ api, make }) => {
      for (const card of ['approved', 'declined'] as const) {
        const { token } = (await api.call('createToken', { body: make.cardToken(card) })).ok();
        const p = succeeded(
          await api.call('createPayment', { body: make.payment({ token }) }),
          'one-time-token-pays',
          `a payment with a token of the ${card} test card`,
        );
        expect(p.status, because('one-time-token-pays', `a payment with a token of the ${card} test card`)).toBe(
          card === 'approved' ? 'SUCCEEDED' : 'DECLINED',
        );
      }
    },
  );

  test(
    'a token made in a checkout session masks the card: its first 8 and last 4 digits, never the number',
    about('createCheckoutSessionToken', 'body-schema').needs('stateful'),
    async ({ api, make }) => {
      const session = (await api.call('createCheckoutSession', { body: make.checkoutSession() })).ok();
      const body = make.sessionToken();
      const res = await api.call('createCheckoutSessionToken', {
        path: { checkout_session: session.checkout_session },
        body,
      });
      const t = res.ok();
      const number = body.payment_method.card!.number!;
      expect(
        { iin: t.card_data?.iin, lfd: t.card_data?.lfd },
        because('body-schema', 'the card as the token shows it'),
      ).toEqual({ iin: number.slice(0, 8), lfd: number.slice(-4) });
      expect(res.rawBody, because('body-schema', 'the token answer never carries the card number')).not.toContain(
        number,
      );
    },
  );
});

test.describe('3DS setup', () => {
  test(
    'a setup answers its id with what was registered, and a payment can name it',
    about(['createThreeDSecureSetup', 'createPayment'], 'three-ds-setup', 'echo').needs('stateful'),
    async ({ api, make }) => {
      const body = make.threeDsSetup();
      const setup = (await api.call('createThreeDSecureSetup', { body })).ok();
      expect(setup.three_d_secure_setup_id, because('three-ds-setup', 'the setup id')).toEqual(expect.any(String));
      const res = await api.call('createPayment', {
        body: make.payment({ threeDsSetupId: setup.three_d_secure_setup_id }),
      });
      expect(res.status, because('three-ds-setup', `a payment naming the setup is created: ${res.snippet(200)}`)).toBe(
        201,
      );
    },
  );
});

test.describe('fulfillments and customer deletion', () => {
  test(
    'a fulfillment notification is accepted without a body and changes neither the status nor the amounts',
    about(['notifyFulfillments', 'retrievePayment'], 'fulfillment-accepted').needs('stateful'),
    async ({ api, make, payments }) => {
      const r = await payments.reach('SUCCEEDED/APPROVED');
      const res = await api.call('notifyFulfillments', { path: { payment_id: r.paymentId }, body: make.fulfillment() });
      expect(
        { status: res.status, body: res.rawBody },
        because('fulfillment-accepted', 'the notification answer'),
      ).toEqual({ status: 202, body: '' });
      const after = await payments.expectState(
        r.paymentId,
        'SUCCEEDED/APPROVED',
        'fulfillment-accepted',
        'a fulfillment notification changes no status',
      );
      expect(after.amount, because('fulfillment-accepted', 'nor any amount')).toEqual(r.payment.amount);
    },
  );

  test(
    'deleting a customer (with the account code) is accepted: 202, no body',
    about('deleteCustomer', 'status-code-declared', 'content-type').needs('stateful'),
    async ({ api, make }) => {
      const c = (await api.call('createCustomer', { body: make.customer() })).ok();
      const res = await api.call('deleteCustomer', { path: { customer_id: c.id } });
      expect({ status: res.status, body: res.rawBody }, because('status-code-declared', 'the deletion answer')).toEqual(
        { status: 202, body: '' },
      );
    },
  );
});
