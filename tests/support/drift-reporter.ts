// Collects every contract or rule violation of a run into reports/drift.json, for `npm run drift`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import type { DriftRecord } from './report.js';

export interface DriftFile {
  version: 1;
  generated_at: string;
  projects: string[];
  violations: Array<DriftRecord & { project: string; test: string }>;
}

export default class DriftReporter implements Reporter {
  private readonly out: string;
  private readonly violations: DriftFile['violations'] = [];
  private projects: string[] = [];

  constructor(opts: { outputFile?: string } = {}) {
    this.out = process.env.YUNO_DRIFT_FILE ?? opts.outputFile ?? 'reports/drift.json';
  }

  onBegin(config: FullConfig): void {
    this.projects = config.projects.map((p) => p.name);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? '';
    for (const a of result.annotations) {
      if (a.type !== 'violation' || !a.description) continue;
      this.violations.push({ ...(JSON.parse(a.description) as DriftRecord), project, test: test.titlePath().slice(2).join(' › ') });
    }
  }

  onEnd(): void {
    const file: DriftFile = { version: 1, generated_at: new Date().toISOString(), projects: this.projects, violations: this.violations };
    mkdirSync(dirname(this.out), { recursive: true });
    writeFileSync(this.out, JSON.stringify(file, null, 2) + '\n');
  }

  printsToStdio(): boolean {
    return false;
  }
}
