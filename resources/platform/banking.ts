// Banking connectivity: entities, their onboardings with a provider, the bank accounts opened on an
// approved onboarding and the transfers between them (resources/platform/banking-store.ts). The
// provider's approval, the payment network's settlement and money arriving from outside are controls.
// Accounts and transfers keep the plain records, so the generic lifecycles of their tables run; an
// onboarding keeps records of its own, since opening an account needs it approved first, a step the
// generic lifecycle cannot take (tests/relations/platform.spec.ts tests its table).
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ScenarioDeps } from '../kit.js';
import type { Json } from '../result.js';
import { Records, type World } from '../world.js';
import {
  approveOnboarding,
  type BankingStores,
  cancelOnboarding,
  cancelTransfer,
  closeAccount,
  createAccount,
  createEntity,
  createOnboarding,
  initiateTransfer,
  receiveTransfer,
  retrieveAccount,
  retrieveEntity,
  retrieveOnboarding,
  retrieveTransfer,
  settleTransfer,
  updateAccount,
  updateEntity,
  updateOnboarding,
} from './banking-store.js';

/** The connection the onboardings use: pre-configured with Yuno, made by no operation (the docs' example). */
export const BANKING_CONNECTION = 'conn_550e8400-e29b-41d4-a716-446655440001';

export function bankingEntityBody(m: MakeContext): BodyOf<'createBankingEntity'> {
  return {
    account_id: m.accountId,
    merchant_entity_id: m.id('entity'),
    national_entity: 'INDIVIDUAL',
    phone: { country_code: '+1', number: '2025551234' },
    address: {
      address_line_1: '123 Main St',
      address_line_2: 'Apt 4B',
      building_number_1: '123',
      city: 'San Francisco',
      state: 'CA',
      zip_code: '94102',
      country: 'US',
    },
    entity_detail: {
      individual: {
        first_name: 'John',
        last_name: 'Doe',
        email: 'john@example.com',
        date_of_birth: '1990-01-15',
        gender: 'M',
        country_of_residence: 'US',
        tax_information: [{ country: 'US', tax_id: '123-45-6789', tax_id_type: 'SSN', is_primary: true }],
        document: {
          document_type: 'SSN',
          document_number: '123-45-6789',
          issuing_country: 'US',
          issued_at: '2010-01-15',
          expires_at: '2030-01-15',
        },
      },
    },
  };
}

/** A ONE_STEP onboarding with its compliance declaration (what the spec requires for it). */
export function onboardingBody(m: MakeContext): BodyOf<'createEntityOnboarding'> {
  const now = new Date().toISOString();
  return {
    account_id: m.accountId,
    yuno_connection_id: BANKING_CONNECTION,
    onboarding_type: 'ONE_STEP',
    compliance_declaration: {
      terms_of_service: { accepted: true, version: '1.2.0', accepted_at: now },
      privacy_policy: { accepted: true, version: '2.1.0', accepted_at: now },
    },
  };
}

export function bankingAccountBody(m: MakeContext, onboardingId: string): BodyOf<'createBankingAccount'> {
  return { account_id: m.accountId, onboarding_id: onboardingId, account_type: 'CHECKING', currency: 'USD' };
}

export function transferBody(
  m: MakeContext,
  sourceAccountId: string,
  o: { value?: number; currency?: 'USD'; destinationAccountId?: string } = {},
): BodyOf<'initiateEntityTransfer'> {
  return {
    account_id: m.accountId,
    source_account_id: sourceAccountId,
    direction: 'OUTGOING',
    amount: { value: o.value ?? 100, currency: o.currency ?? 'USD' },
    payment_rail: 'ACH_STANDARD',
    description: 'yuno-conformance transfer',
    merchant_transfer_id: m.id('xfer'),
    ...(o.destinationAccountId
      ? { destination_account_id: o.destinationAccountId }
      : {
          destination_account: {
            account_number: '9876543210',
            routing_number: '987654321',
            account_name: 'Jane Smith',
            bank_name: 'Chase Bank',
          },
        }),
  };
}

/** The onboarding a banking account is opened on, approved: by the control, or (elsewhere) by waiting. */
export async function approved(d: ScenarioDeps, onboarding: Json): Promise<string> {
  const onboarding_id = String(onboarding.id);
  // A stateless target keeps nothing to wait for.
  if (!d.stateful) return onboarding_id;
  if (d.controls) {
    await d.controls.must('approveOnboarding', { onboarding_id });
    return onboarding_id;
  }
  const path = { entity_id: String(onboarding.entity_id), onboarding_id };
  const until = Date.now() + d.pollMs;
  while (Date.now() < until) {
    const o = (await d.api.call('retrieveEntityOnboarding', { path })).ok();
    if (o.status === 'SUCCEEDED') break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return onboarding_id;
}

/** A banking account with money on it (an incoming transfer, settled), for a transfer out. */
export async function fundedAccount(d: ScenarioDeps, value = 1000): Promise<Json> {
  const account = await d.need('banking account');
  if (d.controls)
    await d.controls.must('receiveBankingTransfer', { account_id: String(account.id), value, status: 'COMPLETED' });
  return account;
}

const stores = (w: World): BankingStores => ({
  entities: w.get(bankingEntities) as Records,
  onboardings: w.get(entityOnboardings),
  accounts: w.get(bankingAccounts) as Records,
  transfers: w.get(entityTransfers) as Records,
});

export const bankingEntities = defineResource({
  name: 'banking entity',
  schema: 'BankingEntity',
  id: ['id'],
  stable: ['/id', '/national_entity', '/created_at'],
  operations: {
    createBankingEntity: {
      serve: (_s, r, w) => createEntity(stores(w), r, w),
      relation: 'creates',
      request: (d) => ({ body: bankingEntityBody(d.make) }),
      echo: ['/account_id', '/merchant_entity_id', '/national_entity', '/phone', '/address'],
    },
    retrieveBankingEntity: { serve: (_s, r, w) => retrieveEntity(stores(w), r), identity: 'entity_id' },
    updateBankingEntity: {
      serve: (_s, r, w) => updateEntity(stores(w), r, w),
      identity: 'entity_id',
      relation: 'changes',
      request: async (d) => ({
        path: { entity_id: String((await d.need('banking entity')).id) },
        body: {
          account_id: d.make.accountId,
          phone: { country_code: '+1', number: '2025559999' },
          entity_detail: { individual: { email: 'john.new@example.com' } },
        },
      }),
      echo: ['/phone', '/entity_detail/individual/email'],
    },
  },
});

export const entityOnboardings = defineResource({
  name: 'entity onboarding',
  schema: 'EntityOnboarding',
  id: ['id'],
  stable: ['/id', '/entity_id', '/onboarding_type', '/created_at'],
  status: { field: '/status', table: 'entity-onboarding-status.yaml' },
  store: () => new Records(),
  operations: {
    createEntityOnboarding: {
      serve: (_s, r, w) => createOnboarding(stores(w), r, w),
      relation: 'creates',
      request: async (d) => ({
        path: { entity_id: String((await d.need('banking entity')).id) },
        body: onboardingBody(d.make),
      }),
      echo: ['/onboarding_type'],
    },
    retrieveEntityOnboarding: {
      serve: (_s, r, w) => retrieveOnboarding(stores(w), r),
      identity: 'onboarding_id',
      request: async (d) => {
        const o = await d.need('entity onboarding');
        return { path: { entity_id: String(o.entity_id), onboarding_id: String(o.id) } };
      },
    },
    updateEntityOnboarding: {
      serve: (_s, r, w) => updateOnboarding(stores(w), r, w),
      identity: 'onboarding_id',
      relation: 'changes',
      request: async (d) => {
        const o = await d.need('entity onboarding');
        return {
          path: { entity_id: String(o.entity_id), onboarding_id: String(o.id) },
          body: {
            account_id: d.make.accountId,
            source_of_funds: { primary_source: 'EMPLOYMENT_SALARY', description: 'Salary' },
          },
        };
      },
    },
    cancelEntityOnboarding: {
      serve: (_s, r, w) => cancelOnboarding(stores(w), r, w),
      identity: 'onboarding_id',
      relation: 'ends',
      request: async (d) => {
        const o = await d.need('entity onboarding');
        return { path: { entity_id: String(o.entity_id), onboarding_id: String(o.id) } };
      },
    },
  },
  controls: {
    approveOnboarding: {
      path: 'banking/onboardings/{onboarding_id}/approve',
      summary: 'the banking provider approves an onboarding (PENDING to SUCCEEDED)',
      serve: (_s, a, w) => approveOnboarding(stores(w), String(a.onboarding_id), w),
    },
  },
});

export const bankingAccounts = defineResource({
  name: 'banking account',
  schema: 'BankingAccount',
  id: ['id'],
  stable: ['/id', '/entity_id', '/onboarding_id', '/currency', '/created_at'],
  status: { field: '/status', table: 'banking-account-status.yaml' },
  operations: {
    createBankingAccount: {
      serve: (_s, r, w) => createAccount(stores(w), r, w),
      relation: 'creates',
      needs: ['controls'],
      request: async (d) => ({
        body: bankingAccountBody(d.make, await approved(d, await d.need('entity onboarding'))),
      }),
      echo: ['/account_id', '/onboarding_id', '/account_type', '/currency'],
    },
    retrieveBankingAccount: { serve: (_s, r, w) => retrieveAccount(stores(w), r), identity: 'account_id' },
    updateBankingAccount: {
      serve: (_s, r, w) => updateAccount(stores(w), r, w),
      identity: 'account_id',
      relation: 'changes',
      request: async (d) => ({
        path: { account_id: String((await d.need('banking account')).id) },
        body: { account_id: d.make.accountId, account_type: 'SAVINGS' },
      }),
      echo: ['/account_type'],
    },
    closeBankingAccount: {
      serve: (_s, r, w) => closeAccount(stores(w), r, w),
      identity: 'account_id',
      relation: 'ends',
    },
  },
  controls: {
    receiveBankingTransfer: {
      path: 'banking/accounts/{account_id}/incoming',
      summary: 'money arrives in a banking account from outside (an INCOMING transfer, and its webhook)',
      args: {
        value: { required: true, type: 'number' },
        status: { values: ['PENDING', 'COMPLETED'] },
        payment_rail: { pattern: /^[A-Z_]+$/ },
      },
      serve: (_s, a, w) =>
        receiveTransfer(
          stores(w),
          String(a.account_id),
          {
            value: Number(a.value),
            status: String(a.status ?? 'COMPLETED'),
            payment_rail: a.payment_rail === undefined ? undefined : String(a.payment_rail),
          },
          w,
        ),
    },
  },
});

export const entityTransfers = defineResource({
  name: 'entity transfer',
  schema: 'EntityTransfer',
  id: ['id'],
  stable: ['/id', '/source_account_id', '/direction', '/amount/value', '/amount/currency', '/created_at'],
  status: { field: '/status', table: 'entity-transfer-status.yaml' },
  operations: {
    initiateEntityTransfer: {
      serve: (_s, r, w) => initiateTransfer(stores(w), r, w),
      relation: 'creates',
      needs: ['controls'],
      request: async (d) => ({ body: transferBody(d.make, String((await fundedAccount(d)).id)) }),
      echo: [
        '/account_id',
        '/source_account_id',
        '/direction',
        '/amount',
        '/payment_rail',
        '/description',
        '/merchant_transfer_id',
        '/destination_account/routing_number',
        '/destination_account/account_name',
        '/destination_account/bank_name',
      ],
    },
    retrieveEntityTransfer: {
      serve: (_s, r, w) => retrieveTransfer(stores(w), r),
      identity: 'transfer_id',
      request: async (d) => {
        const x = await d.need('entity transfer');
        return { path: { account_id: String(x.source_account_id), transfer_id: String(x.id) } };
      },
    },
    cancelEntityTransfer: {
      serve: (_s, r, w) => cancelTransfer(stores(w), r, w),
      identity: 'transfer_id',
      relation: 'ends',
      request: async (d) => {
        const x = await d.need('entity transfer');
        return { path: { account_id: String(x.source_account_id), transfer_id: String(x.id) } };
      },
    },
  },
  controls: {
    settleBankingTransfer: {
      path: 'banking/transfers/{transfer_id}/settle',
      summary:
        'the payment network moves a transfer (PROCESSING, COMPLETED, FAILED, REVERSED); a settled incoming one sends its webhook',
      args: { to: { required: true, values: ['PROCESSING', 'COMPLETED', 'FAILED', 'REVERSED'] } },
      serve: (_s, a, w) => settleTransfer(stores(w), String(a.transfer_id), String(a.to), w),
    },
  },
  webhooks: [
    {
      operationId: 'bankingIncomingTransferEvent',
      matches: (b) => b.direction === 'INCOMING' && typeof b.destination_account_id === 'string',
    },
  ],
});

export const BANKING = [bankingEntities, entityOnboardings, bankingAccounts, entityTransfers] as const;
