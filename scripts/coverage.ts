// npm run coverage [-- --readme] [--check] [--results reports/results.json] [--out DIR]
//
// Writes the coverage page (DIR/coverage.html, DIR defaults to reports/): every documented operation
// by API area, what its tests cover, and, from a run's results, the constraints its generated cases
// proved on each side, each cell linking to its tests in the run's Playwright report (and Allure
// after a full run). --readme rewrites the README's compact table; --check exits 1 when an empty
// cell has no note or the README's table is stale. --check reads no results: it lists the tests
// (playwright test --list), as fast as that. Exits 2 on bad input.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { Contract } from '../lib/contract.js';
import { REPORTS_DIR } from '../lib/paths.js';
import { syncSection } from '../lib/readme.js';
import {
  allConstraintSides,
  allureIdsOf,
  COLUMNS,
  coverage,
  coveragePage,
  listTests,
  type ReportLinks,
  readmeTable,
  readNotes,
  unexplained,
} from '../lib/reports/coverage.js';
import { InputFileError } from '../lib/yaml-file.js';

async function main(): Promise<void> {
  const { values } = cliArgs('coverage', {
    options: {
      readme: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      results: { type: 'string' },
      out: { type: 'string', default: REPORTS_DIR },
    },
  });
  try {
    const notes = readNotes();
    // --check judges the listing alone; the page reads the last run unless told otherwise.
    const resultsFile = values.results ?? (values.check ? undefined : join(REPORTS_DIR, 'results.json'));
    if (values.results && !existsSync(values.results))
      throw new InputFileError(
        values.results,
        '',
        'no such file: run the suite first (it writes reports/results.json)',
      );
    const results =
      resultsFile && existsSync(resultsFile)
        ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>)
        : undefined;
    const tests = listTests(results);
    // The constraint columns need a run of the generated cases (a run of the unit project alone has none).
    const generated = tests.some((t) => Object.values(t.outcomes).some((o) => o.generated));
    const rows = coverage(tests, notes, {
      haveResults: generated,
      sides: generated ? allConstraintSides(Contract.load()) : undefined,
    });
    const out = values.out!;
    mkdirSync(out, { recursive: true });
    const links: ReportLinks = {};
    if (resultsFile && results) {
      const dir = dirname(resultsFile);
      const pw = join(dir, 'playwright-html', 'index.html');
      const allure = join(dir, 'allure-report', 'index.html');
      if (existsSync(pw)) links.playwright = relative(out, pw);
      // Allure's report, when it was built from this run (not left over from an earlier full run).
      if (existsSync(allure) && statSync(allure).mtimeMs >= statSync(resultsFile).mtimeMs) {
        links.allure = relative(out, allure);
        links.allureIds = allureIdsOf(join(dir, 'allure-results'));
      }
    }
    const page = coveragePage({
      rows,
      notes,
      tests,
      links,
      ranAt:
        resultsFile && results ? statSync(resultsFile).mtime.toISOString().slice(0, 16).replace('T', ' ') : undefined,
    });
    if (!values.check) writeFileSync(join(out, 'coverage.html'), page);
    const fresh = syncSection('coverage', 'npm run coverage -- --readme', readmeTable(rows, notes), values.readme);
    const missing = unexplained(rows);
    const api = rows.filter((r) => !r.webhook);
    const full = rows.filter((r) =>
      COLUMNS.every((c) => r.cells[c].count > 0 || r.cells[c].note || r.cells[c].noRun),
    ).length;
    const constraints = api.reduce((n, r) => n + (r.constraints?.total ?? 0), 0);
    const both = api.reduce((n, r) => n + (r.constraints?.bothSides ?? 0), 0);
    console.log(
      `coverage: ${api.length} operations and ${rows.length - api.length} webhooks, ${tests.length} tests; ` +
        `${full} rows with every cell covered or explained; ${missing.length} empty cells unexplained; ` +
        (results
          ? `${both} of ${constraints} constraints covered both sides; `
          : 'no run results (constraint columns need one); ') +
        (values.check ? 'checked' : `wrote ${join(out, 'coverage.html')}`),
    );
    for (const m of missing)
      console.log(`  unexplained empty cell: ${m} (explain it in specs/coverage-notes.yaml or add a test)`);
    if (values.check) {
      const stale = !values.readme && !fresh;
      if (stale) console.log('  README.md: the coverage table is stale (npm run coverage -- --readme)');
      if (missing.length || stale) process.exit(1);
    }
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1]?.endsWith('coverage.ts')) await main();
