// Collects the findings of a run into reports/drift.json (schemas/drift.schema.json): every
// observation the tests recorded, collapsed into one finding per underlying difference.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { setting } from '../../lib/config.js';
import { collect, type Finding } from '../../lib/findings.js';
import type { FindingRecord } from './report.js';

export interface DriftFile {
  version: 2;
  generated_at: string;
  projects: string[];
  summary: {
    findings: number;
    occurrences: number;
    by_kind: Record<string, number>;
    by_conflict: Record<string, number>;
    stand_in_artefacts?: number;
  };
  findings: Finding[];
}

export function driftFile(findings: Finding[], projects: string[], standInArtefacts = 0): DriftFile {
  const count = (key: (f: Finding) => string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
    return out;
  };
  return {
    version: 2,
    generated_at: new Date().toISOString(),
    projects,
    summary: {
      findings: findings.length,
      occurrences: findings.reduce((n, f) => n + f.count, 0),
      by_kind: count((f) => f.kind),
      by_conflict: count((f) => f.conflict),
      ...(standInArtefacts ? { stand_in_artefacts: standInArtefacts } : {}),
    },
    findings,
  };
}

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
        observation: r.observation,
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
