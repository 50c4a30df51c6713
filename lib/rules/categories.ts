// Allure categories, read from the registry: every rule failure starts with its rule id (because(),
// the matchers, the client's contract check), so a failure lands in the category of its rule's area.
import { type Area, RULE_IDS, RULES } from './index.js';

const AREA_TITLES: Record<Area, string> = {
  contract: 'Contract violation (status, content type, headers, body schema)',
  payments: 'Payments rule broken (statuses, transitions, amounts)',
  disputes: 'Chargebacks and disputes rule broken',
  'payment-methods': 'Payment-methods and enrollment rule broken',
  links: 'Payment-links rule broken',
  customers: 'Customers rule broken',
  sessions: 'Checkout-sessions rule broken',
  payouts: 'Payouts rule broken',
  reports: 'Reports rule broken',
  auth: 'Authentication rule broken',
  errors: 'Error handling rule broken',
  idempotency: 'Idempotency rule broken',
  webhooks: 'Webhooks rule broken',
  'webhook-config': 'Webhook-configuration API rule broken',
  consistency: 'Consistency rule broken (what was sent, created, or read before)',
  requests: 'Request sent against the contract (the SDK gate)',
  constraints: 'Documented constraint not honoured (a bound, an enum, a required field, a method)',
};

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Category {
  name: string;
  messageRegex: string;
}

export function allureCategories(): Category[] {
  const byArea = new Map<Area, string[]>();
  for (const id of RULE_IDS) byArea.set(RULES[id].area, [...(byArea.get(RULES[id].area) ?? []), id]);
  return [
    { name: 'Target unavailable', messageRegex: '[\\s\\S]*TARGET UNAVAILABLE[\\s\\S]*' },
    {
      name: 'Doc conflict: the target took the other side',
      messageRegex: '[\\s\\S]*other side of doc conflict[\\s\\S]*',
    },
    ...[...byArea].map(([area, ids]) => ({
      name: AREA_TITLES[area],
      messageRegex: `^(Error: )?(${ids.map(escapeRegex).join('|')}):[\\s\\S]*`,
    })),
    { name: 'Untagged test', messageRegex: '[\\s\\S]*untagged test[\\s\\S]*' },
  ];
}
