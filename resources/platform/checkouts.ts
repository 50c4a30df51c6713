// Custom checkouts (checkout builder): create (a PUBLISHED clone of the account's default), list,
// fetch, publish configuration and styling, and the lifecycle (rename, publish, unpublish, archive,
// restore, promote), along specs/custom-checkout-status.yaml (resources/platform/checkouts-store.ts).
// One operation makes every move, by the status its body names: tests/relations/platform.spec.ts
// tests the table.
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ScenarioDeps } from '../kit.js';
import { CustomCheckouts } from './checkouts-store.js';

export function checkoutBody(m: MakeContext): BodyOf<'createCheckout'> {
  return { name: `yuno-conformance checkout ${m.id('checkout')}`, description: 'yuno-conformance storefront' };
}

export const PUBLISH_BODY: BodyOf<'publishCheckoutConfiguration'> = {
  config: {
    payment_methods: [{ payment_method_type: 'PAYPAL', order_to_show: 0, is_active: false }],
    general_settings: { country_documents: [{ country_code: 'BR', documents: ['CPF', 'CNPJ'] }] },
  },
  styling: {
    styles: {
      global: { accent_color: '#1A73E8', font_family: 'Inter' },
      button: { corner_radius: 12, font_weight: 500 },
    },
  },
};

const code = async (d: ScenarioDeps): Promise<string> => String((await d.need('custom checkout')).id);

export const customCheckouts = defineResource({
  name: 'custom checkout',
  schema: ['CustomCheckout', 'CustomCheckoutSummary'],
  id: ['id'],
  stable: ['/id', '/created_at'],
  status: { field: '/status', table: 'custom-checkout-status.yaml' },
  store: (w) => new CustomCheckouts(w.clock, w.around.accountId),
  operations: {
    createCheckout: {
      serve: (s, r) => s.create(r),
      relation: 'creates',
      request: (d) => ({ body: checkoutBody(d.make) }),
      echo: ['/name', '/description'],
    },
    listCheckouts: {
      serve: (s, r) => s.list(r),
      relation: 'lists',
      request: async (d) => {
        const made = await d.need('custom checkout');
        return { query: { name: String(made.name) } };
      },
      lookup: { query: 'name', field: '/name' },
    },
    retrieveCheckout: {
      serve: (s, r) => s.retrieve(r),
      identity: 'checkout_code',
    },
    publishCheckoutConfiguration: {
      serve: (s, r) => s.publish(r),
      identity: 'checkout_code',
      relation: 'changes',
      request: async (d) => ({ path: { checkout_code: await code(d) }, body: PUBLISH_BODY }),
    },
    updateCheckoutLifecycle: {
      serve: (s, r) => s.lifecycle(r),
      identity: 'checkout_code',
      relation: 'changes',
      request: async (d) => ({ path: { checkout_code: await code(d) }, body: { status: 'NOT_PUBLISHED' } }),
    },
  },
});

export const CHECKOUTS = [customCheckouts] as const;
