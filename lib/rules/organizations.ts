// The rules of the organizations operations (resources/organizations/): what the docs say their resources do to each
// other, each with the faults that break it.
import { onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const ref = (page: string): string => `https://docs.y.uno/reference/${page}`;

export const ORGANIZATIONS_RULES = {
  'account-group-accounts': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "An account created in an account group is among that group's accounts and no other group's; when the group is deleted its accounts move to a default group of the organization, where they are listed and still read back.",
    doc: ref('list-accounts-of-group'),
    faults: {
      'group-accounts-listed-empty': {
        description: "an account group's list of accounts answers no account while it has some",
        operations: ['listAccountGroupAccounts'],
        effect: onResponse(
          (r) => r.status === 200 && isObject(r.body) && Array.isArray(r.body.data) && r.body.data.length > 0,
          (r) => void ((r.body as Json).data = []),
        ),
      },
      'group-accounts-unfiltered': {
        description: "an account group's list of accounts holds every account of the organization",
        effect: waive('account-group-accounts', (d) => d.action === 'filter'),
      },
      'group-delete-drops-accounts': {
        description: "a deleted account group's accounts are erased with it, not moved to the default group",
        effect: waive('account-group-accounts', (d) => d.action === 'reassign'),
      },
    },
  },
  'user-permissions': {
    area: 'auth',
    scope: 'scenario',
    statement:
      "A user's roles on accounts and on account groups read back as assigned, with the account's (group's) and the role's names: an update adds or changes the entries sent and keeps the others, a replace keeps only the entries sent, a delete removes one.",
    doc: ref('update-user-account-permissions'),
    faults: {
      'permissions-update-replaces': {
        description: "a PATCH of a user's permissions removes the entries it does not name",
        effect: waive('user-permissions', (d) => d.mode === 'add'),
      },
      'permissions-replace-merges': {
        description: "a PUT of a user's permissions keeps the entries it does not name",
        effect: waive('user-permissions', (d) => d.mode === 'replace'),
      },
      'permission-delete-ignored': {
        description: "deleting a user's permission on one account answers 204 and keeps it",
        effect: waive('user-permissions', (d) => d.mode === 'delete'),
      },
      'permission-role-name-other': {
        description: "a user's account permissions name another role than the one assigned",
        operations: ['retrieveUserAccountPermissions'],
        effect: onResponse(
          (r) => r.status === 200 && isObject(r.body) && Array.isArray(r.body.permissions),
          (r) => {
            for (const p of (r.body as { permissions: Json[] }).permissions)
              p.role_name = `${String(p.role_name)} (other)`;
          },
        ),
      },
    },
  },
  'organization-deletes': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A deleted user, custom role or account group is refused as not found afterwards, and the users of a deleted role hold the ReadOnly role instead; a deleted account is disabled, not erased: it still reads back.',
    doc: ref('delete-role'),
    refusal: { http: [404], codes: 'declared' },
    faults: {
      'deleted-user-served': {
        description: 'a deleted user is still read back',
        effect: waive('organization-deletes', (d) => d.resource === 'user'),
      },
      'deleted-role-served': {
        description: 'a deleted custom role is still listed and changed',
        effect: waive('organization-deletes', (d) => d.resource === 'role' && d.action === undefined),
      },
      'deleted-role-users-kept': {
        description: "a deleted role's users keep the deleted role instead of ReadOnly",
        effect: waive('organization-deletes', (d) => d.resource === 'role' && d.action === 'reassign'),
      },
      'deleted-group-served': {
        description: 'a deleted account group is still read back',
        effect: waive('organization-deletes', (d) => d.resource === 'account_group'),
      },
      'disabled-account-erased': {
        description: 'a deleted (disabled) account is erased: reading it answers not found',
        effect: waive('organization-deletes', (d) => d.resource === 'account'),
      },
    },
  },
  'whitelabel-auth': {
    area: 'auth',
    scope: 'scenario',
    statement:
      'authenticateWhitelabelUser answers a Bearer token for a user created through createUser, and refuses any other user id (unknown, or deleted) with 401 LOGIN_FAILED.',
    doc: ref('authenticate-whitelabel-user'),
    refusal: { http: [401], codes: ['LOGIN_FAILED'] },
    faults: {
      'whitelabel-unknown-user-token': {
        description: 'a user id no user has gets a token',
        effect: waive('whitelabel-auth'),
      },
      'whitelabel-token-empty': {
        description: "a white-label user's authentication answers an empty access_token",
        operations: ['authenticateWhitelabelUser'],
        effect: onResponse(
          (r) => r.status === 200 && isObject(r.body),
          (r) => void ((r.body as Json).access_token = ''),
        ),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
