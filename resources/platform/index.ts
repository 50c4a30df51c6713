// The resource modules of the platform operations.
import { BANKING } from './banking.js';
import { CAMPAIGNS } from './campaigns.js';
import { CHECKOUTS } from './checkouts.js';

export const PLATFORM = [...BANKING, ...CAMPAIGNS, ...CHECKOUTS] as const;
