// Webhooks registered through the webhooks API: the configuration's lifecycle (create ACTIVE, find,
// list by state, update with trigger lists replaced, delete for good), its secrets (read back as
// '***', kept when omitted, removed when empty), unique names, and, where the target delivers to a
// receiver of ours, that a registered webhook receives exactly what its triggers subscribe to.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { about, because, expect, test } from '../support/fixtures/index.js';
import { verifySignature } from '../support/fixtures/webhooks.js';

test(
  'a webhook is created ACTIVE, found by id and in the list by state, updated, and once deleted not found',
  about(
    ['createWebhook', 'retrieveWebhook', 'listWebhooks', 'updateWebhook', 'deleteWebhook'],
    'webhook-config-lifecycle',
    'unknown-webhook',
  ).needs('stateful'),
  async ({ api, make }) => {
    const account_id = make.accountId;
    const body = make.webhook({ paymentTriggers: ['CAPTURE', 'REFUND'] });
    const created = (await api.call('createWebhook', { body })).ok();
    expect(
      { state: created.state, name: created.name, url: created.url },
      because('webhook-config-lifecycle', 'the create answer'),
    ).toEqual({ state: 'ACTIVE', name: body.name, url: body.url });
    const id = created.id;
    expect(
      (await api.call('retrieveWebhook', { path: { webhook_id: id }, query: { account_id } })).ok().name,
      because('webhook-config-lifecycle', 'a read by id'),
    ).toBe(body.name);
    const active = (await api.call('listWebhooks', { query: { account_id, state: 'ACTIVE' } })).ok().map((w) => w.id);
    expect(active, because('webhook-config-lifecycle', 'the ACTIVE list holds it')).toContain(id);

    // Trigger lists are replaced, not merged; the state toggles.
    const updated = (
      await api.call('updateWebhook', {
        path: { webhook_id: id },
        body: { account_id, state: 'INACTIVE', payment_triggers: ['PURCHASE'] },
      })
    ).ok();
    expect(
      { state: updated.state, payment_triggers: updated.payment_triggers },
      because('webhook-config-lifecycle', 'the update answer'),
    ).toEqual({ state: 'INACTIVE', payment_triggers: ['PURCHASE'] });
    const read = (await api.call('retrieveWebhook', { path: { webhook_id: id }, query: { account_id } })).ok();
    expect(
      { state: read.state, payment_triggers: read.payment_triggers },
      because('webhook-config-lifecycle', 'a read after the update (triggers replaced)'),
    ).toEqual({ state: 'INACTIVE', payment_triggers: ['PURCHASE'] });
    const inactive = (await api.call('listWebhooks', { query: { account_id, state: 'INACTIVE' } }))
      .ok()
      .map((w) => w.id);
    const activeNow = (await api.call('listWebhooks', { query: { account_id, state: 'ACTIVE' } }))
      .ok()
      .map((w) => w.id);
    expect(
      { inInactive: inactive.includes(id), inActive: activeNow.includes(id) },
      because('webhook-config-lifecycle', 'the lists by state'),
    ).toEqual({ inInactive: true, inActive: false });

    const deleted = (await api.call('deleteWebhook', { path: { webhook_id: id }, query: { account_id } })).ok();
    expect(deleted.id, because('webhook-config-lifecycle', 'delete answers the deleted webhook')).toBe(id);
    const gone = await api.call('retrieveWebhook', { path: { webhook_id: id }, query: { account_id } });
    expect(
      gone.status,
      because('webhook-config-lifecycle', `a read after the delete finds nothing: ${gone.snippet(200)}`),
    ).toBeGreaterThanOrEqual(400);
    await expect(gone).toBeRefusedAs('unknown-webhook', 'a read after the delete');
    const all = (await api.call('listWebhooks', { query: { account_id } })).ok().map((w) => w.id);
    expect(all, because('webhook-config-lifecycle', 'the list after the delete')).not.toContain(id);
  },
);

test(
  "secrets read back as '***' once set and null otherwise; kept when an update omits them, removed when it sends them empty",
  about(['createWebhook', 'updateWebhook'], 'webhook-secrets-masked').needs('stateful'),
  async ({ api, make }) => {
    const account_id = make.accountId;
    const created = (
      await api.call('createWebhook', {
        body: { ...make.webhook({ hmacSecret: 'whsec-conformance-1' }), secret: 'conformance-secret' },
      })
    ).ok();
    expect(
      { hmac: created.hmac_client_secret, secret: created.secret, api_key: created.api_key },
      because('webhook-secrets-masked', 'the create answer'),
    ).toEqual({ hmac: '***', secret: '***', api_key: null });
    const kept = (
      await api.call('updateWebhook', {
        path: { webhook_id: created.id },
        body: { account_id, name: `${String(created.name)}-renamed` },
      })
    ).ok();
    expect(
      kept.hmac_client_secret,
      because('webhook-secrets-masked', 'an update that omits hmac_client_secret keeps it'),
    ).toBe('***');
    const removed = (
      await api.call('updateWebhook', { path: { webhook_id: created.id }, body: { account_id, secret: '' } })
    ).ok();
    expect(
      { hmac: removed.hmac_client_secret, secret: removed.secret },
      because('webhook-secrets-masked', 'an empty secret removes it, the other stays'),
    ).toEqual({ hmac: '***', secret: null });
  },
);

test(
  'a second webhook with a name the account already uses is refused with 409',
  about('createWebhook', 'webhook-name-unique').needs('stateful'),
  async ({ api, make }) => {
    const first = make.webhook();
    (await api.call('createWebhook', { body: first })).ok();
    await expect(
      await api.call('createWebhook', {
        body: make.webhook({ name: first.name, url: 'https://hooks.example.com/other' }),
      }),
    ).toBeRefusedAs('webhook-name-unique');
  },
);

test(
  'an id no webhook of the account has is refused with 404 WEBHOOK_NOT_FOUND',
  about('retrieveWebhook', 'unknown-webhook').needs('stateful'),
  async ({ api, make }) => {
    await expect(
      await api.call('retrieveWebhook', {
        path: { webhook_id: 'yuno-conformance-no-such-webhook' },
        query: { account_id: make.accountId },
      }),
    ).toBeRefusedAs('unknown-webhook');
  },
);

test(
  'a registered webhook receives the events its triggers subscribe to, signed with its secret, and nothing once INACTIVE',
  about(['createWebhook', 'updateWebhook', 'paymentEvent'], 'webhook-delivery-by-trigger').needs(
    'stateful',
    'webhooks',
  ),
  async ({ api, make, payments, target }) => {
    // A receiver of this test's own, reachable by the target: on a remote target that needs a public
    // URL per test, which the suite does not have, so this runs where the target is local.
    test.skip(
      !!target.config.webhookReceiver,
      'needs a receiver the target reaches at a URL of this test (a local target)',
    );
    const got: Array<{ headers: IncomingHttpHeaders; raw: string; body: Record<string, unknown> }> = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        got.push({ headers: req.headers, raw, body: JSON.parse(raw) as Record<string, unknown> });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const secret = `whsec-${make.id('hook')}`;
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const hook = (
        await api.call('createWebhook', {
          body: make.webhook({ url, paymentTriggers: ['CAPTURE'], hmacSecret: secret }),
        })
      ).ok();
      const forPayment = (id: string) =>
        got.filter((d) => (d.body.data as { payment?: { id?: string } } | undefined)?.payment?.id === id);
      const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 300));

      const r = await payments.reach('PENDING/AUTHORIZED');
      (await payments.capture(r)).ok();
      await expect
        .poll(() => forPayment(r.paymentId).length, {
          message: because('webhook-delivery-by-trigger', 'the CAPTURE trigger delivers payment.capture'),
          timeout: 3000,
        })
        .toBeGreaterThan(0);
      await settle();
      const events = forPayment(r.paymentId).map((d) => d.body.type_event);
      expect(
        events,
        because('webhook-delivery-by-trigger', 'only the subscribed event arrives (not payment.authorize)'),
      ).toEqual(['payment.capture']);
      const d = forPayment(r.paymentId)[0]!;
      expect(
        verifySignature(secret, d.raw, String(d.headers['x-hmac-signature'])),
        because('webhook-delivery-by-trigger', "x-hmac-signature is made with the webhook's hmac_client_secret"),
      ).toBe(true);

      (
        await api.call('updateWebhook', {
          path: { webhook_id: hook.id },
          body: { account_id: make.accountId, state: 'INACTIVE' },
        })
      ).ok();
      const r2 = await payments.reach('PENDING/AUTHORIZED');
      (await payments.capture(r2)).ok();
      await settle();
      expect(
        forPayment(r2.paymentId).map((x) => x.body.type_event),
        because('webhook-delivery-by-trigger', 'an INACTIVE webhook receives nothing'),
      ).toEqual([]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  },
);
