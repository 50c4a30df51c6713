// Payment lifecycles, driven by specs/payment-transitions.yaml:
//  - every allowed transition is exercised from every state it is allowed from, and the resulting
//    status/sub_status is checked on the operation's response, on a following GET and on the webhook;
//  - every operation is attempted from every reachable state it is NOT allowed from, and must be
//    refused with the documented error and change nothing;
//  - terminal statuses never change.
import { loadSpecs, type Outcome, type State } from '../../lib/specs.js';
import type { AnyResponse, OpId, YunoClient } from '../support/client.js';
import { about, rules, expect, test, type Make, type WebhookReceiver } from '../support/fixtures.js';
import { reach, RECIPES, type Reached } from '../support/reach.js';
import { expectWebhookAgrees } from '../support/webhook-checks.js';

const specs = loadSpecs();
const DOC = specs.transitions.doc;
const REACHABLE = Object.keys(specs.transitions.reachable) as State[];
type R = Record<string, unknown>;

/** How an operation is called, and which of its outcomes a call from a state leads to. */
interface Variant {
  outcome: string;
  call: (api: YunoClient, make: Make, r: Reached) => Promise<AnyResponse>;
}

const amountOf = (r: Reached): { currency: string; value: number; captured: number; refunded: number } => r.payment.amount as never;
const path = (r: Reached): { payment_id: string; transaction_id: string } => ({ payment_id: r.paymentId, transaction_id: r.transactionId });

function variants(op: string, from: State | null): Variant[] {
  const captured = from !== null && !from.startsWith('PENDING/');
  switch (op) {
    case 'capture':
      return (['full', 'partial'] as const).map((outcome) => ({
        outcome,
        call: (api, make, r) => {
          const a = amountOf(r);
          // What is left to capture: so that a refusal is about the state, never about the amount.
          const open = a.value - a.captured || a.value;
          return api.call('captureAuthorization', { path: path(r), body: { merchant_reference: make.id('capture'), reason: 'PRODUCT_CONFIRMED', amount: { currency: a.currency, value: outcome === 'full' ? open : open / 2 } } });
        },
      }));
    case 'cancel':
      return [{ outcome: 'full', call: (api, make, r) => api.call('cancelPayment', { path: path(r), body: { merchant_reference: make.id('cancel'), reason: 'REQUESTED_BY_CUSTOMER' } }) }];
    case 'refund':
      return (['full', 'partial'] as const).map((outcome) => ({
        outcome,
        call: (api, make, r) => {
          const a = amountOf(r);
          const refundable = a.captured - a.refunded;
          return api.call('refundPayment', { path: path(r), body: { merchant_reference: make.id('refund'), reason: 'REQUESTED_BY_CUSTOMER', ...(outcome === 'partial' ? { amount: { currency: a.currency, value: refundable / 4 } } : {}) } });
        },
      }));
    case 'cancelOrRefund':
      return [{ outcome: captured ? 'refund' : 'cancel', call: (api, make, r) => api.call('cancelOrRefundPayment', { path: { payment_id: r.paymentId }, body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') } }) }];
    case 'cancelOrRefundTransaction':
      return [{ outcome: captured ? 'refund' : 'cancel', call: (api, make, r) => api.call('cancelOrRefundTransaction', { path: path(r), body: { reason: 'REQUESTED_BY_CUSTOMER', merchant_reference: make.id('undo') } }) }];
    default:
      return [];
  }
}

/** The payment inside an operation's response: the body itself, or its nested `payment`. */
function paymentOf(res: AnyResponse): R {
  const b = res.body as R;
  return (b.payment as R | undefined) ?? b;
}

async function expectState(api: YunoClient, paymentId: string, state: string, why: string): Promise<R> {
  const got = await api.call('retrievePayment', { path: { payment_id: paymentId } });
  await expect(got).toMatchContract();
  const p = got.ok() as R;
  expect(`${String(p.status)}/${String(p.sub_status)}`, `LIFECYCLE: ${why}: GET ${paymentId}`).toBe(state);
  return p;
}

async function expectOutcome(api: YunoClient, webhooks: WebhookReceiver | null, res: AnyResponse, r: Reached, o: Outcome, label: string): Promise<void> {
  await expect(res).toMatchContract();
  expect(res.status, `LIFECYCLE: ${label} should succeed: ${res.snippet(300)}`).toBeLessThan(300);
  const p = paymentOf(res);
  await test.step('the response reports the documented state', async () => {
    expect(`${String(p.status)}/${String(p.sub_status)}`, `LIFECYCLE: ${label}: the response`).toBe(o.to);
  });
  if (o.transaction) {
    const b = res.body as R;
    const t = (b.payment ? b : b.transactions) as R | undefined;
    expect([t?.type, t?.status], `LIFECYCLE: ${label}: the transaction the operation made`).toEqual(o.transaction);
  }
  const got = await test.step('a following GET reports the same state', () => expectState(api, r.paymentId, o.to, label));
  if (webhooks && o.webhook) {
    await test.step(`the ${o.webhook} webhook reports it too`, () => expectWebhookAgrees(webhooks, r.paymentId, o.webhook!, o.to, got));
  }
}

test.describe('allowed transitions', () => {
  for (const [name, op] of Object.entries(specs.transitions.operations)) {
    if (!op.operationId || !op.from) continue;
    for (const from of op.from) {
      for (const v of variants(name, from)) {
        const o = op.outcomes[v.outcome];
        test(`${name} from ${from} (${v.outcome}) leads to ${o?.to}`, rules(['payment-transition', 'get-agrees']), async ({ api, make, webhooks, controls, needs, cleanup }) => {
          needs('stateful');
          if (RECIPES[from]?.needsControls) needs('controls');
          await about({ operation: op.operationId, doc: DOC });
          expect(o, `specs/payment-transitions.yaml has no outcome ${name}.${v.outcome}`).toBeDefined();
          const r = await reach({ api, make, controls }, from);
          if (from === 'PENDING/AUTHORIZED') cleanup.authorization(r.paymentId, r.transactionId);
          const res = await v.call(api, make, r);
          await expectOutcome(api, webhooks, res, r, o!, `${name} from ${from}`);
        });
      }
    }
  }

  for (const [outcome, o] of Object.entries(specs.transitions.operations.create!.outcomes)) {
    test(`create with the ${outcome} case leads to ${o.to}`, rules(['payment-transition', 'get-agrees']), async ({ api, make, webhooks, needs }) => {
      needs('stateful');
      await about({ operation: 'createPayment', doc: DOC });
      const body =
        outcome === 'approved' ? make.payment()
        : outcome === 'declined' ? make.payment({ card: 'declined' })
        : outcome === 'error' ? make.payment({ card: 'error' })
        : outcome === 'authorized' ? make.payment({ capture: false })
        : make.payment({ async: true });
      const res = await api.call('createPayment', { body });
      const p = res.ok() as R;
      await expectOutcome(api, webhooks, res, { paymentId: String(p.id), transactionId: String((p.transactions as R).id), payment: p, requests: 1 }, o, `create (${outcome})`);
    });
  }

  for (const [outcome, o] of Object.entries(specs.transitions.operations.settle!.outcomes)) {
    test(`an asynchronous payment that settles ${outcome} leads to ${o.to}`, rules(['payment-transition', 'get-agrees']), async ({ api, make, webhooks, controls, needs }) => {
      needs('stateful', 'controls');
      await about({ operation: 'retrievePayment', doc: DOC });
      const r = await reach({ api, make, controls }, 'PENDING/PENDING_PROVIDER_CONFIRMATION');
      await controls!.settle(r.paymentId, outcome as 'approved');
      const p = await expectState(api, r.paymentId, o.to, `settle ${outcome}`);
      if (webhooks && o.webhook) await expectWebhookAgrees(webhooks, r.paymentId, o.webhook, o.to, p);
    });
  }
});

test.describe('forbidden transitions', () => {
  for (const [name, op] of Object.entries(specs.transitions.operations)) {
    if (!op.operationId || !op.from || !op.error) continue;
    for (const from of REACHABLE.filter((s) => !op.from!.includes(s))) {
      test(`${name} from ${from} is refused and changes nothing`, rules('payment-transition-forbidden'), async ({ api, make, controls, needs }) => {
        needs('stateful');
        if (RECIPES[from]?.needsControls) needs('controls');
        await about({ operation: op.operationId, doc: DOC });
        const r = await reach({ api, make, controls }, from);
        const before = r.payment;
        const res = await variants(name, from)[0]!.call(api, make, r);
        await expect(res).toMatchContract();
        const code = (res.body as R | undefined)?.code;
        expect(res.status, `LIFECYCLE: ${name} from ${from} should be refused with ${op.error!.http}, got ${res.status} ${res.snippet(200)}`).toBe(op.error!.http);
        expect(op.error!.codes, `LIFECYCLE: ${name} from ${from}: the error code`).toContain(code);
        const after = await expectState(api, r.paymentId, from, `${name} from ${from} was refused, so nothing may change`);
        expect(after.amount, `LIFECYCLE: ${name} from ${from} was refused, so the amounts may not change`).toEqual(before.amount);
      });
    }
  }

  test('a capture above the authorized amount is refused', rules('payment-transition-forbidden'), async ({ api, make, needs, cleanup }) => {
    needs('stateful');
    await about({ operation: 'captureAuthorization', doc: 'https://docs.y.uno/reference/capture-authorization' });
    const r = await reach({ api, make }, 'PENDING/AUTHORIZED');
    cleanup.authorization(r.paymentId, r.transactionId);
    const a = amountOf(r);
    const res = await api.call('captureAuthorization', { path: path(r), body: { merchant_reference: make.id('capture'), reason: 'PRODUCT_CONFIRMED', amount: { currency: a.currency, value: a.value * 2 } } });
    await expect(res).toMatchContract();
    expect(res.status, `LIFECYCLE: capturing twice the authorized amount should be refused: ${res.snippet(200)}`).toBe(400);
    expect(specs.transitions.operations.capture!.error!.codes).toContain((res.body as R).code);
    await expectState(api, r.paymentId, 'PENDING/AUTHORIZED', 'a refused capture changes nothing');
  });

  test('a refund above the refundable amount is refused', rules('payment-transition-forbidden'), async ({ api, make, needs }) => {
    needs('stateful');
    await about({ operation: 'refundPayment', doc: 'https://docs.y.uno/reference/refund-payment' });
    const r = await reach({ api, make }, 'SUCCEEDED/APPROVED');
    const a = amountOf(r);
    const res = await api.call('refundPayment', { path: path(r), body: { merchant_reference: make.id('refund'), reason: 'REQUESTED_BY_CUSTOMER', amount: { currency: a.currency, value: a.value + 1 } } });
    await expect(res).toMatchContract();
    expect(res.status, `LIFECYCLE: refunding more than was paid should be refused: ${res.snippet(200)}`).toBe(400);
    expect(specs.transitions.operations.refund!.error!.codes).toContain((res.body as R).code);
    await expectState(api, r.paymentId, 'SUCCEEDED/APPROVED', 'a refused refund changes nothing');
  });
});

test.describe('terminal statuses', () => {
  const terminal = REACHABLE.filter((s) => specs.paymentStatus.statuses[s.split('/')[0]!]?.terminal);
  for (const state of terminal) {
    test(`a payment in ${state} keeps its status over time`, rules('payment-terminal'), async ({ api, make, controls, needs }) => {
      needs('stateful');
      if (RECIPES[state]?.needsControls) needs('controls');
      await about({ operation: 'retrievePayment', doc: DOC });
      const r = await reach({ api, make, controls }, state);
      // Real time, not the emulator's clock: moving a shared clock would disturb tests running beside it.
      await new Promise((res) => setTimeout(res, 250));
      await expectState(api, r.paymentId, state, `${state} is terminal`);
      const later = await expectState(api, r.paymentId, state, `${state} is terminal`);
      expect(later.status, `LIFECYCLE: ${state} is terminal (payment-status.yaml)`).toBe(state.split('/')[0]);
    });
  }
});

test('every reachable state has a recipe and every transition table entry is legal', rules('coverage'), async () => {
  await about({ doc: DOC });
  expect(REACHABLE.filter((s) => !RECIPES[s]), 'states in payment-transitions.yaml `reachable` without a recipe in tests/support/reach.ts').toEqual([]);
  for (const [name, op] of Object.entries(specs.transitions.operations)) {
    if (!op.operationId || !op.from) continue;
    const ops = new Set<OpId>([op.operationId as OpId]);
    expect(ops.size).toBe(1);
    for (const from of op.from) for (const v of variants(name, from)) expect(op.outcomes[v.outcome], `${name}.${v.outcome}`).toBeDefined();
  }
});
