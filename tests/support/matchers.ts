// Custom matchers: one call checks a response against the whole contract and every rule of specs/.
import { expect as base } from '@playwright/test';
import { Contract, type Violation } from '../../lib/contract.js';
import { checkRules } from '../../lib/rules.js';
import { loadSpecs } from '../../lib/specs.js';
import type { AnyResponse } from './client.js';
import { recordViolations } from './report.js';

let redact: (s: string) => string = (s) => s;
/** The fixtures hand the matchers the redactor of the running target. */
export function useRedactor(fn: (s: string) => string): void {
  redact = fn;
}

export function contractViolations(res: AnyResponse): Violation[] {
  const contract = Contract.load();
  const violations = contract.checkResponse(res.operationId, { status: res.status, headers: res.headers, body: res.body, rawBody: res.rawBody });
  if (!violations.some((v) => v.rule === 'status-code-declared' || v.rule === 'content-type')) {
    violations.push(...checkRules(contract, res.operationId, String(res.status), res.body));
  }
  return violations;
}

export const expect = base.extend({
  /** The status is declared, the content type and headers match, the body validates, every rule holds. */
  toMatchContract(res: AnyResponse) {
    const violations = contractViolations(res);
    const text = recordViolations(violations, redact);
    return {
      pass: violations.length === 0,
      name: 'toMatchContract',
      message: () =>
        violations.length
          ? `${res.method} ${redact(res.url)} (${res.operationId}) answered ${res.status} and broke the contract ${violations.length} time(s):\n${text}`
          : `${res.method} ${redact(res.url)} (${res.operationId}) matches the contract`,
    };
  },

  /** A refusal as errors.yaml documents it for a situation: the HTTP status, the code, the body shape. */
  toBeRefusedAs(res: AnyResponse, situation: string, note = '') {
    const spec = loadSpecs().errors.situations[situation];
    if (!spec) throw new Error(`errors.yaml has no situation ${situation}`);
    const statuses = Array.isArray(spec.http) ? spec.http : [spec.http];
    const code = (res.body as { code?: unknown } | undefined)?.code;
    const problems: string[] = [];
    if (!statuses.includes(res.status)) problems.push(`status ${res.status}, expected ${statuses.join(' or ')}`);
    if (typeof code !== 'string' || !spec.codes.includes(code)) problems.push(`code ${JSON.stringify(code)}, expected one of ${spec.codes.join(', ')}`);
    const contract = contractViolations(res);
    const text = recordViolations(
      [
        ...problems.map((p): Violation => ({ rule: `refusal:${situation}`, operation: res.operationId, status: res.status, pointer: '/code', expected: `${statuses.join('/')} ${spec.codes.join('|')}`, observed: p })),
        ...contract,
      ],
      redact,
    );
    const pass = problems.length === 0 && contract.length === 0;
    return {
      pass,
      name: 'toBeRefusedAs',
      message: () =>
        pass
          ? `${res.operationId} was refused as ${situation}`
          : `${res.method} ${redact(res.url)} (${res.operationId}) should be refused as "${situation}" (errors.yaml${note ? `; ${note}` : ''}) but answered ${res.status} ${res.snippet(300)}:\n${problems.map((p) => `  ✗ ${p}\n`).join('')}${text}`,
    };
  },
});
