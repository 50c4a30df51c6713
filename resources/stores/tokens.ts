// One-time-use card tokens: made directly from card data (POST /tokens, DIRECT workflow) or inside a
// checkout session; a DIRECT card payment spends one as payment_method.token.
import { randomUUID } from 'node:crypto';
import { describeCard } from '../gateway.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { CheckoutSessions } from './checkout-sessions.js';

interface TokenRec {
  token: string;
  number: string;
  session: string | null;
  used: boolean;
}

export class Tokens {
  readonly records = new Map<string, TokenRec>();

  constructor(private readonly sessions: CheckoutSessions) {}

  private make(card: Json, session: string | null): { rec: TokenRec; card_data: Json } {
    const number = String(card.number);
    const rec: TokenRec = { token: randomUUID(), number, session, used: false };
    this.records.set(rec.token, rec);
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
    const card = (method.card ?? body.card_data) as Json | undefined;
    if (!card || typeof card.number !== 'string')
      return err(
        400,
        'INVALID_PARAMETERS',
        'Invalid request: payment_method.card.number is required for a card token.',
      );
    const { rec, card_data } = this.make(card, sessionId);
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
  spend(token: string): { number: string } | Result {
    const rec = this.records.get(token);
    if (!rec) return { ...err(400, 'INVALID_PARAMETERS', `Unknown token ${token}.`), consumed: true };
    if (rec.used)
      return { ...err(400, 'INVALID_PARAMETERS', `The one-time-use token ${token} was already used.`), consumed: true };
    rec.used = true;
    return { number: rec.number };
  }
}
