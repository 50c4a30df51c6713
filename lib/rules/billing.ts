// The rules of the billing operations (resources/billing/): what the docs say their resources do to each
// other, each with the faults that break it.
import type { RuleEntry } from './types.js';

export const BILLING_RULES = {} satisfies Record<string, RuleEntry>;
