// One-time-use card tokens: made directly from card data (POST /tokens, DIRECT workflow) or inside a
// checkout session; a DIRECT card payment spends one as payment_method.token.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import { describeCard } from '../gateway.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { CheckoutSessions } from './checkout-sessions.js';

interface TokenRec {
  token: string;
  /** The card number it stands for (none when the request named no card). */
  number: string | null;
  /** What it tokenised: a card token pays as a card. */
  type: string;
  session: string | null;
  used: boolean;
}

export class Tokens {
  readonly records = new Map<string, TokenRec>();

  constructor(private readonly sessions: CheckoutSessions) {}

  private make(card: Json, session: string | null, type = 'CARD'): { rec: TokenRec; card_data: Json } {
    const number = typeof card.number === 'string' ? card.number : null;
    const rec: TokenRec = { token: randomUUID(), number, session, used: false, type };
    this.records.set(rec.token, rec);
    if (number === null) return { rec, card_data: {} };
    const described = describeCard(number, card.holder_name, card.expiration_month, card.expiration_year);
    const { expiration_month: _m, expiration_year: _y, ...card_data } = described;
    return { rec, card_data };
  }

  /** POST /tokens: the token and what Yuno keeps of the card. */
  create(body: Json): Result {
    const { rec, card_data } = this.make(body.card_data as Json, null);
    const { country_code: _c, ...direct } = card_data;
    return ok({ token: rec.token, card_data: direct }, 201);
  }

  /** POST /checkout/sessions/{id}/token: the card of payment_method.card (or card_data), for a payment in that session. */
  createForSession(sessionId: string, body: Json): Result {
    const session = this.sessions.records.get(sessionId);
    if (!session) return this.sessions.missing(sessionId);
    const method = body.payment_method as Json;
    // The spec requires nothing inside payment_method: a token of what was sent, the card's when there is one.
    const card = (method.card ?? body.card_data ?? {}) as Json;
    const { rec, card_data } = this.make(card, sessionId, String(method.type ?? 'CARD'));
    return ok(
      {
        token: rec.token,
        vaulted_token: null,
        vault_on_success: false,
        type: method.type ?? 'CARD',
        card_data,
        customer: null,
        installment: null,
        country: session.country,
        customer_session: null,
      },
      201,
    );
  }

  /** The card a token stands for, spent by the payment; a token is used once. */
  spend(token: string): { number: string | null; type: string } | Result {
    const rec = this.records.get(token);
    if (!rec) return { ...err(400, 'INVALID_PARAMETERS', `Unknown token ${token}.`), consumed: true };
    if (rec.used && enforces('resource-ended', { resource: 'token' }))
      return { ...err(400, 'INVALID_PARAMETERS', `The one-time-use token ${token} was already used.`), consumed: true };
    rec.used = true;
    return { number: rec.number, type: rec.type };
  }
}
