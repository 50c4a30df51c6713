// The resource modules of the organizations operations: account groups, accounts, roles and users of
// the organization (one store), connections and routings (another).
import { accountGroups } from './account-groups.js';
import { accounts } from './accounts.js';
import { connections } from './connections.js';
import { roles } from './roles.js';
import { routings } from './routings.js';
import { users } from './users.js';

export const ORGANIZATIONS = [accountGroups, accounts, roles, users, connections, routings] as const;
