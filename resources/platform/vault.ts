// Stored cards as the forward proxy and the network-token cryptograms see them: the payment method a
// vaulted_token names (resources/payment-methods.ts's store), its card data, and the network token the
// emulator provisions for an enrolled Visa or Mastercard card (a DPAN of the card's brand, fixed per
// vaulted_token, so the proxy's network_token_number and a cryptogram's number agree).
import { createHash } from 'node:crypto';
import { paymentMethods } from '../payment-methods.js';
import type { Json } from '../result.js';
import type { PaymentMethodRec } from '../stores/payment-methods.js';
import type { World } from '../world.js';

/** The payment method a vaulted_token names, if any. */
export function vaulted(world: World, token: string): PaymentMethodRec | undefined {
  return [...world.get(paymentMethods).records.values()].find((pm) => pm.vaulted_token === token);
}

/** The Luhn check digit of a number's digits. */
function luhnDigit(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((c, i) => {
    let d = Number(c);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return String((10 - (sum % 10)) % 10);
}

/** Whether a digit string passes the Luhn check (a card number). */
export function luhn(n: string): boolean {
  return n.length > 1 && luhnDigit(n.slice(0, -1)) === n.slice(-1);
}

const NETWORKS: Record<string, { network: string; prefix: string; par: string }> = {
  VISA: { network: 'VISA', prefix: '4', par: 'V' },
  MASTERCARD: { network: 'MASTERCARD', prefix: '5', par: 'M' },
};

export interface NetworkToken {
  network: string;
  number: string;
  status: string;
  par: string;
  network_token_id: string;
  expiration_month: number;
  expiration_year: number;
}

/** The network token of an enrolled card of a supported network, or why there is none. */
export function networkToken(pm: PaymentMethodRec): NetworkToken | 'NOT_A_CARD' | 'NOT_ENROLLED' | 'NETWORK' {
  if (pm.type !== 'CARD' || !pm.card) return 'NOT_A_CARD';
  if (pm.status !== 'ENROLLED') return 'NOT_ENROLLED';
  const n = NETWORKS[String(pm.card.brand)];
  if (!n) return 'NETWORK';
  const h = createHash('sha256').update(pm.vaulted_token).digest();
  const digits = [...h].map((b) => String(b % 10)).join('');
  const body = `${n.prefix}${digits.slice(0, 14)}`;
  const year = Number(pm.card.expiration_year ?? 30);
  return {
    network: n.network,
    number: `${body}${luhnDigit(body)}`,
    status: 'ACTIVE',
    par: `${n.par}${digits.slice(14, 30)}`,
    network_token_id: `DNITHE${digits.slice(30, 45)}`,
    expiration_month: Number(pm.card.expiration_month ?? 12),
    expiration_year: year < 100 ? 2000 + year : year,
  };
}

/** The value of a vaulted_token expression's field, or undefined when it cannot be resolved. */
export function resolveField(pm: PaymentMethodRec, field: string): string | undefined {
  const card = (pm.card ?? {}) as Json;
  const nt = networkToken(pm);
  const token = typeof nt === 'object' ? nt : undefined;
  switch (field) {
    case 'number':
      return pm.number ?? undefined;
    case 'expiration_month':
      return card.expiration_month === undefined ? undefined : String(card.expiration_month).padStart(2, '0');
    case 'expiration_year':
      return card.expiration_year === undefined ? undefined : String(card.expiration_year);
    case 'holder_name':
      return typeof card.holder_name === 'string' ? card.holder_name : undefined;
    case 'network_token_number':
      return token?.number;
    case 'network_token_expiration_month':
      return token ? String(token.expiration_month).padStart(2, '0') : undefined;
    case 'network_token_expiration_year':
      return token ? String(token.expiration_year) : undefined;
    // The security code is never kept by the emulator's enrollment, nor a network transaction id.
    default:
      return undefined;
  }
}
