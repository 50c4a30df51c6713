// Custom matchers. The contract check needs none: the client applies it to every answer.
import { expect as base } from '@playwright/test';
import { setting } from '../../lib/config.js';
import { Contract } from '../../lib/contract.js';
import { isMockArtefact } from '../../lib/findings.js';
import { because, type RuleId, refusalOf, ruleEntry } from '../../lib/rules/index.js';
import { loadSpecs } from '../../lib/specs.js';
import type { AnyResponse, ApiResponse, OpId, SuccessBody } from './client.js';

/**
 * The success body of an answer a rule says must succeed: a refusal fails about that rule (so the
 * report and the self-test attribute it), then ok() records the refusal as a finding.
 */
export function succeeded<O extends OpId>(res: ApiResponse<O>, rule: RuleId, what: string): SuccessBody<O> {
  base(res.status, because(rule, `${what} should succeed: ${res.status} ${res.snippet(300)}`)).toBeLessThan(300);
  return res.ok() as SuccessBody<O>;
}

/**
 * The codes a refusal accepts: the rule's; every code errors.yaml documents for its statuses; or the
 * codes the operation declares for the status it answered (for rules whose codes are the operation's).
 */
export function acceptedCodes(rule: RuleId, operationId: string, status: number): string[] {
  const r = refusalOf(rule);
  if (r.codes === 'declared') return Contract.load().declaredCodes(operationId, status);
  if (r.codes !== 'documented') return [...r.codes];
  const statuses = loadSpecs().errors.statuses;
  return r.http.flatMap((h) => statuses[String(h)]?.codes ?? []);
}

/**
 * An expected value as the docs promise it, for toMatchObject: its null and undefined fields left out,
 * at every depth. An answer may send an optional field it leaves out as null (or the other way round),
 * and may add fields, which toMatchObject lets pass; so only the fields given a value are held to it.
 */
export function promised<T>(v: T): T {
  if (Array.isArray(v)) return v.map(promised) as T;
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null && x !== undefined)
      .map(([k, x]) => [k, promised(x)]),
  ) as T;
}

export const expect = base.extend({
  /** The answer is the refusal a rule prescribes (lib/rules): one of its HTTP statuses and codes. */
  toBeRefusedAs(res: AnyResponse, rule: RuleId, note = '') {
    const r = refusalOf(rule);
    const codes = acceptedCodes(rule, res.operationId, res.status);
    const code = (res.body as { code?: unknown } | undefined)?.code;
    const problems: string[] = [];
    if (!r.http.includes(res.status)) problems.push(`status ${res.status}, expected ${r.http.join(' or ')}`);
    // A stateless stand-in (a mock of a description that documents no such error) makes its own body
    // up: the status is the target's answer, the body is not, and is not judged.
    const madeUp =
      setting('YUNO_STAND_IN') === 'stateless' &&
      isMockArtefact({ operationId: res.operationId, status: res.status, headers: res.headers, body: res.body });
    if (!madeUp && (typeof code !== 'string' || !codes.includes(code)))
      problems.push(
        `code ${JSON.stringify(code)}, expected ${r.codes === 'documented' ? `a code documented for ${r.http.join('/')}` : `one of ${codes.join(', ') || '(none declared)'}`}`,
      );
    const pass = problems.length === 0;
    return {
      pass,
      name: 'toBeRefusedAs',
      message: () =>
        pass
          ? `${rule}: ${res.operationId} was refused as the rule prescribes`
          : `${rule}: ${res.method} ${res.url} (${res.operationId}) should be refused: ${ruleEntry(rule).statement}${note ? ` (${note})` : ''}\n  docs: ${ruleEntry(rule).doc}\n  it answered ${res.status} ${res.snippet(300)}\n${problems.map((p) => `  ✗ ${p}\n`).join('')}`,
    };
  },
});
