// The relations the recurring-billing docs describe between subscriptions, plans, payments, meters,
// unreferenced refunds and pre-debit notifications, each under a rule of lib/rules/billing.ts: a
// subscription bills its plan through ordinary payments, a paused one is not billed, a canceled one
// stays canceled, a canceled plan takes no subscription and cancels its own, usage beyond a plan's
// credits is billed at renewal (once per event), an archived meter takes no usage, an unreferenced
// refund moves along its table, a pre-debit notification is found by id and by reference, a plan change
// is refused on a subscription that is not live, and a subscription's creation, pause, resume, cancel and
// replacement by a plan change are announced by signed subscription.* webhooks.
import { meterBody } from '../../resources/billing/meters.js';
import { preDebitNotificationBody } from '../../resources/billing/pre-debit-notifications.js';
import { enrolledCard, subscriptionBody } from '../../resources/billing/subscriptions.js';
import { unreferencedRefundBody } from '../../resources/billing/unreferenced-refunds.js';
import type { ScenarioDeps } from '../../resources/kit.js';
import { planBody } from '../../resources/plans.js';
import type { YunoClient } from '../support/client.js';
import { about, because, expect, type Make, test } from '../support/fixtures/index.js';
import type { Webhooks } from '../support/fixtures/webhooks.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});

/** A plan of its own price and cadence. */
async function newPlan(
  api: YunoClient,
  make: Make,
  o: { value?: number; frequency?: { type: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR'; value: number } } = {},
): Promise<Json> {
  const body = {
    ...planBody(make),
    base_amount: { currency: make.currency, value: o.value ?? 20 },
    frequency: o.frequency ?? { type: 'MONTH' as const, value: 1 },
  };
  return (await api.call('createPlan', { body })).ok() as Json;
}

/** A customer's enrolled card subscribed to a plan. */
async function subscribe(
  api: YunoClient,
  scenario: ScenarioDeps,
  planId: string,
  o: { idempotencyKey?: string } = {},
): Promise<{ sub: Json; customerId: string; vaultedToken: string }> {
  const card = await enrolledCard(scenario);
  const res = await api.call('createSubscription', {
    body: subscriptionBody(scenario.make, { planId, ...card }),
    ...(o.idempotencyKey ? { idempotencyKey: o.idempotencyKey } : {}),
  });
  return { sub: res.ok() as Json, ...card };
}

/** A subscription's charges, most recent first (a read: the billing date that came is charged first). */
async function chargesOf(api: YunoClient, id: string): Promise<Json[]> {
  const page = (await api.call('listSubscriptionPayments', { path: { subscription_id: id } })).ok() as Json;
  return (page.data as Json[] | null) ?? [];
}

/** The subscription.* webhook of a type about a subscription (by code), well formed and signed. */
async function subscriptionEventOf(webhooks: Webhooks, typeEvent: string, id: string): Promise<Json> {
  const d = await webhooks
    .waitForEvent(
      (x) => x.body.type_event === typeEvent && obj(obj(x.body.data).subscription).code === id,
      `${typeEvent} for ${id}`,
    )
    .catch((e: Error) => {
      throw new Error(because('subscription-webhooks', e.message));
    });
  webhooks.expectMatchesContract(d);
  webhooks.expectSigned(d);
  return obj(obj(d.body.data).subscription);
}

const read = async (api: YunoClient, id: string): Promise<Json> =>
  (await api.call('retrieveSubscription', { path: { subscription_id: id } })).ok() as Json;

test(
  "a subscription on a plan takes the plan's price and cadence, and is charged that price",
  about(['createSubscription', 'retrieveSubscription', 'listSubscriptionPayments'], 'subscription-bills-plan').needs(
    'stateful',
  ),
  async ({ api, make, scenario }) => {
    const plan = await newPlan(api, make, { value: 42.5, frequency: { type: 'WEEK', value: 2 } });
    const { sub } = await subscribe(api, scenario, String(plan.id));
    for (const [what, s] of [
      ['the create answer', sub],
      ['a read', await read(api, String(sub.id))],
    ] as const) {
      expect(obj(s.amount), because('subscription-bills-plan', `${what}: the amount is the plan's`)).toMatchObject({
        currency: make.currency,
        value: 42.5,
      });
      expect(obj(s.frequency), because('subscription-bills-plan', `${what}: the cadence is the plan's`)).toMatchObject({
        type: 'WEEK',
        value: 2,
      });
      expect(s.plan_id, because('subscription-bills-plan', `${what}: it names its plan`)).toBe(plan.id);
    }
    const [first] = await chargesOf(api, String(sub.id));
    expect(first, because('subscription-bills-plan', 'the first cycle, due at once, is charged')).toBeDefined();
    expect(obj(first!.amount), because('subscription-bills-plan', "the charge is the plan's price")).toMatchObject({
      currency: make.currency,
      value: 42.5,
    });
    expect(first!.plan_id, because('subscription-bills-plan', 'the charge names the plan')).toBe(plan.id);
  },
);

test(
  "a subscription's charges are ordinary payments of its card",
  about(['listSubscriptionPayments', 'retrievePayment'], 'subscription-payments-are-payments').needs('stateful'),
  async ({ api, make, scenario }) => {
    const plan = await newPlan(api, make, { value: 30 });
    const { sub, vaultedToken } = await subscribe(api, scenario, String(plan.id));
    const [charge] = await chargesOf(api, String(sub.id));
    expect(charge?.status, because('subscription-payments-are-payments', 'the first charge succeeds')).toBe(
      'SUCCEEDED',
    );
    const paymentId = String(charge!.payment_id);
    const res = await api.call('retrievePayment', { path: { payment_id: paymentId } });
    expect(
      res.status,
      because('subscription-payments-are-payments', `retrievePayment finds the charge's payment ${paymentId}`),
    ).toBe(200);
    const payment = res.body as Json;
    expect(
      obj(payment.amount),
      because('subscription-payments-are-payments', "the payment is the charge's amount"),
    ).toMatchObject({
      currency: make.currency,
      value: 30,
    });
    expect(
      obj(payment.payment_method).vaulted_token,
      because('subscription-payments-are-payments', "the payment is of the subscription's vaulted card"),
    ).toBe(vaultedToken);
  },
);

test(
  'a paused subscription is not charged at its billing date; resumed, it is',
  about(
    ['pauseSubscription', 'resumeSubscription', 'listSubscriptionPayments'],
    'subscription-paused-not-billed',
  ).needs('stateful', 'controls'),
  async ({ api, make, scenario, controls }) => {
    const plan = await newPlan(api, make);
    const { sub } = await subscribe(api, scenario, String(plan.id));
    const id = String(sub.id);
    expect(await chargesOf(api, id), 'the first cycle is charged').toHaveLength(1);
    expect(((await api.call('pauseSubscription', { path: { subscription_id: id } })).ok() as Json).status).toBe(
      'PAUSED',
    );
    await controls!.must('renewSubscription', { subscription_id: id });
    expect(
      await chargesOf(api, id),
      because('subscription-paused-not-billed', 'its billing date came while PAUSED: no new charge'),
    ).toHaveLength(1);
    expect(((await api.call('resumeSubscription', { path: { subscription_id: id } })).ok() as Json).status).toBe(
      'ACTIVE',
    );
    await controls!.must('renewSubscription', { subscription_id: id });
    expect(
      await chargesOf(api, id),
      because('subscription-paused-not-billed', 'resumed, its next billing date charges it'),
    ).toHaveLength(2);
  },
);

test(
  'a canceled subscription cannot be resumed or paused, and stays canceled',
  about(['cancelSubscription', 'resumeSubscription', 'pauseSubscription'], 'subscription-canceled-final').needs(
    'stateful',
  ),
  async ({ api, make, scenario }) => {
    const plan = await newPlan(api, make);
    const { sub } = await subscribe(api, scenario, String(plan.id));
    const id = String(sub.id);
    const canceled = (await api.call('cancelSubscription', { path: { subscription_id: id } })).ok() as Json;
    expect(canceled.status).toBe('CANCELED');
    expect(canceled.cancellation_source, 'canceled by the merchant').toBe('MERCHANT');
    await expect(await api.call('resumeSubscription', { path: { subscription_id: id } })).toBeRefusedAs(
      'subscription-canceled-final',
      'resume a CANCELED subscription',
    );
    await expect(await api.call('pauseSubscription', { path: { subscription_id: id } })).toBeRefusedAs(
      'subscription-canceled-final',
      'pause a CANCELED subscription',
    );
    expect((await read(api, id)).status, because('subscription-canceled-final', 'a read after the refusals')).toBe(
      'CANCELED',
    );
  },
);

test(
  'canceling a plan cancels the subscriptions on it',
  about(['cancelPlan', 'retrieveSubscription', 'listSubscriptions'], 'plan-cancel-cascades').needs('stateful'),
  async ({ api, make, scenario }) => {
    const plan = await newPlan(api, make);
    const planId = String(plan.id);
    const { sub, customerId } = await subscribe(api, scenario, planId);
    const id = String(sub.id);
    (await api.call('cancelPlan', { path: { plan_id: planId }, body: { status: 'CANCELED' } })).ok();
    const after = await read(api, id);
    expect(after.status, because('plan-cancel-cascades', 'the subscription of a canceled plan')).toBe('CANCELED');
    expect(after.cancellation_time, because('plan-cancel-cascades', 'it says when it was canceled')).toEqual(
      expect.any(String),
    );
    expect(after.cancellation_source, because('plan-cancel-cascades', 'it says what canceled it')).toEqual(
      expect.any(String),
    );
    const list = (
      await api.call('listSubscriptions', { query: { plan_id: planId, customer_id: customerId } })
    ).ok() as Json;
    const listed = ((list.items as Json[] | null) ?? []).find((s) => s.id === id);
    expect(listed?.status, because('plan-cancel-cascades', "the plan's subscription is listed CANCELED")).toBe(
      'CANCELED',
    );
  },
);

test(
  'a canceled plan takes no new subscription',
  about(['cancelPlan', 'createSubscription'], 'canceled-plan-closed').needs('stateful'),
  async ({ api, make, scenario }) => {
    const plan = await newPlan(api, make);
    const planId = String(plan.id);
    (await api.call('cancelPlan', { path: { plan_id: planId }, body: { status: 'CANCELED' } })).ok();
    const card = await enrolledCard(scenario);
    await expect(
      await api.call('createSubscription', { body: subscriptionBody(make, { planId, ...card }) }),
    ).toBeRefusedAs('canceled-plan-closed', 'subscribe to a CANCELED plan');
  },
);

/** A SUM meter attached to a plan at `credits` included and `unit` per unit beyond, and a subscription on it. */
async function metered(
  api: YunoClient,
  make: Make,
  scenario: ScenarioDeps,
  o: { flat: number; credits: number; unit: number },
): Promise<{ meter: Json; sub: Json }> {
  const meter = (await api.call('createMeter', { body: meterBody(make, { aggregation: 'SUM' }) })).ok() as Json;
  const plan = await newPlan(api, make, { value: o.flat });
  (
    await api.call('attachMeterToPlan', {
      path: { plan_id: String(plan.id) },
      body: {
        meter_id: String(meter.id),
        credits: o.credits,
        pricing_strategy: 'PER_UNIT',
        price_per_credit: { currency: make.currency, value: o.unit },
      },
    })
  ).ok();
  const { sub } = await subscribe(api, scenario, String(plan.id));
  return { meter, sub };
}

const usage = (api: YunoClient, meter: Json, sub: Json, eventId: string, value: number) =>
  api.call('reportUsageEvent', {
    body: {
      event_id: eventId,
      event_name: String(meter.event_name),
      subscription_id: String(sub.id),
      consumed_value: value,
    },
  });

test(
  "usage beyond the plan's credits is added to the renewal charge, in one payment",
  about(
    ['createMeter', 'attachMeterToPlan', 'reportUsageEvent', 'listSubscriptionPayments', 'retrievePayment'],
    'metered-usage-billed',
  ).needs('stateful', 'controls'),
  async ({ api, make, scenario, controls }) => {
    const { meter, sub } = await metered(api, make, scenario, { flat: 20, credits: 10, unit: 0.25 });
    const id = String(sub.id);
    const [first] = await chargesOf(api, id);
    expect(obj(first?.amount).value, 'the first cycle: the flat price').toBe(20);
    for (const [n, v] of [8, 7].entries()) (await usage(api, meter, sub, make.id(`usage${n}`), v)).ok();
    await controls!.must('renewSubscription', { subscription_id: id });
    const [renewal] = await chargesOf(api, id);
    // 15 used, 10 included: 5 billable at 0.25.
    expect(
      obj(renewal?.amount).value,
      because('metered-usage-billed', 'the renewal: 20 flat plus (15 - 10) x 0.25 of usage'),
    ).toBe(21.25);
    const lines = (renewal!.line_items as Json[] | null) ?? [];
    expect(
      lines.map((l) => obj(l.amount).value),
      because('metered-usage-billed', 'the renewal itemises the flat price and the usage'),
    ).toEqual([20, 1.25]);
    const payment = (await api.call('retrievePayment', { path: { payment_id: String(renewal!.payment_id) } })).ok();
    expect(
      obj((payment as Json).amount).value,
      because('metered-usage-billed', 'one payment of the whole renewal charge'),
    ).toBe(21.25);
  },
);

test(
  'a usage event sent again with its event_id answers the first one and is counted once',
  about(['reportUsageEvent', 'listSubscriptionPayments'], 'usage-event-once').needs('stateful', 'controls'),
  async ({ api, make, scenario, controls }) => {
    const { meter, sub } = await metered(api, make, scenario, { flat: 20, credits: 0, unit: 1 });
    const id = String(sub.id);
    await chargesOf(api, id);
    const eventId = make.id('usage');
    const first = (await usage(api, meter, sub, eventId, 3)).ok() as Json;
    const again = (await usage(api, meter, sub, eventId, 50)).ok() as Json;
    expect(again.id, because('usage-event-once', 'the replay answers the first event')).toBe(first.id);
    expect(again.consumed_value, because('usage-event-once', "the replay answers the first event's value")).toBe(3);
    await controls!.must('renewSubscription', { subscription_id: id });
    const [renewal] = await chargesOf(api, id);
    expect(
      obj(renewal?.amount).value,
      because('usage-event-once', 'the event is billed once, at its first value'),
    ).toBe(23);
  },
);

test(
  "an archived meter's event_name takes no usage until the meter is active again",
  about(['updateMeter', 'reportUsageEvent'], 'archived-meter-refuses-usage').needs('stateful'),
  async ({ api, make, scenario }) => {
    const { meter, sub } = await metered(api, make, scenario, { flat: 20, credits: 0, unit: 1 });
    const meterId = String(meter.id);
    const archived = (
      await api.call('updateMeter', { path: { meter_id: meterId }, body: { status: 'INACTIVE' } })
    ).ok();
    expect((archived as Json).status).toBe('INACTIVE');
    await expect(await usage(api, meter, sub, make.id('usage'), 1)).toBeRefusedAs(
      'archived-meter-refuses-usage',
      'usage for an archived meter',
    );
    (await api.call('updateMeter', { path: { meter_id: meterId }, body: { status: 'ACTIVE' } })).ok();
    const res = await usage(api, meter, sub, make.id('usage'), 1);
    expect(res.status, because('archived-meter-refuses-usage', 'reactivated, the meter takes usage again')).toBe(201);
  },
);

test(
  'an unreferenced refund moves along its status table, and nothing leaves a final status',
  about(['createUnreferencedRefund', 'retrieveUnreferencedRefund'], 'unreferenced-refund-moves').needs(
    'stateful',
    'controls',
  ),
  async ({ api, make, scenario, controls }) => {
    const refund = async (): Promise<string> => {
      const r = (
        await api.call('createUnreferencedRefund', { body: unreferencedRefundBody(make, await enrolledCard(scenario)) })
      ).ok() as Json;
      expect(`${String(r.status)}/${String(r.sub_status)}`, because('unreferenced-refund-moves', 'a new refund')).toBe(
        'CREATED/CREATED',
      );
      return String(r.id);
    };
    const state = async (id: string): Promise<string> => {
      const r = (await api.call('retrieveUnreferencedRefund', { path: { unreferenced_refund_id: id } })).ok() as Json;
      return `${String(r.status)}/${String(r.sub_status)}`;
    };
    const settle = (id: string, outcome: string) =>
      controls!.run('settleUnreferencedRefund', { unreferenced_refund_id: id, outcome });
    const asynchronous = await refund();
    for (const [outcome, expected] of [
      ['pending', 'PENDING/APPROVED'],
      ['succeeded', 'SUCCEEDED/SUCCEEDED'],
    ] as const) {
      expect((await settle(asynchronous, outcome)).status, `the provider answers ${outcome}`).toBe(200);
      expect(await state(asynchronous), because('unreferenced-refund-moves', `read after ${outcome}`)).toBe(expected);
    }
    const again = await settle(asynchronous, 'failed');
    expect(again.status, because('unreferenced-refund-moves', 'a SUCCEEDED refund does not fail afterwards')).toBe(400);
    expect(await state(asynchronous), because('unreferenced-refund-moves', 'still SUCCEEDED')).toBe(
      'SUCCEEDED/SUCCEEDED',
    );
    const declined = await refund();
    expect((await settle(declined, 'failed')).status, 'the provider declines it').toBe(200);
    expect(await state(declined), because('unreferenced-refund-moves', 'read after a decline')).toBe(
      'FAILED/DECLINED_BY_PROVIDER',
    );
  },
);

test(
  'a pre-debit notification is found by its id and by its merchant_reference, the same one',
  about(
    ['createPreDebitNotification', 'retrievePreDebitNotification', 'retrievePreDebitNotificationByMerchantReference'],
    'pre-debit-notification-lookup',
  ).needs('stateful'),
  async ({ api, make, scenario }) => {
    const origin = String((await scenario.need('payment')).id);
    const body = preDebitNotificationBody(make, origin);
    const created = (await api.call('createPreDebitNotification', { body })).ok() as Json;
    expect(created.status, 'the emulated provider delivers it').toBe('SENT');
    const byId = (
      await api.call('retrievePreDebitNotification', { path: { pre_debit_notification_id: String(created.id) } })
    ).ok() as Json;
    expect(byId.id, because('pre-debit-notification-lookup', 'found by its id')).toBe(created.id);
    const byRef = (
      await api.call('retrievePreDebitNotificationByMerchantReference', {
        query: { merchant_reference: body.merchant_reference },
      })
    ).ok() as Json;
    expect(byRef.id, because('pre-debit-notification-lookup', 'found by its merchant_reference, the same one')).toBe(
      created.id,
    );
    expect(byRef.merchant_reference, because('pre-debit-notification-lookup', 'the reference looked up')).toBe(
      body.merchant_reference,
    );
    // Sent again (another X-Idempotency-Key), the same merchant_reference makes no second notification.
    const reused = (await api.call('createPreDebitNotification', { body })).ok();
    expect(
      (reused as Json).id,
      because('pre-debit-notification-lookup', 'a merchant_reference used again answers the existing notification'),
    ).toBe(created.id);
  },
);

test(
  'a new subscription sends a signed subscription.create webhook naming it',
  about(['createSubscription', 'subscriptionEvent'], 'subscription-webhooks', 'body-schema', 'webhook-signature').needs(
    'stateful',
    'webhooks',
  ),
  async ({ api, make, scenario, webhooks }) => {
    const plan = await newPlan(api, make);
    const key = crypto.randomUUID();
    const { sub, customerId } = await subscribe(api, scenario, String(plan.id), { idempotencyKey: key });
    const d = await webhooks!
      .waitForEvent(
        (x) => x.body.type_event === 'subscription.create' && obj(obj(x.body.data).subscription).code === sub.id,
        `subscription.create for ${String(sub.id)}`,
      )
      .catch((e: Error) => {
        throw new Error(because('subscription-webhooks', e.message));
      });
    webhooks!.expectMatchesContract(d);
    webhooks!.expectSigned(d);
    const s = obj(obj(d.body.data).subscription);
    expect(s.status, because('subscription-webhooks', 'the webhook says what the create answered')).toBe(sub.status);
    expect(obj(s.customer_payer).code, because('subscription-webhooks', 'the customer, by code')).toBe(customerId);
    expect(
      obj(d.body.data).idempotency_key,
      because('subscription-webhooks', 'data.idempotency_key is the key the subscription was created with'),
    ).toBe(key);
  },
);

/** A test of the subscription events some operations send: their schema, signature and what they say. */
const aboutSubscriptionEvents = (
  ...operations: Array<'pauseSubscription' | 'resumeSubscription' | 'cancelSubscription' | 'changeSubscriptionPlan'>
) =>
  about([...operations, 'subscriptionEvent'], 'subscription-webhooks', 'body-schema', 'webhook-signature').needs(
    'stateful',
    'webhooks',
  );

test(
  'pausing, resuming and canceling a subscription send subscription.pause, .resume and .cancel with it as each left it',
  aboutSubscriptionEvents('pauseSubscription', 'resumeSubscription', 'cancelSubscription'),
  async ({ api, make, scenario, webhooks }) => {
    const plan = await newPlan(api, make);
    const id = String((await subscribe(api, scenario, String(plan.id))).sub.id);
    const moves = [
      ['pauseSubscription', 'subscription.pause'],
      ['resumeSubscription', 'subscription.resume'],
      ['cancelSubscription', 'subscription.cancel'],
    ] as const;
    for (const [op, typeEvent] of moves) {
      const answered = (await api.call(op, { path: { subscription_id: id } })).ok() as Json;
      const s = await subscriptionEventOf(webhooks!, typeEvent, id);
      expect(s.status, because('subscription-webhooks', `the ${typeEvent} webhook says what ${op} answered`)).toBe(
        answered.status,
      );
    }
  },
);

test(
  'a plan change that replaces a subscription sends subscription.cancel for it and subscription.create for the new one',
  aboutSubscriptionEvents('changeSubscriptionPlan'),
  async ({ api, make, scenario, webhooks }) => {
    const plan = await newPlan(api, make);
    const target = await newPlan(api, make, { value: 30 });
    const id = String((await subscribe(api, scenario, String(plan.id))).sub.id);
    const replacement = (
      await api.call('changeSubscriptionPlan', { path: { subscription_id: id }, body: { plan_id: String(target.id) } })
    ).ok() as Json;
    expect(replacement.id, 'a plan-to-plan change answers the replacement').not.toBe(id);
    const canceled = await subscriptionEventOf(webhooks!, 'subscription.cancel', id);
    expect(
      { status: canceled.status, cancellation_source: canceled.cancellation_source },
      because('subscription-webhooks', 'the subscription.cancel webhook of the replaced subscription'),
    ).toEqual({ status: 'CANCELED', cancellation_source: 'PLAN_CHANGE' });
    const created = await subscriptionEventOf(webhooks!, 'subscription.create', String(replacement.id));
    expect(
      { status: created.status, previous_subscription_id: created.previous_subscription_id },
      because('subscription-webhooks', 'the subscription.create webhook of the replacement'),
    ).toEqual({ status: replacement.status, previous_subscription_id: id });
  },
);

test(
  'a plan change is refused on a PAUSED or CANCELED subscription, which keeps no pending change',
  about(['updateSubscription', 'retrieveSubscription'], 'resource-transition-forbidden').needs('stateful'),
  async ({ api, make, scenario }) => {
    const plan = await newPlan(api, make);
    const target = await newPlan(api, make, { value: 30 });
    const id = String((await subscribe(api, scenario, String(plan.id))).sub.id);
    const change = () =>
      api.call('updateSubscription', {
        path: { subscription_id: id },
        body: { plan_change: { plan_id: String(target.id) } },
      });
    const refusals = [
      ['pauseSubscription', 'PAUSED', 409, 'INVALID_SUBSCRIPTION_STATUS'],
      ['cancelSubscription', 'CANCELED', 400, 'INVALID_STATE'],
    ] as const;
    for (const [op, status, http, code] of refusals) {
      (await api.call(op, { path: { subscription_id: id } })).ok();
      const res = await change();
      expect(
        { status: res.status, code: (res.body as { code?: unknown } | undefined)?.code },
        because('resource-transition-forbidden', `a plan change of a ${status} subscription: ${res.snippet(200)}`),
      ).toEqual({ status: http, code });
      const after = await read(api, id);
      expect(
        { status: after.status, pending_plan_change: after.pending_plan_change ?? null },
        because('resource-transition-forbidden', `a read after the refused plan change of a ${status} subscription`),
      ).toEqual({ status, pending_plan_change: null });
    }
  },
);
