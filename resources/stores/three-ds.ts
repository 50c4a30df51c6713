// 3DS setups (server to server): the browser and device data a merchant collected, kept under an id
// that a card payment names in payment_method.detail.card.three_d_secure.three_d_secure_setup_id.
import { randomUUID } from 'node:crypto';
import { type Json, ok, type Result } from '../result.js';

export class ThreeDsSetups {
  readonly records = new Map<string, Json>();

  /** The setup: its id and what the request registered (create-three-d-secure-setup). */
  create(body: Json): Result {
    const setup: Json = {
      three_d_secure_setup_id: randomUUID(),
      account_id: body.account_id,
      type: body.type,
      browser_info: structuredClone(body.browser_info),
      device_fingerprints: structuredClone(body.device_fingerprints ?? []),
    };
    this.records.set(String(setup.three_d_secure_setup_id), setup);
    return ok(setup, 201);
  }

  has(id: string): boolean {
    return this.records.has(id);
  }
}
