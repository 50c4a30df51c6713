// 3DS setups (server to server): the browser and device data a merchant collected, kept under an id
// that a card payment names in payment_method.detail.card.three_d_secure.three_d_secure_setup_id.
import { randomUUID } from 'node:crypto';
import { type Json, ok, type Result } from '../result.js';

/**
 * What browser_info answers for a field the request left out: javascript_enabled defaults to true
 * (create-three-d-secure-setup.json: "Defaults to `true` when omitted"); java_enabled and
 * browser_time_difference take the values of the docs' example (false, "-300").
 */
const BROWSER_DEFAULTS: Json = { javascript_enabled: true, java_enabled: false, browser_time_difference: '-300' };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class ThreeDsSetups {
  readonly records = new Map<string, Json>();

  /** The setup: its id and what the request registered (create-three-d-secure-setup), echoed. */
  create(body: Json): Result {
    const browser = structuredClone(body.browser_info);
    if (isObject(browser))
      for (const [k, v] of Object.entries(BROWSER_DEFAULTS)) if (browser[k] === undefined) browser[k] = v;
    const setup: Json = {
      three_d_secure_setup_id: randomUUID(),
      account_id: body.account_id,
      type: body.type,
      browser_info: browser,
      device_fingerprints: structuredClone(body.device_fingerprints ?? []),
    };
    this.records.set(String(setup.three_d_secure_setup_id), setup);
    return ok(setup, 201);
  }

  has(id: string): boolean {
    return this.records.has(id);
  }
}
