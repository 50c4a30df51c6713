// The relations the organizations pages describe between their resources: an account group lists the
// accounts created in it and hands them to a default group when deleted; a user's roles on accounts
// and groups read back as assigned, added to, replaced and removed; deleted users, roles and groups
// are refused afterwards (a deleted account is only disabled); a white-label user authenticates, no
// one else does; a connection follows its provider's catalog and starts ACTIVE; a routing takes only
// ACTIVE connections of its account, one per payment method, and an update is what the next read
// returns; a recommendation ranks the candidates sent. No page of these operations defines a webhook.
import { randomUUID } from 'node:crypto';
import type { MakeContext } from '../../resources/kit.js';
import {
  accountBody,
  accountGroupBody,
  connectionBody,
  recommendationBody,
  roleBody,
  routingBody,
  userBody,
} from '../../resources/organizations/bodies.js';
import type { YunoClient } from '../support/client.js';
import { about, because, expect, promised, test } from '../support/fixtures/index.js';

type Json = Record<string, unknown>;

const newGroup = async (api: YunoClient, make: MakeContext) =>
  (await api.call('createAccountGroup', { body: accountGroupBody(make) })).ok();

const newAccount = async (api: YunoClient, make: MakeContext, account_group_id: string) =>
  (await api.call('createOrganizationAccount', { path: { account_group_id }, body: accountBody(make) })).ok();

const newRole = async (api: YunoClient, make: MakeContext) =>
  (await api.call('createRole', { body: roleBody(make) })).ok();

/** A group with one account, a custom role and a user holding that role on the account. */
async function userOnAccount(api: YunoClient, make: MakeContext) {
  const group = await newGroup(api, make);
  const account = await newAccount(api, make, group.id);
  const role = await newRole(api, make);
  const body = userBody(make, { accountId: account.id, roleId: String(role.id) });
  const user = (await api.call('createUser', { body })).ok();
  return { group, account, role, user, user_id: String(user.id) };
}

/** An account of the organization with a Stripe connection for its card payments. */
async function connected(api: YunoClient, make: MakeContext) {
  const group = await newGroup(api, make);
  const account = await newAccount(api, make, group.id);
  const connection = (await api.call('createConnection', { body: connectionBody(make, account.id) })).ok();
  return { account_id: account.id, connection_id: connection.connection_id, connection };
}

const ids = (list: Array<{ id?: unknown }> | null | undefined): unknown[] => (list ?? []).map((x) => x.id);

test(
  'an account created in an account group is listed among that group’s accounts, and no other group’s',
  about(
    ['createOrganizationAccount', 'listAccountGroupAccounts', 'retrieveOrganizationAccount'],
    'account-group-accounts',
  ).needs('stateful'),
  async ({ api, make }) => {
    const g1 = await newGroup(api, make);
    const g2 = await newGroup(api, make);
    const a = await newAccount(api, make, g1.id);
    expect(a.account_group_id, because('account-group-accounts', 'the create answer names the group')).toBe(g1.id);
    const inG1 = (await api.call('listAccountGroupAccounts', { path: { account_group_id: g1.id } })).ok();
    const inG2 = (await api.call('listAccountGroupAccounts', { path: { account_group_id: g2.id } })).ok();
    expect(
      { inItsGroup: ids(inG1.data).includes(a.id), inAnother: ids(inG2.data).includes(a.id) },
      because('account-group-accounts', 'the account is listed in its group only'),
    ).toEqual({ inItsGroup: true, inAnother: false });
    const read = (await api.call('retrieveOrganizationAccount', { path: { account_id: a.id } })).ok();
    expect(read.account_group_id, because('account-group-accounts', 'a read names the group')).toBe(g1.id);
  },
);

test(
  'a deleted account group is refused afterwards; its accounts move to a default group, listed there',
  about(
    ['deleteAccountGroup', 'retrieveAccountGroup', 'listAccountGroups', 'listAccountGroupAccounts'],
    'account-group-accounts',
    'organization-deletes',
  ).needs('stateful'),
  async ({ api, make }) => {
    const g = await newGroup(api, make);
    const a = await newAccount(api, make, g.id);
    expect((await api.call('deleteAccountGroup', { path: { account_group_id: g.id } })).status).toBe(204);
    await expect(await api.call('retrieveAccountGroup', { path: { account_group_id: g.id } })).toBeRefusedAs(
      'organization-deletes',
      'the group was deleted',
    );
    expect(
      ids((await api.call('listAccountGroups')).ok().data),
      because('organization-deletes', 'a deleted group is not listed'),
    ).not.toContain(g.id);
    const moved = await api.call('retrieveOrganizationAccount', { path: { account_id: a.id } });
    expect(moved.status, because('account-group-accounts', `the account still reads back: ${moved.snippet()}`)).toBe(
      200,
    );
    const to = String(moved.ok().account_group_id);
    expect(to, because('account-group-accounts', 'the account left the deleted group')).not.toBe(g.id);
    (await api.call('retrieveAccountGroup', { path: { account_group_id: to } })).ok();
    const there = (await api.call('listAccountGroupAccounts', { path: { account_group_id: to } })).ok();
    expect(ids(there.data), because('account-group-accounts', 'the default group lists the account')).toContain(a.id);
  },
);

test(
  'a user’s roles on accounts read back as assigned: an update adds, a replace replaces, a delete removes one',
  about(
    [
      'createUser',
      'retrieveUserAccountPermissions',
      'updateUserAccountPermissions',
      'replaceUserAccountPermissions',
      'deleteUserAccountPermission',
      'listUsers',
      'listRoles',
      'retrieveUser',
    ],
    'user-permissions',
  ).needs('stateful'),
  async ({ api, make }) => {
    const { group, account: a, role, user_id } = await userOnAccount(api, make);
    const b = await newAccount(api, make, group.id);
    const c = await newAccount(api, make, group.id);
    const r2 = await newRole(api, make);
    const listed = (await api.call('listRoles')).ok().find((r) => r.id === role.id);
    expect(
      listed?.permission_ids,
      because('user-permissions', 'the role lists the permissions it was created with'),
    ).toEqual(['view_payment_transactions']);
    const read = async () =>
      (await api.call('retrieveUserAccountPermissions', { path: { user_id } })).ok().permissions ?? [];
    const entry = (acc: { id: string; name?: string | null }, r: { id?: string | null; name?: string | null }) =>
      promised({ account_id: acc.id, account_name: acc.name, role_id: r.id, role_name: r.name });
    expect(await read(), because('user-permissions', 'as created, with the names')).toMatchObject([entry(a, role)]);
    const byAccount = async (account_id: string) =>
      ids((await api.call('listUsers', { query: { account_id } })).ok().data);
    expect(await byAccount(a.id), because('user-permissions', 'listed under its account')).toContain(user_id);
    expect(await byAccount(b.id), because('user-permissions', 'not listed under another account')).not.toContain(
      user_id,
    );

    const patched = (
      await api.call('updateUserAccountPermissions', {
        path: { user_id },
        body: {
          account_permissions: [
            { account_id: b.id, role_id: String(role.id) },
            { account_id: a.id, role_id: String(r2.id) },
          ],
        },
      })
    ).ok();
    const afterPatch = [entry(a, r2), entry(b, role)];
    const sorted = (l: Array<{ account_id?: string | null }>) =>
      [...l].sort((x, y) => String(x.account_id).localeCompare(String(y.account_id)));
    const expected = sorted(afterPatch);
    expect(sorted(patched.permissions ?? []), because('user-permissions', 'the update answer')).toMatchObject(expected);
    expect(
      sorted(await read()),
      because('user-permissions', 'an update adds and changes, keeps the others'),
    ).toMatchObject(expected);
    expect(await byAccount(b.id), because('user-permissions', 'listed under the account added')).toContain(user_id);

    const replaced = (
      await api.call('replaceUserAccountPermissions', {
        path: { user_id },
        body: { account_permissions: [{ account_id: c.id, role_id: String(role.id) }] },
      })
    ).ok();
    expect(replaced.status, because('user-permissions', 'the replace answer')).toBe('ok');
    expect(await read(), because('user-permissions', 'a replace keeps only the entries sent')).toMatchObject([
      entry(c, role),
    ]);

    const del = await api.call('deleteUserAccountPermission', { path: { user_id, account_id: c.id } });
    expect(del.status, because('user-permissions', 'the delete answer')).toBe(204);
    expect(await read(), because('user-permissions', 'a delete removes the entry')).toEqual([]);
    const user = (await api.call('retrieveUser', { path: { user_id } })).ok();
    expect(user.account_permissions ?? [], because('user-permissions', 'the user agrees')).toEqual([]);
  },
);

test(
  'a user’s roles on account groups read back as assigned, with the group’s account count',
  about(
    [
      'retrieveUserAccountGroupPermissions',
      'updateUserAccountGroupPermissions',
      'replaceUserAccountGroupPermissions',
      'deleteUserAccountGroupPermission',
      'listUsers',
    ],
    'user-permissions',
  ).needs('stateful'),
  async ({ api, make }) => {
    const { group: g1, role, user_id } = await userOnAccount(api, make);
    await newAccount(api, make, g1.id);
    const g2 = await newGroup(api, make);
    const g3 = await newGroup(api, make);
    const role_id = String(role.id);
    const read = async () =>
      (await api.call('retrieveUserAccountGroupPermissions', { path: { user_id } })).ok().permissions ?? [];
    const entry = (g: { id: string; name?: string | null }, count: number) =>
      promised({
        account_group_id: g.id,
        account_group_name: g.name,
        role_id,
        role_name: role.name,
        accounts_count: count,
      });
    expect(await read(), because('user-permissions', 'none assigned yet')).toEqual([]);
    await api.call('updateUserAccountGroupPermissions', {
      path: { user_id },
      body: { account_group_permissions: [{ account_group_id: g1.id, role_id }] },
    });
    const patched = (
      await api.call('updateUserAccountGroupPermissions', {
        path: { user_id },
        body: { account_group_permissions: [{ account_group_id: g2.id, role_id }] },
      })
    ).ok();
    const sorted = (l: Array<{ account_group_id?: string | null }>) =>
      [...l].sort((x, y) => String(x.account_group_id).localeCompare(String(y.account_group_id)));
    const expected = sorted([entry(g1, 2), entry(g2, 0)]);
    expect(
      sorted(patched.permissions ?? []),
      because('user-permissions', 'an update adds, keeps the others'),
    ).toMatchObject(expected);
    expect(sorted(await read()), because('user-permissions', 'a read after the update')).toMatchObject(expected);
    const byGroup = async (account_group_id: string) =>
      ids((await api.call('listUsers', { query: { account_group_id } })).ok().data);
    expect(await byGroup(g2.id), because('user-permissions', 'listed under the group')).toContain(user_id);

    (
      await api.call('replaceUserAccountGroupPermissions', {
        path: { user_id },
        body: { account_group_permissions: [{ account_group_id: g3.id, role_id }] },
      })
    ).ok();
    expect(await read(), because('user-permissions', 'a replace keeps only the entries sent')).toMatchObject([
      entry(g3, 0),
    ]);
    expect(await byGroup(g2.id), because('user-permissions', 'no longer listed under a group replaced')).not.toContain(
      user_id,
    );
    const del = await api.call('deleteUserAccountGroupPermission', { path: { user_id, account_group_id: g3.id } });
    expect(del.status, because('user-permissions', 'the delete answer')).toBe(204);
    expect(await read(), because('user-permissions', 'a delete removes the entry')).toEqual([]);
  },
);

test(
  'a deleted custom role is refused afterwards and its users hold the ReadOnly role',
  about(['deleteRole', 'listRoles', 'updateRole', 'retrieveUserAccountPermissions'], 'organization-deletes').needs(
    'stateful',
  ),
  async ({ api, make }) => {
    const { role, user_id } = await userOnAccount(api, make);
    const role_id = String(role.id);
    expect((await api.call('deleteRole', { path: { role_id } })).status).toBe(204);
    const roles = (await api.call('listRoles')).ok();
    expect(ids(roles), because('organization-deletes', 'a deleted role is not listed')).not.toContain(role_id);
    await expect(
      await api.call('updateRole', { path: { role_id }, body: { description: 'after its deletion' } }),
    ).toBeRefusedAs('organization-deletes', 'the role was deleted');
    const readOnly = roles.find((r) => r.name === 'ReadOnly');
    expect(readOnly, because('organization-deletes', 'Yuno’s ReadOnly role is listed')).toBeDefined();
    const perms = (await api.call('retrieveUserAccountPermissions', { path: { user_id } })).ok().permissions ?? [];
    expect(
      perms.map((p) => ({ role_id: p.role_id, role_name: p.role_name })),
      because('organization-deletes', 'the role’s user now holds ReadOnly'),
    ).toEqual([{ role_id: readOnly!.id, role_name: 'ReadOnly' }]);
  },
);

test(
  'a deleted user is refused afterwards and no longer authenticates',
  about(['deleteUser', 'retrieveUser', 'authenticateWhitelabelUser'], 'organization-deletes', 'whitelabel-auth').needs(
    'stateful',
  ),
  async ({ api, make }) => {
    const { user_id } = await userOnAccount(api, make);
    (await api.call('authenticateWhitelabelUser', { body: { user_id } })).ok();
    expect((await api.call('deleteUser', { path: { user_id } })).status).toBe(204);
    await expect(await api.call('retrieveUser', { path: { user_id } })).toBeRefusedAs(
      'organization-deletes',
      'the user was deleted',
    );
    await expect(await api.call('authenticateWhitelabelUser', { body: { user_id } })).toBeRefusedAs(
      'whitelabel-auth',
      'the user was deleted',
    );
  },
);

test(
  'a deleted account is disabled, not erased: it still reads back, in its group',
  about(
    ['deleteOrganizationAccount', 'retrieveOrganizationAccount', 'listAccountGroupAccounts'],
    'organization-deletes',
  ).needs('stateful'),
  async ({ api, make }) => {
    const g = await newGroup(api, make);
    const a = await newAccount(api, make, g.id);
    const res = (await api.call('deleteOrganizationAccount', { path: { account_id: a.id } })).ok();
    expect(res.message, because('organization-deletes', 'the answer says it is disabled')).toBe(
      'Account disabled successfully',
    );
    const read = await api.call('retrieveOrganizationAccount', { path: { account_id: a.id } });
    expect(read.status, because('organization-deletes', `a disabled account reads back: ${read.snippet()}`)).toBe(200);
    const body = read.ok();
    expect(
      { id: body.id, name: body.name, account_group_id: body.account_group_id },
      because('organization-deletes', 'as it was'),
    ).toEqual({ id: a.id, name: a.name, account_group_id: g.id });
  },
);

test(
  'white-label authentication answers a token for a user created through the API, LOGIN_FAILED for anyone else',
  about('authenticateWhitelabelUser', 'whitelabel-auth').needs('stateful'),
  async ({ api, make }) => {
    const { user_id } = await userOnAccount(api, make);
    const token = (await api.call('authenticateWhitelabelUser', { body: { user_id } })).ok();
    expect(
      {
        jwt: /^[\w-]+\.[\w-]+\.[\w-]+$/.test(String(token.access_token)),
        token_type: token.token_type,
        expires: Number(token.expires_in) > 0,
      },
      because('whitelabel-auth', 'a Bearer JWT with a lifetime'),
    ).toEqual({ jwt: true, token_type: 'Bearer', expires: true });
    await expect(await api.call('authenticateWhitelabelUser', { body: { user_id: randomUUID() } })).toBeRefusedAs(
      'whitelabel-auth',
      'no user has that id',
    );
  },
);

test(
  'a connection follows its provider’s catalog: params as sent, secrets masked, the page’s refusals',
  about(['retrieveProviderCatalog', 'createConnection', 'retrieveConnection'], 'connection-catalog').needs('stateful'),
  async ({ api, make }) => {
    const catalog = (await api.call('retrieveProviderCatalog', { path: { provider_id: 'STRIPE' } })).ok();
    const secret = new Set((catalog.params ?? []).filter((p) => p.secret).map((p) => String(p.param_id)));
    expect([...secret], because('connection-catalog', 'the catalog marks API_KEY secret')).toEqual(['API_KEY']);
    const { account_id, connection_id, connection } = await connected(api, make);
    const sent = connectionBody(make, account_id).params.map((p) =>
      promised({ param_id: p.param_id, value: secret.has(p.param_id) ? '***' : p.value }),
    );
    expect(
      connection.params,
      because('connection-catalog', 'the create answer: params as sent, secrets "***"'),
    ).toMatchObject(sent);
    const read = (await api.call('retrieveConnection', { path: { connection_id } })).ok();
    expect(read.params, because('connection-catalog', 'a read: secrets "***"')).toMatchObject(sent);

    const body = connectionBody(make, account_id);
    const refused = async (change: (b: typeof body) => void, code: string, what: string) => {
      const b = structuredClone(body);
      change(b);
      const res = await api.call('createConnection', { body: b });
      await expect(res).toBeRefusedAs('connection-catalog', what);
      expect((res.body as Json).code, because('connection-catalog', what)).toBe(code);
      return res;
    };
    const missing = await refused(
      (b) => void (b.params = b.params.filter((p) => p.param_id !== 'API_KEY')),
      'MISSING_REQUIRED_PARAM',
      'a required param left out',
    );
    expect(
      ((missing.body as Json).details as Json | undefined)?.param_id,
      because('connection-catalog', 'details.param_id names the param'),
    ).toBe('API_KEY');
    await refused(
      (b) => void (b.payment_methods = ['CARD', 'PIX']),
      'UNSUPPORTED_PAYMENT_METHOD',
      'PIX is not Stripe’s',
    );
    await refused((b) => void (b.provider_id = 'NOT_A_PROVIDER'), 'PROVIDER_NOT_FOUND', 'an unknown provider');
    await refused(
      (b) => void (b.merchant_connection_id = connection.merchant_connection_id!),
      'CONNECTION_MERCHANT_ID_CONFLICT',
      'the label is taken in the account',
    );
    const elsewhere = (await connected(api, make)).account_id;
    const sameLabel = {
      ...connectionBody(make, elsewhere),
      merchant_connection_id: connection.merchant_connection_id!,
    };
    expect(
      (await api.call('createConnection', { body: sameLabel })).status,
      because('connection-catalog', 'the label is unique within an account only'),
    ).toBe(201);
  },
);

test(
  'a connection starts ACTIVE, and a routing step takes only an ACTIVE connection of its account for the method',
  about(
    ['createConnection', 'retrieveConnection', 'createRouting', 'updateRouting', 'retrieveRouting'],
    'routing-connection-active',
  ).needs('stateful'),
  async ({ api, make }) => {
    const mine = await connected(api, make);
    const other = await connected(api, make);
    expect(mine.connection.status, because('routing-connection-active', 'the create answer')).toBe('ACTIVE');
    const read = (await api.call('retrieveConnection', { path: { connection_id: mine.connection_id } })).ok();
    expect(read.status, because('routing-connection-active', 'a read')).toBe('ACTIVE');

    const refusedRouting = async (body: ReturnType<typeof routingBody>, what: string) =>
      expect(await api.call('createRouting', { body })).toBeRefusedAs('routing-connection-active', what);
    await refusedRouting(routingBody(mine.account_id, other.connection_id), 'another account’s connection');
    await refusedRouting(routingBody(mine.account_id, randomUUID()), 'a connection no one has');
    await refusedRouting(
      routingBody(mine.account_id, mine.connection_id, { providerId: 'ADYEN' }),
      'a step whose provider is not the connection’s',
    );
    await refusedRouting(
      { ...routingBody(mine.account_id, mine.connection_id), payment_method: 'IDEAL' },
      'a payment method the connection does not support',
    );

    const routing = (await api.call('createRouting', { body: routingBody(mine.account_id, mine.connection_id) })).ok();
    const { account_id: _, ...update } = routingBody(mine.account_id, other.connection_id, { name: 'foreign step' });
    await expect(await api.call('updateRouting', { path: { routing_id: routing.id }, body: update })).toBeRefusedAs(
      'routing-connection-active',
      'an update onto another account’s connection',
    );
    const after = (await api.call('retrieveRouting', { path: { routing_id: routing.id } })).ok();
    expect(
      after.default_route.steps.map((s) => s.connection_id),
      because('routing-connection-active', 'the refused update changed nothing'),
    ).toEqual([mine.connection_id]);
  },
);

test(
  'a route’s step indexes must be contiguous from 1',
  about('createRouting', 'routing-validation').needs('stateful'),
  async ({ api, make }) => {
    const { account_id, connection_id } = await connected(api, make);
    const body = routingBody(account_id, connection_id);
    body.default_route.steps.push({ index: 3, provider_id: 'STRIPE', connection_id });
    const res = await api.call('createRouting', { body });
    await expect(res).toBeRefusedAs('routing-validation', 'steps 1 and 3');
    expect(
      (res.body as Json).details,
      because('routing-validation', 'details name the path, what was expected and received'),
    ).toMatchObject({ path: 'default_route.steps[1].index', expected: 2, received: 3 });
  },
);

test(
  'an account has one routing per payment method',
  about(['createRouting', 'listRoutings'], 'routing-one-per-method').needs('stateful'),
  async ({ api, make }) => {
    const { account_id, connection_id } = await connected(api, make);
    const first = (await api.call('createRouting', { body: routingBody(account_id, connection_id) })).ok();
    const again = await api.call('createRouting', { body: routingBody(account_id, connection_id, { name: 'again' }) });
    await expect(again).toBeRefusedAs('routing-one-per-method', 'a second CARD routing of the account');
    expect(
      ((again.body as Json).details as Json | undefined)?.existing_routing_id,
      because('routing-one-per-method', 'details name the existing routing'),
    ).toBe(first.id);
    const wallet = { ...routingBody(account_id, connection_id), payment_method: 'GOOGLE_PAY' };
    (await api.call('createRouting', { body: wallet })).ok();
    const listed = (await api.call('listRoutings', { query: { account_id } })).ok();
    expect(listed.map((r) => r.payment_method).sort(), because('routing-one-per-method', 'one routing each')).toEqual([
      'CARD',
      'GOOGLE_PAY',
    ]);
  },
);

test(
  'a routing update replaces the configuration whole; the next retrieve and the list return it',
  about(['updateRouting', 'retrieveRouting', 'listRoutings'], 'routing-update-live').needs('stateful'),
  async ({ api, make }) => {
    const { account_id, connection_id } = await connected(api, make);
    const body = {
      ...routingBody(account_id, connection_id),
      condition_sets: [
        {
          sort_number: 1,
          name: 'US cards',
          conditions: [{ condition_type: 'COUNTRY' as const, conditional: 'EQUAL' as const, values: ['US'] }],
          route: { steps: [{ index: 1, provider_id: 'STRIPE', connection_id }] },
        },
      ],
    };
    const created = (await api.call('createRouting', { body })).ok();
    expect(created.condition_sets?.length, because('routing-update-live', 'created with one condition set')).toBe(1);
    const update = {
      payment_method: 'CARD' as const,
      name: 'yuno-conformance card routing v2',
      default_route: {
        steps: [{ index: 1, provider_id: 'STRIPE', connection_id, output: [{ status: 'DECLINED' as const }] }],
      },
    };
    const updated = (await api.call('updateRouting', { path: { routing_id: created.id }, body: update })).ok();
    const live = (r: Json) => ({
      id: r.id,
      account_id: r.account_id,
      payment_method: r.payment_method,
      name: r.name,
      default_route: r.default_route,
      condition_sets: (r.condition_sets as unknown[] | null | undefined) ?? [],
      // An instant: the same created_at may be written with Z or +00:00.
      created_at: Date.parse(String(r.created_at)),
    });
    const expected = promised({
      id: created.id,
      account_id,
      payment_method: 'CARD',
      name: update.name,
      default_route: update.default_route,
      condition_sets: [],
      created_at: Date.parse(String(created.created_at)),
    });
    expect(live(updated as Json), because('routing-update-live', 'the update answer: no merge')).toMatchObject(
      expected,
    );
    const read = (await api.call('retrieveRouting', { path: { routing_id: created.id } })).ok();
    expect(live(read as Json), because('routing-update-live', 'the next retrieve')).toMatchObject(expected);
    const listed = (await api.call('listRoutings', { query: { account_id, payment_method: 'CARD' } })).ok();
    expect(
      listed.map((r) => live(r as Json)),
      because('routing-update-live', 'the list holds the live configuration'),
    ).toMatchObject([expected]);
  },
);

test(
  'a routing’s payment method cannot change',
  about(['updateRouting', 'retrieveRouting'], 'routing-payment-method-immutable').needs('stateful'),
  async ({ api, make }) => {
    const { account_id, connection_id } = await connected(api, make);
    const created = (await api.call('createRouting', { body: routingBody(account_id, connection_id) })).ok();
    const { account_id: _, ...update } = routingBody(account_id, connection_id, { name: 'moved' });
    const res = await api.call('updateRouting', {
      path: { routing_id: created.id },
      body: { ...update, payment_method: 'GOOGLE_PAY' },
    });
    await expect(res).toBeRefusedAs('routing-payment-method-immutable', 'CARD to GOOGLE_PAY');
    const read = (await api.call('retrieveRouting', { path: { routing_id: created.id } })).ok();
    expect(
      { payment_method: read.payment_method, name: read.name },
      because('routing-payment-method-immutable', 'the routing stays as it was'),
    ).toEqual({ payment_method: 'CARD', name: created.name });
  },
);

test(
  'a routing recommendation ranks every candidate sent and recommends one of them',
  about('getRoutingRecommendation', 'recommendation-candidates').needs('stateful'),
  async ({ api, make }) => {
    const body = recommendationBody(make, make.accountId);
    body.candidates.push({ provider_id: 'DLOCAL' });
    const first = (await api.call('getRoutingRecommendation', { body })).ok();
    const sent = body.candidates.map((c) => ({
      provider_id: c.provider_id,
      merchant_connection_id: c.merchant_connection_id ?? null,
    }));
    const key = (c: { provider_id?: string | null }) => String(c.provider_id);
    expect(
      first.ranking
        .map((r) => ({ provider_id: r.provider_id, merchant_connection_id: r.merchant_connection_id }))
        .sort((a, b) => key(a).localeCompare(key(b))),
      because('recommendation-candidates', 'every candidate ranked once, merchant_connection_id as sent'),
    ).toEqual([...sent].sort((a, b) => key(a).localeCompare(key(b))));
    expect(
      {
        top: first.ranking[0] && {
          provider_id: first.ranking[0].provider_id,
          mcid: first.ranking[0].merchant_connection_id,
        },
        candidate: sent.some((c) => c.provider_id === first.recommended.provider_id),
      },
      because('recommendation-candidates', 'the recommended candidate tops the ranking'),
    ).toEqual({
      top: { provider_id: first.recommended.provider_id, mcid: first.recommended.merchant_connection_id },
      candidate: true,
    });
    expect(first.merchant_order_id, because('recommendation-candidates', 'merchant_order_id as sent')).toBe(
      body.merchant_order_id,
    );
    const second = (await api.call('getRoutingRecommendation', { body })).ok();
    expect(second.recommendation_id, because('recommendation-candidates', 'a new id on every call')).not.toBe(
      first.recommendation_id,
    );
  },
);
