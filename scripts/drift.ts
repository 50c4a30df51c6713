// npm run drift [-- --baseline FILE] [--current reports/drift.json] [--out DIR]
// npm run drift -- --merge a.json b.json ... --out merged.json   (the shards of one run)
//
// Reads this run's findings (reports/drift.json, checked against schemas/drift.schema.json), compares
// them with a previous run's when --baseline is given, and writes the page people read: Markdown
// (drift.md), a self-contained HTML page (drift.html) and a one-line summary for a CI job summary
// (drift-summary.txt), all beside the current file unless --out says where. Prints the Markdown.
// Exits 1 when there are new findings against the baseline, 2 on bad input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Finding } from '../lib/findings.js';
import { REPORTS_DIR, ROOT } from '../lib/paths.js';
import { InputFileError, readJsonFile } from '../lib/yaml-file.js';
import { type DriftFile, driftFile } from '../tests/support/drift-reporter.js';
import { renderHtml, renderMarkdown, summaryLine } from './drift-page.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv2020) => Ajv2020;
let validate: ReturnType<Ajv2020['compile']> | undefined;

/** A drift file, checked against schemas/drift.schema.json; a bad one names the file and the place. */
export function readDrift(file: string): DriftFile {
  const d = readJsonFile(file);
  if (!validate)
    validate = addFormats(new Ajv2020({ allErrors: false })).compile(
      readJsonFile(join(ROOT, 'schemas', 'drift.schema.json')) as object,
    );
  if (!validate(d)) {
    const e = validate.errors![0]!;
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`
        : '';
    throw new InputFileError(
      file,
      e.instancePath || '/',
      `${e.message ?? 'is invalid'}${extra} (schemas/drift.schema.json)`,
    );
  }
  return d as DriftFile;
}

export interface Diff {
  added: Finding[];
  resolved: Finding[];
  unchanged: Finding[];
}

/** Findings compared by id: the same underlying difference has the same id in every run. */
export function diff(baseline: DriftFile, current: DriftFile): Diff {
  const before = new Map(baseline.findings.map((f) => [f.id, f]));
  const now = new Map(current.findings.map((f) => [f.id, f]));
  return {
    added: current.findings.filter((f) => !before.has(f.id)),
    resolved: baseline.findings.filter((f) => !now.has(f.id)),
    unchanged: current.findings.filter((f) => before.has(f.id)),
  };
}

/** The shards of one run as one file: findings with the same id become one, their occurrences joined. */
export function merge(files: DriftFile[]): DriftFile {
  const byId = new Map<string, Finding>();
  for (const f of files.flatMap((x) => x.findings)) {
    const m = byId.get(f.id);
    if (!m) {
      byId.set(f.id, structuredClone(f));
      continue;
    }
    m.count += f.count;
    m.occurrences.push(...f.occurrences);
    for (const op of f.operations) if (!m.operations.includes(op)) m.operations.push(op);
    for (const a of f.areas) if (!m.areas.includes(a)) m.areas.push(a);
  }
  return driftFile(
    [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    [...new Set(files.flatMap((f) => f.projects))],
  );
}

function fail(e: unknown): never {
  if (e instanceof InputFileError) {
    console.error(`drift: ${e.message}`);
    process.exit(2);
  }
  throw e;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
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
    const d = values.baseline ? diff(readDrift(values.baseline), current) : undefined;
    const names = { baseline: values.baseline, current: values.current! };
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
