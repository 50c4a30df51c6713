// The resource modules of the platform operations.
import { recoveryOutreach } from './ai-caller.js';
import { BANKING } from './banking.js';
import { CAMPAIGNS } from './campaigns.js';
import { CHECKOUTS } from './checkouts.js';
import { conversionRates } from './conversion.js';
import { paymentMethodDomains } from './domains.js';
import { dryRunProviderEvents } from './dry-run.js';
import { networkTokenCryptograms } from './network-tokens.js';
import { PCI_PROXY } from './pci-proxy.js';
import { transactionReports } from './reporting.js';

export const PLATFORM = [
  ...BANKING,
  ...CAMPAIGNS,
  ...CHECKOUTS,
  ...PCI_PROXY,
  paymentMethodDomains,
  networkTokenCryptograms,
  conversionRates,
  recoveryOutreach,
  transactionReports,
  dryRunProviderEvents,
] as const;
