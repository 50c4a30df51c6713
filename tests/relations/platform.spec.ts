// The relations the docs describe between the platform operations (resources/platform/), each test
// under the rules of lib/rules/platform.ts: banking onboardings, accounts and transfers along their
// tables and balances, the incoming-transfer webhook; campaigns and their rules; what a checkout's
// publish stored and its lifecycle; the PCI proxy's allowlist and headers, against a local receiver;
// domains, cryptograms, the conversion quote and its keys, reported events.
import { randomUUID } from 'node:crypto';
import type { ScenarioDeps } from '../../resources/kit.js';
import {
  approved,
  bankingAccountBody,
  bankingEntityBody,
  onboardingBody,
  transferBody,
} from '../../resources/platform/banking.js';
import { campaignBody, campaignOf, RULES_BODY } from '../../resources/platform/campaigns.js';
import { checkoutBody } from '../../resources/platform/checkouts.js';
import { conversionBody } from '../../resources/platform/conversion.js';
import { domainsBody } from '../../resources/platform/domains.js';
import { type Destination, startDestination } from '../../resources/platform/pci-destination.js';
import { chargeBody, destinationBody, enrolledCard } from '../../resources/platform/pci-proxy.js';
import { reportBody } from '../../resources/platform/reporting.js';
import { about, because, expect, test } from '../support/fixtures/index.js';

type Json = Record<string, unknown>;

// ---- banking connectivity ----------------------------------------------------------------------------

/** A new entity and an onboarding of it, PENDING. */
async function onboarding(d: ScenarioDeps): Promise<Json> {
  const entity = await d.need('banking entity');
  return (
    await d.api.call('createEntityOnboarding', {
      path: { entity_id: String(entity.id) },
      body: onboardingBody(d.make),
    })
  ).ok() as Json;
}

const onboardingPath = (o: Json) => ({ entity_id: String(o.entity_id), onboarding_id: String(o.id) });

test(
  'banking: an entity is unique by merchant_entity_id and its numbers come back masked',
  about(['createBankingEntity', 'retrieveBankingEntity'], 'banking-entity-unique', 'banking-entity-masked').needs(
    'stateful',
  ),
  async ({ api, make }) => {
    const body = bankingEntityBody(make);
    const created = (await api.call('createBankingEntity', { body })).ok() as Json;
    const read = (await api.call('retrieveBankingEntity', { path: { entity_id: String(created.id) } })).ok() as Json;
    for (const [what, e] of [
      ['the create answer', created],
      ['a read', read],
    ] as const) {
      const person = (e.entity_detail as Json).individual as Json;
      const tax = (person.tax_information as Json[])[0]!;
      const doc = person.document as Json;
      // Left out or null: the docs let an answer send an optional field it leaves out as null.
      expect(
        tax.tax_id ?? undefined,
        because('banking-entity-masked', `${what} shows the tax id whole`),
      ).toBeUndefined();
      expect(tax.tax_id_last_4, because('banking-entity-masked', `${what}: the tax id's last 4`)).toBe('6789');
      expect(
        doc.document_number ?? undefined,
        because('banking-entity-masked', `${what} shows the document number`),
      ).toBeUndefined();
      expect(doc.document_number_last_4, because('banking-entity-masked', `${what}: the document's last 4`)).toBe(
        '6789',
      );
    }
    await expect(
      await api.call('createBankingEntity', {
        body: { ...bankingEntityBody(make), merchant_entity_id: body.merchant_entity_id },
      }),
    ).toBeRefusedAs('banking-entity-unique', 'the same merchant_entity_id again');
  },
);

test(
  'banking: an onboarding moves along its table, and a terminal one takes no cancel or update',
  about(
    ['createEntityOnboarding', 'retrieveEntityOnboarding', 'cancelEntityOnboarding', 'updateEntityOnboarding'],
    'banking-onboarding-moves',
  ).needs('stateful', 'controls'),
  async ({ api, scenario, controls, make }) => {
    const update = { account_id: make.accountId, source_of_funds: { primary_source: 'EMPLOYMENT_SALARY' } } as const;
    // Canceled while PENDING.
    const a = await onboarding(scenario);
    expect(a.status, because('banking-onboarding-moves', 'a new ONE_STEP onboarding')).toBe('PENDING');
    const canceled = (await api.call('cancelEntityOnboarding', { path: onboardingPath(a) })).ok() as Json;
    expect(canceled.status, because('banking-onboarding-moves', 'the cancel answer')).toBe('CANCELLED');
    await expect(await api.call('cancelEntityOnboarding', { path: onboardingPath(a) })).toBeRefusedAs(
      'banking-onboarding-moves',
      'a second cancel',
    );
    await expect(await api.call('updateEntityOnboarding', { path: onboardingPath(a), body: update })).toBeRefusedAs(
      'banking-onboarding-moves',
      'an update of a CANCELLED onboarding',
    );
    const readA = (await api.call('retrieveEntityOnboarding', { path: onboardingPath(a) })).ok() as Json;
    expect(readA.status, because('banking-onboarding-moves', 'a read after the refusals')).toBe('CANCELLED');
    // Approved by the provider: SUCCEEDED, final.
    const b = await onboarding(scenario);
    await controls!.must('approveOnboarding', { onboarding_id: String(b.id) });
    const readB = (await api.call('retrieveEntityOnboarding', { path: onboardingPath(b) })).ok() as Json;
    expect(readB.status, because('banking-onboarding-moves', "a read after the provider's approval")).toBe('SUCCEEDED');
    await expect(await api.call('cancelEntityOnboarding', { path: onboardingPath(b) })).toBeRefusedAs(
      'banking-onboarding-moves',
      'a cancel of a SUCCEEDED onboarding',
    );
    const after = (await api.call('retrieveEntityOnboarding', { path: onboardingPath(b) })).ok() as Json;
    expect(after.status, because('banking-onboarding-moves', 'a read after the refused cancel')).toBe('SUCCEEDED');
  },
);

test(
  'banking: an account opens only on a SUCCEEDED onboarding, for its entity',
  about('createBankingAccount', 'banking-account-needs-approval').needs('stateful', 'controls'),
  async ({ api, scenario, make }) => {
    const o = await onboarding(scenario);
    await expect(
      await api.call('createBankingAccount', { body: bankingAccountBody(make, String(o.id)) }),
    ).toBeRefusedAs('banking-account-needs-approval', 'on a PENDING onboarding');
    const account = (
      await api.call('createBankingAccount', { body: bankingAccountBody(make, await approved(scenario, o)) })
    ).ok() as Json;
    expect(
      { status: account.status, entity_id: account.entity_id, onboarding_id: account.onboarding_id },
      because('banking-account-needs-approval', 'the account opened on the approved onboarding'),
    ).toEqual({ status: 'ACTIVE', entity_id: o.entity_id, onboarding_id: o.id });
  },
);

/** An account's balance, read. */
async function balance(d: ScenarioDeps, accountId: string): Promise<Json> {
  return ((await d.api.call('retrieveBankingAccount', { path: { account_id: accountId } })).ok() as Json)
    .balance as Json;
}

test(
  'banking: an account with money on it is not closed; emptied, it closes',
  about(['closeBankingAccount', 'retrieveBankingAccount'], 'banking-close-zero-balance').needs('stateful', 'controls'),
  async ({ api, scenario, controls, make }) => {
    const account = await scenario.need('banking account');
    const account_id = String(account.id);
    await controls!.must('receiveBankingTransfer', { account_id, value: 250, status: 'COMPLETED' });
    expect(
      await balance(scenario, account_id),
      because('banking-close-zero-balance', 'after 250 came in'),
    ).toMatchObject({
      available: 250,
      current: 250,
      pending: 0,
    });
    await expect(await api.call('closeBankingAccount', { path: { account_id } })).toBeRefusedAs(
      'banking-close-zero-balance',
      'with 250 on it',
    );
    const still = (await api.call('retrieveBankingAccount', { path: { account_id } })).ok() as Json;
    expect(still.status, because('banking-close-zero-balance', 'a read after the refused close')).toBe('ACTIVE');
    const out = (
      await api.call('initiateEntityTransfer', { body: transferBody(make, account_id, { value: 250 }) })
    ).ok();
    for (const to of ['PROCESSING', 'COMPLETED'])
      await controls!.must('settleBankingTransfer', { transfer_id: String(out.id), to });
    expect(
      await balance(scenario, account_id),
      because('banking-close-zero-balance', 'after 250 went out'),
    ).toMatchObject({
      available: 0,
      current: 0,
      pending: 0,
    });
    const closed = (await api.call('closeBankingAccount', { path: { account_id } })).ok() as Json;
    expect(closed.status, because('banking-close-zero-balance', 'the close at zero')).toBe('CLOSED');
  },
);

test(
  'banking: a transfer is taken within the available balance, which moves with it',
  about(['initiateEntityTransfer', 'retrieveBankingAccount'], 'banking-transfer-funds').needs('stateful', 'controls'),
  async ({ api, scenario, controls, make }) => {
    const account_id = String((await scenario.need('banking account')).id);
    await controls!.must('receiveBankingTransfer', { account_id, value: 100, status: 'COMPLETED' });
    await expect(
      await api.call('initiateEntityTransfer', { body: transferBody(make, account_id, { value: 150 }) }),
    ).toBeRefusedAs('banking-transfer-funds', '150 out of 100');
    (await api.call('initiateEntityTransfer', { body: transferBody(make, account_id, { value: 60 }) })).ok();
    expect(
      await balance(scenario, account_id),
      because('banking-transfer-funds', 'a PENDING transfer of 60 holds it from the 100'),
    ).toMatchObject({ available: 40, current: 100, pending: 0 });
  },
);

test(
  'banking: a CLOSED account takes no transfer, out or in',
  about('initiateEntityTransfer', 'banking-closed-account').needs('stateful', 'controls'),
  async ({ api, scenario, controls, make }) => {
    const closed = String((await scenario.need('banking account')).id);
    (await api.call('closeBankingAccount', { path: { account_id: closed } })).ok();
    const open = String((await scenario.need('banking account')).id);
    await controls!.must('receiveBankingTransfer', { account_id: open, value: 100, status: 'COMPLETED' });
    await expect(
      await api.call('initiateEntityTransfer', { body: transferBody(make, closed, { value: 0 }) }),
    ).toBeRefusedAs('banking-closed-account', 'a transfer out of the CLOSED account');
    await expect(
      await api.call('initiateEntityTransfer', {
        body: transferBody(make, open, { value: 10, destinationAccountId: closed }),
      }),
    ).toBeRefusedAs('banking-closed-account', 'a book transfer into the CLOSED account');
    expect(
      await balance(scenario, open),
      because('banking-closed-account', 'the refused transfers took nothing from the open account'),
    ).toMatchObject({ available: 100, current: 100, pending: 0 });
  },
);

test(
  'banking: a transfer is cancelled while PENDING only',
  about(['initiateEntityTransfer', 'retrieveEntityTransfer', 'cancelEntityTransfer'], 'banking-transfer-moves').needs(
    'stateful',
    'controls',
  ),
  async ({ api, scenario, controls, make }) => {
    const account_id = String((await scenario.need('banking account')).id);
    await controls!.must('receiveBankingTransfer', { account_id, value: 100, status: 'COMPLETED' });
    const read = async (t: Json): Promise<unknown> =>
      ((await api.call('retrieveEntityTransfer', { path: { account_id, transfer_id: String(t.id) } })).ok() as Json)
        .status;
    const a = (
      await api.call('initiateEntityTransfer', { body: transferBody(make, account_id, { value: 10 }) })
    ).ok() as Json;
    expect(a.status, because('banking-transfer-moves', 'a new transfer')).toBe('PENDING');
    (await api.call('cancelEntityTransfer', { path: { account_id, transfer_id: String(a.id) } })).ok();
    expect(await read(a), because('banking-transfer-moves', 'a read after the cancel')).toBe('CANCELLED');
    const b = (
      await api.call('initiateEntityTransfer', { body: transferBody(make, account_id, { value: 10 }) })
    ).ok() as Json;
    await controls!.must('settleBankingTransfer', { transfer_id: String(b.id), to: 'PROCESSING' });
    await expect(
      await api.call('cancelEntityTransfer', { path: { account_id, transfer_id: String(b.id) } }),
    ).toBeRefusedAs('banking-transfer-moves', 'a cancel of a PROCESSING transfer');
    expect(await read(b), because('banking-transfer-moves', 'a read after the refused cancel')).toBe('PROCESSING');
  },
);

test(
  'banking: money arriving is notified, PENDING and then COMPLETED, and credits the account',
  about(['bankingIncomingTransferEvent', 'retrieveEntityTransfer'], 'banking-incoming-webhook', 'body-schema').needs(
    'stateful',
    'controls',
    'webhooks',
  ),
  async ({ api, scenario, controls, webhooks }) => {
    const account_id = String((await scenario.need('banking account')).id);
    const incoming = await controls!.must('receiveBankingTransfer', { account_id, value: 75.5, status: 'PENDING' });
    const arrived = async (status: string) =>
      webhooks!
        .waitForEvent((d) => d.body.id === incoming.id && d.body.status === status, `the ${status} incoming transfer`)
        .catch((e: Error) => {
          throw new Error(because('banking-incoming-webhook', e.message.replace(/^[^:]*: /, '')));
        });
    const pending = await arrived('PENDING');
    webhooks!.expectMatchesContract(pending);
    expect(
      { to: pending.body.destination_account_id, direction: pending.body.direction, amount: pending.body.amount },
      because('banking-incoming-webhook', 'the pending notification'),
    ).toMatchObject({ to: account_id, direction: 'INCOMING', amount: { value: 75.5, currency: 'USD' } });
    expect(
      await balance(scenario, account_id),
      because('banking-incoming-webhook', 'pending settlement'),
    ).toMatchObject({
      available: 0,
      current: 0,
      pending: 75.5,
    });
    await controls!.must('settleBankingTransfer', { transfer_id: String(incoming.id), to: 'COMPLETED' });
    webhooks!.expectMatchesContract(await arrived('COMPLETED'));
    const read = (
      await api.call('retrieveEntityTransfer', { path: { account_id, transfer_id: String(incoming.id) } })
    ).ok() as Json;
    expect(read.status, because('banking-incoming-webhook', 'a read of the settled transfer')).toBe('COMPLETED');
    expect(await balance(scenario, account_id), because('banking-incoming-webhook', 'settled')).toMatchObject({
      available: 75.5,
      current: 75.5,
      pending: 0,
    });
  },
);

// ---- communications campaigns --------------------------------------------------------------------------

test(
  'campaigns: a campaign is paused and resumed; COMPLETED and CANCELLED are final',
  about(['updateCampaignStatus', 'retrieveCampaign'], 'campaign-status-moves').needs('stateful'),
  async ({ api, make }) => {
    const made = async (): Promise<string> =>
      String(campaignOf((await api.call('createCampaign', { body: campaignBody(make) })).ok() as Json).id);
    const move = async (campaign_id: string, status: 'ACTIVE' | 'PAUSED' | 'COMPLETED' | 'CANCELLED') =>
      api.call('updateCampaignStatus', { path: { campaign_id }, body: { status } });
    const statusOf = async (campaign_id: string): Promise<unknown> =>
      campaignOf((await api.call('retrieveCampaign', { path: { campaign_id } })).ok() as Json).status;
    const a = await made();
    expect(await statusOf(a), because('campaign-status-moves', 'a new campaign')).toBe('ACTIVE');
    for (const to of ['PAUSED', 'ACTIVE', 'COMPLETED'] as const) {
      const r = campaignOf((await move(a, to)).ok() as Json);
      expect(r.status, because('campaign-status-moves', `the answer to ${to}`)).toBe(to);
      expect(await statusOf(a), because('campaign-status-moves', `a read after ${to}`)).toBe(to);
    }
    await expect(await move(a, 'ACTIVE')).toBeRefusedAs('campaign-status-moves', 'COMPLETED to ACTIVE');
    expect(await statusOf(a), because('campaign-status-moves', 'a read after the refused move')).toBe('COMPLETED');
    const b = await made();
    (await move(b, 'CANCELLED')).ok();
    await expect(await move(b, 'PAUSED')).toBeRefusedAs('campaign-status-moves', 'CANCELLED to PAUSED');
    expect(await statusOf(b), because('campaign-status-moves', 'a read after the refused move')).toBe('CANCELLED');
  },
);

test(
  'campaigns: a rule moves between ACTIVE and INACTIVE, alone and in its campaign',
  about(
    ['createCampaignRules', 'updateCampaignRuleStatus', 'retrieveCampaignRule', 'retrieveCampaign'],
    'campaign-rule-status-moves',
  ).needs('stateful'),
  async ({ api, make }) => {
    const campaign_id = String(
      campaignOf((await api.call('createCampaign', { body: campaignBody(make) })).ok() as Json).id,
    );
    const rules = ((await api.call('createCampaignRules', { path: { campaign_id }, body: RULES_BODY })).ok() as Json)
      .data as Json[];
    const rule_id = String(rules[0]!.id);
    expect(
      rules.map((r) => r.status),
      because('campaign-rule-status-moves', 'new rules'),
    ).toEqual(['ACTIVE', 'ACTIVE']);
    for (const status of ['INACTIVE', 'ACTIVE'] as const) {
      const answered = (
        await api.call('updateCampaignRuleStatus', { path: { campaign_id, rule_id }, body: { status } })
      ).ok();
      expect(answered.status, because('campaign-rule-status-moves', `the answer to ${status}`)).toBe(status);
      const alone = ((await api.call('retrieveCampaignRule', { path: { campaign_id, rule_id } })).ok() as Json)
        .data as Json;
      expect(alone.status, because('campaign-rule-status-moves', `the rule read after ${status}`)).toBe(status);
      const inCampaign = (
        campaignOf((await api.call('retrieveCampaign', { path: { campaign_id } })).ok() as Json).rules as Json[]
      ).find((r) => r.id === rule_id);
      expect(
        inCampaign?.status,
        because('campaign-rule-status-moves', `the rule in its campaign after ${status}`),
      ).toBe(status);
    }
  },
);

// ---- checkout builder ------------------------------------------------------------------------------------

/** A checkout's payment method of a type, as a fetch shows it. */
const methodOf = (c: Json, type: string): Json | undefined =>
  ((c.config as Json).payment_methods as Json[]).find((m) => m.payment_method_type === type);

test(
  "checkouts: a checkout's configuration and styling are what publish stored; a refused publish applies nothing",
  about(['publishCheckoutConfiguration', 'retrieveCheckout'], 'checkout-publish-stored').needs('stateful'),
  async ({ api, make }) => {
    const checkout_code = String((await api.call('createCheckout', { body: checkoutBody(make) })).ok().id);
    const fetch = async (): Promise<Json> =>
      (await api.call('retrieveCheckout', { path: { checkout_code } })).ok() as Json;
    const before = await fetch();
    (
      await api.call('publishCheckoutConfiguration', {
        path: { checkout_code },
        body: {
          config: { payment_methods: [{ payment_method_type: 'PAYPAL', is_active: false, order_to_show: 0 }] },
          styling: { styles: { global: { accent_color: '#1A73E8' }, button: { corner_radius: 12 } } },
        },
      })
    ).ok();
    const after = await fetch();
    const styles = (after.styling as Json).styles as Json;
    const beforeStyles = (before.styling as Json).styles as Json;
    expect(
      {
        paypal: methodOf(after, 'PAYPAL')?.is_active,
        card: methodOf(after, 'CARD')?.is_active,
        accent: (styles.global as Json).accent_color,
        font: (styles.global as Json).font_family,
        corner: (styles.button as Json).corner_radius,
        buttonFont: (styles.button as Json).font_weight,
      },
      because('checkout-publish-stored', 'a fetch after the publish: what it sent, the rest as it was'),
    ).toEqual({
      paypal: false,
      card: methodOf(before, 'CARD')?.is_active,
      accent: '#1A73E8',
      font: (beforeStyles.global as Json).font_family,
      corner: 12,
      buttonFont: (beforeStyles.button as Json).font_weight,
    });
    await expect(
      await api.call('publishCheckoutConfiguration', {
        path: { checkout_code },
        body: {
          config: {
            payment_methods: [
              { payment_method_type: 'CARD', is_active: false },
              { payment_method_type: 'NOT_A_METHOD_OF_THE_ACCOUNT', is_active: true },
            ],
          },
        },
      }),
    ).toBeRefusedAs('checkout-publish-stored', 'a publish creating a payment method');
    expect(
      methodOf(await fetch(), 'CARD')?.is_active,
      because('checkout-publish-stored', 'the refused publish changed CARD'),
    ).toBe(methodOf(after, 'CARD')?.is_active);
  },
);

test(
  'checkouts: the lifecycle follows its table, the default guarded',
  about(['updateCheckoutLifecycle', 'retrieveCheckout', 'publishCheckoutConfiguration'], 'checkout-lifecycle').needs(
    'stateful',
  ),
  async ({ api, make }) => {
    const checkout_code = String((await api.call('createCheckout', { body: checkoutBody(make) })).ok().id);
    const statusOf = async (code = checkout_code): Promise<unknown> =>
      ((await api.call('retrieveCheckout', { path: { checkout_code: code } })).ok() as Json).status;
    const patch = (
      body: { status?: 'PUBLISHED' | 'NOT_PUBLISHED' | 'ARCHIVED'; is_default?: true },
      code = checkout_code,
    ) => api.call('updateCheckoutLifecycle', { path: { checkout_code: code }, body });
    expect(await statusOf(), because('checkout-lifecycle', 'a new checkout')).toBe('PUBLISHED');
    for (const to of ['NOT_PUBLISHED', 'PUBLISHED', 'ARCHIVED'] as const) {
      (await patch({ status: to })).ok();
      expect(await statusOf(), because('checkout-lifecycle', `a fetch after ${to}`)).toBe(to);
    }
    await expect(await patch({ status: 'PUBLISHED' })).toBeRefusedAs('checkout-lifecycle', 'ARCHIVED to PUBLISHED');
    await expect(
      await api.call('publishCheckoutConfiguration', {
        path: { checkout_code },
        body: { styling: { styles: { global: { accent_color: '#000000' } } } },
      }),
    ).toBeRefusedAs('checkout-lifecycle', 'a publish of an ARCHIVED checkout');
    expect(await statusOf(), because('checkout-lifecycle', 'a fetch after the refusals')).toBe('ARCHIVED');
    (await patch({ status: 'NOT_PUBLISHED' })).ok();
    expect(await statusOf(), because('checkout-lifecycle', 'restored')).toBe('NOT_PUBLISHED');
    await expect(await patch({ status: 'NOT_PUBLISHED' })).toBeRefusedAs('checkout-lifecycle', 'the current status');
    // Promoted: published, the default. Other tests promote checkouts of this account at the same time,
    // so the default can move on between two calls: the account has one default at any moment, and
    // the guard is checked while this checkout is the default. An archive or unpublish accepted
    // because another promotion came first says so (the answer is not the default): promoted again,
    // it is tried again.
    const previous = ((await api.call('listCheckouts')).ok() as Json[]).find((c) => c.is_default === true);
    const promoted = (await patch({ is_default: true })).ok() as Json;
    expect(promoted.is_default, because('checkout-lifecycle', 'the promotion answer')).toBe(true);
    expect(await statusOf(), because('checkout-lifecycle', 'promoted from NOT_PUBLISHED')).toBe('PUBLISHED');
    const defaults = ((await api.call('listCheckouts')).ok() as Json[]).filter((c) => c.is_default === true);
    expect(defaults.length, because('checkout-lifecycle', 'default checkouts of the account')).toBe(1);
    for (const [status, what] of [
      ['ARCHIVED', 'archiving the default'],
      ['NOT_PUBLISHED', 'unpublishing the default'],
    ] as const) {
      for (let attempt = 1; ; attempt++) {
        const res = await patch({ status });
        if (res.status >= 300) {
          await expect(res).toBeRefusedAs('checkout-lifecycle', what);
          break;
        }
        expect(
          (res.ok() as Json).is_default,
          because('checkout-lifecycle', `${what} was accepted while it was the default`),
        ).toBe(false);
        if (attempt === 5)
          throw new Error(
            `checkout-lifecycle: ${what} could not be tried: another test took the default first ${attempt} times`,
          );
        if (status === 'ARCHIVED') (await patch({ status: 'NOT_PUBLISHED' })).ok();
        expect(
          (await patch({ is_default: true })).ok().is_default,
          because('checkout-lifecycle', 'promoted again'),
        ).toBe(true);
      }
    }
    if (previous) {
      // The account's default as it was, for the tests after this one.
      (await patch({ is_default: true }, String(previous.id))).ok();
    }
  },
);

test(
  'checkouts: only the allowlisted account is served',
  about(['listCheckouts', 'createCheckout'], 'checkout-account-access').needs('stateful'),
  async ({ api, make }) => {
    const other = { 'X-Account-Code': randomUUID() };
    await expect(await api.call('listCheckouts', { headers: other })).toBeRefusedAs(
      'checkout-account-access',
      'an account outside the allowlist listing',
    );
    await expect(await api.call('createCheckout', { headers: other, body: checkoutBody(make) })).toBeRefusedAs(
      'checkout-account-access',
      'an account outside the allowlist creating',
    );
  },
);

// ---- PCI proxy ---------------------------------------------------------------------------------------------

/** A registered destination routed to a local receiver, and a card to forward. */
async function proxySetup(
  d: ScenarioDeps,
  receiver: Destination,
): Promise<{ id: string; hostname: string; token: string }> {
  const dest = (await d.api.call('registerPciProxyDestination', { body: destinationBody(d.make) })).ok() as Json;
  await d.controls!.must('routePciProxyHost', { hostname: String(dest.hostname), url: receiver.url });
  return { id: String(dest.id), hostname: String(dest.hostname), token: await enrolledCard(d) };
}

test(
  'pci proxy: forwards only to an allowlisted ENABLED host',
  about(
    ['invokeForwardProxy', 'disablePciProxyDestination', 'enablePciProxyDestination', 'removePciProxyDestination'],
    'pci-proxy-allowlist',
  ).needs('stateful', 'controls'),
  async ({ api, scenario, controls }) => {
    const receiver = await startDestination();
    try {
      const { id, hostname, token } = await proxySetup(scenario, receiver);
      const forward = (host = hostname) =>
        api.call('invokeForwardProxy', {
          headers: { 'yuno-proxy-destination-url': `https://${host}/charges` },
          body: chargeBody(token),
        });
      const reached = async (what: string): Promise<void> => {
        const res = await forward();
        expect(res.status, because('pci-proxy-allowlist', `${what}: ${res.snippet(200)}`)).toBe(200);
      };
      const refused = async (what: string, host?: string): Promise<void> => {
        const count = receiver.received.length;
        const res = await forward(host);
        await expect(res).toBeRefusedAs('pci-proxy-allowlist', what);
        expect(
          res.headers['yuno-proxy-destination-status'],
          because('pci-proxy-allowlist', `${what}: the destination was not reached`),
        ).toBeUndefined();
        expect(receiver.received.length, because('pci-proxy-allowlist', `${what}: the destination received it`)).toBe(
          count,
        );
      };
      await reached('registered and ENABLED');
      (await api.call('disablePciProxyDestination', { path: { id } })).ok();
      await refused('DISABLED');
      (await api.call('enablePciProxyDestination', { path: { id } })).ok();
      await reached('enabled again');
      (await api.call('removePciProxyDestination', { path: { id } })).ok();
      await refused('removed');
      const stranger = `unregistered-${randomUUID().slice(0, 8)}.example.com`;
      await controls!.must('routePciProxyHost', { hostname: stranger, url: receiver.url });
      await refused('never registered', stranger);
    } finally {
      await receiver.close();
    }
  },
);

test(
  'pci proxy: expressions replaced, Yuno headers stripped, the yuno-proxy-* headers answered',
  about('invokeForwardProxy', 'pci-proxy-headers').needs('stateful', 'controls'),
  async ({ api, scenario, make }) => {
    const receiver = await startDestination();
    try {
      const { hostname, token } = await proxySetup(scenario, receiver);
      const res = await api.call('invokeForwardProxy', {
        headers: {
          'yuno-proxy-destination-url': `https://${hostname}/charges?expand=true`,
          'yuno-account-id': make.accountId,
          'x-api-key': 'destination-key',
          'x-card-holder': `{{vaulted_token.${token}.holder_name}}`,
        } as never,
        body: chargeBody(token),
      });
      expect(res.status, because('pci-proxy-headers', `the forward: ${res.snippet(200)}`)).toBe(200);
      const got = receiver.received.at(-1)!;
      const card = (JSON.parse(got.body) as { card: Json }).card;
      expect(
        { path: got.path, number: card.number, holder: got.headers['x-card-holder'], key: got.headers['x-api-key'] },
        because('pci-proxy-headers', 'what the destination received'),
      ).toEqual({
        path: '/charges?expand=true',
        number: make.cards.approved,
        holder: 'John Doe',
        key: 'destination-key',
      });
      const leaked = Object.keys(got.headers).filter((h) => /^(yuno-|public-api-key|private-secret-key)/i.test(h));
      expect(leaked, because('pci-proxy-headers', "Yuno's headers reached the destination")).toEqual([]);
      expect(
        {
          id: typeof res.headers['yuno-proxy-request-id'],
          status: res.headers['yuno-proxy-destination-status'],
          replacements: res.headers['yuno-proxy-replacements'],
          redactions: res.headers['yuno-proxy-response-redactions'],
          passed: res.headers['x-destination'],
          number: ((res.body as Json).card as Json).number,
        },
        because('pci-proxy-headers', "the proxy's answer"),
      ).toEqual({
        id: 'string',
        status: '200',
        replacements: '5',
        redactions: '1',
        passed: 'yuno-conformance',
        number: `${'X'.repeat(make.cards.approved.length - 4)}${make.cards.approved.slice(-4)}`,
      });
    } finally {
      await receiver.close();
    }
  },
);

test(
  'network tokens: a new cryptogram on every call, for the DPAN the proxy resolves',
  about(['generateNetworkTokenCryptogram', 'invokeForwardProxy'], 'network-token-cryptogram').needs(
    'stateful',
    'controls',
  ),
  async ({ api, scenario }) => {
    const receiver = await startDestination();
    try {
      const { hostname, token } = await proxySetup(scenario, receiver);
      const ask = async (include?: boolean): Promise<Json> =>
        (
          await api.call('generateNetworkTokenCryptogram', {
            body: {
              vaulted_token: token,
              country: 'US',
              ...(include === undefined ? {} : { include_network_token: include }),
            },
          })
        ).ok() as Json;
      const a = await ask();
      const b = await ask();
      const only = await ask(false);
      const nt = (x: Json): Json => x.network_token as Json;
      expect(a.cryptogram, because('network-token-cryptogram', 'two calls answered the same cryptogram')).not.toBe(
        b.cryptogram,
      );
      expect(nt(b).number, because('network-token-cryptogram', "the card's DPAN on the second call")).toBe(
        nt(a).number,
      );
      expect(
        // Left out or null: the docs let an answer send an optional field it leaves out as null.
        { number: nt(only).number ?? undefined, token_data: nt(only).token_data ?? undefined },
        because('network-token-cryptogram', 'include_network_token false'),
      ).toEqual({ number: undefined, token_data: undefined });
      (
        await api.call('invokeForwardProxy', {
          headers: { 'yuno-proxy-destination-url': `https://${hostname}/charges` },
          body: { card: { number: `{{vaulted_token.${token}.network_token_number}}`, cryptogram: a.cryptogram } },
        })
      ).ok();
      const sent = (JSON.parse(receiver.received.at(-1)!.body) as { card: Json }).card;
      expect(sent.number, because('network-token-cryptogram', 'network_token_number at the destination')).toBe(
        nt(a).number,
      );
    } finally {
      await receiver.close();
    }
  },
);

// ---- domains, conversion, reporting ------------------------------------------------------------------------

test(
  'domains: a registration is found by its id, and not after its deletion',
  about(
    ['registerPaymentMethodDomains', 'retrievePaymentMethodDomain', 'deletePaymentMethodDomain'],
    'domain-registration-found',
  ).needs('stateful'),
  async ({ api, make }) => {
    const urls = [`${make.id('a')}.example.com`, `${make.id('b')}.example.com`];
    const body = { ...domainsBody(make), domains: urls.map((url) => ({ url })) };
    const made = (await api.call('registerPaymentMethodDomains', { body })).ok() as Json;
    const regs = made.domains as Json[];
    expect(regs.length, because('domain-registration-found', 'one registration per domain')).toBe(2);
    for (const [i, r] of regs.entries()) {
      const read = (await api.call('retrievePaymentMethodDomain', { path: { id: String(r.id) } })).ok() as Json;
      expect(
        { domain: read.domain, method: read.payment_method, status: read.status },
        because('domain-registration-found', `registration ${i} read by its id`),
      ).toEqual({ domain: urls[i], method: 'APPLE_PAY', status: 'REGISTERED' });
    }
    const first = String(regs[0]!.id);
    const deleted = await api.call('deletePaymentMethodDomain', { path: { id: first }, body: { reason: 'done' } });
    expect(deleted.status, because('domain-registration-found', 'the delete')).toBe(204);
    const gone = await api.call('retrievePaymentMethodDomain', { path: { id: first } });
    expect(gone.status, because('domain-registration-found', `a read after the delete: ${gone.snippet(120)}`)).toBe(
      404,
    );
    (await api.call('retrievePaymentMethodDomain', { path: { id: String(regs[1]!.id) } })).ok();
  },
);

test(
  'conversion: the quote is served with the keys under the X- names too, and refused with other values there',
  about('retrieveConversionRate', 'conversion-key-headers').needs('checksKeyValues'),
  async ({ api, make }) => {
    const body = conversionBody(make);
    // The client sends the run's keys under the X- names as well.
    (await api.call('retrieveConversionRate', { body })).ok();
    await expect(
      await api.call('retrieveConversionRate', {
        headers: {
          'X-Public-Api-Key': 'pk_wrong_0000000000000000',
          'X-Private-Secret-Key': 'sk_wrong_0000000000000000',
        },
        body,
      }),
    ).toBeRefusedAs('conversion-key-headers', 'other values under the X- names');
    const missing = await api.malformed('retrieveConversionRate', { body, bareHeaders: true });
    expect(missing.status, because('conversion-key-headers', 'without the X- names')).toBeGreaterThanOrEqual(400);
  },
);

test(
  'conversion: the quote converts the amount at its rate, into the currency asked',
  about('retrieveConversionRate', 'conversion-rate-quote'),
  async ({ api, make }) => {
    const body = conversionBody(make);
    const q = (await api.call('retrieveConversionRate', { body })).ok() as Json;
    const amount = q.amount as Json;
    const cc = amount.currency_conversion as Json;
    expect(
      {
        value: amount.value,
        currency: amount.currency,
        to: cc.cardholder_currency,
        provider: (cc.provider_data as Json).id,
      },
      because('conversion-rate-quote', 'what the quote is about'),
    ).toEqual({ value: 10000, currency: 'COP', to: 'USD', provider: 'CIBC' });
    expect(
      cc.cardholder_amount,
      because('conversion-rate-quote', `cardholder_amount at rate ${String(cc.rate)}`),
    ).toBeCloseTo(Number(amount.value) / Number(cc.rate), 2);
  },
);

test(
  'reporting: a report_id is ingested once; again, it is a duplicate',
  about('reportTransactions', 'reporting-deduplicates').needs('stateful'),
  async ({ api, make }) => {
    const first = make.id('rpt');
    const once = (await api.call('reportTransactions', { body: reportBody(make, [first]) })).ok();
    expect(
      { accepted: once.accepted, duplicates: once.duplicates },
      because('reporting-deduplicates', 'a new report_id'),
    ).toEqual({ accepted: 1, duplicates: 0 });
    const again = reportBody(make, [first, make.id('rpt')]);
    again.events[0]!.amount.value = 12.5;
    const twice = (await api.call('reportTransactions', { body: again })).ok();
    expect(
      { accepted: twice.accepted, duplicates: twice.duplicates },
      because('reporting-deduplicates', 'the same report_id with another payload, and a new one'),
    ).toEqual({ accepted: 1, duplicates: 1 });
  },
);
