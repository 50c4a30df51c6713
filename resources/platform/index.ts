// The resource modules of the platform operations.
import { BANKING } from './banking.js';
import { CAMPAIGNS } from './campaigns.js';
import { CHECKOUTS } from './checkouts.js';
import { PCI_PROXY } from './pci-proxy.js';

export const PLATFORM = [...BANKING, ...CAMPAIGNS, ...CHECKOUTS, ...PCI_PROXY] as const;
