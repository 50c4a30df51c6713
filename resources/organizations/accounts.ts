// Accounts: the merchant environments of an account group (b2b-organization-management.mdx, step 2).
// Deleting one disables it, it is not erased (delete-account.json): it still reads back.
import { defineResource } from '../kit.js';
import { accountGroups } from './account-groups.js';
import { accountBody } from './bodies.js';

export const accounts = defineResource({
  name: 'account',
  schema: 'OrganizationAccount',
  id: ['id'],
  stable: ['/id', '/created_at'],
  store: (w) => w.get(accountGroups),
  operations: {
    createOrganizationAccount: {
      serve: (s, r) => s.createAccount(r, r.path.account_group_id!, r.body),
      relation: 'creates',
      request: async (d) => ({
        path: { account_group_id: String((await d.need('account_group')).id) },
        body: accountBody(d.make),
      }),
      echo: ['/name'],
    },
    listOrganizationAccounts: {
      serve: (s) => s.listAccounts(),
      relation: 'lists',
      request: async (d) => {
        await d.need('account');
        return {};
      },
    },
    retrieveOrganizationAccount: {
      serve: (s, r) => s.retrieveAccount(r, r.path.account_id!),
      identity: 'account_id',
    },
    updateOrganizationAccount: {
      serve: (s, r) => s.updateAccount(r, r.path.account_id!, r.body),
      identity: 'account_id',
      relation: 'changes',
      request: async (d) => ({
        path: { account_id: String((await d.need('account')).id) },
        body: { name: `yuno-conformance account renamed ${d.make.id('account')}` },
      }),
      echo: ['/name'],
    },
    // Disables the account, which stays and reads back (delete-account.json): a change, not an end
    // in the kit's sense (rule organization-deletes).
    deleteOrganizationAccount: {
      serve: (s, r) => s.disableAccount(r, r.path.account_id!),
      identity: 'account_id',
      relation: 'changes',
    },
  },
});
