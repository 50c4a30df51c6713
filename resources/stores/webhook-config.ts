// Webhooks registered through the API (https://docs.y.uno/reference/webhooks): per account, unique
// names, secrets read back as '***', trigger lists replaced on update, ACTIVE/INACTIVE, deleted for
// good. The sender (emulator/webhooks.ts) delivers to the ACTIVE ones the events their triggers
// subscribe to.

import { enforces } from '../../emulator/faults.js';
import type { Clock } from '../clock.js';
import { type Json, ok, type Result, refuse } from '../result.js';

const SECRETS = ['api_key', 'secret', 'hmac_client_secret', 'oauth2_client_secret'] as const;
const TRIGGERS = [
  'enrollment_triggers',
  'payment_triggers',
  'report_triggers',
  'subscription_triggers',
  'onboarding_triggers',
] as const;
const PLAIN = [
  'oauth2_authentication_url',
  'oauth2_client_id',
  'oauth2_grant_type',
  'oauth2_scope',
  'oauth2_authorization_name',
] as const;
type Secret = (typeof SECRETS)[number];
type TriggerField = (typeof TRIGGERS)[number];

export interface WebhookRec {
  id: string;
  account_id: string;
  name: string;
  url: string;
  state: 'ACTIVE' | 'INACTIVE';
  secrets: Partial<Record<Secret, string>>;
  triggers: Partial<Record<TriggerField, string[]>>;
  plain: Partial<Record<(typeof PLAIN)[number], string>>;
  oauth2_include_client_id: boolean;
  renewal_days: number | null;
  created_at: string;
  updated_at: string;
}

/** The event a payment or enrollment trigger subscribes to (type_event of configure-webhooks). */
const EVENT_OF: Record<string, string> = {
  'payment_triggers:PURCHASE': 'payment.purchase',
  'payment_triggers:AUTHORIZE': 'payment.authorize',
  'payment_triggers:CAPTURE': 'payment.capture',
  'payment_triggers:REFUND': 'payment.refund',
  'payment_triggers:CANCEL': 'payment.cancel',
  'payment_triggers:VERIFY': 'payment.verify',
  'payment_triggers:CHARGEBACK': 'payment.chargeback',
  'enrollment_triggers:ENROLL': 'enrollment.enroll',
  'enrollment_triggers:UNENROLL': 'enrollment.unenroll',
};

export class WebhookConfigs {
  readonly records = new Map<string, WebhookRec>();
  /** Deleted webhooks, kept while a fault pretends they still exist. */
  private readonly deleted = new Map<string, WebhookRec>();
  private next = 20001;

  constructor(private readonly clock: Clock) {}

  answer(w: WebhookRec): Json {
    const out: Json = { id: w.id, account_id: w.account_id, name: w.name, state: w.state, url: w.url };
    for (const s of SECRETS) out[s] = w.secrets[s] ? '***' : null;
    for (const p of PLAIN) out[p] = w.plain[p] ?? null;
    out.oauth2_include_client_id = w.oauth2_include_client_id;
    for (const t of TRIGGERS) out[t] = w.triggers[t] ?? null;
    return { ...out, renewal_days: w.renewal_days, created_at: w.created_at, updated_at: w.updated_at };
  }

  private find(id: string, accountId: string): WebhookRec | Result {
    const w =
      this.records.get(id) ??
      (enforces('webhook-config-lifecycle', { step: 'delete' }) ? undefined : this.deleted.get(id));
    if (!w || w.account_id !== accountId) return refuse('unknown-webhook', `No webhook ${id} in account ${accountId}.`);
    return w;
  }

  private nameTaken(accountId: string, name: string, except?: string): boolean {
    return (
      [...this.records.values()].some((w) => w.account_id === accountId && w.name === name && w.id !== except) &&
      enforces('webhook-name-unique')
    );
  }

  private applySecrets(w: WebhookRec, body: Json): void {
    for (const s of SECRETS) {
      const v = body[s];
      // Omitted: kept. Empty: removed (index.mdx "Secrets").
      if (v === '') delete w.secrets[s];
      else if (typeof v === 'string') w.secrets[s] = v;
      else if (v === undefined && s === 'hmac_client_secret' && !enforces('webhook-secrets-masked'))
        delete w.secrets[s];
    }
  }

  list(accountId: string, state: string | undefined): Result {
    const found = [
      ...this.records.values(),
      ...(enforces('webhook-config-lifecycle', { step: 'delete' }) ? [] : this.deleted.values()),
    ].filter((w) => w.account_id === accountId && (!state || w.state === state));
    return ok(found.map((w) => this.answer(w)));
  }

  create(body: Json): Result {
    const accountId = String(body.account_id);
    const name = String(body.name);
    if (this.nameTaken(accountId, name))
      return refuse('webhook-name-unique', `A webhook named ${name} already exists in the account.`);
    const t = this.clock.iso();
    const w: WebhookRec = {
      id: String(this.next++),
      account_id: accountId,
      name,
      url: String(body.url),
      state: 'ACTIVE',
      secrets: {},
      triggers: {},
      plain: {},
      oauth2_include_client_id: body.oauth2_include_client_id === true,
      renewal_days: typeof body.renewal_days === 'number' ? body.renewal_days : null,
      created_at: t,
      updated_at: t,
    };
    this.applySecrets(w, body);
    for (const p of PLAIN) if (typeof body[p] === 'string') w.plain[p] = body[p] as string;
    for (const f of TRIGGERS) if (Array.isArray(body[f])) w.triggers[f] = [...(body[f] as string[])];
    this.records.set(w.id, w);
    return ok(this.answer(w), 201);
  }

  retrieve(id: string, accountId: string): Result {
    const w = this.find(id, accountId);
    return 'id' in w ? ok(this.answer(w)) : w;
  }

  update(id: string, body: Json): Result {
    const w = this.find(id, String(body.account_id));
    if (!('id' in w)) return w;
    if (typeof body.name === 'string' && this.nameTaken(w.account_id, body.name, w.id))
      return refuse('webhook-name-unique', `A webhook named ${body.name} already exists in the account.`);
    if (typeof body.name === 'string') w.name = body.name;
    if (typeof body.url === 'string') w.url = body.url;
    if (body.state === 'ACTIVE' || body.state === 'INACTIVE') w.state = body.state;
    this.applySecrets(w, body);
    for (const p of PLAIN) if (typeof body[p] === 'string') w.plain[p] = body[p] as string;
    if (typeof body.oauth2_include_client_id === 'boolean') w.oauth2_include_client_id = body.oauth2_include_client_id;
    for (const f of TRIGGERS) {
      if (!Array.isArray(body[f])) continue;
      // Replaced, not merged (update-webhook.mdx).
      const sent = body[f] as string[];
      w.triggers[f] = enforces('webhook-config-lifecycle', { step: 'replace-triggers' })
        ? [...sent]
        : [...new Set([...(w.triggers[f] ?? []), ...sent])];
    }
    if (typeof body.renewal_days === 'number') w.renewal_days = body.renewal_days;
    if (body.clear_renewal_days === true) w.renewal_days = null;
    w.updated_at = this.clock.iso();
    return ok(this.answer(w));
  }

  delete(id: string, accountId: string): Result {
    const w = this.find(id, accountId);
    if (!('id' in w)) return w;
    if (enforces('resource-ended', { resource: 'webhook' })) {
      this.records.delete(id);
      this.deleted.set(id, w);
    }
    return ok(this.answer(w));
  }

  /**
   * The registered webhooks an event goes to: ACTIVE ones whose triggers subscribe to it. A fault
   * may deliver to INACTIVE ones, or regardless of triggers.
   */
  subscribers(accountId: string, typeEvent: string): WebhookRec[] {
    return [...this.records.values()].filter((w) => {
      if (w.account_id !== accountId) return false;
      if (w.state !== 'ACTIVE' && enforces('webhook-delivery-by-trigger', { state: 'INACTIVE' })) return false;
      if (!enforces('webhook-delivery-by-trigger', { state: 'ACTIVE' })) return true;
      return TRIGGERS.some((f) => (w.triggers[f] ?? []).some((t) => EVENT_OF[`${f}:${t}`] === typeEvent));
    });
  }
}
