// Communications campaigns and their rules. Answers are wrapped in data (a list adds meta), except the
// rule status answer; a campaign moves along specs/campaign-status.yaml by one operation whose body
// names the status, a rule along specs/campaign-rule-status.yaml. Both keep records of their own: the
// generic lifecycle reads ids at the top of an answer, and one operation makes several moves
// (tests/relations/platform.spec.ts tests the tables).

import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { statusTable } from '../../lib/status-tables.js';
import { defineResource, type MakeContext, type ScenarioDeps, type ServeRequest } from '../kit.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';
import { Records, type World } from '../world.js';
import { newId, visible } from './shared.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function campaignBody(m: MakeContext): BodyOf<'createCampaign'> {
  const start = Date.now();
  // The pages make organization_code a UUID and the answers say so; the run's organization code
  // defaults to a placeholder text (lib/config.ts), so the account stands in for it then.
  const organization = UUID.test(m.organizationCode) ? m.organizationCode : m.accountId;
  return {
    name: `yuno-conformance campaign ${m.id('campaign')}`,
    account_id: m.accountId,
    organization_code: organization,
    country: m.country as BodyOf<'createCampaign'>['country'],
    channel: 'WHATSAPP_MESSAGE',
    focus: 'payment_recovery',
    schedule: { daily_start_time: '09:00', daily_end_time: '20:00', time_zone: 'America/Bogota' },
    duration: {
      start_at: new Date(start).toISOString(),
      end_at: new Date(start + 365 * 86_400_000).toISOString(),
    },
  };
}

export const RULES_BODY: BodyOf<'createCampaignRules'> = {
  rules: [
    { rule_type: 'PAYMENT_STATUS', values: ['DECLINED'], conditional: 'EQUAL' },
    { rule_type: 'PAYMENT_METHOD', values: ['CARD'], conditional: 'EQUAL' },
  ],
};

/** The campaign of an answer wrapped in data. */
/** An answer's object (the campaign or rule under `data`), if it is one. */
const objectIn = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;

export const campaignOf = (body: Json): Json => (body.data ?? {}) as Json;

/** A new campaign and a rule of it: the ids a rule's path takes (a rule answer names no campaign). */
export async function campaignRule(d: ScenarioDeps): Promise<{ campaign_id: string; rule_id: string }> {
  const campaign_id = String(campaignOf(await d.need('campaign')).id);
  const rules = (await d.api.call('createCampaignRules', { path: { campaign_id }, body: RULES_BODY })).ok();
  return { campaign_id, rule_id: String((rules.data ?? [])[0]?.id) };
}

const notFound = (what: string): Result => refuse('resource-found', `${what} not found.`, 'NOT_FOUND', 404);

/** A campaign's rules, in the order made (records keep the campaign in _campaign_id). */
const rulesOf = (rules: Records, campaignId: string): Json[] =>
  rules
    .all()
    .filter((r) => r._campaign_id === campaignId)
    .map(visible);

function createCampaign(s: Records, req: ServeRequest, world: World): Result {
  const b = req.body;
  const duration = b.duration as Json;
  if (Date.parse(String(duration.end_at)) <= Date.parse(String(duration.start_at)))
    return err(422, 'INVALID_DATE', 'duration.end_at must be after duration.start_at.');
  const t = world.clock.iso();
  const c: Json = {
    id: newId(),
    name: b.name,
    account_id: b.account_id,
    organization_code: b.organization_code,
    country: b.country,
    channel: b.channel,
    ...(b.focus === undefined ? {} : { focus: b.focus }),
    schedule: b.schedule,
    duration: b.duration,
    status: statusTable('campaign-status.yaml').transitions.find((x) => x.from.length === 0)!.to,
    created_at: t,
    updated_at: t,
  };
  s.put(String(c.id), c);
  return ok({ data: structuredClone(c) }, 201);
}

function listCampaigns(s: Records, req: ServeRequest): Result {
  const limit = Number(req.query.limit ?? 20);
  const offset = Number(req.query.offset ?? 0);
  const from = req.query.start_date ? Date.parse(req.query.start_date) : undefined;
  const to = req.query.end_date ? Date.parse(req.query.end_date) : undefined;
  const all = s
    .all()
    .filter((c) => {
      const d = c.duration as Json;
      return (
        (from === undefined || Date.parse(String(d.start_at)) >= from) &&
        (to === undefined || Date.parse(String(d.end_at)) <= to)
      );
    })
    .reverse();
  const page = all.slice(offset, offset + limit).map((c) => ({
    id: c.id,
    name: c.name,
    country: c.country,
    channel: c.channel,
    status: c.status,
    duration: c.duration,
    created_at: c.created_at,
    updated_at: c.updated_at,
  }));
  return ok({ data: page, meta: { total: all.length, limit, offset } });
}

function retrieveCampaign(s: Records, req: ServeRequest, world: World): Result {
  const c = s.get(req.path.campaign_id ?? '');
  if (!c) return notFound('Campaign');
  return ok({ data: { ...structuredClone(c), rules: rulesOf(world.get(campaignRules), String(c.id)) } });
}

function updateCampaignStatus(s: Records, req: ServeRequest, world: World): Result {
  const id = req.path.campaign_id ?? '';
  const c = s.get(id);
  if (!c) return notFound('Campaign');
  const from = String(c.status);
  const to = String(req.body.status);
  const table = statusTable('campaign-status.yaml');
  if (from !== to) {
    const move = table.transitions.find(
      (x) => x.operationId === req.operationId && x.from.includes(from) && x.to === to,
    );
    if (!move && enforces('campaign-status-moves', { from }))
      return refuse(
        'campaign-status-moves',
        `Invalid status transition from ${from} to ${to}: COMPLETED and CANCELLED are final states.`,
        'INVALID_STATUS',
        400,
      );
  }
  const changed: Json = { ...c, status: to, updated_at: world.clock.iso() };
  if (enforces('resource-transition', { operation: req.operationId, from })) s.put(id, changed);
  return ok({ data: { id: changed.id, name: changed.name, status: changed.status, updated_at: changed.updated_at } });
}

function createRules(s: Records, req: ServeRequest, world: World): Result {
  const campaignId = req.path.campaign_id ?? '';
  if (!world.get(campaigns).get(campaignId)) return notFound('Campaign');
  const t = world.clock.iso();
  const made = ((req.body.rules ?? []) as Json[]).map((r) => {
    const rule: Json = {
      id: newId(),
      rule_type: r.rule_type,
      values: r.values ?? [],
      conditional: r.conditional ?? null,
      metadata_key: r.rule_type === 'METADATA' ? (r.metadata_key ?? null) : null,
      status: statusTable('campaign-rule-status.yaml').transitions.find((x) => x.from.length === 0)!.to,
      created_at: t,
      updated_at: t,
      _campaign_id: campaignId,
    };
    s.put(String(rule.id), rule);
    return visible(rule);
  });
  return ok({ data: made }, 201);
}

/** The rule a path names, under its campaign. */
function ruleAt(s: Records, req: ServeRequest, world: World): Json | Result {
  if (!world.get(campaigns).get(req.path.campaign_id ?? '')) return notFound('Campaign');
  const r = s.get(req.path.rule_id ?? '');
  return r && r._campaign_id === req.path.campaign_id ? r : notFound('Rule');
}

const isRecord = (v: Json | Result): v is Json => !(typeof (v as Result).status === 'number' && 'body' in v);

function retrieveRule(s: Records, req: ServeRequest, world: World): Result {
  const r = ruleAt(s, req, world);
  return isRecord(r) ? ok({ data: visible(r) }) : r;
}

/** Numeric comparisons, CONTAINS and STARTS_WITH apply to some rule types only (index.mdx, Conditional operators). */
const CONDITIONAL_TYPES: Record<string, string[]> = {
  GREATER_THAN: ['AMOUNT', 'AMOUNT_AND_CURRENCY', 'METADATA'],
  GREATER_THAN_OR_EQUAL: ['AMOUNT', 'AMOUNT_AND_CURRENCY', 'METADATA'],
  LESS_THAN: ['AMOUNT', 'AMOUNT_AND_CURRENCY', 'METADATA'],
  LESS_THAN_OR_EQUAL: ['AMOUNT', 'AMOUNT_AND_CURRENCY', 'METADATA'],
  BETWEEN: ['AMOUNT', 'AMOUNT_AND_CURRENCY', 'METADATA'],
  CONTAINS: ['METADATA'],
  STARTS_WITH: ['CARD_BIN', 'METADATA'],
};

function updateRule(s: Records, req: ServeRequest, world: World): Result {
  const r = ruleAt(s, req, world);
  if (!isRecord(r)) return r;
  const changed: Json = { ...r, updated_at: world.clock.iso() };
  for (const k of ['rule_type', 'values', 'conditional', 'metadata_key'])
    if (req.body[k] !== undefined) changed[k] = req.body[k];
  const allowed = CONDITIONAL_TYPES[String(changed.conditional)];
  if (allowed && !allowed.includes(String(changed.rule_type)))
    return err(
      422,
      'INVALID_PARAMETERS',
      `Invalid conditional: ${String(changed.conditional)} does not apply to ${String(changed.rule_type)}.`,
    );
  if (changed.rule_type !== 'METADATA') changed.metadata_key = null;
  if (enforces('state-persisted')) s.put(String(r.id), changed);
  return ok({ data: visible(changed) });
}

function updateRuleStatus(s: Records, req: ServeRequest, world: World): Result {
  const r = ruleAt(s, req, world);
  if (!isRecord(r)) return r;
  const to = String(req.body.status);
  if (to !== r.status && enforces('campaign-rule-status-moves'))
    s.put(String(r.id), { ...r, status: to, updated_at: world.clock.iso() });
  return ok({ status: to });
}

export const campaigns = defineResource({
  name: 'campaign',
  schema: 'Campaign',
  id: ['id'],
  unwrap: (a) => objectIn(a.data),
  stable: ['/id', '/country', '/channel', '/created_at'],
  status: { field: '/status', table: 'campaign-status.yaml' },
  store: () => new Records(),
  operations: {
    createCampaign: {
      serve: createCampaign,
      relation: 'creates',
      request: (d) => ({ body: campaignBody(d.make) }),
      echo: ['/name', '/account_id', '/organization_code', '/country', '/channel', '/schedule', '/duration'],
    },
    listCampaigns: { serve: listCampaigns, relation: 'lists' },
    retrieveCampaign: {
      serve: retrieveCampaign,
      identity: 'campaign_id',
      request: async (d) => ({ path: { campaign_id: String(campaignOf(await d.need('campaign')).id) } }),
    },
    updateCampaignStatus: {
      serve: updateCampaignStatus,
      identity: 'campaign_id',
      relation: 'changes',
      request: async (d) => ({
        path: { campaign_id: String(campaignOf(await d.need('campaign')).id) },
        body: { status: 'PAUSED' },
      }),
      echo: ['/status'],
    },
  },
});

export const campaignRules = defineResource({
  name: 'campaign rule',
  schema: 'CampaignRule',
  id: ['id'],
  unwrap: (a) => objectIn(Array.isArray(a.data) ? a.data[0] : a.data),
  stable: ['/id', '/created_at'],
  status: { field: '/status', table: 'campaign-rule-status.yaml' },
  store: () => new Records(),
  operations: {
    createCampaignRules: {
      serve: createRules,
      relation: 'creates',
      request: async (d) => ({
        path: { campaign_id: String(campaignOf(await d.need('campaign')).id) },
        body: RULES_BODY,
      }),
    },
    retrieveCampaignRule: {
      serve: retrieveRule,
      identity: 'rule_id',
      request: async (d) => ({ path: await campaignRule(d) }),
    },
    updateCampaignRule: {
      serve: updateRule,
      identity: 'rule_id',
      relation: 'changes',
      request: async (d) => ({
        path: await campaignRule(d),
        body: { rule_type: 'PAYMENT_STATUS', values: ['DECLINED', 'REJECTED'], conditional: 'ONE_OF' },
      }),
      echo: ['/rule_type', '/values', '/conditional'],
    },
    updateCampaignRuleStatus: {
      serve: updateRuleStatus,
      identity: 'rule_id',
      relation: 'changes',
      request: async (d) => ({ path: await campaignRule(d), body: { status: 'INACTIVE' } }),
    },
  },
});

export const CAMPAIGNS = [campaigns, campaignRules] as const;
