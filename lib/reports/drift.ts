import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Finding } from '../findings.js';
import { ROOT } from '../paths.js';
import { InputFileError, readJsonFile } from '../yaml-file.js';

/** The findings of a run, as reports/drift.json holds them (schemas/drift.schema.json). */
export interface DriftFile {
  version: 2;
  generated_at: string;
  projects: string[];
  summary: {
    findings: number;
    occurrences: number;
    by_kind: Record<string, number>;
    by_conflict: Record<string, number>;
    stand_in_artefacts?: number;
  };
  findings: Finding[];
}

export function driftFile(findings: Finding[], projects: string[], standInArtefacts = 0): DriftFile {
  const count = (key: (f: Finding) => string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
    return out;
  };
  return {
    version: 2,
    generated_at: new Date().toISOString(),
    projects,
    summary: {
      findings: findings.length,
      occurrences: findings.reduce((n, f) => n + f.count, 0),
      by_kind: count((f) => f.kind),
      by_conflict: count((f) => f.conflict),
      ...(standInArtefacts ? { stand_in_artefacts: standInArtefacts } : {}),
    },
    findings,
  };
}

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

export function fail(e: unknown): never {
  if (e instanceof InputFileError) {
    console.error(`drift: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
