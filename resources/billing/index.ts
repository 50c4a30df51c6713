// The resource modules of the billing operations: subscriptions, usage-based billing (meters, metered
// prices, usage events), installment plans, pre-debit notifications and unreferenced refunds.
import { installmentPlans } from './installments.js';
import { meteredPrices, meters, usageEvents } from './meters.js';
import { preDebitNotifications } from './pre-debit-notifications.js';
import { subscriptions } from './subscriptions.js';
import { unreferencedRefunds } from './unreferenced-refunds.js';

export const BILLING = [
  subscriptions,
  meters,
  meteredPrices,
  usageEvents,
  installmentPlans,
  preDebitNotifications,
  unreferencedRefunds,
] as const;
