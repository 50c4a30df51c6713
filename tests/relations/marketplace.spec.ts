// The marketplace's relations, as the docs describe them: an onboarding moves along its status table (block,
// unblock, cancel, continue, transfer and its reversal) and is refused the moves the docs refuse; a blocked
// recipient receives no transfer; a split transfer is reversed from SUCCEEDED only, at most for what is left,
// and once in full; transfers of onboardings are found by id and listed per onboarding and per recipient;
// a deleted recipient takes its onboardings with it; an update reaches the onboardings or only one of them;
// a seller is found by merchant_seller_id, replaced whole, deleted for good, and unique; the onboarding and
// split-transfer webhooks say what happened.

import {
  continueBody,
  onboarded,
  onboardingBody,
  recipientBody,
  sellerBody,
  standaloneTransferBody,
  transferred,
} from '../../resources/marketplace/bodies.js';
import type { YunoClient } from '../support/client.js';
import { about, because, expect, succeeded, test } from '../support/fixtures/index.js';

type Json = Record<string, unknown>;
type OnboardingPath = { recipient_id: string; onboarding_id: string };

const statusOf = async (api: YunoClient, path: OnboardingPath): Promise<unknown> =>
  (await api.call('retrieveOnboarding', { path })).ok().status;

const codeOf = (res: { body: unknown }): unknown => (res.body as { code?: unknown } | undefined)?.code;

test.describe('onboardings move along specs/recipient-onboarding-status.yaml', () => {
  test(
    'block makes an onboarding BLOCKED and unblock takes it back; blocking twice, or unblocking one not blocked, is refused with 409',
    about(
      ['blockOnboarding', 'unblockOnboarding', 'retrieveOnboarding', 'retrieveRecipient'],
      'onboarding-status-moves',
      'onboarding-move-refused',
    ).needs('stateful'),
    async ({ api, scenario }) => {
      const { recipient_id, onboarding_id } = await onboarded(scenario);
      const path = { recipient_id, onboarding_id };
      expect(await statusOf(api, path), because('onboarding-status-moves', 'a pre-onboarded account')).toBe(
        'SUCCEEDED',
      );
      const notBlocked = await api.call('unblockOnboarding', { path });
      await expect(notBlocked).toBeRefusedAs('onboarding-move-refused', 'unblock of a SUCCEEDED onboarding');
      expect(codeOf(notBlocked), because('onboarding-move-refused', 'unblock of one not blocked')).toBe(
        'RECIPIENT_NOT_BLOCKED',
      );

      const blocked = (await api.call('blockOnboarding', { path })).ok();
      expect(blocked.id, because('onboarding-status-moves', 'block answers the recipient')).toBe(recipient_id);
      expect(await statusOf(api, path), because('onboarding-status-moves', 'a read after block')).toBe('BLOCKED');
      const recipient = (await api.call('retrieveRecipient', { path: { recipient_id } })).ok();
      expect(
        recipient.onboardings?.find((o) => o.id === onboarding_id)?.status,
        because('onboarding-status-moves', "the recipient's onboardings after block"),
      ).toBe('BLOCKED');

      const again = await api.call('blockOnboarding', { path });
      await expect(again).toBeRefusedAs('onboarding-move-refused', 'block of a BLOCKED onboarding');
      expect(codeOf(again), because('onboarding-move-refused', 'block of a BLOCKED onboarding')).toBe(
        'RECIPIENT_ALREADY_BLOCKED',
      );
      expect(await statusOf(api, path), because('onboarding-move-refused', 'a refused block moves nothing')).toBe(
        'BLOCKED',
      );

      (await api.call('unblockOnboarding', { path })).ok();
      expect(
        await statusOf(api, path),
        because('onboarding-status-moves', 'unblock takes it back to the status it was blocked from'),
      ).toBe('SUCCEEDED');
    },
  );

  test(
    'cancel makes an onboarding not yet completed CANCELED; canceling it again is refused with 409 RECIPIENT_ALREADY_CANCELLED',
    about(['cancelOnboarding', 'retrieveOnboarding'], 'onboarding-status-moves', 'onboarding-move-refused').needs(
      'stateful',
    ),
    async ({ api, scenario }) => {
      const { recipient_id, onboarding_id } = await onboarded(scenario, { twoStep: true });
      const path = { recipient_id, onboarding_id };
      expect(await statusOf(api, path), because('onboarding-status-moves', 'a new two-step onboarding')).toBe(
        'CREATED',
      );
      (await api.call('cancelOnboarding', { path })).ok();
      expect(await statusOf(api, path), because('onboarding-status-moves', 'a read after cancel')).toBe('CANCELED');
      const again = await api.call('cancelOnboarding', { path });
      await expect(again).toBeRefusedAs('onboarding-move-refused', 'cancel of a CANCELED onboarding');
      expect(codeOf(again), because('onboarding-move-refused', 'cancel of a CANCELED onboarding')).toBe(
        'RECIPIENT_ALREADY_CANCELLED',
      );
    },
  );

  test(
    'continue takes a two-step onboarding waiting for the recipient to PENDING, with a redirect to the KYC page; the approval makes it SUCCEEDED',
    about(['continueOnboarding', 'retrieveOnboarding'], 'onboarding-status-moves').needs('stateful', 'controls'),
    async ({ api, scenario, controls, make }) => {
      const { recipient_id, onboarding_id } = await onboarded(scenario, { twoStep: true });
      const path = { recipient_id, onboarding_id };
      await controls!.must('moveRecipientOnboarding', { onboarding_id, to: 'PENDING_RECIPIENT_ACTION' });
      expect(await statusOf(api, path), because('onboarding-status-moves', 'once its account exists')).toBe(
        'PENDING_RECIPIENT_ACTION',
      );
      const continued = (await api.call('continueOnboarding', { path, body: continueBody(make) })).ok();
      expect(
        { status: continued.status, redirect: typeof continued.provider?.redirect_url },
        because('onboarding-status-moves', 'continue (HOSTED_BY_PROVIDER) answers PENDING with a redirect URL'),
      ).toEqual({ status: 'PENDING', redirect: 'string' });
      expect(await statusOf(api, path), because('onboarding-status-moves', 'a read after continue')).toBe('PENDING');
      await controls!.must('moveRecipientOnboarding', { onboarding_id, to: 'SUCCEEDED' });
      expect(await statusOf(api, path), because('onboarding-status-moves', 'a read after the approval')).toBe(
        'SUCCEEDED',
      );
    },
  );

  test(
    'a transfer leaves the origin TRANSFERRED and gives the receiving recipient a SUCCEEDED onboarding; its reversal brings it back',
    about(['transferOnboarding', 'reverseOnboardingTransfer', 'retrieveOnboarding'], 'onboarding-status-moves').needs(
      'stateful',
    ),
    async ({ api, scenario }) => {
      const { transfer, onboarding_id, from, to } = await transferred(scenario);
      const origin = transfer.origin_onboarding as Json;
      const destination = transfer.destination_onboarding as Json;
      expect(
        {
          origin: origin.id,
          from: (origin.recipient as Json | null)?.id,
          to: (destination.recipient as Json | null)?.id,
        },
        because('onboarding-status-moves', 'the transfer names the onboarding moved and both recipients'),
      ).toEqual({ origin: onboarding_id, from, to });
      const originPath = { recipient_id: from, onboarding_id };
      const destinationPath = { recipient_id: to, onboarding_id: String(destination.id) };
      expect(
        { origin: await statusOf(api, originPath), destination: await statusOf(api, destinationPath) },
        because('onboarding-status-moves', 'reads after the transfer'),
      ).toEqual({ origin: 'TRANSFERRED', destination: 'SUCCEEDED' });

      const back = (await api.call('reverseOnboardingTransfer', { path: { transfer_id: String(transfer.id) } })).ok();
      expect(
        { origin: back.origin_onboarding?.id, destination: back.destination_onboarding?.id },
        because('onboarding-status-moves', 'the reversal moves the onboarding back, the other way'),
      ).toEqual({ origin: destination.id, destination: onboarding_id });
      expect(
        { origin: await statusOf(api, originPath), destination: await statusOf(api, destinationPath) },
        because('onboarding-status-moves', 'reads after the reversal'),
      ).toEqual({ origin: 'SUCCEEDED', destination: 'TRANSFERRED' });
    },
  );
});

test(
  'a recipient whose onboarding is BLOCKED receives no standalone transfer (400 ONBOARDING_NOT_VALID); once unblocked it does',
  about(['createStandaloneTransfer', 'blockOnboarding', 'unblockOnboarding'], 'blocked-recipient-no-transfer').needs(
    'stateful',
  ),
  async ({ api, make }) => {
    const r = (await api.call('createRecipient', { body: recipientBody(make) })).ok();
    const path = { recipient_id: String(r.id), onboarding_id: String(r.onboardings?.[0]?.id) };
    (await api.call('blockOnboarding', { path })).ok();
    const refused = await api.call('createStandaloneTransfer', { body: standaloneTransferBody(make, String(r.id)) });
    await expect(refused).toBeRefusedAs('blocked-recipient-no-transfer', 'a transfer to a blocked recipient');
    (await api.call('unblockOnboarding', { path })).ok();
    const t = succeeded(
      await api.call('createStandaloneTransfer', { body: standaloneTransferBody(make, String(r.id)) }),
      'blocked-recipient-no-transfer',
      'a transfer once the onboarding is unblocked',
    );
    expect(t.status, because('blocked-recipient-no-transfer', 'the transfer once unblocked')).toBe('SUCCEEDED');
  },
);

test.describe('split transfers move along specs/split-transfer-status.yaml', () => {
  test(
    'a transfer is reversed at most for what is left, in its currency; reversed in full it is REVERSED and a second reversal is refused with TRANSFER_ALREADY_REVERSED',
    about(
      ['createStandaloneTransfer', 'reverseStandaloneTransfer', 'retrieveStandaloneTransfer'],
      'split-transfer-reversal',
      'split-transfer-moves',
    ).needs('stateful'),
    async ({ api, make, scenario }) => {
      const recipient = String((await scenario.need('recipient')).id);
      const t = (
        await api.call('createStandaloneTransfer', { body: standaloneTransferBody(make, recipient, 100) })
      ).ok();
      const path = { transfer_id: String(t.id) };
      const read = async (): Promise<unknown> => (await api.call('retrieveStandaloneTransfer', { path })).ok().status;
      expect(
        { answered: t.status, read: await read() },
        because('split-transfer-moves', 'a transfer the provider completes at once'),
      ).toEqual({ answered: 'SUCCEEDED', read: 'SUCCEEDED' });
      const currency = t.amount!.currency;
      const reverse = (body: Json) =>
        api.call('reverseStandaloneTransfer', { path, body: { account_id: make.accountId, ...body } });

      (await reverse({ amount: { currency, value: 40 } })).ok();
      const tooMuch = await reverse({ amount: { currency, value: 70 } });
      await expect(tooMuch).toBeRefusedAs('split-transfer-reversal', '70 of the 60 left');
      expect(codeOf(tooMuch), because('split-transfer-reversal', '70 of the 60 left')).toBe('REVERSAL_AMOUNT_EXCEEDS');
      const other = await reverse({ amount: { currency: currency === 'USD' ? 'EUR' : 'USD', value: 10 } });
      await expect(other).toBeRefusedAs('split-transfer-reversal', 'another currency');
      expect(codeOf(other), because('split-transfer-reversal', 'another currency')).toBe('INVALID_CURRENCY');

      (await reverse({})).ok();
      expect(await read(), because('split-transfer-reversal', 'a read once reversed in full')).toBe('REVERSED');
      const twice = await reverse({});
      await expect(twice).toBeRefusedAs('split-transfer-reversal', 'a second full reversal');
      expect(codeOf(twice), because('split-transfer-reversal', 'a second full reversal')).toBe(
        'TRANSFER_ALREADY_REVERSED',
      );
    },
  );

  test(
    'a transfer the provider holds is CREATED, then PENDING and SUCCEEDED as the provider answers; it is not reversed before',
    about(
      ['createStandaloneTransfer', 'reverseStandaloneTransfer', 'retrieveStandaloneTransfer'],
      'split-transfer-moves',
      'split-transfer-reversal',
    ).needs('stateful', 'controls'),
    async ({ api, make, scenario, controls }) => {
      const recipient = String((await scenario.need('recipient')).id);
      await controls!.must('splitTransferProviderOutcome', { recipient_id: recipient, outcome: 'CREATED' });
      const t = (await api.call('createStandaloneTransfer', { body: standaloneTransferBody(make, recipient) })).ok();
      const path = { transfer_id: String(t.id) };
      const read = async (): Promise<unknown> => (await api.call('retrieveStandaloneTransfer', { path })).ok().status;
      expect(t.status, because('split-transfer-moves', 'a transfer not yet sent to the provider')).toBe('CREATED');
      const early = await api.call('reverseStandaloneTransfer', { path, body: { account_id: make.accountId } });
      await expect(early).toBeRefusedAs('split-transfer-reversal', 'a CREATED transfer');
      expect(codeOf(early), because('split-transfer-reversal', 'a CREATED transfer')).toBe('TRANSFER_NOT_REVERSIBLE');
      await controls!.must('moveSplitTransfer', { transfer_id: path.transfer_id, to: 'PENDING' });
      expect(await read(), because('split-transfer-moves', 'a read once sent')).toBe('PENDING');
      await controls!.must('moveSplitTransfer', { transfer_id: path.transfer_id, to: 'SUCCEEDED' });
      expect(await read(), because('split-transfer-moves', "a read after the provider's confirmation")).toBe(
        'SUCCEEDED',
      );
      succeeded(
        await api.call('reverseStandaloneTransfer', { path, body: { account_id: make.accountId } }),
        'split-transfer-reversal',
        'the reversal of a SUCCEEDED transfer',
      );
    },
  );

  test(
    'a transfer the provider fails is answered 201 in ERROR and is not reversed',
    about(
      ['createStandaloneTransfer', 'reverseStandaloneTransfer', 'retrieveStandaloneTransfer'],
      'split-transfer-moves',
      'split-transfer-reversal',
    ).needs('stateful', 'controls'),
    async ({ api, make, scenario, controls }) => {
      const recipient = String((await scenario.need('recipient')).id);
      await controls!.must('splitTransferProviderOutcome', { recipient_id: recipient, outcome: 'ERROR' });
      const res = await api.call('createStandaloneTransfer', { body: standaloneTransferBody(make, recipient) });
      const t = res.ok();
      expect(
        { http: res.status, status: t.status },
        because('split-transfer-moves', 'a provider failure (the "Error" example)'),
      ).toEqual({ http: 201, status: 'ERROR' });
      const path = { transfer_id: String(t.id) };
      expect(
        (await api.call('retrieveStandaloneTransfer', { path })).ok().status,
        because('split-transfer-moves', 'a read of the failed transfer'),
      ).toBe('ERROR');
      const reversal = await api.call('reverseStandaloneTransfer', { path, body: { account_id: make.accountId } });
      await expect(reversal).toBeRefusedAs('split-transfer-reversal', 'an ERROR transfer');
      expect(codeOf(reversal), because('split-transfer-reversal', 'an ERROR transfer')).toBe('TRANSFER_NOT_REVERSIBLE');
    },
  );
});

test(
  'an onboarding transfer is found by id and listed, most recent first, for both onboardings and both recipients, its reversal too',
  about(
    [
      'transferOnboarding',
      'reverseOnboardingTransfer',
      'retrieveOnboardingTransfer',
      'listOnboardingTransfers',
      'listRecipientTransfers',
    ],
    'onboarding-transfer-lookup',
  ).needs('stateful'),
  async ({ api, scenario }) => {
    const { transfer, onboarding_id, from, to } = await transferred(scenario);
    const t1 = String(transfer.id);
    const o2 = String((transfer.destination_onboarding as Json).id);
    const found = (await api.call('retrieveOnboardingTransfer', { path: { transfer_id: t1 } })).ok();
    expect(
      { id: found.id, origin: found.origin_onboarding?.id, destination: found.destination_onboarding?.id },
      because('onboarding-transfer-lookup', 'the transfer found by its id'),
    ).toEqual({ id: t1, origin: onboarding_id, destination: o2 });
    const t2 = String((await api.call('reverseOnboardingTransfer', { path: { transfer_id: t1 } })).ok().id);

    const ids = (list: Array<{ id?: string | null }>): unknown[] => list.map((t) => t.id);
    for (const id of [onboarding_id, o2])
      expect(
        ids((await api.call('listOnboardingTransfers', { path: { onboarding_id: id } })).ok()),
        because('onboarding-transfer-lookup', `the transfers of onboarding ${id}, most recent first`),
      ).toEqual([t2, t1]);
    for (const id of [from, to])
      expect(
        ids((await api.call('listRecipientTransfers', { path: { recipient_id: id } })).ok()),
        because('onboarding-transfer-lookup', `the transfers of recipient ${id}, most recent first`),
      ).toEqual([t2, t1]);
    const none = await onboarded(scenario);
    expect(
      (await api.call('listRecipientTransfers', { path: { recipient_id: none.recipient_id } })).ok(),
      because('onboarding-transfer-lookup', 'a recipient whose onboardings never moved'),
    ).toEqual([]);
  },
);

test.describe('recipients', () => {
  test(
    'a deleted recipient is gone with its onboardings',
    about(
      ['deleteRecipient', 'retrieveRecipient', 'retrieveOnboarding', 'listOnboardingTransfers'],
      'recipient-deleted',
    ).needs('stateful'),
    async ({ api, make }) => {
      const r = (await api.call('createRecipient', { body: recipientBody(make) })).ok();
      const recipient_id = String(r.id);
      const onboarding_id = String(r.onboardings?.[0]?.id);
      const deleted = await api.call('deleteRecipient', { path: { recipient_id } });
      expect(deleted.status, because('recipient-deleted', 'delete answers 204')).toBe(204);
      const read = await api.call('retrieveRecipient', { path: { recipient_id } });
      expect(
        { status: read.status, code: codeOf(read) },
        because('recipient-deleted', 'a read of the deleted recipient'),
      ).toEqual({ status: 404, code: 'RECIPIENT_NOT_FOUND' });
      const onboarding = await api.call('retrieveOnboarding', { path: { recipient_id, onboarding_id } });
      expect(onboarding.status, because('recipient-deleted', 'a read of its onboarding')).toBe(404);
      const transfers = await api.call('listOnboardingTransfers', { path: { onboarding_id } });
      expect(
        { status: transfers.status, code: codeOf(transfers) },
        because('recipient-deleted', 'the transfers of its onboarding'),
      ).toEqual({ status: 404, code: 'ONBOARDING_NOT_FOUND' });
    },
  );

  test(
    "an update without onboarding_id reaches the recipient's onboardings; with it, only that onboarding's copy changes",
    about(['updateRecipient', 'retrieveRecipient', 'retrieveOnboarding'], 'recipient-update-scope').needs('stateful'),
    async ({ api, make }) => {
      const r = (await api.call('createRecipient', { body: recipientBody(make) })).ok();
      const recipient_id = String(r.id);
      const first = String(r.onboardings?.[0]?.id);
      const second = String(
        (await api.call('createOnboarding', { path: { recipient_id }, body: onboardingBody(make) })).ok().id,
      );
      const copyOf = async (onboarding_id: string) =>
        (await api.call('retrieveOnboarding', { path: { recipient_id, onboarding_id } })).ok().recipient;

      const shared = (await api.call('updateRecipient', { path: { recipient_id }, body: { first_name: 'Jane' } })).ok();
      expect(
        {
          answered: shared.first_name,
          first: (await copyOf(first))?.first_name,
          second: (await copyOf(second))?.first_name,
        },
        because('recipient-update-scope', 'an update without onboarding_id'),
      ).toEqual({ answered: 'Jane', first: 'Jane', second: 'Jane' });

      const own = (
        await api.call('updateRecipient', { path: { recipient_id }, body: { onboarding_id: first, last_name: 'Roe' } })
      ).ok();
      const read = (await api.call('retrieveRecipient', { path: { recipient_id } })).ok();
      expect(
        {
          answered: own.last_name,
          onboardingIdAnswered: 'onboarding_id' in own,
          read: read.last_name,
          first: (await copyOf(first))?.last_name,
          second: (await copyOf(second))?.last_name,
        },
        because('recipient-update-scope', 'an update with onboarding_id'),
      ).toEqual({ answered: 'Doe', onboardingIdAnswered: false, read: 'Doe', first: 'Roe', second: 'Doe' });
    },
  );
});

test.describe('sellers', () => {
  test(
    'a seller is found by merchant_seller_id, replaced whole by PUT, and once deleted not found',
    about(['createSeller', 'retrieveSeller', 'replaceSeller', 'deleteSeller'], 'seller-lifecycle').needs('stateful'),
    async ({ api, make }) => {
      const body = sellerBody(make);
      const path = { merchant_seller_id: body.merchant_seller_id };
      const created = (await api.call('createSeller', { body })).ok();
      const found = (await api.call('retrieveSeller', { path })).ok();
      expect(
        { seller_id: found.seller_id, email: found.email },
        because('seller-lifecycle', 'the seller found by its merchant_seller_id'),
      ).toEqual({ seller_id: created.seller_id, email: body.email });

      const replacement = {
        account_id: make.accountId,
        name: 'Franchise Store Los Angeles',
        country: 'US' as const,
        payment_methods: [{ provider_id: 'ADYEN', payment_method_type: 'CARD', merchant_id: 'ADYEN_MERCHANT_001' }],
      };
      const replaced = (await api.call('replaceSeller', { path, body: replacement })).ok();
      const after = (await api.call('retrieveSeller', { path })).ok();
      for (const [what, s] of [
        ['the PUT answer', replaced],
        ['a read after the PUT', after],
      ] as const)
        expect(
          {
            name: s.name,
            email: s.email,
            phone: s.phone?.number ?? null,
            line_1: s.address?.line_1 ?? null,
            merchant_category_code: s.merchant_category_code,
            providers: s.payment_methods?.map((m) => m.provider_id),
          },
          because('seller-lifecycle', `${what}: what the PUT left out is null`),
        ).toEqual({
          name: replacement.name,
          email: null,
          phone: null,
          line_1: null,
          merchant_category_code: null,
          providers: ['ADYEN'],
        });

      const deleted = await api.call('deleteSeller', { path });
      expect(deleted.status, because('seller-lifecycle', 'delete answers 204')).toBe(204);
      const gone = await api.call('retrieveSeller', { path });
      expect(
        { status: gone.status, code: codeOf(gone) },
        because('seller-lifecycle', 'a read after the delete'),
      ).toEqual({ status: 404, code: 'FRANCHISE_MAPPING_NOT_FOUND' });
    },
  );

  test(
    'a merchant_seller_id in use is refused with 409, a (provider, payment method type) pair named twice with 400',
    about(['createSeller', 'replaceSeller'], 'seller-unique', 'seller-mapping-unique').needs('stateful'),
    async ({ api, make }) => {
      const body = sellerBody(make);
      (await api.call('createSeller', { body })).ok();
      await expect(await api.call('createSeller', { body: { ...body, name: 'Another store' } })).toBeRefusedAs(
        'seller-unique',
        'a second seller with the same merchant_seller_id',
      );
      const twice = [...(body.payment_methods ?? []), { ...body.payment_methods![0]!, merchant_id: 'acct_other' }];
      await expect(
        await api.call('createSeller', { body: { ...sellerBody(make), payment_methods: twice } }),
      ).toBeRefusedAs('seller-mapping-unique', 'a create naming STRIPE / CARD twice');
      await expect(
        await api.call('replaceSeller', {
          path: { merchant_seller_id: body.merchant_seller_id },
          body: { account_id: make.accountId, payment_methods: twice },
        }),
      ).toBeRefusedAs('seller-mapping-unique', 'a replace naming STRIPE / CARD twice');
    },
  );
});

test.describe('webhooks', () => {
  test(
    'blocking an onboarding sends onboarding.blocked with the onboarding BLOCKED, signed',
    about(['blockOnboarding', 'onboardingEvent'], 'marketplace-webhooks', 'body-schema', 'webhook-signature').needs(
      'stateful',
      'webhooks',
    ),
    async ({ api, scenario, webhooks }) => {
      const { recipient_id, onboarding_id } = await onboarded(scenario);
      (await api.call('blockOnboarding', { path: { recipient_id, onboarding_id } })).ok();
      const d = await webhooks!.waitForEvent(
        (x) => x.body.type_event === 'onboarding.blocked' && (x.body.data as Json | undefined)?.id === onboarding_id,
        `onboarding.blocked webhook for onboarding ${onboarding_id}`,
      );
      webhooks!.expectMatchesContract(d);
      webhooks!.expectSigned(d);
      const data = d.body.data as Json;
      expect(
        { type: d.body.type, status: data.status, recipient: (data.recipient as Json | null)?.id },
        because('marketplace-webhooks', 'the onboarding.blocked event'),
      ).toEqual({ type: 'onboarding', status: 'BLOCKED', recipient: recipient_id });
    },
  );

  test(
    'a standalone transfer sends split_transfer succeeded naming it, and its reversal split_transfer_reverse',
    about(
      ['createStandaloneTransfer', 'reverseStandaloneTransfer', 'splitTransferEvent'],
      'marketplace-webhooks',
      'body-schema',
      'webhook-signature',
    ).needs('stateful', 'webhooks'),
    async ({ api, make, scenario, webhooks }) => {
      const recipient = String((await scenario.need('recipient')).id);
      const sent = standaloneTransferBody(make, recipient);
      const t = (await api.call('createStandaloneTransfer', { body: sent })).ok();
      const d = await webhooks!.waitForEvent(
        (x) => x.body.type === 'split_transfer' && (x.body.data as Json | undefined)?.id === t.id,
        `split_transfer webhook for transfer ${String(t.id)}`,
      );
      webhooks!.expectMatchesContract(d);
      webhooks!.expectSigned(d);
      expect(
        {
          type_event: d.body.type_event,
          version: d.body.version,
          transfer_id: d.body.transfer_id,
          status: (d.body.data as Json).status,
        },
        because('marketplace-webhooks', 'the split_transfer event'),
      ).toEqual({ type_event: 'succeeded', version: 1, transfer_id: t.id, status: 'SUCCEEDED' });

      (
        await api.call('reverseStandaloneTransfer', {
          path: { transfer_id: String(t.id) },
          body: { account_id: make.accountId },
        })
      ).ok();
      const r = await webhooks!.waitForEvent(
        (x) => x.body.type === 'split_transfer_reverse' && x.body.transfer_id === t.id,
        `split_transfer_reverse webhook for transfer ${String(t.id)}`,
      );
      webhooks!.expectMatchesContract(r);
      expect(
        { type_event: r.body.type_event, amount: (r.body.data as Json).amount },
        because('marketplace-webhooks', 'the split_transfer_reverse event reports the reversal'),
      ).toMatchObject({ type_event: 'succeeded', amount: sent.amount });
    },
  );
});
