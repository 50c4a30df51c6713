// Sellers: a franchise's stores, each mapped to the merchant_id to use at each provider for each payment
// method type. Found by the merchant's own merchant_seller_id (one seller per merchant_seller_id, 409
// otherwise), replaced whole by PUT (what it leaves out is null afterwards), deleted for good. The records
// (the plain store) are kept by merchant_seller_id: the operations' path names them by it.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import { defineResource, type ScenarioDeps, type Serve } from '../kit.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { Records, World } from '../world.js';
import { sellerBody } from './bodies.js';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A nested object as the seller examples answer it: every field the schema names, null when not sent. */
function nested(v: unknown, fields: readonly string[]): Json {
  const sent = isObject(v) ? v : {};
  return Object.fromEntries(fields.map((f) => [f, sent[f] ?? null]));
}

/** The seller as the sellers-api.json examples show it, from a create or replace body (what is not sent is null). */
function sellerOf(
  body: Json,
  keep: { seller_id: string; merchant_seller_id: string; created_at: string },
  now: string,
): Json {
  return {
    seller_id: keep.seller_id,
    merchant_seller_id: keep.merchant_seller_id,
    name: body.name ?? null,
    email: body.email ?? null,
    phone: nested(body.phone, ['code', 'number']),
    document: nested(body.document, ['type', 'number']),
    address: nested(body.address, ['line_1', 'line_2', 'city', 'state', 'country', 'zip_code']),
    country: body.country ?? null,
    website: body.website ?? null,
    industry: body.industry ?? null,
    merchant_category_code: body.merchant_category_code ?? null,
    payment_methods: ((body.payment_methods as Json[] | null | undefined) ?? []).map((m) => ({
      provider_id: m.provider_id,
      payment_method_type: m.payment_method_type,
      merchant_id: m.merchant_id ?? null,
      wallet_details: m.wallet_details ?? null,
    })),
    created_at: keep.created_at,
    updated_at: now,
  };
}

/** A (provider_id, payment_method_type) pair named twice (400 DUPLICATE_PROVIDER_MAPPING). */
function duplicateMapping(body: Json): Result | undefined {
  const pairs = ((body.payment_methods as Json[] | null | undefined) ?? []).map(
    (m) => `${String(m.provider_id)} ${String(m.payment_method_type)}`,
  );
  const twice = pairs.find((p, i) => pairs.indexOf(p) !== i);
  if (twice && enforces('seller-mapping-unique'))
    return err(
      400,
      'DUPLICATE_PROVIDER_MAPPING',
      `Duplicate (provider.id, payment_method_type) combination found: ${twice}.`,
    );
  return undefined;
}

const notFound = (id: string): Result =>
  err(404, 'FRANCHISE_MAPPING_NOT_FOUND', `No seller mapping exists for the given ID: ${id}.`);

const create: Serve<Records> = (store, req, world: World) => {
  const body = req.body;
  const merchant_seller_id = String(body.merchant_seller_id);
  if (store.get(merchant_seller_id) && enforces('seller-unique'))
    return err(409, 'FRANCHISE_MAPPING_ALREADY_EXISTS', 'A mapping with this merchant_seller_id already exists.');
  const dup = duplicateMapping(body);
  if (dup) return dup;
  const now = world.clock.iso();
  const seller = sellerOf(body, { seller_id: randomUUID(), merchant_seller_id, created_at: now }, now);
  store.put(merchant_seller_id, seller);
  return ok(structuredClone(seller), 201);
};

const retrieve: Serve<Records> = (store, req) => {
  const id = req.path.merchant_seller_id!;
  const seller = store.get(id);
  return seller ? ok(structuredClone(seller)) : notFound(id);
};

/** A full replacement: what the body leaves out is null afterwards ("Omitted optional fields will be set to null"). */
const replace: Serve<Records> = (store, req, world: World) => {
  const id = req.path.merchant_seller_id!;
  const seller = store.get(id);
  if (!seller) return notFound(id);
  const dup = duplicateMapping(req.body);
  if (dup) return dup;
  const keep = {
    seller_id: String(seller.seller_id),
    merchant_seller_id: id,
    created_at: String(seller.created_at),
  };
  const sent = enforces('seller-lifecycle', { step: 'replace' })
    ? req.body
    : { ...Object.fromEntries(Object.entries(seller).filter(([, v]) => v !== null)), ...req.body };
  const replaced = sellerOf(sent, keep, world.clock.iso());
  store.put(id, replaced);
  return ok(structuredClone(replaced));
};

/** A soft delete: the seller is no longer found (past payments keep what they resolved). */
const remove: Serve<Records> = (store, req) => {
  const id = req.path.merchant_seller_id!;
  if (!store.get(id)) return notFound(id);
  if (enforces('seller-lifecycle', { step: 'delete' })) store.delete(id);
  return { status: 204, body: undefined };
};

const byMerchantSellerId = async (d: ScenarioDeps): Promise<{ merchant_seller_id: string }> => ({
  merchant_seller_id: String((await d.need('seller')).merchant_seller_id),
});

export const sellers = defineResource({
  name: 'seller',
  schema: 'Seller',
  // seller_id is Yuno's id; the operations name a seller by the merchant's merchant_seller_id.
  id: ['seller_id', 'merchant_seller_id'],
  stable: ['/seller_id', '/merchant_seller_id', '/created_at'],
  operations: {
    createSeller: {
      serve: create,
      relation: 'creates',
      request: (d) => ({ body: sellerBody(d.make) }),
      echo: [
        '/merchant_seller_id',
        '/name',
        '/email',
        '/phone',
        '/document',
        '/address',
        '/country',
        '/website',
        '/industry',
        '/merchant_category_code',
        '/payment_methods',
      ],
    },
    retrieveSeller: {
      serve: retrieve,
      identity: 'merchant_seller_id',
      request: async (d) => ({ path: await byMerchantSellerId(d) }),
    },
    replaceSeller: {
      serve: replace,
      identity: 'merchant_seller_id',
      relation: 'changes',
      request: async (d) => ({
        path: await byMerchantSellerId(d),
        body: {
          account_id: d.make.accountId,
          name: 'Franchise Store Los Angeles',
          country: 'US',
          merchant_category_code: '5812',
          payment_methods: [{ provider_id: 'STRIPE', payment_method_type: 'CARD', merchant_id: 'acct_1A2B3C4D5E' }],
        },
      }),
      echo: [
        '/name',
        '/email',
        '/phone',
        '/document',
        '/address',
        '/country',
        '/industry',
        '/merchant_category_code',
        '/payment_methods',
      ],
    },
    deleteSeller: {
      serve: remove,
      identity: 'merchant_seller_id',
      relation: 'ends',
      request: async (d) => ({ path: await byMerchantSellerId(d) }),
    },
  },
});
