// npm run screenshots [-- --results reports/results.json] [--out docs]
//
// Photographs the pages the README shows (lib/reports/sample-pages.ts) in Debian's Chromium
// (headless): docs/coverage.png and docs/drift.png, cropped to the header, the totals and the first
// rows or findings.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { cliArgs } from '../lib/cli.js';
import { REPORTS_DIR, ROOT } from '../lib/paths.js';
import { CHROMIUM, CHROMIUM_ARGS, writePages } from '../lib/reports/sample-pages.js';

async function main(): Promise<void> {
  const { values } = cliArgs('screenshots', {
    options: {
      results: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'docs') },
    },
  });
  if (!existsSync(CHROMIUM)) {
    console.error(`screenshots: ${CHROMIUM} is absent (apt-get install -y chromium)`);
    process.exit(2);
  }
  const results =
    values.results ?? (existsSync(join(REPORTS_DIR, 'results.json')) ? join(REPORTS_DIR, 'results.json') : undefined);
  const pages = writePages(mkdtempSync(join(tmpdir(), 'pages-')), results);
  mkdirSync(values.out!, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const shots: Array<[string, string, number]> = [
      ['coverage', pages.coverage, 640],
      ['drift', pages.drift, 760],
    ];
    for (const [name, file, height] of shots) {
      await page.goto(`file://${file}`);
      const path = join(values.out!, `${name}.png`);
      await page.screenshot({ path, clip: { x: 0, y: 0, width: 1280, height } });
      console.log(`screenshots: ${path}`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('screenshots.ts')) await main();
