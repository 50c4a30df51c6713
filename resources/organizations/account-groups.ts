// Account groups: the sub-organizations of the B2B guide (b2b-organization-management.mdx, step 1),
// each holding merchant accounts; deleting one moves its accounts to the organization's default
// group (resources/organizations/store.ts keeps groups, accounts, roles and users together).
import { defineResource } from '../kit.js';
import { accountBody, accountGroupBody } from './bodies.js';
import { Organization } from './store.js';

export const accountGroups = defineResource({
  name: 'account_group',
  schema: 'AccountGroup',
  id: ['id'],
  stable: ['/id', '/created_at'],
  store: (w) => new Organization(w.clock, w),
  operations: {
    createAccountGroup: {
      serve: (s, r) => s.createGroup(r.body),
      relation: 'creates',
      request: (d) => ({ body: accountGroupBody(d.make) }),
      echo: ['/name', '/merchant_id'],
    },
    listAccountGroups: {
      serve: (s) => s.listGroups(),
      relation: 'lists',
      request: async (d) => {
        await d.need('account_group');
        return {};
      },
    },
    retrieveAccountGroup: {
      serve: (s, r) => s.retrieveGroup(r, r.path.account_group_id!),
      identity: 'account_group_id',
    },
    updateAccountGroup: {
      serve: (s, r) => s.updateGroup(r, r.path.account_group_id!, r.body),
      identity: 'account_group_id',
      relation: 'changes',
      request: async (d) => ({
        path: { account_group_id: String((await d.need('account_group')).id) },
        body: { name: `yuno-conformance group renamed ${d.make.id('group')}` },
      }),
      echo: ['/name', '/merchant_id'],
    },
    deleteAccountGroup: {
      serve: (s, r) => s.deleteGroup(r, r.path.account_group_id!),
      identity: 'account_group_id',
      relation: 'ends',
    },
    // About one group (its id in the path): the accounts created in it. Its items carry no
    // account_group_id (list-accounts-of-group.json), so no lookup is declared: the relations spec checks it.
    listAccountGroupAccounts: {
      serve: (s, r) => s.groupAccounts(r, r.path.account_group_id!),
      identity: 'account_group_id',
      relation: 'other',
      request: async (d) => {
        const account_group_id = String((await d.need('account_group')).id);
        await d.api.call('createOrganizationAccount', { path: { account_group_id }, body: accountBody(d.make) });
        return { path: { account_group_id } };
      },
    },
  },
});
