// The emulator as a target for an SDK's own tests: it records every API request it receives with the
// violations of the registry's request rules (lib/rules/requests.ts: a documented operation, both
// keys, an idempotency key where required, the content type, parameters, the body's schema), so
// `npm run sdk-gate` can say what an SDK sent wrong, where the docs say otherwise, and which
// documented operations it never called. The gate's proxy records the same requests with what the
// emulator answered (lib/gate/record.ts): the host the SDK addressed and the refusal's code and message.
import type { RecordedRequest } from '../lib/requests.js';

export type { RecordedRequest } from '../lib/requests.js';
export { requestViolations } from '../lib/requests.js';

/** The requests an emulator received (the last 10 000), for the gate. */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];

  add(r: RecordedRequest): void {
    this.requests.push(r);
    if (this.requests.length > 10_000) this.requests.shift();
  }

  clear(): void {
    this.requests.length = 0;
  }
}
