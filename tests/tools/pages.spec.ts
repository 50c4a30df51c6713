// The report pages as a reader opens them: from disk, in Debian's Chromium. The coverage page (from
// the test listing and a small run's results) and the drift page (a sample night against the night
// before) must show their totals and their first row or finding, and no raw Markdown; the same check
// fails on a page that shows Markdown, or has lost its totals or its first finding.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { Contract } from '../../lib/contract.js';
import { Redactor } from '../../lib/redact.js';
import {
  allConstraintSides,
  coverage,
  listTests,
  operationsWithTests,
  readmeTable,
  readNotes,
} from '../../lib/reports/coverage.js';
import { diff } from '../../lib/reports/drift.js';
import { ranked, titleOf } from '../../lib/reports/drift-page.js';
import { CHROMIUM, CHROMIUM_ARGS, SAMPLE_SECRET, sampleNights, writePages } from '../../lib/reports/sample-pages.js';
import { subrun } from '../support/subrun.js';

interface ReaderExpects {
  title: string;
  /** Each total's label and the value it must show. */
  totals: Array<[string, string]>;
  /** The first row or finding a reader meets: where it is, what it must say, and its anchor. */
  first: { selector: string; text: string; id?: string };
}

/** What a reader must see on a page; throws (an expect failure) on the first thing missing. */
async function readerSees(page: Page, want: ReaderExpects, timeout = 2_000): Promise<void> {
  // The pages are static files, laid out once loaded: the wait matters only when something is missing.
  const quick = { timeout };
  await expect(page, 'the title says what and when, not where a file was').toHaveTitle(want.title, quick);
  expect(want.title).not.toMatch(/[\\/][\w.-]+\.(json|html|md)\b/);
  const totals = page.getByRole('list', { name: 'totals' });
  await expect(totals, 'the totals band').toBeVisible(quick);
  for (const [label, value] of want.totals) {
    const item = totals.getByRole('listitem').filter({ hasText: label });
    await expect(item, `the total "${label}"`).toHaveCount(1, quick);
    await expect(item.locator('.v'), `the total "${label}"`).toHaveText(value, quick);
  }
  const first = page.locator(want.first.selector).first();
  await expect(first, 'the first row or finding').toBeVisible(quick);
  await expect(first, 'the first row or finding').toContainText(want.first.text, quick);
  if (want.first.id) await expect(first, 'the first row or finding').toHaveAttribute('id', want.first.id, quick);
  // No raw Markdown: no table rule, no heading marks, no page-long <pre>.
  // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out is what a reader sees
  const text = await page.locator('body').innerText();
  expect(text, 'a Markdown table rule').not.toMatch(/\|\s*-{3,}/);
  expect(text, 'Markdown headings or emphasis').not.toMatch(/^(#{1,4} |\*\*)/m);
  for (const pre of await page.locator('pre').all()) {
    if (!(await pre.isVisible())) continue;
    // Its content's height, whatever a style sheet clamps it to.
    expect(await pre.evaluate((e) => e.scrollHeight), 'a <pre> wall').toBeLessThan(600);
  }
}

let browser: Browser | undefined;
let dir: string;
let pages: { coverage: string; drift: string };
let coverageWants: ReaderExpects;
let driftWants: ReaderExpects;
let readme: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.skip(!existsSync(CHROMIUM), `${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)`);
  test.setTimeout(240_000);
  // A small run: the generated cases of one operation, for the constraint columns and their links.
  const run = await subrun(
    ['--project=emulator', 'tests/generated', '--grep', 'createPayout: (generated|each constraint)', '--workers=2'],
    {
      YUNO_REPORTS: 'light',
    },
  );
  expect(run.code, run.output).toBe(0);
  const results = join(run.reports, 'results.json');
  dir = mkdtempSync(join(tmpdir(), 'pages-'));
  pages = writePages(dir, results);

  const notes = readNotes();
  const listed = listTests(JSON.parse(readFileSync(results, 'utf8')) as Record<string, unknown>);
  const rows = coverage(listed, notes, { haveResults: true, sides: allConstraintSides(Contract.load()) });
  readme = readmeTable(rows, notes);
  const api = rows.filter((r) => !r.webhook);
  const withTests = operationsWithTests(rows);
  const both = api.reduce((n, r) => n + (r.constraints?.bothSides ?? 0), 0);
  const total = api.reduce((n, r) => n + (r.constraints?.total ?? 0), 0);
  expect(both, 'the run proved constraints of createPayout').toBeGreaterThan(0);
  const firstRow = rows[0]!;
  coverageWants = {
    title: 'Coverage: what a green run proves, per operation',
    totals: [
      ['operations with tests', `${withTests} of ${api.length}`],
      ['constraints covered both sides', `${both.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`],
    ],
    first: { selector: 'table.grid tbody tr:not(.group)', text: firstRow.operation, id: firstRow.operation },
  };

  const { previous, current } = sampleNights();
  const d = diff(previous, current);
  const top = ranked(current, d)[0]!.areas[0]![1][0]!.f;
  driftWants = {
    title: 'Drift: sandbox (api-sandbox.y.uno), 2026-12-07',
    totals: [
      ['new', String(d.added.length)],
      ['fixed', String(d.resolved.length)],
      ['still present', String(d.unchanged.length)],
    ],
    first: { selector: 'details.finding', text: titleOf(top, new Redactor([SAMPLE_SECRET])), id: top.id },
  };
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

test.afterAll(async () => {
  await browser?.close();
});

test('the coverage page shows its totals and its first operation, a real table, and links to the run', async () => {
  const page = await browser!.newPage();
  await page.goto(`file://${pages.coverage}`);
  await readerSees(page, coverageWants);
  // The run's constraint columns: createPayout's accepted cell counts and links to its test in the run's report.
  const row = page.locator('tr#createPayout');
  const accepted = row.locator('td').nth(2);
  await expect(accepted).toHaveText(/\d+ \/ \d+/);
  await accepted.getByRole('link').first().click();
  await expect(
    page.getByText('createPayout: generated cases at the documented bounds are accepted').first(),
  ).toBeVisible({
    timeout: 10_000,
  });
  // An operation the run did not reach says so, in its cell.
  await page.goto(`file://${pages.coverage}`);
  await expect(page.locator('tr#createPayment td').nth(2)).toContainText('no run of its test in these results');
});

test('the drift page leads with the news and ranks a refused valid request first, values redacted', async () => {
  const page = await browser!.newPage();
  await page.goto(`file://${pages.drift}`);
  await readerSees(page, driftWants);
  await expect(page.locator('dl.facts')).toContainText('a6cb7de');
  await expect(page.locator('details.finding').first()).toContainText('refuses a request the contract allows');
  const html = readFileSync(pages.drift, 'utf8');
  expect(html).not.toContain(SAMPLE_SECRET);
  await expect(page.getByText('observed "JANE ([REDACTED])"', { exact: false }).first()).toBeVisible();
});

test('the check fails on a page of raw Markdown, one without its totals, one without its first finding', async () => {
  const page = await browser!.newPage();
  // The coverage page as it was: the Markdown inside a <pre>. It has no totals band...
  const markdown = readme.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.setContent(
    `<!doctype html><title>${coverageWants.title}</title><pre style="white-space:pre-wrap">${markdown}</pre>`,
  );
  await expect(readerSees(page, coverageWants, 300)).rejects.toThrow(/totals band/);
  // ...and with one given to it, its Markdown still fails the check.
  await page.setContent(
    `<!doctype html><title>${coverageWants.title}</title><div role="list" aria-label="totals"><div role="listitem">1</div></div><pre style="white-space:pre-wrap">${markdown}</pre>`,
  );
  await expect(
    readerSees(page, { ...coverageWants, totals: [], first: { selector: 'pre', text: 'API area' } }, 300),
  ).rejects.toThrow(/Markdown table rule/);
  // A drift page that lost its totals.
  await page.goto(`file://${pages.drift}`);
  await page.evaluate(() => document.querySelector('.totals')?.remove());
  await expect(readerSees(page, driftWants, 300)).rejects.toThrow(/totals band/);
  // A drift page that lost its first finding.
  await page.goto(`file://${pages.drift}`);
  await page.evaluate(() => document.querySelector('details.finding')?.remove());
  await expect(readerSees(page, driftWants, 300)).rejects.toThrow(/first row or finding/);
  // A page-long <pre>.
  await page.goto(`file://${pages.drift}`);
  await page.evaluate(() =>
    document.querySelector('main')?.insertAdjacentHTML('beforeend', `<pre>${'a line\n'.repeat(80)}</pre>`),
  );
  await expect(readerSees(page, driftWants, 300)).rejects.toThrow(/<pre> wall/);
  // And the pages as written pass.
  await page.goto(`file://${pages.drift}`);
  await readerSees(page, driftWants);
});
