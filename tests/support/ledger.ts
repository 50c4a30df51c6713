// What a test has seen of the resources it touched: every payment and payment link in any answer,
// with its last known state. Cleanup closes what is still open at the end of a test from it, so no
// test leaves an authorization or a link open on the sandbox, whoever created it.
import { Contract } from '../../lib/contract.js';
import type { AnyResponse } from './client.js';

export interface Seen {
  id: string;
  /** status/sub_status for payments, status for links, as last answered. */
  state: string;
}

/** Payment states cleanup closes (cancel is allowed from them: specs/payment-transitions.yaml). */
export const OPEN_PAYMENT_STATES = new Set(['PENDING/AUTHORIZED', 'PENDING/PENDING_PROVIDER_CONFIRMATION']);

export class Ledger {
  readonly payments = new Map<string, Seen>();
  readonly links = new Map<string, Seen>();
  private readonly contract = Contract.load();

  observe(res: AnyResponse): void {
    if (res.status >= 300) return;
    for (const p of this.contract.instances(res.operationId, res.status, 'PaymentCore', res.body)) {
      if (typeof p.id === 'string') this.payments.set(p.id, { id: p.id, state: `${String(p.status)}/${String(p.sub_status)}` });
    }
    for (const l of this.contract.instances(res.operationId, res.status, 'PaymentLink', res.body)) {
      const code = typeof l.code === 'string' ? l.code : typeof l.id === 'string' ? l.id : undefined;
      if (code) this.links.set(code, { id: code, state: String(l.status) });
    }
  }

  openPayments(): string[] {
    return [...this.payments.values()].filter((p) => OPEN_PAYMENT_STATES.has(p.state)).map((p) => p.id);
  }

  openLinks(): string[] {
    return [...this.links.values()].filter((l) => l.state === 'CREATED').map((l) => l.id);
  }
}
