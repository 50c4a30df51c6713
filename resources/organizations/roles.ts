// Roles: Yuno's defaults (Admin, ReadOnly) and the organization's custom ones, each listing ids of
// the permissions catalog; a custom role's name is unique, its role_type fixed, and deleting it moves
// its users to ReadOnly (delete-role.json).
import { defineResource } from '../kit.js';
import { ok } from '../result.js';
import { accountGroups } from './account-groups.js';
import { roleBody } from './bodies.js';
import { PERMISSIONS_CATALOG } from './store.js';

export const roles = defineResource({
  name: 'role',
  schema: 'Role',
  id: ['id'],
  stable: ['/id', '/role_type', '/created_at'],
  store: (w) => w.get(accountGroups),
  operations: {
    createRole: {
      serve: (s, r) => s.createRole(r.body),
      relation: 'creates',
      request: (d) => ({ body: roleBody(d.make) }),
      echo: ['/name', '/description', '/permission_ids', '/testing_permission_ids', '/role_type'],
    },
    listRoles: {
      serve: (s) => s.listRoles(),
      relation: 'lists',
      request: async (d) => {
        await d.need('role');
        return {};
      },
    },
    updateRole: {
      serve: (s, r) => s.updateRole(r, r.path.role_id!, r.body),
      identity: 'role_id',
      relation: 'changes',
      request: async (d) => ({
        path: { role_id: String((await d.need('role')).id) },
        body: { description: 'yuno-conformance custom role, changed', permission_ids: ['view_payment_transactions'] },
      }),
      echo: ['/name', '/description', '/permission_ids', '/testing_permission_ids'],
    },
    deleteRole: { serve: (s, r) => s.deleteRole(r, r.path.role_id!), identity: 'role_id', relation: 'ends' },
    listPermissionsCatalog: {
      serve: () => ok(structuredClone(PERMISSIONS_CATALOG)),
      relation: 'other',
      request: () => ({}),
    },
  },
});
