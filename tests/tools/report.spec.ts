// The Allure report opens from the file itself in a real browser and shows the run's counts.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { ROOT } from '../../lib/paths.js';
import { subrun } from '../support/subrun.js';

const CHROMIUM = '/usr/bin/chromium';

test('the single-file Allure report shows the run in headless Chromium', async () => {
  test.skip(!existsSync(CHROMIUM), `${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)`);
  test.setTimeout(120_000);
  const run = await subrun(['--project=unit', '--grep', 'the contract agrees with specs']);
  expect(run.code, run.output).toBe(0);
  const total = run.stats!.expected + run.stats!.unexpected + run.stats!.skipped + run.stats!.flaky;
  expect(total).toBeGreaterThan(3);
  const out = join(run.reports, 'allure-report');
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'scripts', 'build-report.ts'),
      '--results',
      join(run.reports, 'allure-results'),
      '--out',
      out,
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { stats: { total: number } };
  expect(summary.stats.total).toBe(total);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${join(out, 'index.html')}`);
    await expect(page.getByText(`Results ${total}`, { exact: false })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(`${total} passed`, { exact: false }).first()).toBeVisible();
    await expect(page.getByText('document_version')).toBeVisible();
  } finally {
    await browser.close();
  }
});
