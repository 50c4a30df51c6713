// The rule registry: every rule the suite checks, in one place. Tests tag themselves with rule ids
// (an unknown id does not compile), failures start with the rule id, Allure categories, the rule
// catalogue, toBeRefusedAs, the emulator's refusals and faults, and the self-test all read it.
import { ACCESS_RULES } from './access.js';
import { BILLING_RULES } from './billing.js';
import { CONSISTENCY_RULES } from './consistency.js';
import { CONSTRAINT_RULES } from './constraints.js';
import { CONTRACT_RULES } from './contract.js';
import { DISPUTE_RULES } from './disputes.js';
import { LINK_RULES } from './links.js';
import { MARKETPLACE_RULES } from './marketplace.js';
import { ORGANIZATIONS_RULES } from './organizations.js';
import { PAYMENT_METHOD_RULES } from './payment-methods.js';
import { PAYMENT_RULES } from './payments.js';
import { PLATFORM_RULES } from './platform.js';
import { REQUEST_RULES } from './requests.js';
import { RESOURCE_RULES } from './resources.js';
import { SESSION_RULES } from './sessions.js';
import type { Area, FaultEntry, Refusal, RuleEntry } from './types.js';
import { WEBHOOK_CONFIG_RULES } from './webhook-config.js';
import { WEBHOOK_RULES } from './webhooks.js';

export type { Area, FaultEntry, Refusal, RuleEntry } from './types.js';

const ALL = {
  ...CONTRACT_RULES,
  ...PAYMENT_RULES,
  ...DISPUTE_RULES,
  ...PAYMENT_METHOD_RULES,
  ...LINK_RULES,
  ...RESOURCE_RULES,
  ...SESSION_RULES,
  ...ACCESS_RULES,
  ...WEBHOOK_RULES,
  ...WEBHOOK_CONFIG_RULES,
  ...CONSISTENCY_RULES,
  ...REQUEST_RULES,
  ...CONSTRAINT_RULES,
  ...BILLING_RULES,
  ...MARKETPLACE_RULES,
  ...ORGANIZATIONS_RULES,
  ...PLATFORM_RULES,
};

export type RuleId = keyof typeof ALL;
export const RULES: Record<RuleId, RuleEntry> = ALL;

type FaultsOf<R> = R extends { faults: infer F } ? keyof F & string : never;
/** Every fault of the catalogue, by name. */
export type FaultName = { [R in RuleId]: FaultsOf<(typeof ALL)[R]> }[RuleId];

export interface Fault extends FaultEntry {
  name: FaultName;
  /** The rule the fault breaks. */
  rule: RuleId;
}

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const FAULTS: Record<FaultName, Fault> = (() => {
  const out: Record<string, Fault> = {};
  for (const rule of RULE_IDS) {
    for (const [name, f] of Object.entries(RULES[rule].faults ?? {})) {
      if (out[name]) throw new Error(`lib/rules: fault ${name} is listed under ${out[name].rule} and ${rule}`);
      out[name] = { ...f, name: name as FaultName, rule };
    }
  }
  return out as Record<FaultName, Fault>;
})();

export const FAULT_NAMES = Object.keys(FAULTS) as FaultName[];

export function isRuleId(s: string): s is RuleId {
  return Object.hasOwn(RULES, s);
}

export function isFaultName(s: string): s is FaultName {
  return Object.hasOwn(FAULTS, s);
}

export function ruleEntry(id: RuleId): RuleEntry {
  return RULES[id];
}

/** The refusal a rule prescribes; a rule that is not a refusal is a programming error here. */
export function refusalOf(id: RuleId): Refusal {
  const r = RULES[id].refusal;
  if (!r) throw new Error(`rule ${id} is not a refusal: lib/rules gives it no refusal`);
  return r;
}

/** Rules checked on every response by the contract matcher (the self-test runs all tests for their faults). */
export const RESPONSE_RULES = new Set(RULE_IDS.filter((id) => RULES[id].scope === 'response'));

/** The rules of an area, in catalogue order. */
export function rulesOf(area: Area): RuleId[] {
  return RULE_IDS.filter((id) => RULES[id].area === area);
}

// ---- one failure vocabulary -------------------------------------------------------------------

/** A failure message about a rule: it starts with the rule id, so reports and categories find it. */
export function because(id: RuleId, text: string): string {
  return `${id}: ${text}`;
}

/** The rule a failure message is about (its first word, when that is a rule id). */
export function ruleOfMessage(message: string): RuleId | undefined {
  const m = /^(?:Error: )?([a-z][a-z0-9-]*):/.exec(message.trimStart());
  return m && isRuleId(m[1]!) ? m[1] : undefined;
}

// ---- the registry checks itself when loaded ---------------------------------------------------

for (const f of Object.values(FAULTS)) {
  for (const w of f.effect.waive ?? []) {
    if (!isRuleId(w.rule)) throw new Error(`lib/rules: fault ${f.name} waives ${w.rule}, which is not a rule`);
  }
  if (RULES[f.rule].scope === 'response' && !f.operations?.length) {
    throw new Error(
      `lib/rules: fault ${f.name} breaks ${f.rule}, a rule checked on every response: it must name the operations it changes`,
    );
  }
}
