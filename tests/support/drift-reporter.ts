// Collects the findings of a run into reports/drift.json (schemas/drift.schema.json): every
// violation the tests recorded, collapsed into one finding per underlying difference.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { setting } from '../../lib/config.js';
import { collect } from '../../lib/findings.js';
import { driftFile } from '../../lib/reports/drift.js';
import type { FindingRecord } from './report.js';

export default class DriftReporter implements Reporter {
  private readonly out: string;
  private readonly seen: Parameters<typeof collect>[0] = [];
  private projects: string[] = [];
  private standIn = 0;

  constructor(opts: { outputFile?: string } = {}) {
    this.out = setting('YUNO_DRIFT_FILE') ?? opts.outputFile ?? 'reports/drift.json';
  }

  onBegin(config: FullConfig): void {
    this.projects = config.projects.map((p) => p.name);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? '';
    for (const a of result.annotations) {
      if (a.type === 'stand-in') this.standIn++;
      if (a.type !== 'finding' || !a.description) continue;
      const r = JSON.parse(a.description) as FindingRecord;
      this.seen.push({
        violation: r.violation,
        exchange: r.exchange,
        project,
        test: test.titlePath().slice(2).join(' › '),
      });
    }
  }

  onEnd(): void {
    mkdirSync(dirname(this.out), { recursive: true });
    writeFileSync(this.out, `${JSON.stringify(driftFile(collect(this.seen), this.projects, this.standIn), null, 2)}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
