// Sends payment events (webhooks v2) to the receivers registered with the emulator, signed as the
// docs say: x-hmac-signature = base64(HMAC-SHA256(secret, raw body)). A delivery that is not
// answered 200 is tried again, three times at most.
import { createHmac } from 'node:crypto';
import type { MutableDelivery } from '../lib/rules/types.js';
import type { PendingEvent } from './result.js';

export class WebhookSender {
  readonly receivers = new Set<string>();

  constructor(
    private readonly secret: string,
    private readonly accountId: string,
  ) {}

  send(events: PendingEvent[] | undefined): void {
    for (const e of events ?? []) {
      const d: MutableDelivery = { event: { type: 'payment', type_event: e.typeEvent, account_id: this.accountId, retry: 0, version: 2, data: { payment: e.payment } } };
      e.faults.mutateDelivery(d);
      if (d.drop) continue;
      const raw = JSON.stringify(d.event);
      const signature = createHmac('sha256', this.secret).update(d.signedText ?? raw, 'utf8').digest(d.signatureEncoding ?? 'base64');
      for (const url of this.receivers) this.post(url, raw, signature, 1);
    }
  }

  private post(url: string, raw: string, signature: string, attempt: number): void {
    const again = (): void => {
      if (attempt < 3) setTimeout(() => this.post(url, raw, signature, attempt + 1), 100 * attempt);
    };
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hmac-signature': signature }, body: raw, signal: AbortSignal.timeout(5000) })
      .then((r) => (r.status === 200 ? undefined : again()))
      .catch(() => (attempt < 3 ? again() : this.receivers.delete(url)));
  }
}
