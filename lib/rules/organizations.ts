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
  'connection-catalog': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A connection follows its provider\'s catalog entry: an unknown provider, a payment method the provider lacks, a required param left out and a merchant_connection_id the account already has are refused with the page\'s codes; the params come back as sent, the secret ones as "***".',
    doc: ref('create-connection'),
    refusal: {
      http: [400, 409],
      codes: [
        'PROVIDER_NOT_FOUND',
        'UNSUPPORTED_PAYMENT_METHOD',
        'MISSING_REQUIRED_PARAM',
        'CONNECTION_MERCHANT_ID_CONFLICT',
      ],
    },
    faults: {
      'connection-secret-echoed': {
        description: 'a secret param of the catalog is read back as sent, not "***"',
        effect: waive('connection-catalog', (d) => d.check === 'secret'),
      },
      'connection-missing-param-accepted': {
        description: 'a connection without a param the catalog requires is created',
        effect: waive('connection-catalog', (d) => d.check === 'params'),
      },
      'connection-label-reused': {
        description: 'a second connection with the same merchant_connection_id in an account is created',
        effect: waive('connection-catalog', (d) => d.check === 'label'),
      },
    },
  },
  'routing-connection-active': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "A connection is created ACTIVE and reads back ACTIVE; a routing step may reference only an ACTIVE connection of the routing's account that supports its payment method and belongs to the step's provider_id: otherwise 400 ROUTING_PROVIDER_NOT_AVAILABLE.",
    doc: ref('create-routing'),
    refusal: { http: [400], codes: ['ROUTING_PROVIDER_NOT_AVAILABLE'] },
    faults: {
      'routing-foreign-connection-accepted': {
        description: "a routing step on another account's connection, or on none, is accepted",
        effect: waive('routing-connection-active'),
      },
      'connection-read-inactive': {
        description: 'a connection just created reads back with another status than ACTIVE',
        operations: ['retrieveConnection'],
        effect: onResponse(
          (r) => r.status === 200 && isObject(r.body),
          (r) => void ((r.body as Json).status = 'INACTIVE'),
        ),
      },
    },
  },
  'routing-validation': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A route whose step indexes are not contiguous from 1 is refused with 400 ROUTING_VALIDATION_FAILED, details naming the path, what was expected and what was received.',
    doc: ref('create-routing'),
    refusal: { http: [400], codes: ['ROUTING_VALIDATION_FAILED'] },
    faults: {
      'routing-index-gap-accepted': {
        description: 'a route with steps 1 and 3 is created',
        effect: waive('routing-validation'),
      },
    },
  },
  'routing-one-per-method': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'An account has one routing per payment method: a second create for the same pair is refused with 409 ROUTING_ALREADY_EXISTS naming the existing routing.',
    doc: ref('create-routing'),
    refusal: { http: [409], codes: ['ROUTING_ALREADY_EXISTS'] },
    faults: {
      'routing-duplicate-accepted': {
        description: 'a second routing for the same account and payment method is created',
        effect: waive('routing-one-per-method'),
      },
    },
  },
  'routing-payment-method-immutable': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "A routing's payment method cannot change: an update naming another one is refused with 400 ROUTING_PAYMENT_METHOD_IMMUTABLE and the routing stays as it was.",
    doc: ref('update-routing'),
    refusal: { http: [400], codes: ['ROUTING_PAYMENT_METHOD_IMMUTABLE'] },
    faults: {
      'routing-payment-method-changed': {
        description: 'an update moves a routing to another payment method',
        effect: waive('routing-payment-method-immutable'),
      },
    },
  },
  'routing-update-live': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A routing update replaces the live configuration whole (no field-level merge): the next retrieve and the list return it, with the same id, account, payment method and created_at.',
    doc: ref('update-routing'),
    faults: {
      'routing-update-merged': {
        description: 'an update without condition_sets keeps the condition sets the routing had',
        effect: waive('routing-update-live', (d) => d.merge === true),
      },
      'routing-update-lost': {
        description: 'an update is answered but a following read returns the configuration before it',
        effect: waive('routing-update-live', (d) => d.persist === true),
      },
    },
  },
  'recommendation-candidates': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A routing recommendation ranks every candidate sent, once each, merchant_connection_id as sent (null when not sent); the recommended one is the top of the ranking and one of the candidates; each call gets a new recommendation_id.',
    doc: ref('get-routing-recommendations'),
    faults: {
      'recommendation-outside-candidates': {
        description: 'the recommended provider is not one of the candidates sent',
        operations: ['getRoutingRecommendation'],
        effect: onResponse(
          (r) => r.status === 200 && isObject(r.body) && isObject(r.body.recommended),
          (r) => void (((r.body as Json).recommended as Json).provider_id = 'NOT_A_CANDIDATE'),
        ),
      },
      'recommendation-ranking-short': {
        description: 'the ranking leaves the last candidate out',
        operations: ['getRoutingRecommendation'],
        effect: onResponse(
          (r) => r.status === 200 && isObject(r.body) && Array.isArray(r.body.ranking),
          (r) => void ((r.body as Json).ranking as unknown[]).pop(),
        ),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
