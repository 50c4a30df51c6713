// The provider catalog the emulator knows (retrieveProviderCatalog), and what a connection's params
// must hold against it (createConnection). STRIPE is the docs' own catalog entry
// (get-provider-catalog.mdx, "200 OK — Stripe"). No page shows ADYEN's entry: it is built from the
// params of create-connection.mdx's "201 Created — Adyen" example (x-api-key and HMAC_KEY masked there,
// so secret), its payment methods those of that example; only the merchant account and the API key
// are taken as required.
import type { Json } from '../result.js';

export interface CatalogParam {
  param_id: string;
  field_type: 'string' | 'boolean' | 'array' | 'number';
  description: string;
  editable_field: boolean;
  optional: boolean;
  secret?: boolean;
  options?: Array<string | { value: string; params: CatalogParam[] }>;
  params?: CatalogParam[];
}

export interface CatalogEntry {
  payment_method_type: string[];
  params: CatalogParam[];
}

const text = (param_id: string, description: string, optional: boolean, secret = false): CatalogParam => ({
  param_id,
  field_type: 'string',
  ...(secret ? { secret: true } : {}),
  description,
  editable_field: true,
  optional,
});

const threeDs = (): CatalogParam => ({
  param_id: '3DS_ENABLED',
  field_type: 'boolean',
  description: 'Enable 3DS validation flow',
  editable_field: true,
  optional: true,
  params: [text('ORIGIN_URL', 'Your checkout origin URL', true)],
});

export const PROVIDERS: Record<string, CatalogEntry> = {
  STRIPE: {
    payment_method_type: [
      'CARD',
      'GOOGLE_PAY',
      'APPLE_PAY',
      'ACH',
      'KLARNA_PAY_NOW',
      'KLARNA_PAY_LATER',
      'IDEAL',
      'GIROPAY',
      'BANCONTACT',
      'SEPA_DEBIT',
    ],
    params: [
      text('API_KEY', 'Stripe Secret API Key', false, true),
      text('PUBLISHABLE_KEY', 'Stripe Publishable Key', false),
      {
        ...text('INTEGRATION_TYPE', 'Stripe integration variant', false),
        options: ['PAYMENT_INTENTS', 'CHARGES', 'CONNECT_DESTINATION'],
      },
      threeDs(),
    ],
  },
  ADYEN: {
    payment_method_type: ['CARD', 'GOOGLE_PAY', 'IDEAL'],
    params: [
      text('merchantAccount', 'Adyen merchant account', false),
      text('x-api-key', 'Adyen API key', false, true),
      text('HMAC_KEY', 'Adyen HMAC key', true, true),
      text('url-prefix', 'Adyen live URL prefix', true),
      text('transaction-identifier', 'Transaction identifier', true),
      text('MERCHANT_NAME', 'Merchant name', true),
      text('CAPTURE_DELAY_HOURS', 'Capture delay in hours', true),
      text('recurring-model', 'Recurring model', true),
      threeDs(),
    ],
  },
};

/** Every param of a catalog tree, nested ones included (params are submitted flat). */
export function allParams(params: readonly CatalogParam[]): CatalogParam[] {
  return params.flatMap((p) => [
    p,
    ...allParams(p.params ?? []),
    ...allParams((p.options ?? []).flatMap((o) => (typeof o === 'string' ? [] : o.params))),
  ]);
}

const empty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The first required param the values leave out or empty: the catalog's `optional: false` ones at the
 * top, and those a parent activates (a boolean parent sent true, an option chosen that carries params).
 */
export function missingParam(params: readonly CatalogParam[], values: Map<string, unknown>): string | undefined {
  for (const p of params) {
    const v = values.get(p.param_id);
    if (!p.optional && empty(v)) return p.param_id;
    const active: CatalogParam[] = [];
    if (p.field_type === 'boolean' && v === true) active.push(...(p.params ?? []));
    for (const o of p.options ?? [])
      if (typeof o !== 'string' && (v === o.value || (Array.isArray(v) && v.includes(o.value))))
        active.push(...o.params);
    const nested = missingParam(active, values);
    if (nested) return nested;
  }
  return undefined;
}

/** The catalog entry as retrieveProviderCatalog answers it. */
export function catalogAnswer(entry: CatalogEntry): Json {
  return structuredClone(entry) as unknown as Json;
}
