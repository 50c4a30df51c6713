// The valid requests the organizations scenarios make, with data unique to the run.
import type { BodyOf } from '../../lib/api.js';
import type { MakeContext } from '../kit.js';

export function accountGroupBody(m: Pick<MakeContext, 'id'>): BodyOf<'createAccountGroup'> {
  return { name: `yuno-conformance group ${m.id('group')}`, merchant_id: m.id('merchant') };
}

export function accountBody(m: Pick<MakeContext, 'id'>): BodyOf<'createOrganizationAccount'> {
  return { name: `yuno-conformance account ${m.id('account')}` };
}

export function roleBody(m: Pick<MakeContext, 'id'>): BodyOf<'createRole'> {
  return {
    name: `yuno-conformance role ${m.id('role')}`,
    description: 'yuno-conformance custom role',
    permission_ids: ['view_payment_transactions'],
    testing_permission_ids: [],
    role_type: 'account',
  };
}

export function userBody(
  m: Pick<MakeContext, 'id'>,
  o: { accountId?: string; groupId?: string; roleId: string },
): BodyOf<'createUser'> {
  const base = { email: `${m.id('user')}@example.com`, first_name: 'John', last_name: 'Doe' };
  if (o.groupId)
    return {
      ...base,
      account_group_permissions: [{ account_group_id: o.groupId, role_id: o.roleId }],
      ...(o.accountId ? { account_permissions: [{ account_id: o.accountId, role_id: o.roleId }] } : {}),
    };
  return { ...base, account_permissions: [{ account_id: o.accountId!, role_id: o.roleId }] };
}

/** A Stripe connection for the CARD payments of an account (create-connection.mdx's cURL, with unique labels). */
export function connectionBody(m: Pick<MakeContext, 'id'>, accountId: string): BodyOf<'createConnection'> {
  return {
    account_id: accountId,
    merchant_connection_id: m.id('stripe'),
    provider_id: 'STRIPE',
    flow_type: 'PAYIN',
    payment_methods: ['CARD', 'GOOGLE_PAY', 'APPLE_PAY'],
    params: [
      { param_id: 'API_KEY', value: 'sk_test_yuno_conformance' },
      { param_id: 'PUBLISHABLE_KEY', value: 'pk_test_yuno_conformance' },
      { param_id: 'INTEGRATION_TYPE', value: 'PAYMENT_INTENTS' },
      { param_id: '3DS_ENABLED', value: true },
      { param_id: 'ORIGIN_URL', value: 'https://checkout.example.com' },
    ],
    costs: [
      {
        sort_number: 1,
        cost_name: 'Transaction Fee',
        currency: 'USD',
        cost_values: {
          successful: { fixed_fee: 0.3, percentage: 2.9 },
          unsuccessful: { fixed_fee: 0, percentage: 0 },
        },
      },
    ],
  };
}

/** The CARD routing of an account, one step on one of its connections. */
export function routingBody(
  accountId: string,
  connectionId: string,
  o: { name?: string; providerId?: string } = {},
): BodyOf<'createRouting'> {
  return {
    account_id: accountId,
    payment_method: 'CARD',
    name: o.name ?? 'yuno-conformance card routing',
    default_route: { steps: [{ index: 1, provider_id: o.providerId ?? 'STRIPE', connection_id: connectionId }] },
  };
}

/** A recommendation among two candidates for a card payment of an account. */
export function recommendationBody(
  m: Pick<MakeContext, 'id' | 'currency' | 'country'>,
  accountId: string,
): BodyOf<'getRoutingRecommendation'> {
  return {
    account_id: accountId,
    merchant_order_id: m.id('order'),
    payment: {
      amount: {
        currency: m.currency as BodyOf<'getRoutingRecommendation'>['payment']['amount']['currency'],
        value: 99,
      },
      country: m.country as BodyOf<'getRoutingRecommendation'>['payment']['country'],
      payment_method: { type: 'CARD' },
    },
    candidates: [{ provider_id: 'ADYEN', merchant_connection_id: m.id('adyen') }, { provider_id: 'STRIPE' }],
    optimize_for: 'APPROVAL_RATE',
  };
}
