// The rules of the platform operations (resources/platform/): what the docs say their resources do to each
// other, each with the faults that break it.
import type { RuleEntry } from './types.js';

export const PLATFORM_RULES = {} satisfies Record<string, RuleEntry>;
