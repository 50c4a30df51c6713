// The organization of the keys, as the B2B guide describes it (b2b-organization-management.mdx):
// account groups, the accounts in them, roles (Yuno's defaults and the organization's custom ones)
// and white-label users holding roles on accounts and on account groups. One store for all of them,
// since each relation crosses them: a group lists its accounts and hands them to the default group
// when deleted, a user's permissions name accounts, groups and roles, a deleted role's users move to
// ReadOnly.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { Clock } from '../clock.js';
import { notFound } from '../crud.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { World } from '../world.js';

interface AccountPermission {
  account_id: string;
  role_id: string;
}
interface GroupPermission {
  account_group_id: string;
  role_id: string;
}

interface Group {
  id: string;
  name: string;
  merchant_id: string;
  created_at: string;
  updated_at: string;
}

interface Account {
  id: string;
  name: string;
  account_group_id: string;
  created_at: string;
  updated_at: string;
  /** deleteOrganizationAccount disables an account; it is not erased (delete-account.json). */
  disabled: boolean;
}

interface User {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  account_permissions: AccountPermission[];
  account_group_permissions: GroupPermission[];
  created_at: string;
  updated_at: string;
}

interface Role {
  id: string;
  name: string;
  description: string | null;
  admin: boolean;
  permission_ids: string[];
  testing_permission_ids: string[];
  role_type: 'account' | 'organization';
  created_at: string;
  updated_at: string;
}

/** The permissions catalog: the section and permission list-permissions-catalog.json gives as field examples. */
export const PERMISSIONS_CATALOG = [
  {
    title: 'Payments',
    organization_only: false,
    permissions_catalog: [
      { id: 'view_payment_transactions', title: 'View payment transactions', description: null, action_type: 'VIEW' },
    ],
  },
];

const roleId = (): string => `rol_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

/** The organization a pair of keys stands for. */
export class Organization {
  readonly groups = new Map<string, Group>();
  readonly accounts = new Map<string, Account>();
  readonly users = new Map<string, User>();
  /** Custom roles only: Yuno's defaults are listed beside them and cannot be changed or deleted. */
  readonly roles = new Map<string, Role>();
  readonly defaults: Role[];
  /** The group a deleted group's accounts move to (made when first needed; the docs do not name it). */
  private defaultGroupId: string | undefined;
  private readonly tokenSecret = randomBytes(32);

  constructor(
    private readonly clock: Clock,
    private readonly world: World,
  ) {
    const t = clock.iso();
    const role = (id: string, name: string, admin: boolean): Role => ({
      id,
      name,
      description: null,
      admin,
      permission_ids: [],
      testing_permission_ids: [],
      role_type: 'account',
      created_at: t,
      updated_at: t,
    });
    // list-roles.json's field examples name Admin (rol_AbCdEfGhIjKl); delete-role.json names ReadOnly.
    this.defaults = [role('rol_AbCdEfGhIjKl', 'Admin', true), role('rol_ReadOnly00000', 'ReadOnly', false)];
  }

  private missing(req: { operationId: string }, what: string, id: string): Result {
    return notFound(this.world, req.operationId, `No ${what} has id ${id} in this organization.`);
  }

  // ---- account groups ----------------------------------------------------------------------------

  createGroup(body: Json): Result {
    const t = this.clock.iso();
    const g: Group = {
      id: randomUUID(),
      name: String(body.name),
      merchant_id: String(body.merchant_id),
      created_at: t,
      updated_at: t,
    };
    this.groups.set(g.id, g);
    return ok({ ...g }, 201);
  }

  listGroups(): Result {
    return ok(page([...this.groups.values()].map((g) => ({ ...g }))));
  }

  retrieveGroup(req: { operationId: string }, id: string): Result {
    const g = this.groups.get(id);
    return g ? ok({ ...g }) : this.missing(req, 'account group', id);
  }

  updateGroup(req: { operationId: string }, id: string, body: Json): Result {
    const g = this.groups.get(id);
    if (!g) return this.missing(req, 'account group', id);
    const changed: Group = { ...g, updated_at: this.clock.iso() };
    if (typeof body.name === 'string') changed.name = body.name;
    if (typeof body.merchant_id === 'string') changed.merchant_id = body.merchant_id;
    this.groups.set(id, changed);
    return ok({ ...changed });
  }

  /** Deletes a group; its accounts move to the default group ("automatically reassigned", delete-account-group.json). */
  deleteGroup(req: { operationId: string }, id: string): Result {
    const g = this.groups.get(id);
    if (!g) return this.missing(req, 'account group', id);
    if (enforces('organization-deletes', { resource: 'account_group' })) this.groups.delete(id);
    if (this.defaultGroupId === id) this.defaultGroupId = undefined;
    const reassign = enforces('account-group-accounts', { action: 'reassign' });
    for (const a of this.accounts.values()) {
      if (a.account_group_id !== id) continue;
      if (!reassign) this.accounts.delete(a.id);
      else Object.assign(a, { account_group_id: this.defaultGroup(), updated_at: this.clock.iso() });
    }
    return { status: 204, body: undefined };
  }

  private defaultGroup(): string {
    if (!this.defaultGroupId || !this.groups.has(this.defaultGroupId)) {
      const t = this.clock.iso();
      const g: Group = { id: randomUUID(), name: 'Default', merchant_id: 'default', created_at: t, updated_at: t };
      this.groups.set(g.id, g);
      this.defaultGroupId = g.id;
    }
    return this.defaultGroupId;
  }

  /** The accounts of a group, shaped as list-accounts-of-group.json's items (no account_group_id). */
  groupAccounts(req: { operationId: string }, id: string): Result {
    if (!this.groups.has(id)) return this.missing(req, 'account group', id);
    const filter = enforces('account-group-accounts', { action: 'filter' });
    const items = [...this.accounts.values()].filter((a) => !filter || a.account_group_id === id).map(listItem);
    return ok(page(items));
  }

  // ---- accounts ----------------------------------------------------------------------------------

  createAccount(req: { operationId: string }, groupId: string, body: Json): Result {
    if (!this.groups.has(groupId)) return this.missing(req, 'account group', groupId);
    const t = this.clock.iso();
    const a: Account = {
      id: randomUUID(),
      name: String(body.name),
      account_group_id: groupId,
      created_at: t,
      updated_at: t,
      disabled: false,
    };
    this.accounts.set(a.id, a);
    return ok(accountAnswer(a), 201);
  }

  hasAccount(id: string): boolean {
    return this.accounts.has(id);
  }

  listAccounts(): Result {
    return ok(page([...this.accounts.values()].map(listItem)));
  }

  retrieveAccount(req: { operationId: string }, id: string): Result {
    const a = this.accounts.get(id);
    return a ? ok(accountAnswer(a)) : this.missing(req, 'account', id);
  }

  updateAccount(req: { operationId: string }, id: string, body: Json): Result {
    const a = this.accounts.get(id);
    if (!a) return this.missing(req, 'account', id);
    if (typeof body.name === 'string') a.name = body.name;
    a.updated_at = this.clock.iso();
    return ok(accountAnswer(a));
  }

  /** Disables an account: it is not erased (delete-account.json "Disables an account."). */
  disableAccount(req: { operationId: string }, id: string): Result {
    const a = this.accounts.get(id);
    if (!a) return this.missing(req, 'account', id);
    a.disabled = true;
    if (!enforces('organization-deletes', { resource: 'account' })) this.accounts.delete(id);
    return ok({ message: 'Account disabled successfully' });
  }

  // ---- roles -------------------------------------------------------------------------------------

  role(id: string): Role | undefined {
    return this.roles.get(id) ?? this.defaults.find((r) => r.id === id);
  }

  createRole(body: Json): Result {
    // The docs do not say a role's name is unique: two roles may share one.
    const name = String(body.name);
    const t = this.clock.iso();
    const r: Role = {
      id: roleId(),
      name,
      description: typeof body.description === 'string' ? body.description : null,
      admin: false,
      permission_ids: strings(body.permission_ids),
      testing_permission_ids: strings(body.testing_permission_ids),
      role_type: body.role_type === 'organization' ? 'organization' : 'account',
      created_at: t,
      updated_at: t,
    };
    this.roles.set(r.id, r);
    return ok({ ...r }, 201);
  }

  listRoles(): Result {
    return ok([...this.defaults, ...this.roles.values()].map((r) => ({ ...r })));
  }

  /** A partial update of a custom role; role_type stays (update-role.json: "role_type is immutable"). */
  updateRole(req: { operationId: string }, id: string, body: Json): Result {
    const r = this.roles.get(id);
    if (!r) return this.missing(req, 'custom role', id);
    if (typeof body.name === 'string') r.name = body.name;
    if ('description' in body && body.description !== undefined)
      r.description = typeof body.description === 'string' ? body.description : null;
    if (Array.isArray(body.permission_ids)) r.permission_ids = strings(body.permission_ids);
    if (Array.isArray(body.testing_permission_ids)) r.testing_permission_ids = strings(body.testing_permission_ids);
    r.updated_at = this.clock.iso();
    return ok({ ...r });
  }

  /** Deletes a custom role; its users are "automatically reassigned to the ReadOnly role" (delete-role.json). */
  deleteRole(req: { operationId: string }, id: string): Result {
    if (!this.roles.has(id)) return this.missing(req, 'custom role', id);
    if (enforces('organization-deletes', { resource: 'role' })) this.roles.delete(id);
    const readOnly = this.defaults.find((r) => r.name === 'ReadOnly')!.id;
    if (enforces('organization-deletes', { resource: 'role', action: 'reassign' }))
      for (const u of this.users.values())
        for (const p of [...u.account_permissions, ...u.account_group_permissions])
          if (p.role_id === id) p.role_id = readOnly;
    return { status: 204, body: undefined };
  }

  // ---- users -------------------------------------------------------------------------------------

  /** Why assignments cannot be made (an account, group or role the organization does not have). */
  private invalid(accounts: AccountPermission[], groups: GroupPermission[]): Result | undefined {
    for (const p of accounts) {
      if (!this.accounts.has(p.account_id))
        return err(400, 'INVALID_ACCOUNT_ID', `The organization has no account ${p.account_id}.`);
      if (!this.role(p.role_id)) return err(400, 'NOT_FOUND', `The organization has no role ${p.role_id}.`);
    }
    for (const p of groups) {
      if (!this.groups.has(p.account_group_id))
        return err(400, 'NOT_FOUND', `The organization has no account group ${p.account_group_id}.`);
      if (!this.role(p.role_id)) return err(400, 'NOT_FOUND', `The organization has no role ${p.role_id}.`);
    }
    return undefined;
  }

  createUser(body: Json): Result {
    const accounts = accountPermissions(body.account_permissions);
    const groups = groupPermissions(body.account_group_permissions);
    const refused = this.invalid(accounts, groups);
    if (refused) return refused;
    const t = this.clock.iso();
    const u: User = {
      id: randomUUID(),
      email: String(body.email),
      first_name: String(body.first_name),
      last_name: String(body.last_name),
      account_permissions: accounts,
      account_group_permissions: groups,
      created_at: t,
      updated_at: t,
    };
    this.users.set(u.id, u);
    return ok(userAnswer(u), 201);
  }

  user(id: string): User | undefined {
    return this.users.get(id);
  }

  /** The users, optionally of one account group or account, a page at a time (list-users.json). */
  listUsers(query: Record<string, string>): Result {
    const users = [...this.users.values()].filter(
      (u) =>
        (!query.account_id || u.account_permissions.some((p) => p.account_id === query.account_id)) &&
        (!query.account_group_id ||
          u.account_group_permissions.some((p) => p.account_group_id === query.account_group_id)),
    );
    const number = Math.max(1, Number(query.page ?? 1) || 1);
    const size = Math.max(1, Number(query.page_size ?? 20) || 20);
    const total_pages = Math.max(1, Math.ceil(users.length / size));
    return ok({
      data: users.slice((number - 1) * size, number * size).map(userAnswer),
      pagination: {
        page: number,
        page_size: size,
        total_items: users.length,
        total_pages,
        has_next: number < total_pages,
        has_previous: number > 1,
      },
    });
  }

  retrieveUser(req: { operationId: string }, id: string): Result {
    const u = this.users.get(id);
    return u ? ok(userAnswer(u)) : this.missing(req, 'user', id);
  }

  updateUser(req: { operationId: string }, id: string, body: Json): Result {
    const u = this.users.get(id);
    if (!u) return this.missing(req, 'user', id);
    if (typeof body.first_name === 'string') u.first_name = body.first_name;
    if (typeof body.last_name === 'string') u.last_name = body.last_name;
    u.updated_at = this.clock.iso();
    return ok(userAnswer(u));
  }

  /** Deletes a user with its links and role assignments (delete-user.json). */
  deleteUser(req: { operationId: string }, id: string): Result {
    if (!this.users.has(id)) return this.missing(req, 'user', id);
    if (enforces('organization-deletes', { resource: 'user' })) this.users.delete(id);
    return { status: 204, body: undefined };
  }

  /** A JWT for a white-label user; anyone else is refused with 401 LOGIN_FAILED (authenticate-whitelabel-user.json). */
  authenticate(body: Json): Result {
    const id = String(body.user_id);
    if (!this.users.has(id) && enforces('whitelabel-auth'))
      return { status: 401, body: { code: 'LOGIN_FAILED', message: 'Unable to authenticate the specified user.' } };
    const expires_in = 86400;
    const now = Math.floor(this.clock.now() / 1000);
    const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: id, iat: now, exp: now + expires_in })}`;
    const signature = createHmac('sha256', this.tokenSecret).update(unsigned).digest('base64url');
    return ok({ access_token: `${unsigned}.${signature}`, token_type: 'Bearer', expires_in });
  }

  // ---- a user's permissions ----------------------------------------------------------------------

  /** The user's account assignments with the account's and the role's names (retrieve-user-account-permissions.json). */
  private accountPermissionsOf(u: User): Json {
    return {
      permissions: u.account_permissions.map((p) => ({
        account_id: p.account_id,
        account_name: this.accounts.get(p.account_id)?.name ?? null,
        role_id: p.role_id,
        role_name: this.role(p.role_id)?.name ?? null,
      })),
    };
  }

  private groupPermissionsOf(u: User): Json {
    return {
      permissions: u.account_group_permissions.map((p) => ({
        account_group_id: p.account_group_id,
        account_group_name: this.groups.get(p.account_group_id)?.name ?? null,
        role_id: p.role_id,
        role_name: this.role(p.role_id)?.name ?? null,
        accounts_count: [...this.accounts.values()].filter((a) => a.account_group_id === p.account_group_id).length,
      })),
    };
  }

  permissions(req: { operationId: string }, userId: string, kind: 'account' | 'group'): Result {
    const u = this.users.get(userId);
    if (!u) return this.missing(req, 'user', userId);
    return ok(kind === 'account' ? this.accountPermissionsOf(u) : this.groupPermissionsOf(u));
  }

  /**
   * PATCH adds or changes the entries sent and keeps the others ("without removing existing ones");
   * PUT keeps only the entries sent ("a full replacement").
   */
  assign(
    req: { operationId: string },
    userId: string,
    kind: 'account' | 'group',
    body: Json,
    mode: 'add' | 'replace',
  ): Result {
    const u = this.users.get(userId);
    if (!u) return this.missing(req, 'user', userId);
    const accounts = kind === 'account' ? accountPermissions(body.account_permissions) : [];
    const groups = kind === 'group' ? groupPermissions(body.account_group_permissions) : [];
    const refused = this.invalid(accounts, groups);
    if (refused) return refused;
    const sent: Array<AccountPermission | GroupPermission> = kind === 'account' ? accounts : groups;
    const key = (p: AccountPermission | GroupPermission): string =>
      'account_id' in p ? p.account_id : p.account_group_id;
    const current: Array<AccountPermission | GroupPermission> =
      kind === 'account' ? u.account_permissions : u.account_group_permissions;
    const replaces = enforces('user-permissions', { mode: 'replace' });
    const keeps = enforces('user-permissions', { mode: 'add' });
    let next: Array<AccountPermission | GroupPermission>;
    if ((mode === 'replace' && replaces) || (mode === 'add' && !keeps)) next = dedupe(sent, key);
    else {
      next = current.map((p) => ({ ...p }));
      for (const p of sent) {
        const i = next.findIndex((x) => key(x) === key(p));
        if (i >= 0) next[i] = { ...p };
        else next.push({ ...p });
      }
    }
    if (kind === 'account') u.account_permissions = next as AccountPermission[];
    else u.account_group_permissions = next as GroupPermission[];
    u.updated_at = this.clock.iso();
    if (mode === 'replace') return ok({ status: 'ok' });
    return ok(kind === 'account' ? this.accountPermissionsOf(u) : this.groupPermissionsOf(u));
  }

  /** Removes the user's assignment on one account or group (204); one the user does not have is not found. */
  unassign(req: { operationId: string }, userId: string, kind: 'account' | 'group', id: string): Result {
    const u = this.users.get(userId);
    if (!u) return this.missing(req, 'user', userId);
    const list: Array<AccountPermission | GroupPermission> =
      kind === 'account' ? u.account_permissions : u.account_group_permissions;
    const key = (p: AccountPermission | GroupPermission): string =>
      'account_id' in p ? p.account_id : p.account_group_id;
    if (!list.some((p) => key(p) === id))
      return this.missing(
        req,
        kind === 'account' ? "user's account permission" : "user's account group permission",
        id,
      );
    if (enforces('user-permissions', { mode: 'delete' })) {
      if (kind === 'account') u.account_permissions = u.account_permissions.filter((p) => p.account_id !== id);
      else u.account_group_permissions = u.account_group_permissions.filter((p) => p.account_group_id !== id);
      u.updated_at = this.clock.iso();
    }
    return { status: 204, body: undefined };
  }
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

function accountPermissions(v: unknown): AccountPermission[] {
  return (Array.isArray(v) ? (v as Json[]) : []).map((p) => ({
    account_id: String(p.account_id),
    role_id: String(p.role_id),
  }));
}

function groupPermissions(v: unknown): GroupPermission[] {
  return (Array.isArray(v) ? (v as Json[]) : []).map((p) => ({
    account_group_id: String(p.account_group_id),
    role_id: String(p.role_id),
  }));
}

/** One entry per account (or group): the last sent wins. */
function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  const out = new Map<string, T>();
  for (const p of list) out.set(key(p), { ...p });
  return [...out.values()];
}

function accountAnswer(a: Account): Json {
  return {
    id: a.id,
    name: a.name,
    account_group_id: a.account_group_id,
    created_at: a.created_at,
    updated_at: a.updated_at,
  };
}

/** An account as the lists' items show it (list-accounts.json, list-accounts-of-group.json: no account_group_id). */
function listItem(a: Account): Json {
  return { id: a.id, name: a.name, created_at: a.created_at, updated_at: a.updated_at };
}

function userAnswer(u: User): Json {
  return structuredClone(u) as unknown as Json;
}

/**
 * The page of a list that takes no paging parameter (account groups, accounts): every item, on one
 * page, with the pagination object the specs show.
 */
function page(items: Json[]): Json {
  return {
    data: items,
    pagination: {
      page: 1,
      page_size: Math.max(20, items.length),
      total_items: items.length,
      total_pages: 1,
      has_next: false,
      has_previous: false,
    },
  };
}
