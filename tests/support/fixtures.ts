// The fixtures every spec uses: the target and its capabilities, clients, request-body makers,
// cleanup of what a test creates, a webhook receiver and the emulator's test controls.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { Contract } from '../../lib/contract.js';
import { loadDotEnv, secretsOf, targetConfig, type TargetName } from '../../lib/config.js';
import { YunoClient, type OpId } from './client.js';
import * as allure from 'allure-js-commons';
import { useRedactor } from './matchers.js';
import { rulesOf } from './report.js';
import { capabilitiesOf, WHY, type Capability, type Target } from './target.js';

export { expect } from './matchers.js';
export { about, rules } from './report.js';

type Body = Record<string, unknown>;

export interface Make {
  /** A unique id for merchant_order_id and merchant references: run, worker and a counter. */
  id(prefix?: string): string;
  payment(o?: { capture?: boolean; card?: 'approved' | 'declined' | 'error'; async?: boolean; amount?: number; orderId?: string }): Body;
  link(o?: { oneTimeUse?: boolean; finishAt?: string; amount?: number }): Body;
  customer(): Body;
  checkoutSession(): Body;
  payout(): Body;
  report(): Body;
}

export interface WebhookDelivery {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: Body;
  signatureValid: boolean;
}

export interface WebhookReceiver {
  url: string;
  /** Waits for a delivery about a payment, optionally of one type_event. */
  waitFor(paymentId: string, typeEvent?: string, timeoutMs?: number): Promise<WebhookDelivery>;
  /** Every delivery so far about a payment. */
  about(paymentId: string): WebhookDelivery[];
}

export interface Controls {
  advanceClock(seconds: number): Promise<void>;
  payLink(code: string, card?: string): Promise<{ status: number; body: Body }>;
  settle(paymentId: string, outcome: 'approved' | 'declined' | 'expired'): Promise<void>;
  holdIdempotencyKey(key: string): Promise<void>;
  releaseIdempotencyKey(key: string): Promise<void>;
}

export interface Cleanup {
  link(code: string): void;
  authorization(paymentId: string, transactionId: string): void;
}

interface TestFixtures {
  api: YunoClient;
  anonymous: YunoClient;
  make: Make;
  cleanup: Cleanup;
  /** The registered receiver, or null on a target that does not deliver webhooks to us. */
  webhooks: WebhookReceiver | null;
  /** The emulator's test controls, or null on a target without them (call needs('controls') first). */
  controls: Controls | null;
  needs: (...caps: Capability[]) => void;
  /** Automatic: the rules a test is tagged with become Allure stories. */
  labels: void;
}
interface WorkerFixtures {
  targetName: TargetName;
  target: Target;
  requestContext: APIRequestContext;
  receiver: WebhookReceiver & { close(): Promise<void> };
}

let counter = 0;
const RUN = process.env.YUNO_RUN_ID ?? Date.now().toString(36);

export const test = base.extend<TestFixtures, WorkerFixtures>({
  targetName: ['mock', { option: true, scope: 'worker' }],

  target: [
    async ({ targetName }, use) => {
      loadDotEnv();
      const port = Number(process.env[`YUNO_${targetName.toUpperCase()}_PORT`] ?? 0);
      const config = targetConfig(targetName, process.env, { port });
      await use({ config, caps: capabilitiesOf(config) });
    },
    { scope: 'worker' },
  ],

  requestContext: [
    async ({ target }, use) => {
      // extraHTTPHeaders: {} on purpose: nothing from the config may add keys behind a test's back.
      const ctx = await playwrightRequest.newContext({ extraHTTPHeaders: {}, ignoreHTTPSErrors: false, proxy: target.config.proxy ? { server: target.config.proxy } : undefined });
      await use(ctx);
      await ctx.dispose();
    },
    { scope: 'worker' },
  ],

  receiver: [
    async ({ target }, use) => {
      const deliveries: WebhookDelivery[] = [];
      const waiters = new Set<() => void>();
      const server: Server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let body: Body = {};
          try {
            body = JSON.parse(raw) as Body;
          } catch {
            /* kept raw; the webhook tests report it */
          }
          const sig = req.headers['x-hmac-signature'];
          deliveries.push({ headers: req.headers, raw, body, signatureValid: typeof sig === 'string' && verifySignature(target.config.webhookSecret, raw, sig) });
          res.writeHead(200).end();
          for (const w of waiters) w();
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
      if (target.caps.webhooks) {
        // Registered once per worker; the emulator sends every event to every registered receiver.
        const r = await fetch(new URL('/_emulator/webhooks', target.config.baseURL), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url }) });
        if (!r.ok) throw new Error(`could not register the webhook receiver with the emulator: ${r.status}`);
      }
      const paymentOf = (d: WebhookDelivery): unknown => ((d.body.data as Body | undefined)?.payment as Body | undefined)?.id;
      await use({
        url,
        about: (id) => deliveries.filter((d) => paymentOf(d) === id),
        waitFor: (id, typeEvent, timeoutMs = 5000) =>
          new Promise((resolve, reject) => {
            const find = (): WebhookDelivery | undefined => deliveries.find((d) => paymentOf(d) === id && (!typeEvent || d.body.type_event === typeEvent));
            const hit = find();
            if (hit) return resolve(hit);
            const timer = setTimeout(() => {
              waiters.delete(check);
              reject(new Error(`no webhook${typeEvent ? ` ${typeEvent}` : ''} for payment ${id} within ${timeoutMs} ms (received for it: ${deliveries.filter((d) => paymentOf(d) === id).map((d) => String(d.body.type_event)).join(', ') || 'none'})`));
            }, timeoutMs);
            const check = (): void => {
              const h = find();
              if (h) {
                clearTimeout(timer);
                waiters.delete(check);
                resolve(h);
              }
            };
            waiters.add(check);
          }),
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
      await new Promise<void>((r) => server.close(() => r()));
    },
    { scope: 'worker' },
  ],

  labels: [
    async ({}, use, testInfo) => {
      for (const r of rulesOf(testInfo.tags)) await allure.story(r);
      await use();
    },
    { auto: true },
  ],

  needs: async ({ target }, use) => {
    await use((...caps) => {
      for (const c of caps) base.skip(!target.caps[c], `${target.config.name}: ${WHY[c]}`);
    });
  },

  api: async ({ requestContext, target }, use) => {
    const client = new YunoClient(requestContext, target, secretsOf(target.config));
    useRedactor((s) => client.redactor.text(s));
    await use(client);
    await client.flush();
  },

  anonymous: async ({ requestContext, target }, use) => {
    const client = new YunoClient(requestContext, target, secretsOf(target.config), 'none');
    await use(client);
    await client.flush();
  },

  make: async ({ target }, use, testInfo) => {
    const c = target.config;
    const contract = Contract.load();
    const id = (prefix = 'yc'): string => `${prefix}-${RUN}-${testInfo.workerIndex}-${++counter}-${randomUUID().slice(0, 8)}`;
    // Every body is checked against the contract's request schema: a broken maker must fail loudly.
    const checked = (operationId: OpId, body: Body): Body => {
      const v = contract.checkRequestBody(operationId, body);
      if (v.length) throw new Error(`make built an invalid ${operationId} body: ${JSON.stringify(v)}`);
      return body;
    };
    const inOneDay = (): string => new Date(Date.now() + 86_400_000).toISOString();
    await use({
      id,
      payment: (o = {}) =>
        checked('createPayment', {
          account_id: c.accountCode,
          description: 'yuno-conformance payment',
          country: c.country,
          merchant_order_id: o.orderId ?? id('order'),
          merchant_reference: id('ref'),
          amount: { currency: c.currency, value: o.amount ?? 5000 },
          workflow: 'DIRECT',
          payment_method: o.async
            ? { type: c.asyncMethod }
            : {
                type: 'CARD',
                detail: {
                  card: {
                    capture: o.capture ?? true,
                    installments: 1,
                    card_data: { number: c.cards[o.card ?? 'approved'], holder_name: 'John Doe', expiration_month: 11, expiration_year: 30, security_code: '123' },
                  },
                },
              },
        }),
      link: (o = {}) =>
        checked('createPaymentLink', {
          account_id: c.accountCode,
          description: 'yuno-conformance link',
          country: c.country,
          merchant_order_id: id('link'),
          amount: { currency: c.currency, value: o.amount ?? 5000 },
          one_time_use: o.oneTimeUse ?? true,
          availability: { start_at: new Date(Date.now() - 60_000).toISOString(), finish_at: o.finishAt ?? inOneDay() },
          payment_method_types: ['CARD'],
        }),
      customer: () => checked('createCustomer', { merchant_customer_id: id('cust'), first_name: 'John', last_name: 'Doe', email: 'john.doe@example.com', country: c.country }),
      checkoutSession: () =>
        checked('createCheckoutSession', {
          account_id: c.accountCode,
          merchant_order_id: id('session'),
          payment_description: 'yuno-conformance session',
          country: c.country,
          amount: { currency: c.currency, value: 520 },
        }),
      payout: () =>
        checked('createPayout', {
          account_id: c.accountCode,
          merchant_reference: id('payout'),
          description: 'yuno-conformance payout',
          country: c.country,
          purpose: 'EXPENSES',
          amount: { currency: c.currency, value: 100 },
          beneficiary: { merchant_beneficiary_id: id('beneficiary'), country: c.country, first_name: 'John', last_name: 'Doe' },
          withdrawal_method: { type: 'ASTROPAY_PAYOUT', provider_id: 'ASTROPAY' },
        }),
      report: () => {
        const end = new Date();
        const start = new Date(end.getTime() - 7 * 86_400_000);
        return checked('createReport', { type: 'PAYMENTS', start_date: start.toISOString(), end_date: end.toISOString(), merchant_reference_id: id('report') });
      },
    });
  },

  cleanup: async ({ api, target }, use) => {
    const links: string[] = [];
    const auths: Array<[string, string]> = [];
    await use({ link: (code) => links.push(code), authorization: (p, t) => auths.push([p, t]) });
    if (!target.caps.stateful || target.caps.readOnly) return;
    // Best effort: whatever is still open is closed; a failure here is not the test's result.
    for (const code of links) {
      const r = await api.call('retrievePaymentLink', { path: { code }, retry: false }).catch(() => undefined);
      if ((r?.body as Body | undefined)?.status === 'CREATED') await api.call('cancelPaymentLink', { path: { code }, retry: false }).catch(() => undefined);
    }
    for (const [payment_id, transaction_id] of auths) {
      const r = await api.call('retrievePayment', { path: { payment_id }, retry: false }).catch(() => undefined);
      const b = r?.body as Body | undefined;
      if (b?.status === 'PENDING' && b.sub_status === 'AUTHORIZED') {
        await api.call('cancelPayment', { path: { payment_id, transaction_id }, body: { merchant_reference: 'cleanup', reason: 'REQUESTED_BY_CUSTOMER' }, retry: false }).catch(() => undefined);
      }
    }
  },

  webhooks: async ({ receiver, target }, use, testInfo) => {
    if (!target.caps.webhooks) {
      testInfo.annotations.push({ type: 'webhooks not checked', description: `${target.config.name}: ${WHY.webhooks}` });
      return use(null);
    }
    await use(receiver);
  },

  controls: async ({ target, requestContext }, use) => {
    if (!target.caps.controls) return use(null);
    const at = (p: string): string => new URL(`/_emulator/${p}`, target.config.baseURL).toString();
    const post = async (p: string, data: unknown): Promise<{ status: number; body: Body }> => {
      const r = await requestContext.post(at(p), { data });
      const text = await r.text();
      return { status: r.status(), body: (text ? JSON.parse(text) : {}) as Body };
    };
    const must = async (p: string, data: unknown): Promise<void> => {
      const r = await post(p, data);
      if (r.status >= 300) throw new Error(`emulator control ${p} answered ${r.status}: ${JSON.stringify(r.body)}`);
    };
    await use({
      advanceClock: (seconds) => must('clock', { advance_seconds: seconds }),
      payLink: (code, card) => post(`payment-links/${encodeURIComponent(code)}/pay`, { card_number: card ?? target.config.cards.approved }),
      settle: (id, outcome) => must(`payments/${id}/settle`, { outcome }),
      holdIdempotencyKey: (key) => must('idempotency/hold', { key }),
      releaseIdempotencyKey: (key) => must('idempotency/release', { key }),
    });
  },
});

export function verifySignature(secret: string, raw: string, signature: string): boolean {
  const expected = Buffer.from(createHmac('sha256', secret).update(raw, 'utf8').digest('base64'));
  const got = Buffer.from(signature);
  return expected.length === got.length && timingSafeEqual(expected, got);
}
