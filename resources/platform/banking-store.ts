// Banking connectivity as the emulator serves it: entities (numbers masked to their last four, one per
// merchant_entity_id), their onboardings along specs/entity-onboarding-status.yaml, the bank accounts
// opened on a SUCCEEDED onboarding (specs/banking-account-status.yaml) and the transfers between them
// (specs/entity-transfer-status.yaml). Each kind lives in its module's records; a balance is not
// stored but read off the account's transfers, so a transfer that moves (by an operation or a
// control) moves the balances with it.
import { currentFaults, enforces } from '../../emulator/faults.js';
import { statusTable } from '../../lib/status-tables.js';
import type { ServeRequest } from '../kit.js';
import { err, type Json, ok, type PendingEvent, type Result, refuse } from '../result.js';
import type { Records, World } from '../world.js';
import { digits, hex, isObject, last4, money, newId, visible, withStatusField } from './shared.js';

/** A banking error: the API-wide {code, messages} plus http_code, as every banking example has it. */
export const bankErr = (r: Result): Result => withStatusField(r, 'http_code');
const fail = (status: number, code: string, message: string): Result => bankErr(err(status, code, message));
const notFound = (
  code: 'ENTITY_NOT_FOUND' | 'ONBOARDING_NOT_FOUND' | 'ACCOUNT_NOT_FOUND' | 'NOT_FOUND',
  what: string,
) => bankErr(refuse('resource-found', `${what} not found`, code, 404));

/** The stores of the four kinds (each module's records). */
export interface BankingStores {
  entities: Records;
  onboardings: Records;
  accounts: Records;
  transfers: Records;
}

const TERMINAL_ONBOARDING = new Set(
  Object.entries(statusTable('entity-onboarding-status.yaml').statuses)
    .filter(([, s]) => s.terminal)
    .map(([k]) => k),
);

// ---- entities ---------------------------------------------------------------------------------

/**
 * An address as the entity examples answer it: every line of it, the optional ones the request left
 * out as null (create-entity.json shows address_line_2 and building_number_2 null when not given).
 */
function fullAddress(a: unknown): unknown {
  if (!isObject(a)) return a;
  return {
    address_line_1: a.address_line_1 ?? null,
    address_line_2: a.address_line_2 ?? null,
    building_number_1: a.building_number_1 ?? null,
    building_number_2: a.building_number_2 ?? null,
    ...a,
  };
}

/** The fields of a person and of a business the entity examples always show (a request may omit the optional ones). */
const PERSON_FIELDS = ['first_name', 'last_name', 'email', 'date_of_birth', 'gender', 'country_of_residence'];
const BUSINESS_FIELDS = ['name', 'country', 'tax_information', 'entity_type', 'beneficial_owners'];
const nulls = (keys: readonly string[]): Json => Object.fromEntries(keys.map((k) => [k, null]));

/**
 * A person as answered, tax ids and document numbers as their last four digits (create-entity.mdx);
 * whole (`whole`, a new entity's): every field the examples show, null where the request gave none.
 * An update's part is masked only, so the fields it leaves out keep their stored values.
 */
function maskPerson(p: unknown, whole: boolean): unknown {
  if (!isObject(p)) return p;
  const out: Json = { ...(whole ? nulls(PERSON_FIELDS) : {}), ...p };
  if (Array.isArray(p.tax_information))
    out.tax_information = p.tax_information.map((t) => {
      if (!isObject(t)) return t;
      const { tax_id, ...rest } = t;
      return { country: rest.country ?? null, tax_id_last_4: last4(tax_id), ...rest };
    });
  if (isObject(p.document)) {
    const { document_number, ...rest } = p.document;
    out.document = {
      document_type: rest.document_type ?? null,
      document_number_last_4: last4(document_number),
      ...(whole ? { issued_at: null, expires_at: null } : {}),
      ...rest,
    };
  }
  if (whole && isObject(p.address)) out.address = fullAddress(p.address);
  return out;
}

function maskDetail(detail: unknown, whole: boolean): Json {
  const d = isObject(detail) ? detail : {};
  let entity: Json | null = null;
  if (isObject(d.entity)) {
    entity = { ...(whole ? nulls(BUSINESS_FIELDS) : {}), ...d.entity };
    if (Array.isArray(d.entity.tax_information))
      entity.tax_information = (
        maskPerson({ tax_information: d.entity.tax_information }, false) as Json
      ).tax_information;
    if (Array.isArray(d.entity.beneficial_owners))
      entity.beneficial_owners = d.entity.beneficial_owners.map((o) => maskPerson(o, whole));
  }
  return { individual: isObject(d.individual) ? maskPerson(d.individual, whole) : null, entity };
}

/** Merges what an update sent into what is stored: objects field by field, the rest replaced. */
function merge(into: Json, sent: Json): Json {
  const out: Json = { ...into };
  for (const [k, v] of Object.entries(sent)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(into[k]) ? merge(into[k] as Json, v) : structuredClone(v);
  }
  return out;
}

export function createEntity(s: BankingStores, req: ServeRequest, world: World): Result {
  const b = req.body;
  const taken = s.entities
    .all()
    .some((e) => e.account_id === b.account_id && e.merchant_entity_id === b.merchant_entity_id);
  if (taken && enforces('banking-entity-unique'))
    return bankErr(
      refuse(
        'banking-entity-unique',
        `Entity with merchant_entity_id '${String(b.merchant_entity_id)}' already exists`,
        'DUPLICATE_ENTITY',
      ),
    );
  const t = world.clock.iso();
  const e: Json = {
    id: newId('ent_'),
    account_id: b.account_id,
    merchant_entity_id: b.merchant_entity_id,
    national_entity: b.national_entity,
    phone: b.phone,
    address: fullAddress(b.address),
    entity_detail: maskDetail(b.entity_detail, true),
    created_at: t,
    updated_at: t,
  };
  s.entities.put(String(e.id), e);
  return ok(structuredClone(e), 201);
}

export function retrieveEntity(s: BankingStores, req: ServeRequest): Result {
  const e = s.entities.get(req.path.entity_id ?? '');
  return e ? ok(structuredClone(e)) : notFound('ENTITY_NOT_FOUND', 'Entity');
}

export function updateEntity(s: BankingStores, req: ServeRequest, world: World): Result {
  const id = req.path.entity_id ?? '';
  const e = s.entities.get(id);
  if (!e) return notFound('ENTITY_NOT_FOUND', 'Entity');
  const { account_id: _account, national_entity, entity_detail, ...rest } = req.body;
  if (national_entity !== undefined && national_entity !== e.national_entity)
    return fail(400, 'VALIDATION_ERROR', 'national_entity type cannot be changed after creation');
  let changed = merge(e, rest);
  if (isObject(entity_detail)) {
    const masked = maskDetail(entity_detail, false);
    const current = (e.entity_detail ?? {}) as Json;
    changed.entity_detail = {
      individual: isObject(entity_detail.individual)
        ? merge((current.individual as Json | null) ?? {}, masked.individual as Json)
        : (current.individual ?? null),
      entity: isObject(entity_detail.entity)
        ? merge((current.entity as Json | null) ?? {}, masked.entity as Json)
        : (current.entity ?? null),
    };
  }
  changed = { ...changed, updated_at: world.clock.iso() };
  if (enforces('state-persisted')) s.entities.put(id, changed);
  return ok(structuredClone(changed));
}

// ---- onboardings ------------------------------------------------------------------------------

const DAY = 86_400_000;

/** The onboarding a path names: its entity first (ENTITY_NOT_FOUND), then itself under that entity. */
function onboardingAt(s: BankingStores, req: ServeRequest): Json | Result {
  if (!s.entities.get(req.path.entity_id ?? '')) return notFound('ENTITY_NOT_FOUND', 'Entity');
  const o = s.onboardings.get(req.path.onboarding_id ?? '');
  return o && o.entity_id === req.path.entity_id ? o : notFound('ONBOARDING_NOT_FOUND', 'Onboarding');
}

const isResult = (v: Json | Result): v is Result => typeof (v as Result).status === 'number' && 'body' in v;

export function createOnboarding(s: BankingStores, req: ServeRequest, world: World): Result {
  const entity = s.entities.get(req.path.entity_id ?? '');
  if (!entity) return notFound('ENTITY_NOT_FOUND', 'Entity');
  const now = world.clock.now();
  const t = world.clock.iso(now);
  const o: Json = {
    id: newId('onb_'),
    entity_id: entity.id,
    yuno_account_id: req.body.account_id,
    provider: { entity_id: `prov_entity_${hex()}`, status: 'verification_pending' },
    onboarding_type: req.body.onboarding_type,
    status: 'PENDING',
    requirements: [],
    created_at: t,
    updated_at: t,
    // Seven days later in every example of the docs.
    expires_at: world.clock.iso(now + 7 * DAY),
  };
  s.onboardings.put(String(o.id), o);
  return ok(structuredClone(o), 201);
}

export function retrieveOnboarding(s: BankingStores, req: ServeRequest): Result {
  const o = onboardingAt(s, req);
  return isResult(o) ? o : ok(structuredClone(o));
}

/** The refusal of a change to an onboarding in a terminal status (its table), or undefined. */
function terminalRefusal(o: Json, verb: 'updated' | 'cancelled'): Result | undefined {
  if (!TERMINAL_ONBOARDING.has(String(o.status)) || !enforces('banking-onboarding-moves', { from: String(o.status) }))
    return undefined;
  return bankErr(
    refuse(
      'banking-onboarding-moves',
      `Onboarding has reached a terminal status and cannot be ${verb}`,
      'VALIDATION_ERROR',
    ),
  );
}

export function updateOnboarding(s: BankingStores, req: ServeRequest, world: World): Result {
  const o = onboardingAt(s, req);
  if (isResult(o)) return o;
  const final = terminalRefusal(o, 'updated');
  if (final) return final;
  const changed: Json = { ...o, updated_at: world.clock.iso() };
  s.onboardings.put(String(o.id), changed);
  // The update answers a short form (update-entity-onboarding.json), the provider's status flat.
  return ok({
    id: changed.id,
    entity_id: changed.entity_id,
    status: changed.status,
    provider_status: (changed.provider as Json).status,
    requirements: changed.requirements,
    updated_at: changed.updated_at,
  });
}

export function cancelOnboarding(s: BankingStores, req: ServeRequest, world: World): Result {
  const o = onboardingAt(s, req);
  if (isResult(o)) return o;
  const final = terminalRefusal(o, 'cancelled');
  if (final) return final;
  const changed: Json = {
    ...o,
    status: 'CANCELLED',
    provider: { ...(o.provider as Json), status: 'cancelled' },
    updated_at: world.clock.iso(),
  };
  if (enforces('resource-transition', { operation: req.operationId, from: String(o.status) }))
    s.onboardings.put(String(o.id), changed);
  return ok(structuredClone(changed));
}

/** The provider approves an onboarding (outside the API): PENDING to SUCCEEDED, banking.onboarding.succeeded. */
export function approveOnboarding(s: BankingStores, id: string, world: World): Result {
  const o = s.onboardings.get(id);
  if (!o) return err(404, 'NOT_FOUND', `No onboarding has id ${id}.`);
  const move = statusTable('entity-onboarding-status.yaml').transitions.find((x) => x.id === 'approve')!;
  if (!move.from.includes(String(o.status)))
    return err(
      400,
      'INVALID_STATUS',
      `The onboarding is ${String(o.status)}; approval moves only ${move.from.join(', ')}.`,
    );
  const changed: Json = {
    ...o,
    status: move.to,
    provider: { ...(o.provider as Json), status: 'active' },
    updated_at: world.clock.iso(),
  };
  if (enforces('banking-onboarding-moves', { transition: 'approve' })) s.onboardings.put(id, changed);
  return ok(structuredClone(changed));
}

// ---- accounts ---------------------------------------------------------------------------------

/** The region of an account's currency, its identifiers and its rails (index.mdx, by region). */
const REGIONS = {
  USD: { incoming: ['ACH', 'WIRE'], outgoing: ['ACH', 'WIRE'] },
  GBP: { incoming: ['FPS', 'CHAPS', 'BACS'], outgoing: ['FPS', 'CHAPS', 'BACS'] },
  AUD: { incoming: ['NPP', 'PAYTO', 'BPAY'], outgoing: ['NPP', 'PAYTO', 'BPAY'] },
  EUR: { incoming: [], outgoing: [] },
} as const;

function identifiers(currency: string): Json {
  switch (currency) {
    case 'GBP': {
      const number = digits(8);
      return { account_number: number, routing_number: null, iban: `GB29NWBK601613${number}`, sort_code: '601613' };
    }
    case 'AUD':
      return { account_number: digits(9), routing_number: null, iban: null, bsb: '062000' };
    case 'EUR':
      return { account_number: null, routing_number: null, iban: `DE89370400440${digits(9)}`, swift: 'COBADEFFXXX' };
    default:
      return { account_number: digits(10), routing_number: '123456789', iban: null };
  }
}

const TYPE_NAME: Record<string, string> = { CHECKING: 'Checking', SAVINGS: 'Savings', INVESTMENT: 'Investment' };

function holderName(entity: Json | undefined): string {
  const d = (entity?.entity_detail ?? {}) as Json;
  const person = d.individual as Json | null;
  if (person && (person.first_name || person.last_name))
    return [person.first_name, person.last_name].filter(Boolean).join(' ');
  return String((d.entity as Json | null)?.name ?? 'Account holder');
}

/** An account's balance, read off its transfers (incoming and book credits in, outgoing out). */
export function balanceOf(
  s: BankingStores,
  accountId: string,
): { available: number; current: number; pending: number } {
  let current = 0;
  let available = 0;
  let pending = 0;
  for (const t of s.transfers.all()) {
    const v = Number((t.amount as Json | undefined)?.value ?? 0);
    if (t.destination_account_id === accountId) {
      if (t.status === 'COMPLETED') {
        current += v;
        available += v;
      } else if (t.status === 'PENDING' || t.status === 'PROCESSING') pending += v;
    }
    if (t.source_account_id === accountId) {
      if (t.status === 'COMPLETED') {
        current -= v;
        available -= v;
      } else if (t.status === 'PENDING' || t.status === 'PROCESSING') available -= v;
    }
  }
  return { available: money(available), current: money(current), pending: money(pending) };
}

/** An account as answered: its record with the balance of the moment. */
export function accountAnswer(s: BankingStores, a: Json): Json {
  return { ...visible(a), balance: balanceOf(s, String(a.id)) };
}

export function createAccount(s: BankingStores, req: ServeRequest, world: World): Result {
  const b = req.body;
  const o = s.onboardings.get(String(b.onboarding_id));
  if (!o) return notFound('ONBOARDING_NOT_FOUND', 'Onboarding');
  if (o.status !== 'SUCCEEDED' && enforces('banking-account-needs-approval'))
    return bankErr(
      refuse(
        'banking-account-needs-approval',
        'Onboarding status must be SUCCEEDED to create an account',
        'VALIDATION_ERROR',
      ),
    );
  const currency = String(b.currency);
  const ids = identifiers(currency);
  const t = world.clock.iso();
  const a: Json = {
    id: newId('acct_'),
    entity_id: o.entity_id,
    onboarding_id: o.id,
    account_id: b.account_id,
    provider: { account_id: `prov_bank_account_${hex()}` },
    account_type: b.account_type,
    status: 'ACTIVE',
    account_number: ids.account_number ?? null,
    routing_number: ids.routing_number ?? null,
    iban: ids.iban ?? null,
    currency,
    balance: { available: 0, current: 0, pending: 0 },
    account_details: {
      account_name: `${holderName(s.entities.get(String(o.entity_id)))} - ${TYPE_NAME[String(b.account_type)] ?? 'Account'}`,
      sort_code: ids.sort_code ?? null,
      bsb: ids.bsb ?? null,
      swift: ids.swift ?? null,
    },
    payment_rails: structuredClone(REGIONS[currency as keyof typeof REGIONS] ?? REGIONS.USD),
    supports_book_transfers: true,
    created_at: t,
    updated_at: t,
  };
  s.accounts.put(String(a.id), a);
  return ok(accountAnswer(s, a), 201);
}

export function retrieveAccount(s: BankingStores, req: ServeRequest): Result {
  const a = s.accounts.get(req.path.account_id ?? '');
  return a ? ok(accountAnswer(s, a)) : notFound('ACCOUNT_NOT_FOUND', 'Account');
}

export function updateAccount(s: BankingStores, req: ServeRequest, world: World): Result {
  const id = req.path.account_id ?? '';
  const a = s.accounts.get(id);
  if (!a) return notFound('ACCOUNT_NOT_FOUND', 'Account');
  const changed: Json = { ...a, updated_at: world.clock.iso() };
  if (typeof req.body.account_type === 'string') {
    changed.account_type = req.body.account_type;
    const name = String((a.account_details as Json).account_name ?? '').replace(/ - [A-Za-z]+$/, '');
    changed.account_details = {
      ...(a.account_details as Json),
      account_name: `${name} - ${TYPE_NAME[req.body.account_type] ?? 'Account'}`,
    };
  }
  if (enforces('state-persisted')) s.accounts.put(id, changed);
  return ok(accountAnswer(s, changed));
}

export function closeAccount(s: BankingStores, req: ServeRequest, world: World): Result {
  const id = req.path.account_id ?? '';
  const a = s.accounts.get(id);
  if (!a) return notFound('ACCOUNT_NOT_FOUND', 'Account');
  const move = statusTable('banking-account-status.yaml').transitions.find((x) => x.operationId === req.operationId)!;
  if (!move.from.includes(String(a.status)) && enforces('resource-transition-forbidden'))
    return fail(400, 'VALIDATION_ERROR', `The account is ${String(a.status)} and cannot be closed`);
  const b = balanceOf(s, id);
  if ((b.current !== 0 || b.available !== 0 || b.pending !== 0) && enforces('banking-close-zero-balance'))
    return bankErr(
      refuse(
        'banking-close-zero-balance',
        'Account must have a zero balance before it can be closed',
        'VALIDATION_ERROR',
      ),
    );
  const changed: Json = { ...a, status: move.to, updated_at: world.clock.iso() };
  if (enforces('resource-transition', { operation: req.operationId, from: String(a.status) }))
    s.accounts.put(id, changed);
  return ok(accountAnswer(s, changed));
}

// ---- transfers --------------------------------------------------------------------------------

/** The rails that skip PROCESSING (index.mdx note). */
const INSTANT = new Set(['RTP', 'FPS', 'NPP']);

/** A transfer as answered (the incoming sender is the webhook's, not the transfer object's). */
export function transferAnswer(t: Json): Json {
  const { sender: _sender, ...rest } = visible(t);
  return rest;
}

const closedRefusal = (a: Json): Result =>
  bankErr(
    refuse(
      'banking-closed-account',
      `Account ${String(a.id)} is CLOSED and takes no transfer`,
      'VALIDATION_ERROR',
      400,
    ),
  );

export function initiateTransfer(s: BankingStores, req: ServeRequest, world: World): Result {
  const b = req.body;
  const source = s.accounts.get(String(b.source_account_id));
  if (!source) return notFound('ACCOUNT_NOT_FOUND', 'Account');
  if (source.status === 'CLOSED' && enforces('banking-closed-account')) return closedRefusal(source);
  const destId = typeof b.destination_account_id === 'string' ? b.destination_account_id : null;
  if (!destId && !isObject(b.destination_account))
    return fail(400, 'VALIDATION_ERROR', 'destination_account or destination_account_id must be provided');
  const dest = destId ? s.accounts.get(destId) : undefined;
  if (destId && !dest) return notFound('ACCOUNT_NOT_FOUND', 'Account');
  if (dest?.status === 'CLOSED' && enforces('banking-closed-account')) return closedRefusal(dest);
  const amount = b.amount as Json;
  if (amount.currency !== source.currency)
    return fail(422, 'CURRENCY_MISMATCH', 'Transfer currency does not match account currency');
  if (Number(amount.value) > balanceOf(s, String(source.id)).available && enforces('banking-transfer-funds'))
    return bankErr(refuse('banking-transfer-funds', 'Insufficient funds for transfer', 'INSUFFICIENT_BALANCE'));
  const d = isObject(b.destination_account) ? b.destination_account : null;
  const t = world.clock.iso();
  const x: Json = {
    id: newId('xfer_'),
    source_account_id: source.id,
    destination_account_id: destId,
    account_id: b.account_id,
    merchant_transfer_id: b.merchant_transfer_id ?? null,
    provider: { account_id: (source.provider as Json).account_id, transfer_id: `prov_transfer_${hex()}` },
    status: 'PENDING',
    direction: 'OUTGOING',
    destination_account: d
      ? {
          account_number_last_4: last4(d.account_number),
          routing_number: d.routing_number ?? null,
          iban: d.iban ?? null,
          bsb: d.bsb ?? null,
          swift: d.swift ?? null,
          sort_code: d.sort_code ?? null,
          account_name: d.account_name ?? null,
          bank_name: d.bank_name ?? null,
        }
      : null,
    amount: { value: amount.value, currency: amount.currency },
    payment_rail: b.payment_rail,
    description: b.description ?? null,
    created_at: t,
    updated_at: t,
  };
  s.transfers.put(String(x.id), x);
  return ok(transferAnswer(x), 202);
}

/** The transfer a path names, under one of its two accounts. */
function transferAt(s: BankingStores, req: ServeRequest): Json | Result {
  const accountId = req.path.account_id ?? '';
  if (!s.accounts.get(accountId)) return notFound('ACCOUNT_NOT_FOUND', 'Account');
  const x = s.transfers.get(req.path.transfer_id ?? '');
  if (!x || (x.source_account_id !== accountId && x.destination_account_id !== accountId))
    return notFound('NOT_FOUND', 'Transfer');
  return x;
}

export function retrieveTransfer(s: BankingStores, req: ServeRequest): Result {
  const x = transferAt(s, req);
  return isResult(x) ? x : ok(transferAnswer(x));
}

export function cancelTransfer(s: BankingStores, req: ServeRequest, world: World): Result {
  const x = transferAt(s, req);
  if (isResult(x)) return x;
  if (x.status !== 'PENDING' && enforces('banking-transfer-moves', { from: String(x.status) }))
    return bankErr(
      refuse('banking-transfer-moves', 'Only transfers in PENDING status can be cancelled', 'VALIDATION_ERROR'),
    );
  if (enforces('resource-transition', { operation: req.operationId, from: String(x.status) }))
    s.transfers.put(String(x.id), { ...x, status: 'CANCELLED', updated_at: world.clock.iso() });
  // The docs give this answer no body.
  return { status: 200, body: undefined };
}

/** The incoming-transfer webhook's body (webhook-notifications-banking.mdx): the transfer and its sender. */
function incomingEvent(x: Json): PendingEvent {
  const { source_account_id: _s, merchant_transfer_id: _m, destination_account: _d, ...body } = visible(x);
  return {
    typeEvent: `banking.transfer.incoming.${String(x.status).toLowerCase()}`,
    payload: body,
    data: {},
    faults: currentFaults(),
  };
}

/** Money arrives in an account from outside (a control): an INCOMING transfer, and its webhook. */
export function receiveTransfer(
  s: BankingStores,
  accountId: string,
  a: { value: number; status: string; payment_rail?: string },
  world: World,
): Result {
  const account = s.accounts.get(accountId);
  if (!account) return err(404, 'NOT_FOUND', `No banking account has id ${accountId}.`);
  if (account.status === 'CLOSED' && enforces('banking-closed-account'))
    return err(400, 'INVALID_STATUS', `Account ${accountId} is CLOSED and takes no transfer.`);
  const t = world.clock.iso();
  const x: Json = {
    id: newId('xfer_'),
    source_account_id: null,
    destination_account_id: accountId,
    account_id: account.account_id,
    merchant_transfer_id: null,
    provider: { account_id: (account.provider as Json).account_id, transfer_id: `prov_incoming_${hex()}` },
    status: a.status,
    direction: 'INCOMING',
    destination_account: null,
    sender: {
      account_number_last_4: digits(4),
      routing_number: '987654321',
      account_name: 'External Company LLC',
      bank_name: 'Bank of America',
    },
    amount: { value: a.value, currency: account.currency },
    payment_rail:
      a.payment_rail ?? (account.currency === 'GBP' ? 'FPS' : account.currency === 'AUD' ? 'NPP' : 'ACH_STANDARD'),
    description: 'Incoming transfer',
    created_at: t,
    updated_at: t,
  };
  s.transfers.put(String(x.id), x);
  return ok(transferAnswer(x), 200, [incomingEvent(x)]);
}

/**
 * What the payment network does to a transfer (a control): a move of specs/entity-transfer-status.yaml
 * outside the API, the instant rails straight from PENDING; an incoming one settled sends its webhook.
 */
export function settleTransfer(s: BankingStores, id: string, to: string, world: World): Result {
  const x = s.transfers.get(id);
  if (!x) return err(404, 'NOT_FOUND', `No transfer has id ${id}.`);
  const from = String(x.status);
  const move = statusTable('entity-transfer-status.yaml').transitions.find(
    (m) => !m.operationId && m.from.includes(from) && m.to === to,
  );
  const instant = INSTANT.has(String(x.payment_rail));
  const skips = move && from === 'PENDING' && (instant ? to === 'PROCESSING' : to !== 'PROCESSING');
  if (!move || (skips && x.direction === 'OUTGOING'))
    return err(
      400,
      'INVALID_STATUS',
      `specs/entity-transfer-status.yaml has no move from ${from} to ${to} for a ${String(x.direction)} ${String(x.payment_rail)} transfer outside the API.`,
    );
  const changed: Json = { ...x, status: to, updated_at: world.clock.iso() };
  s.transfers.put(id, changed);
  const events = x.direction === 'INCOMING' && to === 'COMPLETED' ? [incomingEvent(changed)] : [];
  return ok(transferAnswer(changed), 200, events);
}
