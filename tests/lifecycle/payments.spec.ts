// Payment lifecycles, driven by specs/payment-transitions.yaml:
//  - every allowed transition is exercised from every state it is allowed from, and the resulting
//    status/sub_status is checked on the operation's answer, on a following read and on the webhook;
//    what happens outside the API (a provider settling, a bank charging back, an issuer deciding a
//    dispute) is driven by the emulator's controls and skipped elsewhere;
//  - every operation is attempted from every reachable state it is NOT allowed from, and must be
//    refused as its rule prescribes (payment-transition-forbidden unless `refused_as` says) and
//    change nothing;
//  - the amount limits are refused as their rules prescribe; terminal statuses never change.
import { Contract } from '../../lib/contract.js';
import type { RuleId } from '../../lib/rules/index.js';
import { loadSpecs, type Outcome, type State } from '../../lib/specs.js';
import type { AnyResponse, OpId } from '../support/client.js';
import type { Controls } from '../support/fixtures/controls.js';
import { about, because, expect, type Reached, test } from '../support/fixtures/index.js';
import { type Payments, reachNeeds, uniqueCardNumber } from '../support/fixtures/payments.js';
import type { Webhooks } from '../support/fixtures/webhooks.js';

const specs = loadSpecs();
const REACHABLE = Object.keys(specs.transitions.reachable) as State[];
type Json = Record<string, unknown>;
const declared = (schema: string, v: unknown): Json => Contract.load().declared(schema, v);

/** How an operation is called, and which of its outcomes a call from a state leads to. */
interface Variant {
  outcome: string;
  call: (payments: Payments, r: Reached) => Promise<AnyResponse>;
}

function variants(op: string, from: State | null): Variant[] {
  const captured = from !== null && !from.startsWith('PENDING/');
  switch (op) {
    case 'capture':
      return (['full', 'partial'] as const).map((outcome) => ({
        outcome,
        call: (payments, r) => {
          const a = r.payment.amount;
          // What is left to capture: so that a refusal from a forbidden state is about the state, not the amount.
          const open = a.value - (a.captured ?? 0) || a.value;
          return payments.capture(r, outcome === 'full' ? open : open / 2);
        },
      }));
    case 'cancel':
      return [{ outcome: 'full', call: (payments, r) => payments.cancel(r) }];
    case 'refund':
      return (['full', 'partial'] as const).map((outcome) => ({
        outcome,
        call: (payments, r) =>
          payments.refund(
            r,
            outcome === 'partial'
              ? ((r.payment.amount.captured ?? 0) - (r.payment.amount.refunded ?? 0)) / 4
              : undefined,
          ),
      }));
    case 'cancelOrRefund':
      return [{ outcome: captured ? 'refund' : 'cancel', call: (payments, r) => payments.cancelOrRefund(r, false) }];
    case 'cancelOrRefundTransaction':
      return [{ outcome: captured ? 'refund' : 'cancel', call: (payments, r) => payments.cancelOrRefund(r, true) }];
    case 'openDispute':
      return [{ outcome: 'submitted', call: (payments, r) => payments.openDispute(r) }];
    case 'updateDispute':
      return [{ outcome: 'updated', call: (payments, r) => payments.updateDispute(r) }];
    default:
      return [];
  }
}

/** The payment inside an operation's answer: the body itself, or its nested `payment`. */
function paymentOf(res: AnyResponse): Json {
  const b = res.body as Json;
  return (b.payment as Json | undefined) ?? b;
}

async function expectOutcome(
  payments: Payments,
  webhooks: Webhooks | null,
  res: AnyResponse,
  paymentId: string,
  o: Outcome,
  label: string,
  rule: RuleId = 'payment-transition',
): Promise<void> {
  expect(res.status, because(rule, `${label} should succeed: ${res.snippet(300)}`)).toBeLessThan(300);
  const p = paymentOf(res);
  expect(`${String(p.status)}/${String(p.sub_status)}`, because(rule, `${label}: the answer`)).toBe(o.to);
  if (o.transaction) {
    const b = res.body as Json;
    const t = (b.payment ? b : b.transactions) as Json | undefined;
    expect([t?.type, t?.status], because(rule, `${label}: the transaction the operation made`)).toEqual(o.transaction);
  }
  const read = await payments.expectState(paymentId, o.to, 'state-persisted', `${label} answered ${o.to}`);
  if (webhooks && o.webhook) await webhooks.expectAgrees(paymentId, o.webhook, o.to, read);
}

test.describe('allowed transitions', () => {
  for (const [name, op] of Object.entries(specs.transitions.operations)) {
    if (!op.operationId || !op.from) continue;
    for (const from of op.from) {
      for (const v of variants(name, from)) {
        const o = op.outcomes[v.outcome];
        const rule: RuleId =
          op.refused_as === 'dispute-transition-forbidden' ? 'dispute-transition' : 'payment-transition';
        test(
          `${name} from ${from} (${v.outcome}) leads to ${o?.to}`,
          about(op.operationId as OpId, rule, 'state-persisted', 'webhook-agrees').needs(
            'stateful',
            ...reachNeeds(from),
          ),
          async ({ payments, webhooks }) => {
            expect(o, `specs/payment-transitions.yaml has no outcome ${name}.${v.outcome}`).toBeDefined();
            const r = await payments.reach(from);
            await expectOutcome(
              payments,
              webhooks,
              await v.call(payments, r),
              r.paymentId,
              o!,
              `${name} from ${from}`,
              rule,
            );
          },
        );
      }
    }
  }

  /** The rule a create outcome is about: verification and fraud screening have their own. */
  const createRule = (outcome: string): RuleId =>
    outcome === 'verified' ? 'verification' : outcome === 'fraud-declined' ? 'fraud-screening' : 'payment-transition';
  for (const [outcome, o] of Object.entries(specs.transitions.operations.create!.outcomes)) {
    test(
      `create with the ${outcome} case leads to ${o.to}`,
      about('createPayment', createRule(outcome), 'state-persisted', 'webhook-agrees').needs(
        'stateful',
        ...(outcome === 'fraud-declined' ? (['controls'] as const) : []),
      ),
      async ({ api, make, payments, webhooks, controls }) => {
        let cardNumber: string | undefined;
        if (outcome === 'fraud-declined') {
          cardNumber = uniqueCardNumber();
          await controls!.must('declineByFraudScreening', { number: cardNumber });
        }
        const body =
          outcome === 'approved'
            ? make.payment()
            : outcome === 'declined'
              ? make.payment({ card: 'declined' })
              : outcome === 'error'
                ? make.payment({ card: 'error' })
                : outcome === 'authorized'
                  ? make.payment({ capture: false })
                  : outcome === 'verified'
                    ? make.payment({ verify: true })
                    : outcome === 'fraud-declined'
                      ? make.payment({ cardNumber })
                      : make.payment({ async: true });
        const res = await api.call('createPayment', { body });
        expect(
          res.status,
          because(createRule(outcome), `create (${outcome}) should succeed: ${res.snippet(300)}`),
        ).toBe(201);
        await expectOutcome(payments, webhooks, res, res.ok().id, o, `create (${outcome})`, createRule(outcome));
      },
    );
  }

  for (const [outcome, o] of Object.entries(specs.transitions.operations.settle!.outcomes)) {
    test(
      `an asynchronous payment that settles ${outcome} leads to ${o.to}`,
      about('retrievePayment', 'payment-transition', 'webhook-agrees').needs('stateful', 'controls'),
      async ({ payments, webhooks, controls }) => {
        const r = await payments.reach('PENDING/PENDING_PROVIDER_CONFIRMATION');
        await controls!.must('settle', { payment_id: r.paymentId, outcome });
        const read = await payments.expectState(r.paymentId, o.to, 'payment-transition', `settle ${outcome}`);
        if (webhooks && o.webhook) await webhooks.expectAgrees(r.paymentId, o.webhook, o.to, read);
      },
    );
  }

  // What happens outside the API: a bank charging a payment back, the issuer deciding a dispute, the
  // merchant letting a chargeback go. The emulator's controls stand in; other targets skip.
  const outside: Record<string, (c: Controls, paymentId: string, outcome: string) => Promise<void>> = {
    chargeback: async (c, payment_id) => void (await c.must('chargeback', { payment_id })),
    disputeDecided: async (c, payment_id, outcome) => void (await c.must('decideDispute', { payment_id, outcome })),
    chargebackAccepted: async (c, payment_id) => void (await c.must('decideDispute', { payment_id, outcome: 'lost' })),
  };
  for (const [name, drive] of Object.entries(outside)) {
    const op = specs.transitions.operations[name]!;
    for (const from of op.from ?? []) {
      for (const [outcome, o] of Object.entries(op.outcomes)) {
        test(
          `${name} (${outcome}) from ${from} leads to ${o.to}`,
          about('retrievePayment', 'dispute-transition', 'webhook-agrees').needs('stateful', 'controls'),
          async ({ payments, webhooks, controls }) => {
            const r = await payments.reach(from);
            await drive(controls!, r.paymentId, outcome);
            const read = await payments.expectState(r.paymentId, o.to, 'dispute-transition', `${name} ${outcome}`);
            if (o.transaction) {
              const cb = read.transactions.findLast((t) => t.type === o.transaction![0]);
              expect(
                [cb?.type, cb?.status],
                because('dispute-transition', `${name} ${outcome}: the transaction behind it`),
              ).toEqual(o.transaction);
            }
            if (webhooks && o.webhook) await webhooks.expectAgrees(r.paymentId, o.webhook, o.to, read);
          },
        );
      }
    }
  }
});

test.describe('forbidden transitions', () => {
  for (const [name, op] of Object.entries(specs.transitions.operations)) {
    if (!op.operationId || !op.from) continue;
    const rule: RuleId = op.refused_as ?? 'payment-transition-forbidden';
    for (const from of REACHABLE.filter((s) => !op.from!.includes(s))) {
      test(
        `${name} from ${from} is refused and changes nothing`,
        about(op.operationId as OpId, rule).needs('stateful', ...reachNeeds(from)),
        async ({ payments }) => {
          const r = await payments.reach(from);
          const res = await variants(name, from)[0]!.call(payments, r);
          await expect(res).toBeRefusedAs(rule, `${name} from ${from}`);
          const after = await payments.expectState(
            r.paymentId,
            from,
            rule,
            `${name} from ${from} was refused, so nothing may change`,
          );
          expect(
            declared('Amount', after.amount),
            because(rule, `${name} from ${from} was refused, so the amounts may not change`),
          ).toEqual(declared('Amount', r.payment.amount));
        },
      );
    }
  }
});

test.describe('amount limits', () => {
  test(
    'a capture above the authorized amount is refused and changes nothing',
    about('captureAuthorization', 'capture-within-authorized').needs('stateful'),
    async ({ payments }) => {
      const r = await payments.reach('PENDING/AUTHORIZED');
      const res = await payments.capture(r, r.payment.amount.value * 2);
      await expect(res).toBeRefusedAs('capture-within-authorized');
      await payments.expectState(
        r.paymentId,
        'PENDING/AUTHORIZED',
        'capture-within-authorized',
        'a refused capture changes nothing',
      );
    },
  );

  test(
    'a refund above the refundable amount is refused and changes nothing',
    about('refundPayment', 'refund-within-captured').needs('stateful'),
    async ({ payments }) => {
      const r = await payments.reach('SUCCEEDED/APPROVED');
      const res = await payments.refund(r, r.payment.amount.value + 1);
      await expect(res).toBeRefusedAs('refund-within-captured');
      const after = await payments.expectState(
        r.paymentId,
        'SUCCEEDED/APPROVED',
        'refund-within-captured',
        'a refused refund changes nothing',
      );
      expect(
        declared('Amount', after.amount),
        because('refund-within-captured', 'a refused refund changes no amount'),
      ).toEqual(declared('Amount', r.payment.amount));
    },
  );
});

test.describe('terminal statuses', () => {
  const terminal = REACHABLE.filter((s) => specs.paymentStatus.statuses[s.split('/')[0]!]?.terminal);
  for (const state of terminal) {
    test(
      `a payment in ${state} keeps its status over time`,
      about('retrievePayment', 'payment-terminal').needs('stateful', ...reachNeeds(state)),
      async ({ payments }) => {
        const r = await payments.reach(state);
        // Real time, not the emulator's clock: moving a shared clock would disturb tests running beside it.
        test.info().annotations.push({ type: 'waited', description: '250' });
        await new Promise((res) => setTimeout(res, 250));
        await payments.expectState(
          r.paymentId,
          state,
          'payment-terminal',
          `${state} is terminal (payment-status.yaml)`,
        );
      },
    );
  }
});
