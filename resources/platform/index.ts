// The resource modules of the platform operations.
import { BANKING } from './banking.js';

export const PLATFORM = [...BANKING] as const;
