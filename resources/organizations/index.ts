// The resource modules of the organizations operations: account groups, accounts, roles and users of
// the organization (one store).
import { accountGroups } from './account-groups.js';
import { accounts } from './accounts.js';
import { roles } from './roles.js';
import { users } from './users.js';

export const ORGANIZATIONS = [accountGroups, accounts, roles, users] as const;
