// What the self-test's parts share: the record its reporter writes per test copy (read by
// scripts/selftest.ts to decide whether each fault was caught) and the name of the benign copy.

/** One test copy of the self-test: which fault or variation it ran under, and how it ended. */
export interface SelftestRecord {
  /** The test's title, without the fault's describe block. */
  title: string;
  /** The fault or benign variation of the copy, '' for the clean copy. */
  fault: string;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  rules: string[];
  operations: string[];
  /** The rules of the findings the copy recorded. */
  violations: string[];
  error?: string;
  /** The rule each error message starts with (the failure vocabulary), one per error that names one. */
  errorRules: string[];
  ms: number;
}

/** The name of the benign copy that runs every variation at once. */
export const ALL_VARIATIONS = 'all-variations';
