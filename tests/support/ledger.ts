// What a test has seen of the resources it touched (lib/consistency.ts): the consistency rules check
// every answer against it, and cleanup closes from it what is still open at the end of a test, so no
// test leaves an authorization or a link open on the sandbox, whoever created it.
import { ConsistencyLedger } from '../../lib/consistency.js';

/** Payment states cleanup closes (cancel is allowed from them: specs/payment-transitions.yaml). */
export const OPEN_PAYMENT_STATES = new Set(['PENDING/AUTHORIZED', 'PENDING/PENDING_PROVIDER_CONFIRMATION']);

export class Ledger extends ConsistencyLedger {
  openPayments(): string[] {
    return this.all('payment')
      .filter((p) => OPEN_PAYMENT_STATES.has(`${String(p.last.status)}/${String(p.last.sub_status)}`))
      .map((p) => p.id);
  }

  openLinks(): string[] {
    return this.all('link')
      .filter((l) => l.last.status === 'CREATED')
      .map((l) => l.id);
  }
}
