// Test controls under /_emulator/, reached only through the suite's `controls` fixture (so the same
// tests skip them on the sandbox): health, the clock, webhook receivers, idempotency holds, and what
// happens outside the API - paying a link, settling an asynchronous payment, a chargeback and the
// issuer's decision on a dispute, the fraud screening declining a card, the customer completing a
// checkout enrollment; and the log of requests an SDK's tests sent (npm run sdk-gate).
import { err, type Json, ok, type Result } from './result.js';
import type { Emulated } from './state.js';

export function control(state: Emulated, path: string, method: string, payload: Json): Result {
  const m = (re: RegExp): RegExpExecArray | null => re.exec(path);
  let r: RegExpExecArray | null;
  if (path === '/_emulator/health') return ok({ ok: true, faults: state.faults.size, time: state.clock.iso() });
  if (path === '/_emulator/requests' && method === 'GET') return ok({ requests: state.requests.requests });
  if (method !== 'POST') return err(405, 'UNSUPPORTED_METHOD', 'Controls take POST (GET for health and requests).');
  if (path === '/_emulator/requests/clear') {
    state.requests.clear();
    return ok({ ok: true });
  }
  if (path === '/_emulator/clock') {
    const s = Number(payload.advance_seconds);
    if (!Number.isFinite(s) || s < 0)
      return err(400, 'INVALID_PARAMETERS', 'advance_seconds must be a non-negative number.');
    state.clock.offsetMs += s * 1000;
    return ok({ now: state.clock.iso() });
  }
  if (path === '/_emulator/webhooks') {
    if (typeof payload.url !== 'string' || !/^https?:\/\//.test(payload.url))
      return err(400, 'INVALID_PARAMETERS', 'url must be an http(s) URL.');
    state.webhooks.receivers.add(payload.url);
    return ok({ ok: true });
  }
  if (path === '/_emulator/idempotency/hold' || path === '/_emulator/idempotency/release') {
    if (typeof payload.key !== 'string') return err(400, 'INVALID_PARAMETERS', 'key is required.');
    if (path.endsWith('hold')) state.idempotency.hold(payload.key);
    else state.idempotency.release(payload.key);
    return ok({ ok: true });
  }
  if ((r = m(/^\/_emulator\/payment-links\/([^/]+)\/pay$/)))
    return state.links.pay(decodeURIComponent(r[1]!), String(payload.card_number ?? '4507990000000002'));
  if ((r = m(/^\/_emulator\/payments\/([^/]+)\/settle$/))) {
    const outcome = payload.outcome;
    if (outcome !== 'approved' && outcome !== 'declined' && outcome !== 'expired')
      return err(400, 'INVALID_PARAMETERS', 'outcome must be approved, declined or expired.');
    return state.payments.settle(decodeURIComponent(r[1]!), outcome);
  }
  if ((r = m(/^\/_emulator\/payouts\/([^/]+)\/settle$/))) {
    const outcome = payload.outcome;
    if (outcome !== 'succeeded' && outcome !== 'declined' && outcome !== 'rejected')
      return err(400, 'INVALID_PARAMETERS', 'outcome must be succeeded, declined or rejected.');
    return state.payouts.settle(decodeURIComponent(r[1]!), outcome);
  }
  if ((r = m(/^\/_emulator\/payments\/([^/]+)\/chargeback$/)))
    return state.payments.chargeback(decodeURIComponent(r[1]!));
  if ((r = m(/^\/_emulator\/payments\/([^/]+)\/dispute-decision$/))) {
    const outcome = payload.outcome;
    if (outcome !== 'won' && outcome !== 'lost') return err(400, 'INVALID_PARAMETERS', 'outcome must be won or lost.');
    return state.payments.decide(decodeURIComponent(r[1]!), outcome);
  }
  if (path === '/_emulator/fraud-screening/cards') {
    if (typeof payload.number !== 'string' || !/^[0-9]{8,19}$/.test(payload.number))
      return err(400, 'INVALID_PARAMETERS', 'number must be a card number (8 to 19 digits).');
    state.payments.fraudCards.add(payload.number);
    return ok({ ok: true });
  }
  if ((r = m(/^\/_emulator\/payment-methods\/([^/]+)\/complete$/))) {
    const number = payload.card_number;
    if (number !== undefined && (typeof number !== 'string' || !/^[0-9]{8,19}$/.test(number)))
      return err(400, 'INVALID_PARAMETERS', 'card_number must be a card number (8 to 19 digits).');
    return state.paymentMethods.complete(decodeURIComponent(r[1]!), { number: number as string | undefined });
  }
  return err(404, 'NOT_FOUND', `No control ${path}.`);
}
