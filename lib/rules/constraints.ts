// The documented constraints of every request, from both sides (the generated cases of
// lib/generate/cases.ts), and the methods a documented path does not take. Their faults are the
// regressions of the class: a bound not enforced, or enforced one step early; an enum, a pattern, a
// required header not enforced; an undocumented method answered, or refused without an Allow header.
import { Contract } from '../contract.js';
import { DOC } from './docs.js';
import { onResponse, waive } from './effects.js';
import type { FaultRequest, RuleEntry, WaiveDetail } from './types.js';

type Json = Record<string, unknown>;

/** True when a value of the request body sits exactly at a bound of its schema (`keyword`). */
function atBound(req: FaultRequest, keyword: 'maxLength' | 'maximum' | 'maxItems'): boolean {
  const op = Contract.load().operations.get(req.operationId);
  if (!op?.requestBody || req.body === undefined) return false;
  let hit = false;
  Contract.load().walkSchemaWithValue(op.requestBody.ref, req.body, (s: Json, v: unknown) => {
    const bound = s[keyword];
    if (typeof bound !== 'number') return;
    const size =
      keyword === 'maxLength'
        ? typeof v === 'string'
          ? v.length
          : -1
        : keyword === 'maxItems'
          ? Array.isArray(v)
            ? v.length
            : -1
          : typeof v === 'number'
            ? v
            : Number.NaN;
    if (size === bound) hit = true;
  });
  return hit;
}

/** A waiver for requests whose only schema breaks are of one keyword (the emulator then serves them). */
const onlyKeyword =
  (keyword: string) =>
  (d: WaiveDetail): boolean =>
    d.keywords === keyword;

const refusedAtBound = (keyword: 'maxLength' | 'maximum' | 'maxItems') =>
  onResponse(
    (r) => r.status < 300,
    (r) =>
      Object.assign(r, {
        status: 400,
        body: { code: 'INVALID_PARAMETERS', messages: [`Invalid request: a value at its ${keyword}.`] },
      }),
  );

export const CONSTRAINT_RULES = {
  'constraint-accepted': {
    area: 'constraints',
    scope: 'scenario',
    statement:
      'A request the contract allows with a value at a documented bound (a length, a number, an item count), each enum value, each documented shape, an optional field absent, present or null, is not refused as invalid (a refusal for a documented business reason is noted, not failed).',
    doc: DOC.responseCodes,
    faults: {
      'max-length-refused-at-bound': {
        description: 'a string exactly at its maxLength is refused as invalid (the bound enforced one step early)',
        operations: ['createPlan', 'createCustomer'],
        effect: {
          response: (res, req) =>
            atBound(req, 'maxLength') ? refusedAtBound('maxLength').response!(res, req) : undefined,
        },
      },
      'maximum-refused-at-bound': {
        description: 'a number exactly at its maximum is refused as invalid',
        operations: ['listPlans'],
        effect: {
          response: (res, req) => {
            if (res.status < 300 && Number(req.query.size) === 100)
              Object.assign(res, {
                status: 400,
                body: { code: 'BAD_REQUEST', messages: ['The size must be at most 99'] },
              });
          },
        },
      },
    },
  },
  'constraint-enforced': {
    area: 'constraints',
    scope: 'scenario',
    statement:
      'A request that breaks one documented constraint (one past a bound, a value outside an enum or a pattern, a broken format, another type, a required field, parameter or header missing) is refused with a status and code the operation documents, never served.',
    doc: DOC.responseCodes,
    faults: {
      'max-length-not-enforced': {
        description: 'a string one past its maxLength is accepted',
        operations: ['createPlan', 'createCustomer'],
        effect: waive('request-validated', onlyKeyword('maxLength')),
      },
      'minimum-not-enforced': {
        description: 'a number below its minimum is accepted',
        operations: ['listPlans'],
        effect: waive('request-validated', onlyKeyword('minimum')),
      },
      'enum-not-enforced': {
        description: 'a value outside its enum is accepted',
        operations: ['createPlan'],
        effect: waive('request-validated', onlyKeyword('enum')),
      },
      'required-header-ignored': {
        description: 'a request without its required X-Idempotency-Key is served',
        operations: ['createPayment'],
        effect: waive('request-validated', (d) => d.missingHeader === true),
      },
    },
  },
  'method-refused': {
    area: 'constraints',
    scope: 'scenario',
    statement:
      'A method a documented path does not take is refused with 405 and a code errors.yaml documents for it, and the answer names the methods the path takes in an Allow header (RFC 9110, 15.5.6).',
    doc: DOC.responseCodes,
    refusal: { http: [405], codes: 'documented' },
    faults: {
      'undocumented-method-answered': {
        description: 'a method a documented path does not take is answered 200',
        effect: waive('method-refused', (d) => d.method === 'PUT'),
      },
      'no-allow-header': {
        description: 'a 405 carries no Allow header',
        effect: waive('method-refused', (d) => d.allow === true),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
