// Known failures, for Allure: a failed test is known when every finding it recorded is either
// explained by a registered doc conflict (the live API took the other side of a contradiction in
// Yuno's docs) or already in the baseline (the previous night's findings, accepted then). Allure 3
// marks such a failure "accepted" with the reason, and its quality gate counts only the others: QA
// sees what is new. The rules are matched on the Allure test case id of each test, read from the
// run's Allure results; allurerc.mjs reads them from the file build-report writes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings.js';
import { loadSpecs } from '../specs.js';
import type { DriftFile } from './drift.js';

/** Why a finding is known. */
export interface KnownBecause {
  finding: string;
  title: string;
  /** The registered doc conflict that explains it. */
  conflict?: string;
  /** True when the baseline (the previous findings) already had it. */
  baseline?: boolean;
}

/** An Allure 3 resolution rule (allurerc.mjs `resolutions.rules`): these test cases' failures are accepted. */
export interface AcceptedRule {
  resolution: 'accepted';
  testCaseId: string[];
  comment: string;
}

/** What build-report writes and allurerc.mjs reads. */
export interface KnownIssuesFile {
  generated_at: string;
  /** The findings and the baseline they were judged from. */
  findings: string;
  baseline?: string;
  /** Tests known to fail, and why. */
  known: Array<{ test: string; project: string; testCaseId?: string; because: KnownBecause[] }>;
  /** Tests with a finding nothing explains: new failures. */
  unknown: Array<{ test: string; project: string; findings: string[] }>;
  rules: AcceptedRule[];
}

/** The Allure test case id of each test of a run, by `${project} ${fullName}` (fullName: `file › title`). */
export function allureTestCases(resultsDir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(resultsDir)) return out;
  for (const f of readdirSync(resultsDir).filter((x) => x.endsWith('-result.json'))) {
    try {
      const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as {
        testCaseId?: string;
        fullName?: string;
        parameters?: Array<{ name: string; value: string }>;
      };
      const project = r.parameters?.find((p) => p.name === 'Project')?.value ?? '';
      if (r.testCaseId && r.fullName) out.set(`${project} ${r.fullName}`, r.testCaseId);
    } catch {
      // not a result of ours
    }
  }
  return out;
}

/** Why a finding is known, or undefined when it is new. */
function knownBecause(
  f: Finding,
  baseline: Set<string> | undefined,
  conflicts: Map<string, string>,
): KnownBecause | undefined {
  const conflict = f.conflict !== 'unregistered' && conflicts.has(f.conflict) ? f.conflict : undefined;
  const seen = baseline?.has(f.id) ?? false;
  if (!conflict && !seen) return undefined;
  return { finding: f.id, title: f.title, ...(conflict ? { conflict } : {}), ...(seen ? { baseline: true } : {}) };
}

const reason = (b: KnownBecause, conflicts: Map<string, string>): string =>
  b.conflict
    ? `doc conflict ${b.conflict} (${conflicts.get(b.conflict)}): the live API took the other side; finding ${b.finding}`
    : `in the previous findings: finding ${b.finding}, ${b.title}`;

/**
 * The known and the new failures of a run, and the Allure rules that accept the known: one rule per
 * distinct set of reasons, listing its tests' case ids (tests without an Allure result get none).
 */
export function knownIssues(
  current: DriftFile,
  o: { baseline?: DriftFile; testCases: Map<string, string>; names: { findings: string; baseline?: string } },
): KnownIssuesFile {
  const conflicts = new Map(loadSpecs().conflicts.conflicts.map((c) => [c.id, c.title]));
  const before = o.baseline ? new Set(o.baseline.findings.map((f) => f.id)) : undefined;
  const byTest = new Map<string, { test: string; project: string; findings: Finding[] }>();
  for (const f of current.findings)
    for (const x of f.occurrences) {
      const key = `${x.project} ${x.test}`;
      const t = byTest.get(key) ?? { test: x.test, project: x.project, findings: [] };
      if (!t.findings.includes(f)) t.findings.push(f);
      byTest.set(key, t);
    }
  const known: KnownIssuesFile['known'] = [];
  const unknown: KnownIssuesFile['unknown'] = [];
  for (const [key, t] of [...byTest].sort((a, b) => a[0].localeCompare(b[0]))) {
    const because = t.findings.map((f) => knownBecause(f, before, conflicts));
    if (because.every((b) => b !== undefined))
      known.push({
        test: t.test,
        project: t.project,
        testCaseId: o.testCases.get(key),
        because: because as KnownBecause[],
      });
    else
      unknown.push({
        test: t.test,
        project: t.project,
        findings: t.findings.filter((_, i) => because[i] === undefined).map((f) => f.id),
      });
  }
  const rules = new Map<string, AcceptedRule>();
  for (const k of known) {
    if (!k.testCaseId) continue;
    const comment = `Known: ${k.because.map((b) => reason(b, conflicts)).join('; ')}`;
    const r = rules.get(comment) ?? { resolution: 'accepted' as const, testCaseId: [], comment };
    if (!r.testCaseId.includes(k.testCaseId)) r.testCaseId.push(k.testCaseId);
    rules.set(comment, r);
  }
  return {
    generated_at: new Date().toISOString(),
    findings: o.names.findings,
    ...(o.names.baseline ? { baseline: o.names.baseline } : {}),
    known,
    unknown,
    rules: [...rules.values()],
  };
}
