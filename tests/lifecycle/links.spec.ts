// Payment-link lifecycles, driven by specs/payment-link-status.yaml: every allowed transition, every
// forbidden one (refused, no state change), checked on the response and on a following GET.
import { loadSpecs } from '../../lib/specs.js';
import type { YunoClient } from '../support/client.js';
import { about, rules, expect, test, type Controls, type Make } from '../support/fixtures.js';

const specs = loadSpecs();
const DOC = specs.linkStatus.doc;
type R = Record<string, unknown>;
const codeOf = (l: R): string => String(l.code ?? l.id);

async function status(api: YunoClient, code: string): Promise<R> {
  const res = await api.call('retrievePaymentLink', { path: { code } });
  await expect(res).toMatchContract();
  return res.ok() as R;
}

async function createLink(api: YunoClient, make: Make, o: Parameters<Make['link']>[0] = {}): Promise<string> {
  const res = await api.call('createPaymentLink', { body: make.link(o) });
  await expect(res).toMatchContract();
  const l = res.ok() as R;
  expect(l.status, 'LIFECYCLE: a new link is CREATED').toBe('CREATED');
  const code = codeOf(l);
  expect((await status(api, code)).status, 'LIFECYCLE: the identifier create returned retrieves the link, CREATED').toBe('CREATED');
  return code;
}

// Expiry is tested in real time with links that close soon after creation (YUNO_LINK_EXPIRY_MS,
// 600 ms locally): no shared clock is moved (tests run in parallel), and the same tests work on the
// live sandbox.
let SHORT_MS = 600;
test.beforeEach(({ target }) => {
  SHORT_MS = target.config.linkExpiryMs;
});
const soon = (): string => new Date(Date.now() + SHORT_MS).toISOString();
const pastExpiry = (): Promise<void> => new Promise((r) => setTimeout(r, SHORT_MS * 1.5 + 100));

/** Puts a link in a status through the documented triggers (closing soon when `short`). */
async function linkIn(from: string, d: { api: YunoClient; make: Make; controls: Controls | null }, short = false): Promise<string> {
  const finishAt = short ? soon() : undefined;
  switch (from) {
    case 'CREATED':
      return createLink(d.api, d.make, { finishAt });
    case 'CANCELED': {
      const code = await createLink(d.api, d.make, { finishAt });
      const res = await d.api.call('cancelPaymentLink', { path: { code } });
      await expect(res).toMatchContract();
      expect((res.ok() as R).status).toBe('CANCELED');
      return code;
    }
    case 'USED': {
      const code = await createLink(d.api, d.make, { oneTimeUse: true, finishAt });
      const paid = await d.controls!.payLink(code);
      expect(paid.status, `paying link ${code}: ${JSON.stringify(paid.body)}`).toBeLessThan(300);
      return code;
    }
    case 'EXPIRED': {
      const code = await createLink(d.api, d.make, { finishAt: soon() });
      await pastExpiry();
      return code;
    }
    default:
      throw new Error(`no way to put a link in ${from}`);
  }
}
const needsControls = (from: string): boolean => from === 'USED';

for (const t of specs.linkStatus.transitions) {
  test(`link ${t.id}: ${t.from} -> ${t.to} (${t.trigger})`, rules('link-transition'), async ({ api, make, controls, needs, cleanup }) => {
    needs('stateful');
    if (t.id.startsWith('pay')) needs('controls');
    await about({ operation: t.operationId ?? 'retrievePaymentLink', doc: DOC });
    const oneTime = t.id !== 'pay-multi-use';
    const code = await createLink(api, make, { oneTimeUse: oneTime, finishAt: t.id === 'expire' ? soon() : undefined });
    cleanup.link(code);
    if (t.id === 'cancel') {
      const res = await api.call('cancelPaymentLink', { path: { code } });
      await expect(res).toMatchContract();
      expect((res.ok() as R).status, 'LIFECYCLE: the cancel response').toBe(t.to);
    } else if (t.id === 'expire') {
      await pastExpiry();
    } else {
      const paid = await controls!.payLink(code);
      expect(paid.status, `LIFECYCLE: paying the link: ${JSON.stringify(paid.body)}`).toBeLessThan(300);
      expect(paid.body.payment_link_code, 'the payment names its link').toBe(code);
    }
    const after = await status(api, code);
    expect(after.status, `LIFECYCLE: link ${t.id}: GET ${code}${t.id === 'pay-one-time' ? ' (see doc conflict one-time-use-meaning)' : ''}`).toBe(t.to);
    if (t.id.startsWith('pay')) expect(after.payments_number, 'LIFECYCLE: payments_number counts the payment').toBe(1);
  });
}

for (const f of specs.linkStatus.forbidden) {
  test(`link ${f.id}: ${f.action} on a ${f.from} link is refused and changes nothing`, rules('link-transition-forbidden'), async ({ api, make, controls, needs }) => {
    needs('stateful');
    if (needsControls(f.from) || f.action === 'pay') needs('controls');
    await about({ operation: f.action === 'cancel' ? 'cancelPaymentLink' : 'retrievePaymentLink', doc: DOC });
    const code = await linkIn(f.from, { api, make, controls }, f.action === 'expire');
    const before = await status(api, code);
    expect(before.status, `LIFECYCLE: setting up a ${f.from} link`).toBe(f.from);
    if (f.action === 'cancel') {
      const res = await api.call('cancelPaymentLink', { path: { code } });
      await expect(res).toMatchContract();
      expect(res.status, `LIFECYCLE: cancel on a ${f.from} link should be refused, got ${res.status} ${res.snippet(200)}`).toBe(f.error!.http);
      expect(f.error!.codes, 'LIFECYCLE: the error code').toContain((res.body as R).code);
    } else if (f.action === 'pay') {
      const paid = await controls!.payLink(code);
      expect(paid.status, `LIFECYCLE: paying a ${f.from} link should be refused, got ${paid.status} ${JSON.stringify(paid.body)}`).toBe(f.error!.http);
      expect(f.error!.codes).toContain(paid.body.code);
    } else {
      await pastExpiry();
    }
    const after = await status(api, code);
    expect(after.status, `LIFECYCLE: a refused ${f.action} may not change a ${f.from} link`).toBe(f.from);
    expect(after.payments_number, 'LIFECYCLE: payments_number may not change').toBe(before.payments_number);
  });
}
