// The issuers (banks) that support a payment method, by country: a fixed list, as a merchant's
// configuration would give.
import type { QueryOf } from '../lib/api.js';
import { defineResource } from './kit.js';
import { ok } from './result.js';

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

export const issuers = defineResource({
  name: 'issuer',
  id: ['id'],
  store: () => BY_COUNTRY,
  operations: {
    retrieveIssuers: {
      serve: (byCountry, r) => {
        const country = r.query.country_code;
        return ok({ issuers: country ? (byCountry[country] ?? []) : Object.values(byCountry).flat() });
      },
      relation: 'other',
      request: (d) => ({ query: { country_code: d.make.country as QueryOf<'retrieveIssuers'>['country_code'] } }),
    },
  },
});
