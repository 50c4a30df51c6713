// Payment links: the five statuses and their transitions (specs/payment-link-status.yaml).
import { DOC } from './docs.js';
import { errorCode, onObjects, onResponse, waive } from './effects.js';
import type { RuleEntry } from './types.js';

export const LINK_RULES = {
  'payment-link-identifier': {
    area: 'links',
    scope: 'response',
    statement:
      'A payment link carries its identifier as id (create) or code (retrieve, cancel): at least one of the two (see conflict link-identifier).',
    doc: DOC.link,
    objects: {
      appliesTo: 'PaymentLink',
      check(l) {
        const has = (k: string): boolean => typeof l[k] === 'string' && (l[k] as string).length > 0;
        return has('id') || has('code') ? [] : [{ expected: 'an id or a code', observed: 'neither id nor code' }];
      },
    },
    faults: {
      'link-without-identifier': {
        description: 'a created payment link carries neither id nor code',
        operations: ['createPaymentLink'],
        effect: onObjects('PaymentLink', (l) => {
          delete l.id;
          delete l.code;
        }),
      },
    },
  },
  'payment-link-uses': {
    area: 'links',
    scope: 'response',
    statement: 'A one-time-use link has at most one payment, and is no longer CREATED once it has it.',
    doc: DOC.linkStatuses,
    objects: {
      appliesTo: 'PaymentLink',
      check(l) {
        const n = typeof l.payments_number === 'number' ? l.payments_number : undefined;
        if (l.one_time_use !== true || n === undefined) return [];
        if (n > 1) return [{ at: '/payments_number', expected: 'at most 1 on a one-time-use link', observed: n }];
        if (n === 1 && l.status === 'CREATED')
          return [
            {
              at: '/status',
              expected: 'not CREATED once a one-time-use link has its payment',
              observed: 'CREATED with payments_number 1',
            },
          ];
        return [];
      },
    },
    faults: {
      'link-uses-overcounted': {
        description: 'a used one-time link reports payments_number 2',
        operations: ['retrievePaymentLink'],
        effect: onObjects(
          'PaymentLink',
          (l) => void (l.one_time_use === true && l.payments_number === 1 && (l.payments_number = 2)),
        ),
      },
    },
  },
  'link-transition': {
    area: 'links',
    scope: 'scenario',
    statement:
      'A payment link moves as the link table documents: paid once -> USED (one-time use), canceled -> CANCELED, past availability.finish_at -> EXPIRED.',
    doc: DOC.linkStatuses,
    faults: {
      'link-not-expiring': {
        description: 'a link past availability.finish_at stays CREATED',
        effect: waive('link-transition', (d) => d.transition === 'expire'),
      },
    },
  },
  'link-transition-forbidden': {
    area: 'links',
    scope: 'scenario',
    statement:
      'A terminal link (USED, CANCELED, EXPIRED) cannot be canceled or paid: the attempt is refused with 400 and nothing changes. The docs name no code for it, so any documented 400 code is accepted.',
    doc: DOC.cancelLink,
    refusal: { http: [400], codes: 'documented' },
    faults: {
      'link-one-time-reusable': {
        description: 'a used one-time link can be paid again',
        effect: waive('link-transition-forbidden', (d) => d.action === 'pay' && d.from === 'USED'),
      },
      'link-cancel-twice': {
        description: 'canceling a canceled link succeeds again',
        effect: waive('link-transition-forbidden', (d) => d.action === 'cancel' && d.from === 'CANCELED'),
      },
    },
  },
  'unknown-link': {
    area: 'links',
    scope: 'scenario',
    statement: 'A code no payment link has is refused as not found: 400 or 404 with NOT_FOUND.',
    doc: DOC.responseCodes,
    refusal: { http: [400, 404], codes: ['NOT_FOUND'] },
    faults: {
      'unknown-link-as-invalid-request': {
        description: 'an unknown link code answers 400 INVALID_REQUEST instead of not found',
        operations: ['retrievePaymentLink'],
        effect: onResponse(
          (r) => r.status === 404 && errorCode(r) === 'NOT_FOUND',
          (r) => Object.assign(r, { status: 400, body: { code: 'INVALID_REQUEST', messages: ['Invalid request.'] } }),
        ),
      },
    },
  },
} satisfies Record<string, RuleEntry>;
