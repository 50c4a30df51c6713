// Payment-link lifecycles, driven by specs/payment-link-status.yaml: every allowed transition, every
// forbidden one (refused, no state change), checked on the answer and on a following read.
import { loadSpecs } from '../../lib/specs.js';
import { about, because, expect, test } from '../support/fixtures/index.js';

const specs = loadSpecs();

for (const t of specs.linkStatus.transitions) {
  const op = t.operationId === 'cancelPaymentLink' ? 'cancelPaymentLink' : 'retrievePaymentLink';
  test(
    `link ${t.id}: ${t.from} -> ${t.to} (${t.trigger})`,
    about(op, 'link-transition').needs('stateful', ...(t.id.startsWith('pay') ? (['controls'] as const) : [])),
    async ({ links, controls }) => {
      const code = await links.create({ oneTimeUse: t.id !== 'pay-multi-use', expiresSoon: t.id === 'expire' });
      if (t.id === 'cancel') {
        const res = await links.cancel(code);
        expect(res.ok().status, because('link-transition', 'the cancel answer')).toBe(t.to);
      } else if (t.id === 'expire') {
        await links.pastExpiry();
      } else {
        const paid = await controls!.run('payLink', { code });
        expect(paid.status, `paying the link: ${JSON.stringify(paid.body)}`).toBeLessThan(300);
        expect(paid.body.payment_link_code, because('link-transition', 'the payment names its link')).toBe(code);
      }
      const after = await links.retrieve(code);
      expect(
        after.status,
        because(
          'link-transition',
          `link ${t.id}: a read of ${code}${t.id === 'pay-one-time' ? ' (see doc conflict one-time-use-meaning)' : ''}`,
        ),
      ).toBe(t.to);
      if (t.id.startsWith('pay'))
        expect(after.payments_number, because('link-transition', 'payments_number counts the payment')).toBe(1);
    },
  );
}

for (const f of specs.linkStatus.forbidden) {
  const op = f.action === 'cancel' ? 'cancelPaymentLink' : 'retrievePaymentLink';
  test(
    `link ${f.id}: ${f.action} on a ${f.from} link is refused and changes nothing`,
    about(op, 'link-transition-forbidden').needs(
      'stateful',
      ...(f.from.includes('USED') || f.action === 'pay' ? (['controls'] as const) : []),
    ),
    async ({ links, controls }) => {
      const code = await links.inStatus(f.from[0]!, { expiresSoon: f.action === 'expire' });
      const before = await links.retrieve(code);
      expect(before.status, `setting up a ${f.from} link`).toBe(f.from[0]);
      if (f.action === 'cancel') {
        await expect(await links.cancel(code)).toBeRefusedAs('link-transition-forbidden', `cancel on a ${f.from} link`);
      } else if (f.action === 'pay') {
        const paid = await controls!.run('payLink', { code });
        expect(
          paid.status,
          because(
            'link-transition-forbidden',
            `paying a ${f.from} link should be refused, got ${paid.status} ${JSON.stringify(paid.body)}`,
          ),
        ).toBe(400);
        expect(
          specs.errors.statuses['400']!.codes,
          because('link-transition-forbidden', 'the refusal carries a documented 400 code'),
        ).toContain(paid.body.code);
      } else {
        await links.pastExpiry();
      }
      const after = await links.retrieve(code);
      expect(
        after.status,
        because('link-transition-forbidden', `a refused ${f.action} may not change a ${f.from} link`),
      ).toBe(f.from[0]);
      expect(after.payments_number, because('link-transition-forbidden', 'payments_number may not change')).toBe(
        before.payments_number,
      );
    },
  );
}
