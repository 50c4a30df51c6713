// The issuers (banks) that support a payment method, by country: a fixed list, as a merchant's
// configuration would give.
import { ok, type Result } from '../result.js';

const BY_COUNTRY: Record<string, Array<{ id: string; name: string }>> = {
  CO: [
    { id: '1007', name: 'BANCOLOMBIA' },
    { id: '1051', name: 'DAVIVIENDA' },
  ],
  BR: [
    { id: '001', name: 'BANCO DO BRASIL' },
    { id: '237', name: 'BRADESCO' },
  ],
};

export function issuers(query: Record<string, string>): Result {
  const country = query.country_code;
  return ok({ issuers: country ? (BY_COUNTRY[country] ?? []) : Object.values(BY_COUNTRY).flat() });
}
