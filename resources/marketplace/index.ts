// The resource modules of the marketplace operations.
import { onboardingTransfers } from './onboarding-transfers.js';
import { onboardings } from './onboardings.js';
import { recipients } from './recipients.js';
import { sellers } from './sellers.js';
import { splitTransfers } from './split-transfers.js';

export const MARKETPLACE = [recipients, onboardings, onboardingTransfers, splitTransfers, sellers] as const;
