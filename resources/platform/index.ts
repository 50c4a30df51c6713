// The resource modules of the platform operations.
import { BANKING } from './banking.js';
import { CAMPAIGNS } from './campaigns.js';

export const PLATFORM = [...BANKING, ...CAMPAIGNS] as const;
