// The contract's own checks, applied by lib/contract.ts to every response and webhook.
import { DOC } from './docs.js';
import { errorCode, onObjects, onResponse } from './effects.js';
import type { RuleEntry } from './types.js';

type Json = Record<string, unknown>;

export const CONTRACT_RULES = {
  'status-code-declared': {
    area: 'contract',
    scope: 'response',
    statement: 'Every response has a status code its operation declares.',
    doc: DOC.responseCodes,
    faults: {
      'undeclared-status-code': {
        description: 'create payment answers 202 instead of the declared 201',
        operations: ['createPayment'],
        effect: onResponse(
          (r) => r.status === 201,
          (r) => void (r.status = 202),
        ),
      },
      'customer-delete-answers-200': {
        description: 'deleting a customer answers 200 with the customer instead of 202 without a body',
        operations: ['deleteCustomer'],
        effect: onResponse(
          (r) => r.status === 202,
          (r) => Object.assign(r, { status: 200, body: { deleted: true } }),
        ),
      },
    },
  },
  'content-type': {
    area: 'contract',
    scope: 'response',
    statement:
      'A response carries the content type its status declares (application/json), and a status declared without a body has none.',
    doc: DOC.responseCodes,
    faults: {
      'wrong-content-type': {
        description: 'a retrieved payment is labelled text/plain',
        operations: ['retrievePayment'],
        effect: onResponse(
          (r) => r.status < 300,
          (r) => void (r.headers['content-type'] = 'text/plain'),
        ),
      },
    },
  },
  header: {
    area: 'contract',
    scope: 'response',
    statement:
      'Every declared header is present when required and matches its schema (for webhooks: x-hmac-signature is 44 base64 characters).',
    doc: DOC.hmac,
    faults: {
      'webhook-signature-hex': {
        description: 'x-hmac-signature is sent hex-encoded instead of base64',
        operations: ['paymentEvent'],
        effect: { webhook: (d) => void (d.signatureEncoding = 'hex') },
      },
    },
  },
  'body-schema': {
    area: 'contract',
    scope: 'response',
    statement:
      "A response body (and a webhook payload) validates against the operation's schema for its status: required fields, types, enums, formats.",
    doc: DOC.payment,
    faults: {
      'payment-missing-id': {
        description: 'create payment answers without the payment id',
        operations: ['createPayment'],
        effect: onObjects('PaymentCore', (p) => void delete p.id),
      },
      'amount-as-string': {
        description: 'a retrieved payment has amount.value as a string ("5000")',
        operations: ['retrievePayment'],
        effect: onObjects('PaymentCore', (p) => {
          const a = p.amount as Json | undefined;
          if (a) a.value = String(a.value);
        }),
      },
      'date-time-format': {
        description: "create payment sends created_at in JavaScript's Date string format instead of RFC 3339",
        operations: ['createPayment'],
        effect: onObjects('PaymentCore', (p) => void (p.created_at = new Date(String(p.created_at)).toString())),
      },
      'status-outside-taxonomy': {
        description: 'an authorization reports status AUTHORIZED, which is not one of the 14',
        operations: ['createPayment'],
        effect: onObjects('PaymentCore', (p) => void (p.sub_status === 'AUTHORIZED' && (p.status = 'AUTHORIZED'))),
      },
      'link-url-not-a-url': {
        description: 'a retrieved payment link carries checkout_url "not a url"',
        operations: ['retrievePaymentLink'],
        effect: onObjects('PaymentLink', (l) => void (l.checkout_url = 'not a url')),
      },
      'method-status-outside-table': {
        description: 'an enrolled card reports status ACTIVE, which is not in the enrollment status table',
        operations: ['enrollPaymentMethod'],
        effect: onObjects('PaymentMethodBase', (m) => void (m.status === 'ENROLLED' && (m.status = 'ACTIVE'))),
      },
      'webhook-secret-in-clear': {
        description: "a created webhook reads its hmac_client_secret back in clear instead of '***'",
        operations: ['createWebhook'],
        effect: onObjects(
          'Webhook',
          (w) => void (w.hmac_client_secret === '***' && (w.hmac_client_secret = 'whsec-clear-text')),
        ),
      },
      'issuers-not-a-list': {
        description: 'the issuers answer is a bare array instead of {issuers: [...]}',
        operations: ['retrieveIssuers'],
        effect: onResponse(
          (r) => r.status === 200,
          (r) => void (r.body = (r.body as { issuers?: unknown }).issuers),
        ),
      },
      'token-without-token': {
        description: 'a one-time-use token answer carries no token',
        operations: ['createToken', 'createCheckoutSessionToken'],
        effect: onResponse(
          (r) => r.status === 201,
          (r) => void delete (r.body as Record<string, unknown>).token,
        ),
      },
      'setup-without-id': {
        description: 'a 3DS setup answers without its three_d_secure_setup_id',
        operations: ['createThreeDSecureSetup'],
        effect: onResponse(
          (r) => r.status === 201,
          (r) => void delete (r.body as Record<string, unknown>).three_d_secure_setup_id,
        ),
      },
      'link-status-active': {
        description: 'a new payment link reports status ACTIVE instead of CREATED',
        operations: ['createPaymentLink'],
        effect: onObjects('PaymentLink', (l) => void (l.status === 'CREATED' && (l.status = 'ACTIVE'))),
      },
      'canceled-misspelled': {
        description: 'a canceled payment reports status CANCELLED (two Ls)',
        operations: ['cancelPayment'],
        effect: onObjects('PaymentCore', (p) => void (p.status === 'CANCELED' && (p.status = 'CANCELLED'))),
      },
      'link-missing-checkout-url': {
        description: 'a retrieved payment link has no checkout_url',
        operations: ['retrievePaymentLink'],
        effect: onObjects('PaymentLink', (l) => void delete l.checkout_url),
      },
      'error-body-shape': {
        description: 'errors are sent as {"error": {"code", "message"}} instead of {code, messages[]}',
        operations: ['retrievePayment'],
        effect: onResponse(
          (r) => r.status >= 400,
          (r) => {
            const b = r.body as Json;
            r.body = {
              error: { code: b.code, message: (b.messages as string[] | undefined)?.[0], type: 'VALIDATION_ERROR' },
            };
          },
        ),
      },
      'lookup-object-not-array': {
        description: 'the merchant_order_id lookup answers one object instead of an array',
        operations: ['retrievePaymentsByMerchantOrderId'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body) && r.body.length > 0,
          (r) => void (r.body = (r.body as unknown[])[0]),
        ),
      },
      'report-status-unknown': {
        description: 'a report in process reports status PROCESSING instead of IN_PROCESS',
        operations: ['createReport', 'retrieveReport'],
        effect: onObjects('Report', (r) => void (r.status === 'IN_PROCESS' && (r.status = 'PROCESSING'))),
      },
      'payout-missing-status': {
        description: 'create payout answers without status',
        operations: ['createPayout'],
        effect: onObjects('Payout', (p) => void delete p.status),
      },
      'session-methods-wrapped': {
        description: 'the checkout payment methods come back as {payment_methods: [...]}',
        operations: ['retrieveCheckoutPaymentMethods'],
        effect: onResponse(
          (r) => r.status === 200 && Array.isArray(r.body),
          (r) => void (r.body = { payment_methods: r.body }),
        ),
      },
      'webhook-version-string': {
        description: 'the webhook sends version "2" as a string',
        operations: ['paymentEvent'],
        effect: { webhook: (d) => void (d.event.version = String(d.event.version)) },
      },
      'subscription-webhook-version-string': {
        description: 'a subscription webhook sends its version as a string',
        operations: ['subscriptionEvent'],
        effect: {
          webhook: (d) => void (d.event.type === 'subscription' && (d.event.version = String(d.event.version))),
        },
      },
      'onboarding-webhook-version-string': {
        description: 'an onboarding webhook sends version "2" as a string',
        operations: ['onboardingEvent'],
        effect: { webhook: (d) => void (d.event.type === 'onboarding' && (d.event.version = String(d.event.version))) },
      },
      'split-transfer-webhook-version-string': {
        description: 'a split_transfer webhook sends version "1" as a string',
        operations: ['splitTransferEvent'],
        effect: {
          webhook: (d) => void (d.event.type === 'split_transfer' && (d.event.version = String(d.event.version))),
        },
      },
      'not-found-code-undocumented': {
        description: 'an unknown payment answers 404 with code RESOURCE_NOT_FOUND, which no page documents',
        operations: ['retrievePayment'],
        effect: onResponse(
          (r) => r.status === 404 && errorCode(r) === 'PAYMENT_NOT_FOUND',
          (r) => void ((r.body as Json).code = 'RESOURCE_NOT_FOUND'),
        ),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
