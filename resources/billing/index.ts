// The resource modules of the billing operations: subscriptions, usage-based billing (meters, metered
// prices, usage events), installment plans, pre-debit notifications and unreferenced refunds.
import { installmentPlans } from './installments.js';
import { meteredPrices, meters, usageEvents } from './meters.js';
import { subscriptions } from './subscriptions.js';

export const BILLING = [subscriptions, meters, meteredPrices, usageEvents, installmentPlans] as const;
