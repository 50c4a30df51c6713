// The self-test's reporter: one compact record per test copy (which fault or variation it ran under,
// its outcome, what it is about, the rules of the violations it recorded, its first error line).
// scripts/selftest.ts reads it to decide, per fault, whether the suite caught it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { type RuleId, ruleOfMessage } from '../../lib/rules/index.js';
import type { SelftestRecord } from '../../lib/selftest.js';
import { declared } from './about.js';
import type { FindingRecord } from './report.js';

export default class SelftestReporter implements Reporter {
  private readonly records: SelftestRecord[] = [];
  private started = Date.now();

  constructor(private readonly opts: { outputFile: string }) {}

  private total = 0;

  onBegin(_config: unknown, suite: { allTests(): unknown[] }): void {
    this.started = Date.now();
    this.total = suite.allTests().length;
    process.stdout.write(`selftest: ${this.total} test runs\n`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (this.records.length % 250 === 249)
      process.stdout.write(
        `  ${this.records.length + 1} of ${this.total} (${((Date.now() - this.started) / 1000).toFixed(0)} s)\n`,
      );
    const path = test.titlePath();
    const block = path.find((p) => /^(fault|benign) /.test(p));
    const { operations, rules } = declared(test.tags, test.annotations);
    const violations = new Set<string>();
    for (const a of result.annotations)
      if (a.type === 'finding' && a.description)
        violations.add((JSON.parse(a.description) as FindingRecord).violation.rule);
    this.records.push({
      title: test.title,
      fault: block ? block.replace(/^(fault|benign) /, '') : '',
      status: result.status,
      rules,
      operations,
      violations: [...violations],
      error: result.errors[0]?.message?.split('\n')[0]?.slice(0, 300),
      errorRules: result.errors.map((e) => ruleOfMessage(e.message ?? '')).filter((r): r is RuleId => r !== undefined),
      ms: result.duration,
    });
  }

  /** A file that fails to load is printed, not swallowed: the run would otherwise look empty and clean. */
  onError(error: { message?: string; stack?: string }): void {
    process.stderr.write(`selftest: ${error.stack ?? error.message ?? String(error)}\n`);
  }

  onEnd(): void {
    mkdirSync(dirname(this.opts.outputFile), { recursive: true });
    writeFileSync(this.opts.outputFile, JSON.stringify({ ms: Date.now() - this.started, records: this.records }));
  }

  printsToStdio(): boolean {
    return true;
  }
}
