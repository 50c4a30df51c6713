import { because, type RuleId } from './rules/index.js';

/** An answer the suite's client checked: what it found wrong, and its start for a message. */
interface Checked {
  violations?: Array<{ rule: string; pointer: string; sample?: string }>;
  snippet?(n?: number): string;
}

export async function pollUntil<R extends { ok(): unknown; readonly body: unknown }>(
  call: () => Promise<R>,
  reached: (res: R) => boolean,
  o: { rule: RuleId; what: string; timeoutMs: number; intervals?: number[] },
): Promise<R> {
  const intervals = o.intervals ?? [100, 250, 500, 1000, 2000, 5000];
  const deadline = Date.now() + o.timeoutMs;
  for (let i = 0; ; i++) {
    const res = await call();
    const checked = res as R & Checked;
    if (checked.violations?.length)
      throw new Error(
        because(
          o.rule,
          `stopped waiting until ${o.what}: the target answered something the docs rule out (${checked.violations.map((x) => `${x.rule} at ${x.pointer || '(body)'}: ${x.sample ?? ''}`).join('; ')})`,
        ),
      );
    res.ok(); // a refusal ends the wait, as a finding
    if (reached(res)) return res;
    if (Date.now() >= deadline)
      throw new Error(
        because(
          o.rule,
          `${o.what} did not happen within ${o.timeoutMs} ms; last answer: ${checked.snippet?.(200) ?? JSON.stringify(res.body).slice(0, 200)}`,
        ),
      );
    await new Promise((r) =>
      setTimeout(r, Math.min(intervals[Math.min(i, intervals.length - 1)]!, Math.max(0, deadline - Date.now()))),
    );
  }
}
