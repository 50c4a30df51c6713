// The resource modules of the marketplace operations.
import { onboardingTransfers } from './onboarding-transfers.js';
import { onboardings } from './onboardings.js';
import { recipients } from './recipients.js';
import { splitTransfers } from './split-transfers.js';

export const MARKETPLACE = [recipients, onboardings, onboardingTransfers, splitTransfers] as const;
