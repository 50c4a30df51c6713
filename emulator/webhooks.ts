// Sends events (webhooks v2) to two kinds of receivers: the ones registered with the emulator's
// control (every event, signed with the emulator's secret), and the webhooks registered through the
// webhooks API (the events their triggers subscribe to, with their own api_key, secret and
// hmac_client_secret headers). Signatures as the docs say: x-hmac-signature = base64(HMAC-SHA256(
// secret, raw body)). A delivery that is not answered 200 is tried again, three times at most.
import { createHmac } from 'node:crypto';
import type { MutableDelivery } from '../lib/rules/types.js';
import { webhookFor } from '../resources/index.js';
import type { PendingEvent } from '../resources/result.js';
import type { WebhookRec } from '../resources/stores/webhook-config.js';

export class WebhookSender {
  readonly receivers = new Set<string>();

  constructor(
    private readonly secret: string,
    private readonly accountId: string,
    /** The webhooks registered through the API that subscribe to an event (the webhook-config resource's). */
    private readonly subscribers: (accountId: string, typeEvent: string) => WebhookRec[],
  ) {}

  send(events: PendingEvent[] | undefined): void {
    for (const e of events ?? []) {
      const type = e.typeEvent.split('.')[0]!;
      const d: MutableDelivery = {
        event: e.payload ?? {
          type,
          type_event: e.typeEvent,
          account_id: this.accountId,
          retry: 0,
          version: 2,
          data: e.data,
        },
      };
      e.faults.mutateDelivery(d, webhookFor(d.event));
      if (d.drop) continue;
      const raw = JSON.stringify(d.event);
      const sign = (secret: string): string =>
        createHmac('sha256', secret)
          .update(d.signedText ?? raw, 'utf8')
          .digest(d.signatureEncoding ?? 'base64');
      for (const url of this.receivers) this.post(url, raw, { 'x-hmac-signature': sign(this.secret) }, 1);
      for (const w of this.subscribers(this.accountId, e.typeEvent)) {
        const headers: Record<string, string> = {};
        if (w.secrets.hmac_client_secret) headers['x-hmac-signature'] = sign(w.secrets.hmac_client_secret);
        if (w.secrets.api_key) headers['x-api-key'] = w.secrets.api_key;
        if (w.secrets.secret) headers['x-secret'] = w.secrets.secret;
        this.post(w.url, raw, headers, 1, false);
      }
    }
  }

  private post(url: string, raw: string, headers: Record<string, string>, attempt: number, forget = true): void {
    const again = (): void => {
      if (attempt < 3) setTimeout(() => this.post(url, raw, headers, attempt + 1, forget), 100 * attempt);
    };
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: raw,
      signal: AbortSignal.timeout(5000),
    })
      .then((r) => (r.status === 200 ? undefined : again()))
      .catch(() => (attempt < 3 ? again() : forget && this.receivers.delete(url)));
  }
}
