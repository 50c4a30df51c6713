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
