// Waiting for an asynchronous state (a report ready) that stops at the first answer ruling the test
// out: an answer that breaks the contract (an unknown status), or a refusal, ends the wait at once,
// saying what was seen, instead of polling on until the timeout.
import { test } from '@playwright/test';
import { because, type RuleId } from '../../lib/rules/index.js';
import type { AnyResponse } from './client.js';

export async function pollUntil<R extends AnyResponse>(
  call: () => Promise<R>,
  reached: (res: R) => boolean,
  o: { rule: RuleId; what: string; timeoutMs: number; intervals?: number[] },
): Promise<R> {
  return test.step(
    `wait until ${o.what}`,
    async () => {
      const intervals = o.intervals ?? [100, 250, 500, 1000, 2000, 5000];
      const deadline = Date.now() + o.timeoutMs;
      for (let i = 0; ; i++) {
        const res = await call();
        if (res.violations.length)
          throw new Error(
            because(
              o.rule,
              `stopped waiting until ${o.what}: the target answered something the docs rule out (${res.violations.map((x) => `${x.rule} at ${x.pointer || '(body)'}: ${x.sample}`).join('; ')})`,
            ),
          );
        res.ok(); // a refusal ends the wait, as a finding
        if (reached(res)) return res;
        if (Date.now() >= deadline)
          throw new Error(
            because(o.rule, `${o.what} did not happen within ${o.timeoutMs} ms; last answer: ${res.snippet(200)}`),
          );
        await new Promise((r) =>
          setTimeout(r, Math.min(intervals[Math.min(i, intervals.length - 1)]!, Math.max(0, deadline - Date.now()))),
        );
      }
    },
    { box: true },
  );
}
