// The fault catalogue: each switch breaks one documented rule the way a real regression would.
// EMULATOR_FAULTS=name[,name] turns them on; `npm run selftest` proves the suite catches each one.

export interface Fault {
  /** The rule id the suite reports when it catches this fault (see tests: about({ rule })). */
  rule: string;
  area: 'contract' | 'auth' | 'status' | 'lifecycle' | 'links' | 'idempotency' | 'webhooks' | 'errors' | 'lookups';
  doc: string;
  description: string;
}

const D = {
  payment: 'https://docs.y.uno/reference/the-payment-object',
  status: 'https://docs.y.uno/reference/payment',
  codes: 'https://docs.y.uno/reference/response-codes',
  auth: 'https://docs.y.uno/reference/authentication',
  capture: 'https://docs.y.uno/reference/capture-authorization',
  cancel: 'https://docs.y.uno/reference/cancel-payment',
  refund: 'https://docs.y.uno/reference/refund-payment',
  links: 'https://docs.y.uno/reference/status-payment-links',
  link: 'https://docs.y.uno/reference/the-payment-link-object',
  webhooks: 'https://docs.y.uno/docs/object-and-examples',
  hmac: 'https://docs.y.uno/docs/verify-webhook-signatures-hmac',
  customer: 'https://docs.y.uno/reference/the-customer-object',
  byOrder: 'https://docs.y.uno/reference/retrieve-payment-by-merchant-order-id',
  report: 'https://docs.y.uno/reference/the-reports-object',
  payout: 'https://docs.y.uno/reference/the-payout-object',
  session: 'https://docs.y.uno/reference/the-checkout-session-object',
};

export const FAULTS = {
  'payment-missing-id': { rule: 'body-schema', area: 'contract', doc: D.payment, description: 'payments are returned without their required id' },
  'amount-as-string': { rule: 'body-schema', area: 'contract', doc: D.payment, description: 'amount.value is sent as a string ("5000")' },
  'undeclared-status-code': { rule: 'status-code-declared', area: 'contract', doc: D.payment, description: 'create payment answers 202 instead of the declared 201' },
  'wrong-content-type': { rule: 'content-type', area: 'contract', doc: D.payment, description: 'successful JSON bodies are labelled text/plain' },
  'canceled-misspelled': { rule: 'body-schema', area: 'status', doc: D.status, description: 'a canceled payment reports status CANCELLED (two Ls)' },
  'illegal-status-pair': { rule: 'payment-status-pair', area: 'status', doc: D.status, description: 'an approved payment reports SUCCEEDED/DECLINED, a pair the table does not allow' },
  'status-outside-taxonomy': { rule: 'body-schema', area: 'status', doc: D.status, description: 'an authorization reports status AUTHORIZED, which is not one of the 14' },
  'date-time-format': { rule: 'body-schema', area: 'contract', doc: D.payment, description: 'created_at uses Go\'s default format instead of RFC 3339' },
  'link-status-active': { rule: 'body-schema', area: 'links', doc: D.links, description: 'a new payment link reports status ACTIVE instead of CREATED' },
  'link-missing-checkout-url': { rule: 'body-schema', area: 'links', doc: D.link, description: 'payment links come back without checkout_url' },
  'error-body-shape': { rule: 'body-schema', area: 'errors', doc: D.codes, description: 'errors are sent as {"error": {"code", "message"}} instead of {code, messages[]}' },
  'not-found-as-500': { rule: 'refusal:unknown-payment', area: 'errors', doc: D.codes, description: 'an unknown payment id answers 500 INTERNAL_ERROR instead of not found' },
  'invalid-body-accepted': { rule: 'refusal:invalid-body', area: 'errors', doc: D.codes, description: 'a create-payment body without amount is accepted' },
  'auth-missing-key-accepted': { rule: 'auth-keys', area: 'auth', doc: D.auth, description: 'a request without private-secret-key is served' },
  'auth-wrong-key-accepted': { rule: 'auth-keys', area: 'auth', doc: D.auth, description: 'any non-empty key value is accepted' },
  'auth-401-wrong-code': { rule: 'body-schema', area: 'auth', doc: D.auth, description: 'a refused key answers 401 with code INVALID_REQUEST' },
  'cancel-not-persisted': { rule: 'get-agrees', area: 'lifecycle', doc: D.cancel, description: 'cancel answers CANCELED but the payment stays PENDING/AUTHORIZED' },
  'second-cancel-accepted': { rule: 'payment-transition-forbidden', area: 'lifecycle', doc: D.cancel, description: 'canceling an already canceled payment succeeds again' },
  'refund-canceled-accepted': { rule: 'payment-transition-forbidden', area: 'lifecycle', doc: D.refund, description: 'a canceled payment can be refunded' },
  'capture-over-authorized': { rule: 'payment-transition-forbidden', area: 'lifecycle', doc: D.capture, description: 'a capture above the authorized amount is accepted' },
  'capture-twice': { rule: 'payment-transition-forbidden', area: 'lifecycle', doc: D.capture, description: 'an authorization can be captured twice' },
  'terminal-status-changes': { rule: 'payment-terminal', area: 'lifecycle', doc: D.status, description: 'a declined payment turns SUCCEEDED/APPROVED when retrieved later' },
  'partial-capture-as-full': { rule: 'payment-transition', area: 'lifecycle', doc: D.capture, description: 'a partial capture reports SUCCEEDED/CAPTURED instead of PARTIALLY_CAPTURED' },
  'refund-amount-not-tracked': { rule: 'payment-amount-bounds', area: 'lifecycle', doc: D.refund, description: 'refunds add the refund to amount.refunded twice, exceeding the amount' },
  'idempotency-replay-creates': { rule: 'idempotency-replay', area: 'idempotency', doc: D.auth, description: 'a replayed X-Idempotency-Key creates a second payment' },
  'idempotency-in-process-ignored': { rule: 'idempotency-in-process', area: 'idempotency', doc: D.auth, description: 'a request whose key is still in process is executed again' },
  'idempotency-failed-key-reused': { rule: 'idempotency-duplicated', area: 'idempotency', doc: D.auth, description: 'a key whose first request failed is processed again instead of IDEMPOTENCY_DUPLICATED' },
  'webhook-bad-signature': { rule: 'webhook-signature', area: 'webhooks', doc: D.hmac, description: 'x-hmac-signature is computed over the pretty-printed body, not the raw bytes sent' },
  'webhook-status-disagrees': { rule: 'webhook-agrees-with-get', area: 'webhooks', doc: D.webhooks, description: 'the capture webhook carries the pre-capture status' },
  'webhook-version-string': { rule: 'body-schema', area: 'webhooks', doc: D.webhooks, description: 'the webhook sends version "2" as a string' },
  'link-not-expiring': { rule: 'link-transition', area: 'links', doc: D.links, description: 'a link past availability.finish_at stays CREATED' },
  'link-one-time-reusable': { rule: 'link-transition-forbidden', area: 'links', doc: D.links, description: 'a used one-time link can be paid again' },
  'link-cancel-twice': { rule: 'link-transition-forbidden', area: 'links', doc: D.links, description: 'canceling a canceled link succeeds again' },
  'lookup-object-not-array': { rule: 'body-schema', area: 'lookups', doc: D.byOrder, description: 'the merchant_order_id lookup returns one object instead of an array' },
  'lookup-misses-payment': { rule: 'lookup', area: 'lookups', doc: D.byOrder, description: 'the merchant_order_id lookup returns an empty array for a payment that exists' },
  'customer-update-ignored': { rule: 'get-agrees', area: 'lookups', doc: D.customer, description: 'a customer update answers the new values but does not store them' },
  'report-status-unknown': { rule: 'body-schema', area: 'contract', doc: D.report, description: 'reports report status PROCESSING instead of IN_PROCESS' },
  'payout-missing-status': { rule: 'body-schema', area: 'contract', doc: D.payout, description: 'payouts come back without status' },
  'session-methods-wrapped': { rule: 'body-schema', area: 'contract', doc: D.session, description: 'checkout payment methods come back as {payment_methods:[...]}' },
} satisfies Record<string, Fault>;

export type FaultName = keyof typeof FAULTS;

export class FaultSet {
  private readonly on: Set<FaultName>;
  constructor(names: Iterable<string>) {
    const unknown = [...names].filter((n) => !(n in FAULTS));
    if (unknown.length) {
      throw new Error(`unknown fault(s) ${unknown.join(', ')}; EMULATOR_FAULTS takes ${Object.keys(FAULTS).join(', ')}`);
    }
    this.on = new Set(names as Iterable<FaultName>);
  }
  static parse(value: string | undefined): FaultSet {
    return new FaultSet((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  }
  has(name: FaultName): boolean {
    return this.on.has(name);
  }
  get size(): number {
    return this.on.size;
  }
}
