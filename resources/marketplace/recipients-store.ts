// Recipients (the sellers of a marketplace), their onboardings (one per provider connection) and the
// transfers of an onboarding from one recipient to another, in one store: an onboarding belongs to a
// recipient, a transfer moves one between two. Onboardings move along specs/recipient-onboarding-status.yaml
// (the table's transitions are applied by their ids), and every move sends the onboarding event named
// after the new status. Recipients have no status; deleting one deletes its onboardings.
import { randomUUID } from 'node:crypto';
import { currentFaults, enforces } from '../../emulator/faults.js';
import { type StatusTransition, statusTable } from '../../lib/status-tables.js';
import type { Clock } from '../clock.js';
import { err, type Json, ok, type PendingEvent, type Result } from '../result.js';

export const ONBOARDING_TABLE = 'recipient-onboarding-status.yaml';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** The recipient's fields as answers carry them, in the order of the docs' examples (lists empty, the rest null when not sent). */
const RECIPIENT_FIELDS = [
  'account_id',
  'merchant_recipient_id',
  'national_entity',
  'entity_type',
  'first_name',
  'last_name',
  'legal_name',
  'email',
  'date_of_birth',
  'country',
  'website',
  'industry',
  'merchant_category_code',
  'document',
  'phone',
  'address',
  'legal_representatives',
  'withdrawal_methods',
  'documentation',
  'split_configuration',
] as const;
const RECIPIENT_LISTS = new Set(['legal_representatives', 'documentation']);

/** The onboarding's own fields (besides id, status, recipient and timestamps), as answers carry them. */
const ONBOARDING_FIELDS = [
  'type',
  'workflow',
  'description',
  'response_message',
  'callback_url',
  'provider',
  'documentation',
  'legal_representatives',
  'requirements',
  'withdrawal_methods',
  'capabilities',
  'terms_of_service',
  'metadata',
] as const;
const ONBOARDING_LISTS = new Set(['documentation', 'legal_representatives', 'requirements', 'metadata']);

/** The onboarding event each status sends (configure-webhooks.mdx); TRANSFERRED and INACTIVE have none. */
const EVENT_OF: Record<string, string> = {
  CREATED: 'onboarding.create',
  PENDING: 'onboarding.pending',
  PENDING_ADDITIONAL_DOCUMENTATION: 'onboarding.pending_additional_documentation',
  PENDING_RECIPIENT_ACTION: 'onboarding.pending_recipient_action',
  SUCCEEDED: 'onboarding.succeeded',
  CANCELED: 'onboarding.canceled',
  CANCELLED: 'onboarding.canceled',
  DECLINED: 'onboarding.declined',
  REJECTED: 'onboarding.rejected',
  BLOCKED: 'onboarding.blocked',
  ERROR: 'onboarding.error',
  EXPIRED: 'onboarding.expired',
  FAILED: 'onboarding.failed',
};

export interface RecipientRec {
  id: string;
  /** The recipient's fields as sent (account_id included, onboardings not). */
  fields: Json;
  created_at: string;
  updated_at: string;
}

export interface OnboardingRec {
  id: string;
  recipient_id: string;
  account_id: string | null;
  status: string;
  /** The status a BLOCKED onboarding was blocked from (unblock takes it back there). */
  blockedFrom: string | null;
  fields: Json;
  /** What an update sent with this onboarding's id changed of the recipient, for this onboarding only. */
  overrides: Json;
  /** The recipient as it was when the onboarding reached a final status (later updates do not reach it). */
  frozen: Json | null;
  /** The onboarding as first answered (the createOnboarding answer's history). */
  history: Json | null;
  created_at: string;
  updated_at: string;
}

export interface TransferRec {
  id: string;
  origin: string;
  destination: string;
  /** The transfer it reverses, for a reversal. */
  reverses: string | null;
  seq: number;
  created_at: string;
  updated_at: string;
}

type Move = 'create' | 'block' | 'unblock' | 'cancel' | 'continue' | 'transfer' | 'reverse' | 'outside';

export class Recipients {
  readonly recipients = new Map<string, RecipientRec>();
  readonly onboardings = new Map<string, OnboardingRec>();
  readonly transfers = new Map<string, TransferRec>();
  /** Onboardings deleted with their recipient, as last answered: the transfers that moved them still show them. */
  private readonly gone = new Map<string, Json>();
  private seq = 0;

  constructor(private readonly clock: Clock) {}

  // ---- the status table --------------------------------------------------------------------

  private table() {
    return statusTable(ONBOARDING_TABLE);
  }

  private transition(id: string): StatusTransition {
    const t = this.table().transitions.find((x) => x.id === id);
    if (!t) throw new Error(`specs/${ONBOARDING_TABLE} has no transition ${id}`);
    return t;
  }

  private allowed(id: string, o: OnboardingRec): boolean {
    return this.transition(id).from.includes(o.status);
  }

  private terminal(status: string): boolean {
    return this.table().statuses[status]?.terminal === true;
  }

  /** Moves an onboarding to a status (unless a fault waives the move), with the event the new status sends. */
  private moveTo(o: OnboardingRec, to: string, move: Move, event?: string): PendingEvent[] {
    if (move !== 'create' && !enforces('onboarding-status-moves', { move, to })) return [];
    if (to === 'BLOCKED' && o.status !== 'BLOCKED') o.blockedFrom = o.status;
    else if (to !== 'BLOCKED') o.blockedFrom = null;
    o.status = to;
    o.updated_at = this.clock.iso();
    if (this.terminal(to) && !o.frozen) o.frozen = clone(this.recipients.get(o.recipient_id)?.fields ?? {});
    return this.event(o, event ?? EVENT_OF[to]);
  }

  private event(o: OnboardingRec, typeEvent: string | undefined): PendingEvent[] {
    return typeEvent
      ? [{ typeEvent, data: this.onboardingAnswer(o, { recipient: true }), faults: currentFaults() }]
      : [];
  }

  // ---- answers -----------------------------------------------------------------------------

  /** A recipient as the docs' examples show it (with its onboardings where the operation's example has them). */
  recipientAnswer(r: RecipientRec, o: { onboardings: boolean; fields?: Json }): Json {
    const fields = o.fields ?? r.fields;
    const out: Json = { id: r.id };
    for (const f of RECIPIENT_FIELDS) out[f] = clone(fields[f] ?? (RECIPIENT_LISTS.has(f) ? [] : null));
    if (o.onboardings)
      out.onboardings = this.onboardingsOf(r.id).map((x) => this.onboardingAnswer(x, { recipient: false }));
    out.created_at = r.created_at;
    out.updated_at = r.updated_at;
    return out;
  }

  /** The recipient as an onboarding carries it: as it was at a final status, with this onboarding's overrides. */
  private recipientOf(o: OnboardingRec): Json | null {
    const r = this.recipients.get(o.recipient_id);
    if (!r) return null;
    const fields = { ...(o.frozen ?? r.fields), ...o.overrides };
    return this.recipientAnswer(r, { onboardings: false, fields });
  }

  /**
   * An onboarding as the docs' examples show it, with its recipient (get-transfer-by-id: "each with its recipient";
   * not inside the recipient's own onboardings) and, on create, its history.
   */
  onboardingAnswer(o: OnboardingRec, opts: { recipient: boolean; history?: boolean }): Json {
    const out: Json = {
      id: o.id,
      account_id: o.account_id,
      recipient_id: o.recipient_id,
    };
    for (const f of ONBOARDING_FIELDS) out[f] = clone(o.fields[f] ?? (ONBOARDING_LISTS.has(f) ? [] : null));
    out.status = o.status;
    if (opts.recipient) out.recipient = this.recipientOf(o);
    if (opts.history) out.history = clone(o.history);
    out.created_at = o.created_at;
    out.updated_at = o.updated_at;
    out.expires_at = null;
    return out;
  }

  private onboardingView(id: string): Json | null {
    const o = this.onboardings.get(id);
    return o ? this.onboardingAnswer(o, { recipient: true }) : (this.gone.get(id) ?? null);
  }

  transferAnswer(t: TransferRec): Json {
    return {
      id: t.id,
      origin_onboarding: this.onboardingView(t.origin),
      destination_onboarding: this.onboardingView(t.destination),
      created_at: t.created_at,
      updated_at: t.updated_at,
    };
  }

  // ---- lookups -----------------------------------------------------------------------------

  recipient(id: string): RecipientRec | Result {
    return (
      this.recipients.get(id) ?? err(404, 'RECIPIENT_NOT_FOUND', `Recipient not found: no recipient has id ${id}.`)
    );
  }

  /** An onboarding of a recipient (both named by the path). */
  onboarding(recipientId: string, id: string): OnboardingRec | Result {
    const r = this.recipient(recipientId);
    if (!('fields' in r)) return r;
    const o = this.onboardings.get(id);
    return o && o.recipient_id === recipientId
      ? o
      : err(404, 'ONBOARDING_NOT_FOUND', `Onboarding not found: recipient ${recipientId} has no onboarding ${id}.`);
  }

  onboardingsOf(recipientId: string): OnboardingRec[] {
    return [...this.onboardings.values()].filter((o) => o.recipient_id === recipientId);
  }

  // ---- recipients --------------------------------------------------------------------------

  createRecipient(body: Json): Result {
    const t = this.clock.iso();
    const { onboardings, ...fields } = clone(body);
    fields.documentation = stored(fields.documentation);
    const r: RecipientRec = { id: randomUUID(), fields, created_at: t, updated_at: t };
    this.recipients.set(r.id, r);
    const events: PendingEvent[] = [];
    for (const item of (onboardings as Json[] | null | undefined) ?? []) {
      const previously = item.type === 'PREVIOUSLY_ONBOARDED';
      const o = this.newOnboarding(r, item);
      events.push(
        ...this.moveTo(
          o,
          this.transition(previously ? 'create-recipient-previously-onboarded' : 'create-recipient-dynamic').to,
          'create',
        ),
      );
    }
    return ok(this.recipientAnswer(r, { onboardings: true }), 201, events);
  }

  listRecipients(query: Record<string, string>): Result {
    const limit = query.limit === undefined ? 20 : Number(query.limit);
    const offset = query.offset === undefined ? 0 : Number(query.offset);
    const all = [...this.recipients.values()].filter(
      (r) =>
        (query.national_entity === undefined || r.fields.national_entity === query.national_entity) &&
        (query.country === undefined || r.fields.country === query.country),
    );
    const page = all.slice(offset, offset + limit);
    return ok({
      data: page.map((r) => this.recipientAnswer(r, { onboardings: true })),
      pagination: { total: all.length, limit, offset, has_more: offset + page.length < all.length },
    });
  }

  retrieveRecipient(id: string): Result {
    const r = this.recipient(id);
    return 'fields' in r ? ok(this.recipientAnswer(r, { onboardings: true })) : r;
  }

  /**
   * Only the fields sent change. Without onboarding_id the recipient changes, and with it every onboarding
   * not in a final status; with it, the fields are that onboarding's own copy and the recipient stays.
   * onboarding_id is "Request-only, not returned in responses or webhooks".
   */
  updateRecipient(id: string, body: Json): Result {
    const r = this.recipient(id);
    if (!('fields' in r)) return r;
    // The onboardings an update sends are not a recipient field: update-recipient-1.json does not say whether they
    // are added or which they change (the onboarding operations do that), and they are left as they are.
    const { onboarding_id, onboardings: _onboardings, ...sent } = clone(body);
    if ('documentation' in sent) sent.documentation = stored(sent.documentation);
    const changes = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined));
    if (typeof onboarding_id === 'string') {
      const o = this.onboardings.get(onboarding_id);
      if (!o || o.recipient_id !== id)
        return err(
          404,
          'ONBOARDING_NOT_FOUND',
          `Onboarding not found: recipient ${id} has no onboarding ${onboarding_id}.`,
        );
      o.overrides = merge(o.overrides, changes);
      o.updated_at = this.clock.iso();
      if (enforces('recipient-update-scope')) return ok(this.recipientAnswer(r, { onboardings: true }));
    }
    r.fields = merge(r.fields, changes);
    r.updated_at = this.clock.iso();
    return ok(this.recipientAnswer(r, { onboardings: true }));
  }

  deleteRecipient(id: string): Result {
    const r = this.recipient(id);
    if (!('fields' in r)) return r;
    for (const o of this.onboardingsOf(id)) {
      this.gone.set(o.id, this.onboardingAnswer(o, { recipient: true }));
      if (enforces('recipient-deleted', { what: 'onboardings' })) this.onboardings.delete(o.id);
    }
    this.recipients.delete(id);
    return { status: 204, body: undefined };
  }

  // ---- onboardings -------------------------------------------------------------------------

  private newOnboarding(r: RecipientRec, body: Json, status = 'CREATED'): OnboardingRec {
    const t = this.clock.iso();
    const provider = isObject(body.provider) ? body.provider : {};
    const o: OnboardingRec = {
      id: randomUUID(),
      recipient_id: r.id,
      account_id: typeof body.account_id === 'string' ? body.account_id : String(r.fields.account_id ?? ''),
      status,
      blockedFrom: null,
      fields: {
        type: body.type ?? null,
        workflow: body.workflow ?? null,
        description: body.description ?? null,
        response_message: null,
        callback_url: body.callback_url ?? null,
        // Every field of the provider the examples show; the provider fills them in, none yet here
        // (create-recipient-1.json, transfer-onboarding.json show them null).
        provider: {
          id: provider.id ?? null,
          connection_id: provider.connection_id ?? null,
          recipient_id: provider.recipient_id ?? null,
          redirect_url: null,
          onboarding_url: null,
          legal_entity: null,
          legal_entity_id: null,
          recipient_additional_id: null,
          balance_account_id: null,
          recipient_type: provider.recipient_type ?? null,
          raw_notification: null,
          raw_response: null,
          response_code: null,
          response_message: null,
        },
        documentation: stored(body.documentation) ?? [],
        legal_representatives: clone(body.legal_representatives ?? []),
        requirements: [],
        withdrawal_methods: clone(body.withdrawal_methods ?? null),
        // What the provider enables for the recipient: none shown by any example (get-transfer-by-id.json: null).
        capabilities: null,
        terms_of_service: clone(body.terms_of_service ?? null),
        metadata: [],
      },
      overrides: {},
      frozen: null,
      history: null,
      created_at: t,
      updated_at: t,
    };
    this.onboardings.set(o.id, o);
    return o;
  }

  createOnboarding(recipientId: string, body: Json): Result {
    const r = this.recipient(recipientId);
    if (!('fields' in r)) return r;
    const o = this.newOnboarding(r, body);
    const t = this.transition(body.type === 'PREVIOUSLY_ONBOARDED' ? 'create-previously-onboarded' : 'create-dynamic');
    const events = this.moveTo(o, t.to, 'create');
    o.history = this.onboardingAnswer(o, { recipient: true });
    return ok(this.onboardingAnswer(o, { recipient: true, history: true }), 201, events);
  }

  retrieveOnboarding(recipientId: string, id: string): Result {
    const o = this.onboarding(recipientId, id);
    return 'fields' in o ? ok(this.onboardingAnswer(o, { recipient: true })) : o;
  }

  /** Only the fields sent change (the provider's merged); the status stays. */
  updateOnboarding(recipientId: string, id: string, body: Json): Result {
    const o = this.onboarding(recipientId, id);
    if (!('fields' in o)) return o;
    this.apply(o, body);
    o.updated_at = this.clock.iso();
    return ok(this.onboardingAnswer(o, { recipient: true }));
  }

  private apply(o: OnboardingRec, body: Json): void {
    for (const [k, v] of Object.entries(body)) {
      if (v === undefined || v === null) continue;
      if (k === 'account_id') o.account_id = String(v);
      else if (k === 'provider' && isObject(v)) o.fields.provider = merge((o.fields.provider as Json) ?? {}, v);
      else if (k === 'documentation') o.fields.documentation = stored(v);
      else if ((ONBOARDING_FIELDS as readonly string[]).includes(k)) o.fields[k] = clone(v);
    }
  }

  /** The KYC step of a two-step onboarding whose account exists (PENDING_RECIPIENT_ACTION): PENDING. */
  continueOnboarding(recipientId: string, id: string, body: Json): Result {
    const o = this.onboarding(recipientId, id);
    if (!('fields' in o)) return o;
    if (o.fields.type !== 'TWO_STEP_ONBOARDING')
      return err(
        400,
        'INVALID_REQUEST',
        `Only TWO_STEP_ONBOARDING can be continued; onboarding ${id} is ${String(o.fields.type)}.`,
      );
    if (!this.allowed('continue', o))
      return err(
        400,
        'INVALID_STATUS',
        `The onboarding is ${o.status}; it is continued from ${this.transition('continue').from.join(', ')} (specs/${ONBOARDING_TABLE}).`,
      );
    this.apply(o, body);
    const provider = o.fields.provider as Json;
    provider.redirect_url =
      body.workflow === 'HOSTED_BY_PROVIDER'
        ? `https://sandbox.y.uno/redirect/kyc/${String(provider.id ?? 'provider').toLowerCase()}/${randomUUID()}`
        : null;
    const events = this.moveTo(o, this.transition('continue').to, 'continue');
    return ok(this.onboardingAnswer(o, { recipient: true }), 201, events);
  }

  /** block, unblock and cancel answer the recipient (as their examples show it); the status is read on the onboarding. */
  private actionAnswer(o: OnboardingRec, events: PendingEvent[]): Result {
    const r = this.recipients.get(o.recipient_id)!;
    r.updated_at = this.clock.iso();
    return ok(this.recipientAnswer(r, { onboardings: false }), 200, events);
  }

  private refusedFrom(o: OnboardingRec, operationId: string, move: Move): Result | undefined {
    const no = this.table().forbidden.find((x) => x.operationId === operationId && x.from.includes(o.status));
    if (!no?.refusal || no.refusal.codes === 'documented' || !enforces('onboarding-move-refused', { move })) return;
    return err(
      no.refusal.http[0]!,
      no.refusal.codes[0]!,
      MESSAGES[no.refusal.codes[0]!] ?? `Refused from ${o.status}.`,
    );
  }

  private notFrom(o: OnboardingRec, operationId: string): Result {
    return err(
      400,
      'INVALID_STATUS',
      `The onboarding is ${o.status}; ${operationId} is not allowed from there (specs/${ONBOARDING_TABLE}).`,
    );
  }

  blockOnboarding(recipientId: string, id: string): Result {
    const o = this.onboarding(recipientId, id);
    if (!('fields' in o)) return o;
    const refused = this.refusedFrom(o, 'blockOnboarding', 'block');
    if (refused) return refused;
    if (!this.allowed('block', o) && o.status !== 'BLOCKED') return this.notFrom(o, 'blockOnboarding');
    return this.actionAnswer(o, this.moveTo(o, this.transition('block').to, 'block'));
  }

  unblockOnboarding(recipientId: string, id: string): Result {
    const o = this.onboarding(recipientId, id);
    if (!('fields' in o)) return o;
    const refused = this.refusedFrom(o, 'unblockOnboarding', 'unblock');
    if (refused) return refused;
    if (o.status !== 'BLOCKED') return this.notFrom(o, 'unblockOnboarding');
    const back = this.table().transitions.find(
      (x) => x.operationId === 'unblockOnboarding' && x.from.includes('BLOCKED') && x.to === o.blockedFrom,
    );
    const to = back?.to ?? this.transition('unblock-to-succeeded').to;
    return this.actionAnswer(o, this.moveTo(o, to, 'unblock', 'onboarding.unblocked'));
  }

  cancelOnboarding(recipientId: string, id: string): Result {
    const o = this.onboarding(recipientId, id);
    if (!('fields' in o)) return o;
    const refused = this.refusedFrom(o, 'cancelOnboarding', 'cancel');
    if (refused) return refused;
    if (!this.allowed('cancel', o) && !['CANCELED', 'CANCELLED'].includes(o.status))
      return this.notFrom(o, 'cancelOnboarding');
    return this.actionAnswer(o, this.moveTo(o, this.transition('cancel').to, 'cancel'));
  }

  /** A move outside the API (a control): along a transition of the table that has a trigger. */
  moveOutside(id: string, to: string): Result {
    const o = this.onboardings.get(id);
    if (!o) return err(404, 'ONBOARDING_NOT_FOUND', `Onboarding not found: no onboarding has id ${id}.`);
    const t = this.table().transitions.find((x) => x.trigger && x.from.includes(o.status) && x.to === to);
    if (!t)
      return err(
        400,
        'INVALID_STATUS',
        `specs/${ONBOARDING_TABLE} has no move from ${o.status} to ${to} outside the API.`,
      );
    const from = o.status;
    const events = this.moveTo(o, t.to, 'outside');
    return ok({ id, from, to: t.to, transition: t.id }, 200, events);
  }

  // ---- onboarding transfers ----------------------------------------------------------------

  /** {recipient_id} receives the onboarding {onboarding_id}: the origin is TRANSFERRED, the receiver gets a SUCCEEDED copy. */
  transferOnboarding(recipientId: string, onboardingId: string): Result {
    const to = this.recipient(recipientId);
    if (!('fields' in to)) return to;
    const origin = this.onboardings.get(onboardingId);
    if (!origin) return err(404, 'ONBOARDING_NOT_FOUND', `Onboarding not found: no onboarding has id ${onboardingId}.`);
    if (origin.recipient_id === recipientId)
      return err(400, 'INVALID_REQUEST', `Onboarding ${onboardingId} already belongs to recipient ${recipientId}.`);
    if (!this.allowed('transfer-out', origin)) return this.notFrom(origin, 'transferOnboarding');
    const destination = this.newOnboarding(to, { ...clone(origin.fields), account_id: origin.account_id });
    destination.fields.provider = clone(origin.fields.provider);
    destination.fields.documentation = clone(origin.fields.documentation);
    const events = [
      ...this.moveTo(destination, this.transition('transfer-in-succeeded').to, 'create'),
      ...this.moveTo(origin, this.transition('transfer-out').to, 'transfer'),
    ];
    return ok(this.transferAnswer(this.record(origin.id, destination.id, null)), 201, events);
  }

  /** The reversal: a transfer back, the transfer's destination to its origin (get-transfers use case 3). */
  reverseOnboardingTransfer(transferId: string): Result {
    const t = this.transfers.get(transferId);
    if (!t) return err(404, 'TRANSFER_NOT_FOUND', `Transfer not found: no onboarding transfer has id ${transferId}.`);
    const origin = this.onboardings.get(t.destination);
    const destination = this.onboardings.get(t.origin);
    if (!origin || !destination)
      return err(
        404,
        'ONBOARDING_NOT_FOUND',
        `Onboarding not found: an onboarding of transfer ${transferId} was deleted.`,
      );
    if (!this.allowed('reverse-out', origin)) return this.notFrom(origin, 'reverseOnboardingTransfer');
    if (!this.allowed('reverse-in', destination)) return this.notFrom(destination, 'reverseOnboardingTransfer');
    const events = [
      ...this.moveTo(origin, this.transition('reverse-out').to, 'reverse'),
      ...this.moveTo(destination, this.transition('reverse-in').to, 'reverse'),
    ];
    return ok(this.transferAnswer(this.record(origin.id, destination.id, t.id)), 201, events);
  }

  private record(origin: string, destination: string, reverses: string | null): TransferRec {
    const now = this.clock.iso();
    const t: TransferRec = {
      id: randomUUID(),
      origin,
      destination,
      reverses,
      seq: ++this.seq,
      created_at: now,
      updated_at: now,
    };
    this.transfers.set(t.id, t);
    return t;
  }

  retrieveTransfer(id: string): Result {
    const t = this.transfers.get(id);
    return t
      ? ok(this.transferAnswer(t))
      : err(404, 'TRANSFER_NOT_FOUND', `Transfer not found: no onboarding transfer has id ${id}.`);
  }

  /** Transfers, most recent first ("Ordered by created_at DESC"). */
  private listed(match: (t: TransferRec) => boolean): Json[] {
    const newestFirst = enforces('onboarding-transfer-lookup', { order: 'newest-first' });
    return [...this.transfers.values()]
      .filter(match)
      .sort((a, b) => (newestFirst ? b.seq - a.seq : a.seq - b.seq))
      .map((t) => this.transferAnswer(t));
  }

  listOnboardingTransfers(onboardingId: string): Result {
    if (!this.onboardings.has(onboardingId))
      return err(404, 'ONBOARDING_NOT_FOUND', `Onboarding not found: no onboarding has id ${onboardingId}.`);
    return ok(this.listed((t) => t.origin === onboardingId || t.destination === onboardingId));
  }

  listRecipientTransfers(recipientId: string): Result {
    const r = this.recipient(recipientId);
    if (!('fields' in r)) return r;
    const of = (onboardingId: string): string | undefined =>
      this.onboardings.get(onboardingId)?.recipient_id ??
      ((this.gone.get(onboardingId)?.recipient_id as string | undefined) || undefined);
    return ok(this.listed((t) => of(t.origin) === recipientId || of(t.destination) === recipientId));
  }
}

/** The messages the docs give the 409 refusals (block-, unblock- and cancel-recipient.json). */
const MESSAGES: Record<string, string> = {
  RECIPIENT_ALREADY_BLOCKED: 'Recipient is already blocked',
  RECIPIENT_NOT_BLOCKED: 'Recipient is not blocked',
  RECIPIENT_ALREADY_CANCELLED: 'Recipient is already cancelled',
};

/** Documents as answers carry them: the content stored, named by a reference (the docs' answers show `<file>-<uuid>`). */
function stored(docs: unknown): Json[] | null | undefined {
  if (!Array.isArray(docs)) return docs as null | undefined;
  return docs.map((d: Json) => ({
    ...clone(d),
    ...(typeof d.content === 'string' ? { content: `${String(d.file_name ?? 'document')}-${randomUUID()}` } : {}),
  }));
}

/** `base` with the changes sent: objects merged field by field, anything else replaced. */
function merge(base: Json, changes: Json): Json {
  const out = clone(base);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Json, v) : clone(v);
  }
  return out;
}
