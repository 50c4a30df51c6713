// X-Idempotency-Key as the authentication page documents it: a replay returns the original result;
// a key still in process is refused with REQUEST_IN_PROCESS; a key whose request failed after
// processing started is refused with IDEMPOTENCY_DUPLICATED; a request refused before processing
// (its body) leaves the key free.

import { type Result, refuse } from '../resources/result.js';
import { enforces } from './faults.js';

interface Entry {
  state: 'in-process' | 'done' | 'failed';
  result?: Result;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class IdempotencyKeys {
  private readonly keys = new Map<string, Entry>();

  /** Marks a key in process (the emulator's control, to test REQUEST_IN_PROCESS). */
  hold(key: string): void {
    this.keys.set(key, { state: 'in-process' });
  }
  release(key: string): void {
    this.keys.delete(key);
  }

  /** The answer for a key seen before (a refusal or the replay), or undefined to process the request. */
  before(key: string | undefined): Result | undefined {
    const prior = key ? this.keys.get(key) : undefined;
    if (!prior) {
      if (key && UUID.test(key)) this.keys.set(key, { state: 'in-process' });
      return undefined;
    }
    if (prior.state === 'in-process' && enforces('idempotency-in-process'))
      return refuse('idempotency-in-process', 'A request with this X-Idempotency-Key is still in process.');
    if (prior.state === 'failed' && enforces('idempotency-duplicated'))
      return refuse('idempotency-duplicated', 'The first request with this X-Idempotency-Key failed; use a new key.');
    if (prior.state === 'done' && prior.result && enforces('idempotency-replay')) return prior.result;
    return undefined;
  }

  /** Records how a request with a key ended. */
  after(key: string | undefined, result: Result, rejectedBody: boolean): void {
    if (!key || !UUID.test(key)) return;
    const prior = this.keys.get(key);
    if (prior && prior.state !== 'in-process' && prior.state !== 'done') return;
    if (result.status < 300) this.keys.set(key, { state: 'done', result });
    else if (result.consumed || (rejectedBody && !enforces('idempotency-key-kept-free')))
      this.keys.set(key, { state: 'failed' });
    else this.keys.delete(key);
  }
}
