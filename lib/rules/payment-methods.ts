// Stored payment methods: customer sessions, enrollment in both workflows, the status table of
// specs/payment-method-status.yaml and its refusals, paying with a vaulted_token, reassigning, the
// Card Account Updater registration.
import { DOC } from './docs.js';
import { errorCode, onObjects, onResponse, waive } from './effects.js';
import type { FaultRequest, RuleEntry } from './types.js';

type Json = Record<string, unknown>;
const sent = (req: FaultRequest, key: 'vaulted_token' | 'token'): boolean =>
  typeof ((req.body as Json | undefined)?.payment_method as Json | undefined)?.[key] === 'string';

export const PAYMENT_METHOD_RULES = {
  'payment-method-transition': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'An enrollment operation leads the payment method to the status specs/payment-method-status.yaml documents for it, in its answer and in every later read.',
    doc: DOC.enrollmentWorkflow,
    faults: {
      'unenroll-keeps-enrolled': {
        description: 'unenrolling a stored card answers it still ENROLLED',
        operations: ['unenrollPaymentMethod'],
        effect: onObjects('PaymentMethodBase', (m) => void (m.status === 'UNENROLLED' && (m.status = 'ENROLLED'))),
      },
      'session-unenroll-keeps-enrolled': {
        description: 'unenrolling through the checkout answers the method still ENROLLED',
        operations: ['unenrollSessionPaymentMethod'],
        effect: onObjects('PaymentMethodBase', (m) => void (m.status === 'UNENROLLED' && (m.status = 'ENROLLED'))),
      },
      'session-enroll-skips-customer': {
        description: 'a checkout enrollment answers ENROLLED before the customer completed it',
        operations: ['enrollSessionPaymentMethod'],
        effect: onObjects('PaymentMethodBase', (m) => void (m.status === 'READY_TO_ENROLL' && (m.status = 'ENROLLED'))),
      },
    },
  },
  'vaulted-token-pays': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      "An enrolled payment method's vaulted_token pays as the card it stands for: the payment is created, names that vaulted_token, and the card's test outcome decides it.",
    doc: DOC.enrolling,
    faults: {
      'vaulted-token-refused': {
        description: 'a payment with an enrolled vaulted_token is refused as if the method did not exist',
        operations: ['createPayment'],
        effect: {
          response: (res, req) => {
            if (res.status === 201 && sent(req, 'vaulted_token'))
              Object.assign(res, {
                status: 400,
                body: { code: 'PAYMENT_METHOD_NOT_FOUND', messages: ['Payment method not found.'] },
              });
          },
        },
      },
    },
  },
  'unenrolled-method-refused': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'An UNENROLLED payment method cannot pay: a payment with its vaulted_token is refused (400 with a documented code, PAYMENT_METHOD_STATUS_INVALID by response-codes) or created DECLINED or REJECTED, never SUCCEEDED or PENDING.',
    doc: DOC.unenrollCheckout,
    refusal: { http: [400], codes: 'documented' },
    faults: {
      'unenrolled-method-pays': {
        description: 'an unenrolled card still pays',
        effect: waive('unenrolled-method-refused'),
      },
    },
  },
  'token-owner': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'A vaulted_token paid for another customer than its owner is refused with 400 INVALID_CUSTOMER_FOR_TOKEN (after a reassign, the previous owner is another customer).',
    doc: DOC.responseCodes,
    refusal: { http: [400], codes: ['INVALID_CUSTOMER_FOR_TOKEN'] },
    faults: {
      'token-any-customer': {
        description: 'a stored card pays for a customer that does not own it',
        effect: waive('token-owner'),
      },
    },
  },
  'reassign-cards-only': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'Only card payment methods can be reassigned: any other is refused with 400 PAYMENT_METHOD_NOT_REASSIGNABLE and keeps its owner.',
    doc: DOC.reassign,
    refusal: { http: [400], codes: ['PAYMENT_METHOD_NOT_REASSIGNABLE'] },
    faults: {
      'reassign-bank-account': {
        description: 'a stored bank account is reassigned to another customer',
        effect: waive('reassign-cards-only'),
      },
    },
  },
  'reassign-moves-owner': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      "A reassigned card keeps its status (ENROLLED) and vaulted_token and belongs to the new customer: its answer, a read and both customers' lists say so.",
    doc: DOC.reassign,
    faults: {
      'reassign-not-stored': {
        description: 'a reassign answers the new owner but the card stays with the old one',
        effect: waive('reassign-moves-owner'),
      },
    },
  },
  'account-updater-all-or-nothing': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'A Card Account Updater registration with any id that is not an enrolled card is refused whole with 400 INVALID_REQUEST; a valid one answers how many cards it accepted.',
    doc: DOC.accountUpdater,
    refusal: { http: [400], codes: ['INVALID_REQUEST'] },
    faults: {
      'account-updater-partial': {
        description: 'a registration with an unknown id is taken for the valid ones',
        effect: waive('account-updater-all-or-nothing'),
      },
    },
  },
  'unknown-payment-method': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'An id no payment method has is refused: 400 INVALID_REQUEST or 404 PAYMENT_METHOD_NOT_FOUND (the docs document both; see conflict not-found-status).',
    doc: DOC.retrievePaymentMethod,
    refusal: { http: [404, 400], codes: ['PAYMENT_METHOD_NOT_FOUND', 'INVALID_REQUEST', 'NOT_FOUND'] },
    faults: {
      'unknown-method-as-500': {
        description: 'an unknown payment method id answers 500',
        operations: ['retrievePaymentMethod'],
        effect: onResponse(
          (r) => r.status === 404 && errorCode(r) === 'PAYMENT_METHOD_NOT_FOUND',
          (r) => Object.assign(r, { status: 500, body: { code: 'INTERNAL_ERROR', messages: ['Internal error.'] } }),
        ),
      },
    },
  },
  'unknown-customer-session': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      'An id no customer session has is refused: 400 INVALID_REQUEST (the only 400 the operation documents) or 404 NOT_FOUND.',
    doc: DOC.customerSession,
    refusal: { http: [400, 404], codes: ['INVALID_REQUEST', 'NOT_FOUND'] },
    faults: {
      'unknown-customer-session-lists': {
        description: 'an unknown customer session offers payment methods (200)',
        operations: ['retrieveEnrollablePaymentMethods'],
        effect: onResponse(
          (r) => r.status === 400,
          (r) => Object.assign(r, { status: 200, body: { payment_methods: [] } }),
        ),
      },
    },
  },
  'customer-session-enrolls': {
    area: 'payment-methods',
    scope: 'scenario',
    statement:
      "A customer session belongs to its customer: the methods it lists and the methods enrolled through it name the session (enrollment.session) and are the customer's.",
    doc: DOC.customerSession,
    faults: {
      'enrollable-other-session': {
        description: 'a customer session offers methods that name another session',
        operations: ['retrieveEnrollablePaymentMethods'],
        effect: onObjects('EnrollablePaymentMethod', (m) => {
          const e = m.enrollment as Record<string, unknown> | null | undefined;
          if (e) e.session = '00000000-0000-4000-8000-000000000000';
        }),
      },
      'session-enrolls-for-nobody': {
        description: "a checkout enrollment answers with another customer than the session's",
        operations: ['enrollSessionPaymentMethod'],
        effect: onObjects(
          'PaymentMethodBase',
          (m) => void (typeof m.customer_id === 'string' && (m.customer_id = '00000000-0000-4000-8000-000000000000')),
        ),
      },
    },
  },
  'enrollment-webhook': {
    area: 'webhooks',
    scope: 'scenario',
    statement:
      'An enrollment and an unenrollment send enrollment.enroll and enrollment.unenroll, reporting the payment method with the status a read returns.',
    doc: DOC.configureWebhooks,
    faults: {
      'unenroll-webhook-missing': {
        description: 'unenrolling sends no enrollment.unenroll webhook',
        effect: { webhook: (d) => void (d.event.type_event === 'enrollment.unenroll' && (d.drop = true)) },
      },
    },
  },
} satisfies Record<string, RuleEntry>;
