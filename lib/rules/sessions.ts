// Checkout sessions (retrieve, update) and one-time-use tokens.
import { DOC } from './docs.js';
import { errorCode, onResponse } from './effects.js';
import type { FaultRequest, RuleEntry } from './types.js';

type Json = Record<string, unknown>;
const sentToken = (req: FaultRequest): boolean =>
  typeof ((req.body as Json | undefined)?.payment_method as Json | undefined)?.token === 'string';

export const SESSION_RULES = {
  'unknown-session': {
    area: 'sessions',
    scope: 'scenario',
    statement:
      'An id no checkout session has is refused as not found: 400 CHECKOUT_SESSION_NOT_FOUND ("not found or inactive") or 404 NOT_FOUND.',
    doc: DOC.responseCodes,
    refusal: { http: [400, 404], codes: ['CHECKOUT_SESSION_NOT_FOUND', 'NOT_FOUND'] },
    faults: {
      'unknown-session-as-empty': {
        description: 'an unknown checkout session id answers 200 with an empty body',
        operations: ['retrieveCheckoutSession'],
        effect: onResponse(
          (r) => r.status >= 400 && ['CHECKOUT_SESSION_NOT_FOUND', 'NOT_FOUND'].includes(String(errorCode(r))),
          (r) => Object.assign(r, { status: 200, body: {} }),
        ),
      },
    },
  },
  'one-time-token-pays': {
    area: 'sessions',
    scope: 'scenario',
    statement:
      "A one-time-use token made from a card pays a DIRECT card payment as that card: the card's test outcome decides the payment.",
    doc: DOC.oneTimeToken,
    faults: {
      'token-payment-refused': {
        description: 'a payment with a fresh one-time-use token is refused',
        operations: ['createPayment'],
        effect: {
          response: (res, req) => {
            if (res.status === 201 && sentToken(req))
              Object.assign(res, { status: 400, body: { code: 'INVALID_TOKEN', messages: ['Invalid token.'] } });
          },
        },
      },
    },
  },
} satisfies Record<string, RuleEntry>;
