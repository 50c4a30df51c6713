// The request side of specs/doc-conflicts.yaml: each form a conflict registers recognises its sample
// (every violation of that request is claimed by its conflict, and by no other), and nothing else: no
// invalid request the generated cases build for the operation (lib/generate/cases.ts, each constraint
// broken alone) is claimed by any form, so the emulator's leniency never lets a generated refusal through.
import { expect, test } from '@playwright/test';
import { removeAt, setAt } from '../../lib/conflict-samples.js';
import { matchesRequest, requestConflicts } from '../../lib/conflicts.js';
import { Contract } from '../../lib/contract.js';
import { type CaseRequest, casesOf } from '../../lib/generate/cases.js';
import { type Conflict, loadSpecs, type RequestForm } from '../../lib/specs.js';
import type { Violation } from '../../lib/violation.js';

const contract = Contract.load();
const conflicts = loadSpecs().conflicts.conflicts;
const withRequest = conflicts.filter((c) => c.request);

/** The request a form's sample describes: the operation's request example (or its body), changed. */
function sampleRequest(form: RequestForm): unknown {
  const op = contract.operation(form.sample.operation);
  const examples = op.requestBody?.examples ?? {};
  const body = structuredClone(form.sample.body ?? examples[form.sample.example ?? Object.keys(examples)[0]!]);
  for (const [p, v] of Object.entries(form.sample.set ?? {})) setAt(body, p, v);
  for (const p of form.sample.remove ?? []) removeAt(body, p);
  return body;
}

/** The conflicts whose every matcher of some form finds a violation of this request. */
function claimants(operation: string, violations: Violation[], body: unknown): string[] {
  return conflicts
    .filter((c) =>
      (c.request?.forms ?? []).some((f) =>
        f.match.every((m) => violations.some((v) => matchesRequest(m, operation, v, body))),
      ),
    )
    .map((c) => c.id);
}

test('the conflict register has request sides (gender MALE, DOLARAPP, the docs check examples)', () => {
  expect(withRequest.map((c) => c.id)).toEqual(
    expect.arrayContaining([
      'gender-values',
      'checkout-enroll-types',
      'customer-created-at-format',
      'example-missing-required',
      'update-session-amount-partial',
    ]),
  );
});

for (const c of withRequest as Array<Conflict & { request: NonNullable<Conflict['request']> }>) {
  c.request.forms.forEach((form, i) => {
    const operation = form.sample.operation;

    test(`${c.id} form ${i + 1}: its sample is recognised as this conflict, and no other`, () => {
      const body = sampleRequest(form);
      const violations = contract.checkRequestBody(operation, body);
      expect(violations.length, `${c.id}: the sample must break the contract`).toBeGreaterThan(0);
      expect(
        requestConflicts(operation, violations, body).map((x) => x?.id),
        `${c.id}: every violation of the sample is claimed by it`,
      ).toEqual(violations.map(() => c.id));
      expect(claimants(operation, violations, body)).toEqual([c.id]);
    });

    test(`${c.id} form ${i + 1}: no generated invalid request of ${operation} is recognised`, () => {
      const op = contract.operation(operation);
      const examples = op.requestBody?.examples ?? {};
      const base: CaseRequest = {
        path: Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, 'x-1'])),
        query: {},
        headers: {},
        body: structuredClone(Object.values(examples)[0]),
      };
      const refused = casesOf(contract, operation, base, { seed: 7 }).cases.filter((x) => x.side === 'refuse');
      expect(refused.length).toBeGreaterThan(0);
      for (const r of refused) {
        const violations = contract.checkRequestBody(operation, r.request.body);
        expect(claimants(operation, violations, r.request.body), `${c.id}: ${r.what}`).toEqual([]);
      }
    });
  });
}

test('a form is recognised only whole: one of two missing values alone is the contract breaking', () => {
  const form = conflicts.find((c) => c.id === 'update-session-amount-partial')!.request!.forms[0]!;
  const body = sampleRequest(form) as { alternative_amount: unknown };
  body.alternative_amount = { currency: 'USD', value: 20 };
  const violations = contract.checkRequestBody('updateCheckoutSession', body);
  expect(violations.length).toBe(1);
  expect(requestConflicts('updateCheckoutSession', violations, body)).toEqual([undefined]);
});
