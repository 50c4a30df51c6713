import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { REPORTS_DIR } from '../lib/paths.js';
import { syncSection } from '../lib/readme.js';
import {
  COLUMNS,
  coverage,
  listTests,
  readNotes,
  renderPage,
  renderTable,
  unexplained,
} from '../lib/reports/coverage.js';
import { InputFileError } from '../lib/yaml-file.js';

async function main(): Promise<void> {
  const { values } = cliArgs('coverage', {
    options: {
      readme: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      results: { type: 'string', default: join(REPORTS_DIR, 'results.json') },
    },
  });
  try {
    const notes = readNotes();
    const results = existsSync(values.results!)
      ? (JSON.parse(readFileSync(values.results!, 'utf8')) as Record<string, unknown>)
      : undefined;
    const tests = listTests(results);
    const rows = coverage(tests, notes);
    const { md, html } = renderPage(rows, notes, tests);
    mkdirSync(REPORTS_DIR, { recursive: true });
    writeFileSync(join(REPORTS_DIR, 'coverage.md'), md);
    writeFileSync(join(REPORTS_DIR, 'coverage.html'), html);
    const table = renderTable(rows, notes);
    const fresh = syncSection('coverage', 'npm run coverage -- --readme', table, values.readme);
    const missing = unexplained(rows);
    const full = rows.filter((r) => COLUMNS.every((c) => r.cells[c].count > 0)).length;
    console.log(
      `coverage: ${rows.length} operations, ${tests.length} tests; ${full} operations with every column; ${missing.length} empty cells unexplained; wrote ${join(REPORTS_DIR, 'coverage.md')} and coverage.html`,
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
