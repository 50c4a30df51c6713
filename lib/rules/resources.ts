// Customers, checkout sessions, payouts and reports.
import { DOC } from './docs.js';
import { errorCode, onObjects, onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

export const RESOURCE_RULES = {
  'resource-found': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'An identifier no resource of the kind has is refused as not found: 404 where the operation declares it (400 where it does not: conflict not-found-status), with a code the operation declares for that status.',
    doc: DOC.responseCodes,
    refusal: { http: [404, 400], codes: 'declared' },
    faults: {
      'unknown-plan-as-empty': {
        description: 'an unknown plan id answers 200 with an empty body',
        operations: ['retrievePlan'],
        effect: onResponse(
          (r) => r.status === 404,
          (r) => Object.assign(r, { status: 200, body: {} }),
        ),
      },
    },
  },
  'resource-ended': {
    area: 'contract',
    scope: 'scenario',
    statement:
      'A resource an operation ended (deleted, unenrolled, canceled, consumed) is not served as it was: reading it again answers not found or shows it ended, and using it again is refused.',
    doc: DOC.responseCodes,
    faults: {
      'deleted-customer-served': {
        description: 'a deleted customer is still read back as it was',
        effect: waive('resource-ended', (d) => d.resource === 'customer'),
      },
      'deleted-webhook-served': {
        description: 'a deleted webhook is still read back and listed',
        effect: waive('resource-ended', (d) => d.resource === 'webhook'),
      },
      'unenrolled-method-served': {
        description: 'an unenrolled payment method is read back as enrolled',
        effect: waive('resource-ended', (d) => d.resource === 'payment_method'),
      },
      'canceled-link-served': {
        description: 'a canceled payment link is read back as it was before',
        effect: waive('resource-ended', (d) => d.resource === 'link'),
      },
      'one-time-token-reused': {
        description: 'a one-time-use token pays a second time',
        effect: waive('resource-ended', (d) => d.resource === 'token'),
      },
    },
  },
  'resource-transition': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "An operation that moves a resource's status moves it as its table (specs/<resource>-status.yaml) says, from every status the table allows it from: the answer and a following read show the new status.",
    doc: DOC.responseCodes,
    faults: {
      'status-move-ignored': {
        description: 'an operation that should move a status answers 200 and leaves it where it was',
        effect: waive('resource-transition'),
      },
    },
  },
  'resource-transition-forbidden': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "An operation that moves a resource's status is refused from a status its table (specs/<resource>-status.yaml) excludes it from, with the refusal the table names, and the resource does not move.",
    doc: DOC.responseCodes,
    refusal: { http: [400, 409, 422], codes: 'declared' },
    faults: {
      'canceled-subscription-resumed': {
        description: 'a canceled subscription is resumed',
        effect: waive('resource-transition-forbidden'),
      },
      'plan-change-scheduled-paused': {
        description: 'a plan change is scheduled on a PAUSED or CANCELED subscription instead of being refused',
        operations: ['updateSubscription'],
        effect: waive('resource-transition-forbidden', (d) => d.operation === 'updateSubscription'),
      },
    },
  },
  'stand-in-fidelity': {
    area: 'contract',
    scope: 'scenario',
    statement:
      "The emulator answers each operation with every field at least half of the docs' own examples show (specs/docs-fields.yaml), what the request sent echoed: a stand-in an SDK's tests can trust.",
    doc: DOC.createPayment,
    faults: {
      'thin-payment-answers': {
        description: 'create payment answers without workflow, metadata and checkout',
        operations: ['createPayment'],
        effect: onObjects('PaymentCore', (p) => {
          delete p.workflow;
          delete p.metadata;
          delete p.checkout;
        }),
      },
    },
  },
  'unknown-customer': {
    area: 'customers',
    scope: 'scenario',
    statement: 'An id no customer has is refused as not found: 400 or 404 with CUSTOMER_NOT_FOUND or NOT_FOUND.',
    doc: DOC.retrieveCustomer,
    refusal: { http: [400, 404], codes: ['CUSTOMER_NOT_FOUND', 'NOT_FOUND'] },
    faults: {
      'unknown-customer-as-empty': {
        description: 'an unknown customer id answers 200 with an empty body',
        operations: ['retrieveCustomer'],
        effect: onResponse(
          (r) => r.status === 404 && errorCode(r) === 'NOT_FOUND',
          (r) => Object.assign(r, { status: 200, body: {} }),
        ),
      },
    },
  },
  'unknown-payout': {
    area: 'payouts',
    scope: 'scenario',
    statement:
      'An id no payout has is refused as not found: 400 or 404 with NOT_FOUND (see conflict not-found-status).',
    doc: DOC.responseCodes,
    refusal: { http: [404, 400], codes: ['NOT_FOUND'] },
    faults: {
      'unknown-payout-as-500': {
        description: 'an unknown payout id answers 500',
        operations: ['retrievePayout'],
        effect: onResponse(
          (r) => r.status === 404,
          (r) => Object.assign(r, { status: 500, body: { code: 'INTERNAL_ERROR', messages: ['Internal error.'] } }),
        ),
      },
    },
  },
  'unknown-report': {
    area: 'reports',
    scope: 'scenario',
    statement:
      'An id no report has is refused as not found: 400 or 404 with REPORT_NOT_FOUND, INVALID_REPORT_ID or NOT_FOUND.',
    doc: DOC.responseCodes,
    refusal: { http: [404, 400], codes: ['REPORT_NOT_FOUND', 'INVALID_REPORT_ID', 'NOT_FOUND'] },
    faults: {
      'unknown-report-as-empty': {
        description: 'an unknown report id answers 200 with an empty body',
        operations: ['retrieveReport'],
        effect: onResponse(
          (r) => r.status === 404,
          (r) => Object.assign(r, { status: 200, body: {} }),
        ),
      },
    },
  },
  'report-not-ready': {
    area: 'reports',
    scope: 'scenario',
    statement:
      'A report that is not ready (not SUCCEEDED or DOWNLOADED) is not downloaded: the download is refused with 400 REPORT_STATUS_ERROR ("Report is not ready yet").',
    doc: DOC.downloadReport,
    refusal: { http: [400], codes: ['REPORT_STATUS_ERROR'] },
    faults: {
      'report-download-in-process': {
        description: 'a report still IN_PROCESS is downloaded',
        effect: waive('report-not-ready'),
      },
    },
  },
  'customer-id-unique': {
    area: 'customers',
    scope: 'scenario',
    statement: 'A merchant_customer_id already taken by another customer is refused with 400 CUSTOMER_ID_DUPLICATED.',
    doc: DOC.responseCodes,
    refusal: { http: [400], codes: ['CUSTOMER_ID_DUPLICATED'] },
    faults: {
      'customer-duplicate-accepted': {
        description: 'a second customer with the same merchant_customer_id is created',
        effect: waive('customer-id-unique'),
      },
    },
  },
  'report-lifecycle': {
    area: 'reports',
    scope: 'scenario',
    statement:
      'A report is IN_PROCESS when created, becomes SUCCEEDED when ready, is listed, and downloads once ready (REPORT_STATUS_ERROR before).',
    doc: DOC.reportStatus,
    faults: {
      'report-never-ready': {
        description: 'a report stays IN_PROCESS for ever',
        effect: waive('report-lifecycle', (d) => d.transition === 'ready'),
      },
      'report-list-empty': {
        description: 'the report list answers an empty array while reports exist',
        operations: ['listReports'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body),
          (r) => void (r.body = []),
        ),
      },
    },
  },
  'session-payment-methods': {
    area: 'sessions',
    scope: 'scenario',
    statement: 'A checkout session lists the payment methods available for it (a non-empty array).',
    doc: DOC.sessionMethods,
    faults: {
      'session-methods-empty': {
        description: 'a checkout session lists no payment method',
        operations: ['retrieveCheckoutPaymentMethods'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body),
          (r) => void (r.body = []),
        ),
      },
    },
  },
  'payout-lookup': {
    area: 'payouts',
    scope: 'scenario',
    statement: 'A payout is found by its id and by its merchant_reference.',
    doc: DOC.payout,
    faults: {
      'payout-lookup-misses': {
        description: 'the merchant_reference lookup answers an empty array for a payout that exists',
        operations: ['retrievePayoutsByMerchantReference'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body),
          (r) => void (r.body = []),
        ),
      },
    },
  },
  'customer-lookup': {
    area: 'customers',
    scope: 'scenario',
    statement: 'A customer is found by its id and by its merchant_customer_id.',
    doc: DOC.customer,
    faults: {
      'customer-lookup-other': {
        description: 'the merchant_customer_id lookup answers with another merchant_customer_id',
        operations: ['retrieveCustomerByMerchantCustomerId'],
        effect: onObjects('Customer', (c) => void (c.merchant_customer_id = `${String(c.merchant_customer_id)}-other`)),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
