// Allure 3's configuration for `npm run report` (scripts/build-report.ts): the known failures and
// the quality gate.
//
// Known failures: a failed test whose findings a registered doc conflict explains, or that the
// previous findings already had, is accepted with the reason (Allure shows it as "Accepted test
// result", and its resolution filter lists them apart). build-report writes the rules into a
// file (lib/reports/known-issues.ts) and names it in YUNO_KNOWN_ISSUES; Allure writes its own
// record of issue-linked failures to YUNO_ALLURE_KNOWN_ISSUES_OUT.
//
// The quality gate (`allure quality-gate`, run by build-report after the report is written): the run
// fails on any failure that is not known. Accepted failures never count. To tune it, change the
// rule set below: `maxFailures: N` tolerates N new failures, `successRate: 0.95` judges the share
// of passing tests instead, `minTestsCount: N` fails a run that ran fewer tests (a broken shard),
// `fastFail: true` stops at the first broken rule, and a `filter: (tr) => boolean` limits a rule
// set to some test results (e.g. one epic, by its labels).
import { existsSync, readFileSync } from 'node:fs';

const file = process.env.YUNO_KNOWN_ISSUES;
const known = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;

export default {
  name: 'yuno-conformance',
  // Where Allure writes (npm run report passes the report's folder; the gate gets a scratch one).
  output: process.env.YUNO_ALLURE_OUTPUT ?? 'reports/allure-report',
  ...(known
    ? {
        resolutions: {
          rules: known.rules,
          knownIssuesPath: process.env.YUNO_ALLURE_KNOWN_ISSUES_OUT ?? 'reports/allure-known-issues.json',
        },
      }
    : {}),
  qualityGate: {
    rules: [{ id: 'new-failures', maxFailures: 0 }],
  },
};
