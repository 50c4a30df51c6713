// Waiting for an asynchronous state inside a test: lib/poll.ts, shown as one step of the report.
import { test } from '@playwright/test';
import { pollUntil as poll } from '../../lib/poll.js';
import type { RuleId } from '../../lib/rules/index.js';

export function pollUntil<
  R extends { ok(): unknown; readonly body: unknown; violations: unknown[]; snippet(n?: number): string },
>(
  call: () => Promise<R>,
  reached: (res: R) => boolean,
  o: { rule: RuleId; what: string; timeoutMs: number; intervals?: number[] },
): Promise<R> {
  return test.step(`wait until ${o.what}`, () => poll(call, reached, o), { box: true });
}
