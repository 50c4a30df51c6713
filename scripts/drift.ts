// npm run drift -- --baseline <previous drift.json> [--current reports/drift.json] [--out FILE]
// npm run drift -- --merge a.json b.json ... --out merged.json   (the shards of one run)
//
// Compares the violations of this run with a previous one and prints new / resolved / unchanged as
// Markdown. A violation that matches a registered doc conflict is named as "the live API took the
// other side of conflict X", never hidden. Exits 1 when there are new violations, 2 on bad input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPORTS_DIR } from '../lib/paths.js';
import { loadSpecs } from '../lib/specs.js';
import { InputFileError, readJsonFile } from '../lib/yaml-file.js';
import type { DriftFile } from '../tests/support/drift-reporter.js';

type Entry = DriftFile['violations'][number];

export function readDrift(file: string): DriftFile {
  const d = readJsonFile(file) as Partial<DriftFile> | unknown[];
  if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new InputFileError(file, '/', 'expected a drift.json object ({ version, violations })');
  if (d.version !== 1) throw new InputFileError(file, '/version', `expected 1, found ${JSON.stringify(d.version)}`);
  if (!Array.isArray(d.violations)) throw new InputFileError(file, '/violations', 'expected an array');
  d.violations.forEach((v, i) => {
    if (typeof v !== 'object' || v === null) throw new InputFileError(file, `/violations/${i}`, 'expected an object');
    for (const k of ['rule', 'operation', 'pointer', 'expected'] as const) {
      if (typeof (v as unknown as Record<string, unknown>)[k] !== 'string') throw new InputFileError(file, `/violations/${i}/${k}`, 'expected a string');
    }
  });
  return d as DriftFile;
}

/** What makes two violations the same, across runs: not the test, not the sample, not array indices. */
export function keyOf(v: Entry): string {
  return [v.operation, v.status ?? '', v.pointer.replace(/\/\d+(?=\/|$)/g, '/*'), v.rule, v.keyword ?? '', v.expected].join(' | ');
}

export interface Diff {
  added: Entry[];
  resolved: Entry[];
  unchanged: Entry[];
}

export function diff(baseline: DriftFile, current: DriftFile): Diff {
  const uniq = (vs: Entry[]): Map<string, Entry> => new Map(vs.map((v) => [keyOf(v), v]));
  const before = uniq(baseline.violations);
  const now = uniq(current.violations);
  return {
    added: [...now].filter(([k]) => !before.has(k)).map(([, v]) => v),
    resolved: [...before].filter(([k]) => !now.has(k)).map(([, v]) => v),
    unchanged: [...now].filter(([k]) => before.has(k)).map(([, v]) => v),
  };
}

export function renderDiff(d: Diff, names: { baseline: string; current: string }): string {
  const conflicts = new Map(loadSpecs().conflicts.conflicts.map((c) => [c.id, c]));
  const line = (v: Entry): string => {
    const c = v.conflict ? conflicts.get(v.conflict) : undefined;
    const where = `\`${v.operation}\`${v.status !== undefined ? ` ${v.status}` : ''} \`${v.pointer || '(body)'}\``;
    const note = c ? ` — **the live API took the other side of conflict ${c.id}** (${c.title}; our position: ${c.position})` : '';
    return `- ${where}: ${v.rule}${v.keyword ? ` (${v.keyword})` : ''}: expected ${v.expected}; observed ${v.observedType} \`${v.sample}\`${note}${v.doc ? ` — [docs](${v.doc})` : ''}`;
  };
  const section = (title: string, vs: Entry[]): string[] => [`## ${title} (${vs.length})`, '', ...(vs.length ? vs.map(line) : ['none']), ''];
  return [
    `# Drift: ${names.current} against ${names.baseline}`,
    '',
    `${d.added.length} new, ${d.resolved.length} resolved, ${d.unchanged.length} unchanged`,
    '',
    ...section('New', d.added),
    ...section('Resolved', d.resolved),
    ...section('Unchanged', d.unchanged),
  ].join('\n');
}

export function merge(files: DriftFile[]): DriftFile {
  return {
    version: 1,
    generated_at: new Date().toISOString(),
    projects: [...new Set(files.flatMap((f) => f.projects))],
    violations: files.flatMap((f) => f.violations),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { baseline: { type: 'string' }, current: { type: 'string', default: join(REPORTS_DIR, 'drift.json') }, out: { type: 'string' }, merge: { type: 'boolean', default: false } },
  });
  if (values.merge) {
    try {
      if (!values.out || positionals.length === 0) throw new InputFileError('drift', '', 'usage: --merge FILE... --out FILE');
      writeFileSync(values.out, JSON.stringify(merge(positionals.map(readDrift)), null, 2) + '\n');
      console.log(`merged ${positionals.length} drift files into ${values.out}`);
      process.exit(0);
    } catch (e) {
      if (e instanceof InputFileError) {
        console.error(`drift: ${e.message}`);
        process.exit(2);
      }
      throw e;
    }
  }
  if (!values.baseline) {
    console.error('drift needs --baseline <previous drift.json>, e.g. npm run drift -- --baseline last-night/drift.json');
    process.exit(2);
  }
  try {
    const d = diff(readDrift(values.baseline), readDrift(values.current!));
    const md = renderDiff(d, { baseline: values.baseline, current: values.current! });
    console.log(md);
    if (values.out) writeFileSync(values.out, md + '\n');
    process.exit(d.added.length ? 1 : 0);
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(`drift: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1]?.endsWith('drift.ts')) await main();
