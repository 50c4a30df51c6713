// What pays for a payment: the card of its card_data, of an enrolled payment method's vaulted_token
// or of a one-time-use token, and the checkout session or 3DS setup it names. Resolved before the
// payment is made, so that a refusal (an unenrolled method, another customer's token, a spent token)
// creates nothing.
import { enforces } from '../faults.js';
import { err, isResult, type Json, type Result, refuse } from '../result.js';
import type { Emulated } from '../state.js';
import type { Instrument } from './payments.js';

export function instrumentOf(s: Emulated, body: Json): Instrument | Result {
  const method = (body.payment_method ?? {}) as Json;
  const card = ((method.detail as Json | undefined)?.card ?? {}) as Json;
  const out: Instrument = {};
  if (typeof method.vaulted_token === 'string') {
    const pm = s.paymentMethods.forPayment(method.vaulted_token, ((body.customer_payer ?? {}) as Json).id);
    if (isResult(pm)) return pm;
    Object.assign(out, { vaultedToken: method.vaulted_token, number: pm.number ?? undefined });
  } else if (typeof method.token === 'string') {
    const spent = s.tokens.spend(method.token);
    if (isResult(spent)) return spent;
    Object.assign(out, { token: method.token, number: spent.number });
  }
  const setup = ((card.three_d_secure ?? {}) as Json).three_d_secure_setup_id;
  if (typeof setup === 'string' && (!s.threeDs.has(setup) || !enforces('three-ds-setup'))) {
    return enforces('three-ds-setup')
      ? { ...err(400, 'INVALID_PARAMETERS', `No 3DS setup ${setup}.`), consumed: true }
      : { ...refuse('request-validated', `No 3DS setup ${setup}.`, 'INVALID_PARAMETERS'), consumed: true };
  }
  const session = ((body.checkout ?? {}) as Json).session;
  if (typeof session === 'string' && session !== '') s.sessions.markUsed(session);
  return out;
}
