// Checkout sessions: create, retrieve, update (only the fields sent change), the payment methods
// available for one, and whether a payment used it.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { Clock } from '../clock.js';
import { type Json, ok, type Result, refuse } from '../result.js';

interface OfferedMethod {
  name: string;
  type: string;
  category: string;
  icon: string;
  country?: string;
}

const ICONS = 'https://icons.prod.y.uno';
const CARD: OfferedMethod = { name: 'Card', type: 'CARD', category: 'CARD', icon: `${ICONS}/card_logosimbolo.png` };

/**
 * The methods Yuno's payment examples show, with the country their request is made in and the icon
 * the page gives (reference/payments/payment-examples: bank-transfer, bnpl, ticket, wallet and
 * payment-link). Enrollment-only types (NU_PAY_ENROLLMENT) are not offered for a payment.
 */
const LOCAL_METHODS: OfferedMethod[] = [
  ['CO', 'BANCOLOMBIA_TRANSFER', 'Bancolombia Button', 'BANK_TRANSFER', 'bancolombia'],
  ['CO', 'DAVIPLATA', 'Daviplata', 'BANK_TRANSFER', 'daviplata'],
  ['BR', 'PIX', 'PIX', 'BANK_TRANSFER', 'pix'],
  ['CO', 'PSE', 'PSE', 'BANK_TRANSFER', 'pse'],
  ['CO', 'SAFETYPAY', 'SafetyPay', 'BANK_TRANSFER', 'safetypay'],
  ['MX', 'SPEI', 'SPEI', 'BANK_TRANSFER', 'spei'],
  ['MX', 'CODI', 'Codi', 'BANK_TRANSFER', 'codi'],
  ['BR', 'NU_PAY', 'NuPay', 'BANK_TRANSFER', 'nubank'],
  ['PA', 'YAPPY', 'Yappy', 'BANK_TRANSFER', 'yappy'],
  ['PE', 'ACUOTAZ', 'Acuotaz', 'BNPL', 'acuotaz'],
  ['CO', 'ADDI', 'Addi', 'BNPL', 'addi'],
  ['GB', 'KLARNA_PAY_OVER_TIME', 'Klarna', 'BNPL', 'klarna'],
  ['AR', 'WIBOND', 'Wibond', 'BNPL', 'wibond'],
  ['MX', 'CASH', 'Arcus', 'TICKET', 'arcus'],
  ['CO', 'EFECTY', 'Efecty', 'TICKET', 'efecty'],
  ['MX', 'OXXO', 'Oxxo', 'TICKET', 'oxxo'],
  ['CO', 'MERCADO_PAGO_CHECKOUT_PRO', 'Mercado Pago Checkout Pro', 'WALLET', 'mercadopago'],
  ['US', 'ASTROPAY', 'Astropay', 'WALLET', 'astropay'],
  ['US', 'APPLE_PAY', 'Apple Pay', 'WALLET', 'applepay'],
  ['CO', 'NEQUI', 'Nequi', 'WALLET', 'nequi'],
  ['MX', 'DOLARAPP', 'DolarApp', 'WALLET', 'dolarapp'],
  ['CO', 'PAYVALIDA', 'Payvalida', 'PAYMENT_LINK', 'payvalida'],
  ['PA', 'TARJETA_CLAVE', 'Tarjeta Clave', 'PAYMENT_LINK', 'tarjetaclave'],
  ['CL', 'WEBPAY', 'Webpay', 'PAYMENT_LINK', 'webpay'],
  ['CO', 'PAGO_EFECTIVO', 'Pago Efectivo', 'PAYMENT_LINK', 'pagoefectivo'],
].map(([country, type, name, category, icon]) => ({
  country: country!,
  type: type!,
  name: name!,
  category: category!,
  icon: `${ICONS}/${icon}_logosimbolo.png`,
}));

/** The fields an update may change (update-checkout-session). */
const UPDATABLE = [
  'account_id',
  'customer_id',
  'merchant_order_id',
  'payment_description',
  'callback_url',
  'country',
  'amount',
  'alternative_amount',
  'metadata',
  'workflow',
  'installments',
];

export class CheckoutSessions {
  readonly records = new Map<string, Json>();

  constructor(private readonly clock: Clock) {}

  /**
   * A session answers with what the request sent and the docs' defaults (workflow SDK_CHECKOUT,
   * installments with no plan); its callback_url comes back with ?checkoutSession=<id> appended, as
   * every docs example shows. A session created without amount answers amount null.
   */
  create(body: Json): Result {
    const id = randomUUID();
    const callback =
      typeof body.callback_url === 'string'
        ? `${body.callback_url}${body.callback_url.includes('?') ? '&' : '?'}checkoutSession=${id}`
        : null;
    const s: Json = {
      checkout_session: id,
      merchant_order_id: body.merchant_order_id,
      country: body.country,
      payment_description: body.payment_description,
      customer_id: body.customer_id ?? null,
      callback_url: callback,
      amount: body.amount ?? null,
      workflow: body.workflow ?? 'SDK_CHECKOUT',
      metadata: body.metadata ?? null,
      installments: body.installments ?? { plan_id: null, plan: null },
      checkout_id: body.checkout_id ?? null,
      created_at: this.clock.iso(),
      used: false,
    };
    this.records.set(String(s.checkout_session), s);
    const { used: _used, ...answer } = s;
    return ok(answer);
  }

  /** The refusal for an id no session has. */
  missing(id: string): Result {
    return refuse(
      'unknown-session',
      `No checkout session ${id} (not found or inactive).`,
      'CHECKOUT_SESSION_NOT_FOUND',
    );
  }

  /** Retrieve names the identifier `id` (conflict retrieve-session-identifier) and says whether a payment used it. */
  retrieve(id: string): Result {
    const s = this.records.get(id);
    if (!s) return this.missing(id);
    const { checkout_session, ...rest } = s;
    return ok({ id: checkout_session, ...rest });
  }

  update(id: string, body: Json): Result {
    const s = this.records.get(id);
    if (!s) return this.missing(id);
    const updated: Json = { ...s };
    for (const f of UPDATABLE) if (f in body && f !== 'account_id' && f !== 'alternative_amount') updated[f] = body[f];
    if (enforces('state-persisted')) this.records.set(id, updated);
    const { checkout_id: _c, customer_id: _u, ...answer } = updated;
    return ok(answer);
  }

  /** A payment used the session: `used` becomes true (a session serves one payment). */
  markUsed(id: string): void {
    const s = this.records.get(id);
    if (s) s.used = true;
  }

  /**
   * The payment methods a session offers: a card everywhere, and the methods the docs' payment
   * examples (reference/payments/payment-examples/*.mdx) show in the session's country, each with the
   * icon those pages give it. A session of a country no example covers offers a card only.
   */
  paymentMethods(id: string): Result {
    const session = this.records.get(id);
    if (!session) return this.missing(id);
    const checkout = { session: id, sdk_required_action: true, conditions: { enabled: true, rules: null } };
    const country = String(session.country);
    return ok(
      [CARD, ...LOCAL_METHODS.filter((m) => m.country === country)].map((m) => ({
        name: m.name,
        vaulted_token: null,
        description: m.name,
        type: m.type,
        category: m.category,
        icon: m.icon,
        last_successfully_used: null,
        last_successfully_used_at: null,
        preferred: false,
        checkout,
      })),
    );
  }
}
