// The conversion rate (DCC quote): the amount in the cardholder's currency at the provider's rate,
// valid 30 minutes (the example's rate validity). Its spec names the keys X-Public-Api-Key and
// X-Private-Secret-Key; the contract asks for both pairs with the same values (conflict
// conversion-key-headers), and the X- pair holding other values is refused as unauthenticated.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ServeRequest } from '../kit.js';
import { type Json, ok, type Result, refuse } from '../result.js';
import type { World } from '../world.js';
import { hex, money } from './shared.js';

/** Units of each currency to one US dollar (the example's COP rate; the others the emulator's own). */
const PER_USD: Record<string, number> = {
  USD: 1,
  COP: 3879.812207,
  BRL: 5.1,
  MXN: 17.2,
  ARS: 870,
  CLP: 940,
  PEN: 3.75,
  EUR: 0.92,
  GBP: 0.79,
  CAD: 1.36,
};

export function conversionBody(m: MakeContext): BodyOf<'retrieveConversionRate'> {
  return {
    account_id: m.accountId,
    amount: { value: 10000, currency: 'COP', currency_conversion: { cardholder_currency: 'USD' } },
    provider_data: { id: 'CIBC' },
  };
}

const header = (req: ServeRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

function quote(req: ServeRequest, world: World): Result {
  // The keys were checked under the document's names; the spec's names must hold the same keys.
  const same =
    header(req, 'x-public-api-key') === header(req, 'public-api-key') &&
    header(req, 'x-private-secret-key') === header(req, 'private-secret-key');
  if (!same && enforces('conversion-key-headers'))
    return refuse(
      'conversion-key-headers',
      'X-Public-Api-Key and X-Private-Secret-Key must hold the account keys.',
      'INVALID_CREDENTIALS',
    );
  const amount = req.body.amount as Json;
  const to = String((amount.currency_conversion as Json | null | undefined)?.cardholder_currency ?? 'USD');
  const from = String(amount.currency);
  const rate = Number(((PER_USD[from] ?? 1) / (PER_USD[to] ?? 1)).toFixed(6));
  const value = Number(amount.value);
  const provider = String((req.body.provider_data as Json).id);
  const now = world.clock.now();
  const transaction = hex(32);
  return ok({
    id: randomUUID(),
    amount: {
      value,
      currency: from,
      currency_conversion: {
        cardholder_currency: to,
        cardholder_amount: money(Math.round((value / rate) * 100) / 100),
        rate,
        provider_data: {
          id: provider,
          transaction_id: transaction,
          response_code: '2000',
          response_message: 'Successful',
          raw_response: {
            fxRateInquiryResponse: {
              rateStartTime: now,
              rateEndTime: now + 30 * 60_000,
              rateValidityPeriod: 30,
              rates: [{ merchantAmount: value, merchantCurrency: from, cardholderCurrency: to, rate }],
              rateInquiryRef: transaction,
              responseCode: '2000',
              responseMessage: 'Successful',
            },
          },
        },
      },
    },
    expired_at: world.clock.iso(now + 30 * 60_000),
  });
}

export const conversionRates = defineResource({
  name: 'conversion rate',
  schema: 'ConversionRate',
  id: ['id'],
  operations: {
    retrieveConversionRate: {
      serve: (_s, r, w) => quote(r, w),
      relation: 'other',
      // The client sends the keys under the X- names too (tests/support/client.ts).
      request: (d) => ({ body: conversionBody(d.make) }),
      echo: ['/amount/value', '/amount/currency', '/amount/currency_conversion/cardholder_currency'],
    },
  },
});
