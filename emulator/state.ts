// Everything an emulator holds: the clock, one store per resource, idempotency keys, webhook receivers.
import type { Clock } from './clock.js';
import type { FaultSet } from './faults.js';
import type { IdempotencyKeys } from './idempotency.js';
import type { RequestLog } from './recorder.js';
import type { CheckoutSessions } from './resources/checkout-sessions.js';
import type { Customers } from './resources/customers.js';
import type { Links } from './resources/links.js';
import type { PaymentMethods } from './resources/payment-methods.js';
import type { Payments } from './resources/payments.js';
import type { Payouts } from './resources/payouts.js';
import type { Reports } from './resources/reports.js';
import type { ThreeDsSetups } from './resources/three-ds.js';
import type { Tokens } from './resources/tokens.js';
import type { WebhookConfigs } from './resources/webhook-config.js';
import type { WebhookSender } from './webhooks.js';

export interface Emulated {
  clock: Clock;
  /** The faults switched on for every request (EMULATOR_FAULTS). */
  faults: FaultSet;
  payments: Payments;
  links: Links;
  customers: Customers;
  sessions: CheckoutSessions;
  payouts: Payouts;
  reports: Reports;
  paymentMethods: PaymentMethods;
  tokens: Tokens;
  threeDs: ThreeDsSetups;
  /** Webhooks registered through the webhooks API. */
  webhookConfigs: WebhookConfigs;
  idempotency: IdempotencyKeys;
  webhooks: WebhookSender;
  /** Every API request received, with what is wrong with it (for npm run sdk-gate). */
  requests: RequestLog;
}
