// The rules of the marketplace operations (resources/marketplace/): what the docs say their resources do to each
// other, each with the faults that break it.
import type { RuleEntry } from './types.js';

export const MARKETPLACE_RULES = {} satisfies Record<string, RuleEntry>;
