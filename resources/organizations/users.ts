// White-label users: made with at least one role on an account or an account group, authenticated
// only through authenticateWhitelabelUser (create-user.json), their roles on accounts and on groups
// read, added to, replaced and removed one at a time (the eight permission operations).
import { defineResource, type ScenarioDeps } from '../kit.js';
import { accountGroups } from './account-groups.js';
import { accountBody, userBody } from './bodies.js';

/** A new user with a custom role on a new account: its id, the account's and the role's. */
async function userOnAccount(d: ScenarioDeps): Promise<{ user_id: string; account_id: string; role_id: string }> {
  const account_id = String((await d.need('account')).id);
  const role_id = String((await d.need('role')).id);
  const user = (
    await d.api.call('createUser', { body: userBody(d.make, { accountId: account_id, roleId: role_id }) })
  ).ok();
  return { user_id: String(user.id), account_id, role_id };
}

/** A new user with a custom role on a new account group (and on an account of it). */
async function userOnGroup(d: ScenarioDeps): Promise<{ user_id: string; account_group_id: string; role_id: string }> {
  const account_group_id = String((await d.need('account_group')).id);
  const account = (
    await d.api.call('createOrganizationAccount', { path: { account_group_id }, body: accountBody(d.make) })
  ).ok();
  const role_id = String((await d.need('role')).id);
  const user = (
    await d.api.call('createUser', {
      body: userBody(d.make, { accountId: String(account.id), groupId: account_group_id, roleId: role_id }),
    })
  ).ok();
  return { user_id: String(user.id), account_group_id, role_id };
}

/** A permission on another account, for a user who has one on an account. */
async function anotherAccount(d: ScenarioDeps) {
  const { user_id, role_id } = await userOnAccount(d);
  const other = String((await d.need('account')).id);
  return { path: { user_id }, body: { account_permissions: [{ account_id: other, role_id }] } };
}

/** A permission on an account group, for a user placed by `on` (on an account, or on a group). */
async function aGroup(d: ScenarioDeps, on: (d: ScenarioDeps) => Promise<{ user_id: string; role_id: string }>) {
  const { user_id, role_id } = await on(d);
  const group = String((await d.need('account_group')).id);
  return { path: { user_id }, body: { account_group_permissions: [{ account_group_id: group, role_id }] } };
}

export const users = defineResource({
  name: 'user',
  schema: 'User',
  id: ['id'],
  stable: ['/id', '/email', '/created_at'],
  store: (w) => w.get(accountGroups),
  operations: {
    createUser: {
      serve: (s, r) => s.createUser(r.body),
      relation: 'creates',
      request: async (d) => {
        const account = await d.need('account');
        const role = await d.need('role');
        return { body: userBody(d.make, { accountId: String(account.id), roleId: String(role.id) }) };
      },
      echo: ['/email', '/first_name', '/last_name', '/account_permissions', '/account_group_permissions'],
    },
    // The filter by account is what the relations spec checks: a user's permissions are lists, which
    // a lookup's single field cannot name.
    listUsers: {
      serve: (s, r) => s.listUsers(r.query),
      relation: 'lists',
      request: async (d) => ({ query: { account_id: (await userOnAccount(d)).account_id } }),
    },
    retrieveUser: { serve: (s, r) => s.retrieveUser(r, r.path.user_id!), identity: 'user_id' },
    updateUser: {
      serve: (s, r) => s.updateUser(r, r.path.user_id!, r.body),
      identity: 'user_id',
      relation: 'changes',
      request: async (d) => ({
        path: { user_id: String((await d.need('user')).id) },
        body: { first_name: 'Jane', last_name: 'Roe' },
      }),
      echo: ['/first_name', '/last_name'],
    },
    deleteUser: { serve: (s, r) => s.deleteUser(r, r.path.user_id!), identity: 'user_id', relation: 'ends' },
    authenticateWhitelabelUser: {
      serve: (s, r) => s.authenticate(r.body),
      relation: 'other',
      request: async (d) => ({ body: { user_id: String((await d.need('user')).id) } }),
    },
    retrieveUserAccountPermissions: {
      serve: (s, r) => s.permissions(r, r.path.user_id!, 'account'),
      identity: 'user_id',
      relation: 'reads',
    },
    updateUserAccountPermissions: {
      serve: (s, r) => s.assign(r, r.path.user_id!, 'account', r.body, 'add'),
      identity: 'user_id',
      relation: 'changes',
      request: anotherAccount,
    },
    replaceUserAccountPermissions: {
      serve: (s, r) => s.assign(r, r.path.user_id!, 'account', r.body, 'replace'),
      identity: 'user_id',
      relation: 'changes',
      request: anotherAccount,
    },
    deleteUserAccountPermission: {
      serve: (s, r) => s.unassign(r, r.path.user_id!, 'account', r.path.account_id!),
      identity: 'user_id',
      relation: 'changes',
      request: async (d) => {
        const { user_id, account_id } = await userOnAccount(d);
        return { path: { user_id, account_id } };
      },
    },
    retrieveUserAccountGroupPermissions: {
      serve: (s, r) => s.permissions(r, r.path.user_id!, 'group'),
      identity: 'user_id',
      relation: 'reads',
      request: async (d) => ({ path: { user_id: (await userOnGroup(d)).user_id } }),
    },
    updateUserAccountGroupPermissions: {
      serve: (s, r) => s.assign(r, r.path.user_id!, 'group', r.body, 'add'),
      identity: 'user_id',
      relation: 'changes',
      request: (d) => aGroup(d, userOnAccount),
    },
    replaceUserAccountGroupPermissions: {
      serve: (s, r) => s.assign(r, r.path.user_id!, 'group', r.body, 'replace'),
      identity: 'user_id',
      relation: 'changes',
      request: (d) => aGroup(d, userOnGroup),
    },
    deleteUserAccountGroupPermission: {
      serve: (s, r) => s.unassign(r, r.path.user_id!, 'group', r.path.account_group_id!),
      identity: 'user_id',
      relation: 'changes',
      request: async (d) => {
        const { user_id, account_group_id } = await userOnGroup(d);
        return { path: { user_id, account_group_id } };
      },
    },
  },
});
