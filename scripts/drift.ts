// npm run drift [-- --baseline FILE] [--current reports/drift.json] [--out DIR]
// npm run drift -- --merge a.json b.json ... --out merged.json   (the shards of one run)
//
// Reads this run's findings (reports/drift.json, checked against schemas/drift.schema.json), compares
// them with a previous run's when --baseline is given, and writes the page people read: Markdown
// (drift.md), a self-contained HTML page (drift.html) and a one-line summary for a CI job summary
// (drift-summary.txt), all beside the current file unless --out says where. Prints the Markdown.
// Observed values and exchanges pass through the redaction of the keys in the environment.
// Exits 1 when there are new findings against the baseline, 2 on bad input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { setting } from '../lib/config.js';
import { REPORTS_DIR } from '../lib/paths.js';
import { Redactor } from '../lib/redact.js';
import { diff, fail, merge, readDrift } from '../lib/reports/drift.js';
import { renderHtml, renderMarkdown, summaryLine } from '../lib/reports/drift-page.js';
import { InputFileError } from '../lib/yaml-file.js';

async function main(): Promise<void> {
  const { values, positionals } = cliArgs('drift', {
    allowPositionals: true,
    options: {
      baseline: { type: 'string' },
      current: { type: 'string', default: join(REPORTS_DIR, 'drift.json') },
      out: { type: 'string' },
      merge: { type: 'boolean', default: false },
    },
  });
  if (values.merge) {
    try {
      if (!values.out || positionals.length === 0)
        throw new InputFileError('drift', '', 'usage: --merge FILE... --out FILE');
      const merged = merge(positionals.map(readDrift));
      writeFileSync(values.out, `${JSON.stringify(merged, null, 2)}\n`);
      console.log(
        `merged ${positionals.length} drift files into ${values.out}: ${merged.summary.findings} findings, ${merged.summary.occurrences} occurrences`,
      );
      process.exit(0);
    } catch (e) {
      fail(e);
    }
  }
  try {
    const current = readDrift(values.current!);
    const baseline = values.baseline ? readDrift(values.baseline) : undefined;
    const d = baseline ? diff(baseline, current) : undefined;
    // The keys of the run, wherever they are set: what the tests already redacted is redacted again.
    const redactor = new Redactor(
      (['YUNO_PUBLIC_API_KEY', 'YUNO_PRIVATE_SECRET_KEY', 'YUNO_WEBHOOK_SECRET'] as const).map((k) => setting(k) ?? ''),
    );
    const names = { baseline, redactor };
    const md = renderMarkdown(current, d, names);
    const dir = values.out ?? dirname(values.current!);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'drift.md'), `${md}\n`);
    writeFileSync(join(dir, 'drift.html'), renderHtml(current, d, names));
    const line = summaryLine(current, d);
    writeFileSync(join(dir, 'drift-summary.txt'), `${line}\n`);
    console.log(md);
    console.error(
      `\n${line}\nwrote ${join(dir, 'drift.md')}, ${join(dir, 'drift.html')}, ${join(dir, 'drift-summary.txt')}`,
    );
    process.exit(d?.added.length ? 1 : 0);
  } catch (e) {
    fail(e);
  }
}

if (process.argv[1]?.endsWith('drift.ts')) await main();
