// The rules of the organizations operations (resources/organizations/): what the docs say their resources do to each
// other, each with the faults that break it.
import type { RuleEntry } from './types.js';

export const ORGANIZATIONS_RULES = {} satisfies Record<string, RuleEntry>;
