// The card gateway: Yuno's documented test cards decide a card payment's outcome
// (docs: direct-integration-use-cases/yuno-testing-gateway). Any other number is approved.
export type CardOutcome = 'approved' | 'declined' | 'error';

const CARDS = new Map<string, { outcome: CardOutcome; code: string }>();
for (const prefix of ['450799', '525244']) {
  const rows: Array<[string, CardOutcome, string]> = [
    ['0000000002', 'approved', 'SUCCEEDED'],
    ['0000000010', 'declined', 'INSUFFICIENT_FUNDS'],
    ['0000000028', 'declined', 'DECLINED_BY_BANK'],
    ['0000000036', 'declined', 'DO_NOT_HONOR'],
    ['0000000044', 'declined', 'INVALID_SECURITY_CODE'],
    ['0000000051', 'declined', 'INVALID_CARD_DATA'],
    ['0000000069', 'declined', 'REPORTED_STOLEN'],
    ['0000000077', 'error', 'ERROR'],
  ];
  for (const [suffix, outcome, code] of rows) CARDS.set(prefix + suffix, { outcome, code });
}

/** The gateway's answer for a card number: the outcome and the transaction's response_code. */
export function authorizeCard(number: string | undefined): { outcome: CardOutcome; code: string } {
  return CARDS.get(number ?? '') ?? { outcome: 'approved', code: 'SUCCEEDED' };
}

/** Currencies the emulated merchant may charge in each country: its local one, and USD. */
const LOCAL_CURRENCY: Record<string, string> = {
  AR: 'ARS',
  BO: 'BOB',
  BR: 'BRL',
  CL: 'CLP',
  CO: 'COP',
  CR: 'CRC',
  EC: 'USD',
  SV: 'USD',
  GT: 'GTQ',
  HN: 'HNL',
  MX: 'MXN',
  NI: 'NIO',
  PA: 'USD',
  PY: 'PYG',
  PE: 'PEN',
  US: 'USD',
  UY: 'UYU',
};

export function currencyAllowed(country: string, currency: string): boolean {
  return currency === 'USD' || LOCAL_CURRENCY[country] === currency;
}

/** What Yuno keeps of a card, as the docs' examples show it: never the number, its first 8 and last 4 digits. */
export function describeCard(number: string, holder: unknown, month: unknown, year: unknown): Record<string, unknown> {
  return {
    holder_name: typeof holder === 'string' ? holder : null,
    iin: number.slice(0, 8),
    lfd: number.slice(-4),
    number_length: number.length,
    security_code_length: 3,
    brand: number.startsWith('5') ? 'MASTERCARD' : 'VISA',
    issuer_name: 'TEST BANK',
    issuer_code: null,
    category: 'CLASSIC',
    type: 'CREDIT',
    expiration_month: typeof month === 'number' ? month : 12,
    expiration_year: typeof year === 'number' ? year : 30,
    fingerprint: null,
    country_code: 'US',
  };
}
