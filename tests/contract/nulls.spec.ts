// Nulls by one rule, on both sides (conflict nullable-fields): an optional property may be null, a
// required one may not. The response side is proven by the self-test's benign variation
// absent-as-null (every optional field the emulator leaves out comes back null, and every test still
// passes); this file proves the request side: a create request with every optional top-level
// property null is a request the contract allows, and the target serves it.
import { Contract } from '../../lib/contract.js';
import type { BodyOf, OpId } from '../support/client.js';
import { about, because, expect, type Make, succeeded, test } from '../support/fixtures/index.js';

/** The creates the suite can make without anything existing first, with the body it makes for each. */
const CREATES: { [O in OpId]?: (make: Make) => BodyOf<O> } = {
  createPayment: (make) => make.payment(),
  createPaymentLink: (make) => make.link(),
  createCustomer: (make) => make.customer(),
  createCheckoutSession: (make) => make.checkoutSession(),
  createPayout: (make) => make.payout(),
  createReport: (make) => make.report(),
  createToken: (make) => make.cardToken(),
  createThreeDSecureSetup: (make) => make.threeDsSetup(),
  createWebhook: (make) => make.webhook(),
};

/** The optional top-level properties of an operation's request body, by the contract. */
function optionalOf(operationId: OpId): string[] {
  const c = Contract.load();
  return c.optionalProperties(c.schemaAt(c.operation(operationId).requestBody!.ref));
}

for (const [operationId, build] of Object.entries(CREATES) as Array<[OpId, (make: Make) => never]>) {
  const optional = optionalOf(operationId);
  test(
    `${operationId}: every optional property sent as null (${optional.length}) is accepted`,
    about(operationId, 'request-accepted').needs('stateful'),
    async ({ api, make }) => {
      const body: Record<string, unknown> = { ...(build(make) as Record<string, unknown>) };
      // A webhook needs one non-empty trigger list (an anyOf of the lists): its payment triggers stay.
      for (const k of optional) if (!(operationId === 'createWebhook' && k === 'payment_triggers')) body[k] = null;
      // The contract allows it: the request schema takes null for every optional property.
      expect(
        Contract.load().checkRequestBody(operationId, body),
        because('request-accepted', `the contract accepts ${operationId} with its optional properties null`),
      ).toEqual([]);
      succeeded(
        await api.callChecked(operationId, { body }),
        'request-accepted',
        `${operationId} with its optional properties null`,
      );
    },
  );
}
