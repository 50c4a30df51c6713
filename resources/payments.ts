// Payments: create (or authorize), retrieve, look up by merchant_order_id, capture, cancel, refund,
// cancel-or-refund, disputes and fulfillments; the state machine is specs/payment-transitions.yaml
// (resources/stores/payments.ts). What pays for a payment (a card, an enrolled method, a one-time token,
// a 3DS setup) is resolved first, so a refusal there creates nothing.

import { enforces } from '../emulator/faults.js';
import type { BodyOf } from '../lib/api.js';
import { checkoutSessions } from './checkout-sessions.js';
import { defineResource, type MakeContext, type ScenarioDeps } from './kit.js';
import { paymentMethods } from './payment-methods.js';
import { err, isResult, type Json, type Result, refuse } from './result.js';
import { type Instrument, Payments } from './stores/payments.js';
import { threeDsSetups } from './three-ds.js';
import { tokens } from './tokens.js';
import type { World } from './world.js';

export interface PaymentOptions {
  capture?: boolean;
  card?: 'approved' | 'declined' | 'error';
  /** A card number of its own (e.g. one the emulated fraud screening declines). */
  cardNumber?: string;
  async?: boolean;
  amount?: number;
  orderId?: string;
  /** A zero-amount card verification (amount 0, detail.card.verify true). */
  verify?: boolean;
  /** Pay with an enrolled payment method, for the customer named (customer_payer.id). */
  vaultedToken?: string;
  customerId?: string;
  /** Pay with a one-time-use token (DIRECT workflow). */
  token?: string;
  /** Name a 3DS setup (payment_method.detail.card.three_d_secure.three_d_secure_setup_id). */
  threeDsSetupId?: string;
}

/** A test card, as the docs' card_data takes it. */
export const cardOf = (m: MakeContext, which: 'approved' | 'declined' | 'error', number?: string) => ({
  number: number ?? m.cards[which],
  holder_name: 'John Doe',
  expiration_month: 11,
  expiration_year: 2030,
  security_code: '123',
});

/** A valid create-payment body: a DIRECT card payment of the run's country and currency unless told otherwise. */
export function paymentBody(m: MakeContext, o: PaymentOptions = {}): BodyOf<'createPayment'> {
  return {
    account_id: m.accountId,
    description: 'yuno-conformance payment',
    country: m.country as BodyOf<'createPayment'>['country'],
    merchant_order_id: o.orderId ?? m.id('order'),
    merchant_reference: m.id('ref'),
    amount: { currency: m.currency, value: o.verify ? 0 : (o.amount ?? 5000) },
    workflow: 'DIRECT',
    ...(o.customerId ? { customer_payer: { id: o.customerId } } : {}),
    payment_method: o.async
      ? { type: m.asyncMethod }
      : o.vaultedToken
        ? { type: 'CARD', vaulted_token: o.vaultedToken }
        : o.token
          ? { type: 'CARD', token: o.token }
          : {
              type: 'CARD',
              detail: {
                card: {
                  capture: o.capture ?? true,
                  installments: 1,
                  ...(o.verify ? { verify: true } : {}),
                  ...(o.threeDsSetupId ? { three_d_secure: { three_d_secure_setup_id: o.threeDsSetupId } } : {}),
                  card_data: { ...cardOf(m, o.card ?? 'approved', o.cardNumber), expiration_year: 30 },
                },
              },
            },
  };
}

/** A one-page PDF, base64: dispute evidence the docs' rules accept (application/pdf, under 1 MB). */
const PDF = 'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK';

export function disputeBody(m: MakeContext): BodyOf<'openDispute'> {
  return {
    account_id: m.accountId,
    evidence: [
      {
        file_name: `${m.id('evidence')}.pdf`,
        content_type: 'application/pdf',
        content_category: 'RECEIPT',
        content: PDF,
      },
    ],
  };
}

export function fulfillmentBody(m: MakeContext): BodyOf<'notifyFulfillments'> {
  return { status: 'COMPLETED', fulfillments: [{ id: m.id('fulfillment'), type: 'STANDARD', status: 'COMPLETED' }] };
}

/** What pays for a payment: an enrolled method's card, a one-time token's, a 3DS setup it names, a checkout session it uses. */
function instrumentOf(w: World, body: Json): Instrument | Result {
  const method = (body.payment_method ?? {}) as Json;
  const card = ((method.detail as Json | undefined)?.card ?? {}) as Json;
  const out: Instrument = {};
  if (typeof method.vaulted_token === 'string') {
    const pm = w.get(paymentMethods).forPayment(method.vaulted_token, ((body.customer_payer ?? {}) as Json).id);
    if (isResult(pm)) return pm;
    Object.assign(out, {
      vaultedToken: method.vaulted_token,
      number: pm.number ?? undefined,
      type: pm.type === 'CARD' ? 'CARD' : undefined,
    });
  } else if (typeof method.token === 'string') {
    const spent = w.get(tokens).spend(method.token);
    if (isResult(spent)) return spent;
    Object.assign(out, { token: method.token, number: spent.number ?? undefined, type: spent.type });
  }
  const setup = ((card.three_d_secure ?? {}) as Json).three_d_secure_setup_id;
  if (typeof setup === 'string' && (!w.get(threeDsSetups).has(setup) || !enforces('three-ds-setup'))) {
    return enforces('three-ds-setup')
      ? { ...err(400, 'INVALID_PARAMETERS', `No 3DS setup ${setup}.`), consumed: true }
      : { ...refuse('request-validated', `No 3DS setup ${setup}.`, 'INVALID_PARAMETERS'), consumed: true };
  }
  const session = ((body.checkout ?? {}) as Json).session;
  if (typeof session === 'string' && session !== '') w.get(checkoutSessions).markUsed(session);
  return out;
}

/** A payment paid for by what its request names (a refusal of that makes nothing). */
export function pay(w: World, body: Json, key: string | null): Result {
  const instrument = instrumentOf(w, body);
  return isResult(instrument) ? instrument : w.get(payments).create(body, key, null, instrument);
}

/** A new payment's ids (capture false: an authorization). */
async function made(
  d: ScenarioDeps,
  o: PaymentOptions = {},
): Promise<{ payment_id: string; transaction_id: string; amount: { currency: string; value: number } }> {
  const p = (await d.api.call('createPayment', { body: paymentBody(d.make, o) })).ok();
  return {
    payment_id: p.id,
    transaction_id: p.transactions.id,
    amount: { currency: p.amount.currency, value: p.amount.value },
  };
}

/** A payment charged back (on a stateless target the ids are the mock's: nothing is checked there). */
async function chargedBack(d: ScenarioDeps): Promise<{ payment_id: string; transaction_id: string }> {
  const { payment_id, transaction_id } = await made(d);
  if (d.stateful) await d.controls!.run('chargeback', { payment_id });
  return { payment_id, transaction_id };
}

const path = (p: { payment_id: string; transaction_id: string }) => ({
  payment_id: p.payment_id,
  transaction_id: p.transaction_id,
});
const SETTLE = ['approved', 'declined', 'expired'] as const;

export const payments = defineResource({
  name: 'payment',
  schema: 'PaymentCore',
  id: ['id'],
  stable: ['/id', '/account_id', '/country', '/merchant_order_id', '/created_at', '/amount/currency', '/amount/value'],
  store: (w) => new Payments(w.clock),
  operations: {
    createPayment: {
      serve: (_s, r, w) => pay(w, r.body, r.idempotencyKey),
      relation: 'creates',
      request: (d) => ({ body: paymentBody(d.make) }),
      // merchant_reference is not echoed: no create, authorize or retrieve example carries it (0 of 18).
      // payment_method.detail is answered masked (payment_method_detail), not as sent.
      echo: [
        '/account_id',
        '/country',
        '/merchant_order_id',
        '/description',
        '/amount/currency',
        '/amount/value',
        '/workflow',
        '/payment_method/type',
        '/customer_payer',
        '/metadata',
        '/callback_url',
        '/additional_data',
      ],
    },
    retrievePayment: {
      serve: (s, r) => s.retrieve(r.path.payment_id!),
      identity: 'payment_id',
    },
    retrievePaymentsByMerchantOrderId: {
      serve: (s, r) => s.byOrder(r.query.merchant_order_id!),
      relation: 'lists',
      request: async (d) => {
        const body = paymentBody(d.make);
        (await d.api.call('createPayment', { body })).ok();
        return { query: { merchant_order_id: body.merchant_order_id } };
      },
      lookup: { query: 'merchant_order_id', field: '/merchant_order_id' },
    },
    captureAuthorization: {
      serve: (s, r) => s.capture(r.path.payment_id!, r.path.transaction_id!, r.body),
      identity: 'payment_id',
      relation: 'changes',
      request: async (d) => {
        const p = await made(d, { capture: false });
        return {
          path: path(p),
          body: { merchant_reference: d.make.id('capture'), reason: 'PRODUCT_CONFIRMED', amount: p.amount },
        };
      },
      sums: 'capture',
    },
    cancelPayment: {
      serve: (s, r) => s.cancel(r.path.payment_id!, r.path.transaction_id!, r.body),
      identity: 'payment_id',
      relation: 'changes',
      request: async (d) => ({
        path: path(await made(d, { capture: false })),
        body: { merchant_reference: d.make.id('cancel'), reason: 'REQUESTED_BY_CUSTOMER' },
      }),
    },
    refundPayment: {
      serve: (s, r) => s.refund(r.path.payment_id!, r.path.transaction_id!, r.body),
      identity: 'payment_id',
      relation: 'changes',
      request: async (d) => ({
        path: path(await made(d)),
        body: { merchant_reference: d.make.id('refund'), reason: 'REQUESTED_BY_CUSTOMER' },
      }),
      sums: 'refund',
    },
    cancelOrRefundPayment: {
      serve: (s, r) => s.cancelOrRefund(r.path.payment_id!, undefined, r.body),
      identity: 'payment_id',
      relation: 'changes',
      request: async (d) => ({
        path: { payment_id: (await made(d, { capture: false })).payment_id },
        body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: d.make.id('undo') },
      }),
    },
    cancelOrRefundTransaction: {
      serve: (s, r) => s.cancelOrRefund(r.path.payment_id!, r.path.transaction_id!, r.body),
      identity: 'payment_id',
      relation: 'changes',
      request: async (d) => ({
        path: path(await made(d)),
        body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: d.make.id('undo') },
      }),
    },
    openDispute: {
      serve: (s, r) => s.dispute(r.path.payment_id!, r.path.transaction_id!, 'openDispute'),
      identity: 'payment_id',
      relation: 'changes',
      // A dispute needs a chargeback, which only a bank makes (the emulator's control stands in for it).
      needs: ['controls'],
      request: async (d) => ({ path: await chargedBack(d), body: disputeBody(d.make) }),
    },
    updateDispute: {
      serve: (s, r) => s.dispute(r.path.payment_id!, r.path.transaction_id!, 'updateDispute'),
      identity: 'payment_id',
      relation: 'changes',
      needs: ['controls'],
      request: async (d) => {
        const p = await chargedBack(d);
        (await d.api.call('openDispute', { path: p, body: disputeBody(d.make) })).ok();
        return { path: p, body: disputeBody(d.make) };
      },
    },
    notifyFulfillments: {
      serve: (s, r) => s.fulfill(r.path.payment_id!, r.body),
      relation: 'other',
      request: async (d) => ({ path: { payment_id: (await made(d)).payment_id }, body: fulfillmentBody(d.make) }),
    },
  },
  controls: {
    settle: {
      path: 'payments/{payment_id}/settle',
      summary: "the provider's outcome of an asynchronous payment (approved, declined or expired)",
      args: { outcome: { required: true, values: SETTLE } },
      serve: (s, a) => s.settle(String(a.payment_id), a.outcome as (typeof SETTLE)[number]),
    },
    chargeback: {
      path: 'payments/{payment_id}/chargeback',
      summary: "the customer's bank charges a payment back",
      serve: (s, a) => s.chargeback(String(a.payment_id)),
    },
    decideDispute: {
      path: 'payments/{payment_id}/dispute-decision',
      summary: 'the issuer decides a dispute (won or lost; from RECEIVED, the merchant lets the chargeback go: lost)',
      args: { outcome: { required: true, values: ['won', 'lost'] } },
      serve: (s, a) => s.decide(String(a.payment_id), a.outcome as 'won' | 'lost'),
    },
    declineByFraudScreening: {
      path: 'fraud-screening/cards',
      summary: 'the fraud screening declines every payment with this card number from now on',
      args: { number: { required: true, pattern: /^[0-9]{8,19}$/ } },
      serve: (s, a) => {
        s.fraudCards.add(String(a.number));
        return { status: 200, body: { ok: true } };
      },
    },
  },
});
