// Authentication, request validation, idempotency: the rules about how a request is received.
import { DOC } from './docs.js';
import { errorCode, onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

export const ACCESS_RULES = {
  'request-accepted': {
    area: 'errors',
    scope: 'response',
    statement:
      'A request the contract allows, to a resource in a state that allows it, is served: it is not refused with a 4xx.',
    doc: DOC.responseCodes,
    faults: {
      'direct-payment-needs-checkout': {
        description:
          'create payment refuses a direct payment without checkout.session (400 INVALID_REQUEST "checkout is required")',
        operations: ['createPayment'],
        effect: onResponse(
          (r) => r.status === 201,
          (r) =>
            Object.assign(r, {
              status: 400,
              body: { code: 'INVALID_REQUEST', messages: ['Invalid request: checkout is required.'] },
            }),
        ),
      },
    },
  },
  'operation-served': {
    area: 'errors',
    scope: 'response',
    statement:
      'Every documented operation is served: the target does not answer 405, or a 404 that is not about a resource.',
    doc: DOC.responseCodes,
    faults: {
      'report-download-unrouted': {
        description: 'the report download answers 404 "no route" (served under /v2 only)',
        operations: ['downloadReport'],
        effect: onResponse(
          () => true,
          (r) => Object.assign(r, { status: 404, body: { message: 'no Route matched with those values' } }),
        ),
      },
    },
  },
  'auth-keys': {
    area: 'auth',
    scope: 'scenario',
    statement:
      'Every request needs both keys, public-api-key and private-secret-key: one missing, empty or wrong is refused with 401 INVALID_CREDENTIALS (NOT_AUTHENTICATED on the 3DS setup and the webhook-configuration API, which document it: conflict not-authenticated-code).',
    doc: DOC.authentication,
    refusal: { http: [401], codes: ['INVALID_CREDENTIALS', 'NOT_AUTHENTICATED'] },
    faults: {
      'auth-missing-key-accepted': {
        description: 'a request without private-secret-key is served',
        operations: ['retrievePayment', 'createPayment'],
        effect: waive('auth-keys', (d) => d.problem === 'missing-private'),
      },
      'auth-wrong-key-accepted': {
        description: 'any non-empty key value is accepted',
        operations: ['retrievePayment', 'createPayment'],
        effect: waive('auth-keys', (d) => d.problem === 'wrong'),
      },
      'auth-401-wrong-code': {
        description: 'a refused key answers 401 with code INVALID_REQUEST',
        operations: ['retrievePayment', 'createPayment'],
        effect: onResponse(
          (r) => r.status === 401 && errorCode(r) === 'INVALID_CREDENTIALS',
          (r) => void ((r.body as { code: string }).code = 'INVALID_REQUEST'),
        ),
      },
    },
  },
  'request-validated': {
    area: 'errors',
    scope: 'scenario',
    statement:
      'A request body that breaks the request schema (a required field missing, a string amount, text that is not JSON) is refused with 400 INVALID_REQUEST, INVALID_PARAMETERS, MISSING_PARAMETERS or BAD_REQUEST (on the webhook-configuration API: WEBHOOK_INVALID_REQUEST or the WEBHOOK_INVALID_* code of the field).',
    doc: DOC.responseCodes,
    refusal: {
      http: [400],
      codes: [
        'INVALID_REQUEST',
        'INVALID_PARAMETERS',
        'MISSING_PARAMETERS',
        'BAD_REQUEST',
        'WEBHOOK_INVALID_REQUEST',
        'WEBHOOK_INVALID_TRIGGER',
        'WEBHOOK_INVALID_OAUTH2',
        'WEBHOOK_INVALID_RENEWAL_DAYS',
        'WEBHOOK_URL_UNSAFE',
      ],
    },
    faults: {
      'invalid-body-accepted': {
        description: 'create payment processes a body that breaks the request schema',
        operations: ['createPayment'],
        effect: waive('request-validated'),
      },
    },
  },
  'idempotency-replay': {
    area: 'idempotency',
    scope: 'scenario',
    statement: 'A request repeated with the same X-Idempotency-Key returns the original result and does nothing again.',
    doc: DOC.authentication,
    faults: {
      'idempotency-replay-creates': {
        description: 'a replayed X-Idempotency-Key runs the request again',
        effect: waive('idempotency-replay'),
      },
    },
  },
  'idempotency-in-process': {
    area: 'idempotency',
    scope: 'scenario',
    statement:
      'A request whose X-Idempotency-Key belongs to a request still in process is refused with 400 REQUEST_IN_PROCESS and does nothing.',
    doc: DOC.authentication,
    refusal: { http: [400], codes: ['REQUEST_IN_PROCESS'] },
    faults: {
      'idempotency-in-process-ignored': {
        description: 'a request whose key is still in process is executed again',
        effect: waive('idempotency-in-process'),
      },
    },
  },
  'idempotency-duplicated': {
    area: 'idempotency',
    scope: 'scenario',
    statement:
      'A key whose first request failed after processing started is refused with 400 IDEMPOTENCY_DUPLICATED: a new key is needed.',
    doc: DOC.authentication,
    refusal: { http: [400], codes: ['IDEMPOTENCY_DUPLICATED'] },
    faults: {
      'idempotency-failed-key-reused': {
        description: 'a key whose first request failed is processed again',
        effect: waive('idempotency-duplicated'),
      },
    },
  },
  'idempotency-key-kept-free': {
    area: 'idempotency',
    scope: 'scenario',
    statement: 'A request refused before processing started (an invalid body) does not consume its X-Idempotency-Key.',
    doc: DOC.authentication,
    faults: {
      'rejected-body-consumes-key': {
        description: 'a key whose request was refused for its body can no longer be used',
        effect: waive('idempotency-key-kept-free'),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
