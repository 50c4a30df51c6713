// The valid requests of the marketplace scenarios, and the steps several of them share (a recipient with
// an onboarding, a two-step onboarding, a transfer of an onboarding). Connection ids are the docs' own
// example ids: the emulator takes any, a sandbox needs the account's.
import type { BodyOf } from '../../lib/api.js';
import type { MakeContext, ScenarioDeps } from '../kit.js';
import type { Json } from '../result.js';

type Country = BodyOf<'createRecipient'>['country'];

/** The connection of the recipients' pre-onboarded provider account (create-recipient-1.json's example id). */
export const STRIPE_CONNECTION = 'd2c1f0e9-8a90-432a-ab7c-fdee4c7d58e4';
/** Another connection, for onboardings made one by one (create-onboarding.json's example id). */
export const ADYEN_CONNECTION = '8fee3cc6-f3cb-455d-b139-973866111a03';

const providerAccount = (m: MakeContext): string =>
  `acct_${m
    .id('rcp')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(-16)}`;

/** A recipient; by default with an account it already has at STRIPE (PREVIOUSLY_ONBOARDED: SUCCEEDED at once). */
export function recipientBody(m: MakeContext, o: { onboarded?: boolean } = {}): BodyOf<'createRecipient'> {
  return {
    account_id: m.accountId,
    merchant_recipient_id: m.id('recipient'),
    national_entity: 'INDIVIDUAL',
    first_name: 'John',
    last_name: 'Doe',
    email: 'john.doe@example.com',
    country: m.country as Country,
    document: { document_number: '1093333333', document_type: 'CC' },
    phone: { country_code: '57', number: '3132450765' },
    ...(o.onboarded === false
      ? {}
      : {
          onboardings: [
            {
              type: 'PREVIOUSLY_ONBOARDED',
              workflow: 'DIRECT',
              provider: { id: 'STRIPE', connection_id: STRIPE_CONNECTION, recipient_id: providerAccount(m) },
            },
          ],
        }),
  };
}

/** An onboarding: an account the recipient already has at ADYEN (SUCCEEDED at once), or a two-step one (CREATED). */
export function onboardingBody(m: MakeContext, o: { twoStep?: boolean } = {}): BodyOf<'createOnboarding'> {
  return {
    account_id: m.accountId,
    callback_url: 'https://merchant.example.com/webhook/onboarding',
    ...(o.twoStep
      ? {
          type: 'TWO_STEP_ONBOARDING',
          workflow: 'HOSTED_BY_PROVIDER',
          provider: { id: 'ADYEN', connection_id: ADYEN_CONNECTION },
        }
      : {
          type: 'PREVIOUSLY_ONBOARDED',
          workflow: 'DIRECT',
          provider: { id: 'ADYEN', connection_id: ADYEN_CONNECTION, recipient_id: providerAccount(m) },
        }),
  };
}

export function continueBody(m: MakeContext): BodyOf<'continueOnboarding'> {
  return {
    account_id: m.accountId,
    type: 'TWO_STEP_ONBOARDING',
    workflow: 'HOSTED_BY_PROVIDER',
    callback_url: 'https://merchant.example.com/webhook/onboarding',
  };
}

/** The recipient an onboarding answer belongs to (recipient_id, or its nested recipient's id). */
export function recipientOf(o: Json): string {
  const id = o.recipient_id ?? (o.recipient as Json | null | undefined)?.id;
  if (typeof id !== 'string')
    throw new Error(`the onboarding answer names no recipient: ${JSON.stringify(o).slice(0, 200)}`);
  return id;
}

/** A new recipient with no onboarding, and an onboarding made for it (pre-onboarded unless `twoStep`). */
export async function onboarded(
  d: ScenarioDeps,
  o: { twoStep?: boolean } = {},
): Promise<{ recipient_id: string; onboarding_id: string; onboarding: Json }> {
  const r = (await d.api.call('createRecipient', { body: recipientBody(d.make, { onboarded: false }) })).ok();
  const recipient_id = String(r.id);
  const onboarding = (
    await d.api.call('createOnboarding', { path: { recipient_id }, body: onboardingBody(d.make, o) })
  ).ok() as Json;
  return { recipient_id, onboarding_id: String(onboarding.id), onboarding };
}

/** An onboarding transferred to another recipient: the transfer, the onboarding moved and the recipient that received it. */
export async function transferred(
  d: ScenarioDeps,
): Promise<{ transfer: Json; onboarding_id: string; from: string; to: string }> {
  const made = await onboarded(d);
  const to = String((await d.need('recipient')).id);
  const transfer = (
    await d.api.call('transferOnboarding', { path: { recipient_id: to, onboarding_id: made.onboarding_id } })
  ).ok() as Json;
  return { transfer, onboarding_id: made.onboarding_id, from: made.recipient_id, to };
}

/** A standalone transfer to a recipient onboarded at STRIPE. */
export function standaloneTransferBody(
  m: MakeContext,
  recipientId: string,
  value = 100,
): BodyOf<'createStandaloneTransfer'> {
  return {
    account_id: m.accountId,
    recipient_id: recipientId,
    provider_id: 'stripe',
    amount: { currency: m.currency as BodyOf<'createStandaloneTransfer'>['amount']['currency'], value },
    description: 'yuno-conformance transfer',
    merchant_reference: m.id('transfer'),
  };
}

/** A seller with a card mapping at one provider (sellers-api.json "CardProvider"), under a new merchant_seller_id. */
export function sellerBody(m: MakeContext): BodyOf<'createSeller'> {
  return {
    account_id: m.accountId,
    merchant_seller_id: m.id('seller'),
    name: 'Franchise Store New York',
    email: 'store001@franchise.com',
    phone: { code: '+1', number: '2125550100' },
    document: { type: 'EIN', number: '12-3456789' },
    address: {
      line_1: '350 Fifth Avenue',
      line_2: 'Suite 101',
      city: 'New York',
      state: 'NY',
      country: 'US',
      zip_code: '10118',
    },
    country: 'US',
    merchant_category_code: '5812',
    payment_methods: [{ provider_id: 'STRIPE', payment_method_type: 'CARD', merchant_id: 'acct_1A2B3C4D5E' }],
  };
}
