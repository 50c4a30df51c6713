import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { targetConfig } from '../config.js';
import { Contract } from '../contract.js';
import type { Finding } from '../findings.js';
import { ROOT } from '../paths.js';
import { InputFileError, readJsonFile } from '../yaml-file.js';

/** What a run was against: the targets (project and host, nothing else of the URL) and the contract. */
export interface DriftMeta {
  targets: Array<{ project: string; host: string }>;
  contract: { version: string; docs_commit?: string };
}

/** The findings of a run, as reports/drift.json holds them (schemas/drift.schema.json). */
export interface DriftFile extends Partial<DriftMeta> {
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

const TARGETS = new Set(['mock', 'emulator', 'sandbox']);

/**
 * The targets and contract of the run going on in this process: each target project's host (the
 * settings name it; a project without valid settings is named without one) and the contract's
 * version and docs commit (info.x-docs-commit).
 */
export function runMeta(projects: string[]): DriftMeta {
  const targets = projects
    .map((p) => (p === 'selftest' ? 'emulator' : p))
    .filter((p) => TARGETS.has(p))
    .map((project) => {
      try {
        return { project, host: new URL(targetConfig(project as 'mock' | 'emulator' | 'sandbox').baseURL).host };
      } catch {
        return { project, host: 'unknown host' };
      }
    });
  const contract = Contract.load();
  const commit = (contract.doc.info as Record<string, unknown> | undefined)?.['x-docs-commit'];
  return {
    targets,
    contract: { version: contract.version, ...(typeof commit === 'string' ? { docs_commit: commit } : {}) },
  };
}

export function driftFile(
  findings: Finding[],
  projects: string[],
  standInArtefacts = 0,
  meta: DriftMeta = runMeta(projects),
): DriftFile {
  const count = (key: (f: Finding) => string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
    return out;
  };
  return {
    version: 2,
    generated_at: new Date().toISOString(),
    projects,
    targets: meta.targets,
    contract: meta.contract,
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
  // The shards ran against the same targets and contract: their own record of them is kept.
  const targets = new Map(files.flatMap((f) => f.targets ?? []).map((t) => [`${t.project} ${t.host}`, t]));
  const contract = files.find((f) => f.contract)?.contract;
  const projects = [...new Set(files.flatMap((f) => f.projects))];
  return driftFile(
    [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    projects,
    files.reduce((n, f) => n + (f.summary.stand_in_artefacts ?? 0), 0),
    contract ? { targets: [...targets.values()], contract } : runMeta(projects),
  );
}

export function fail(e: unknown): never {
  if (e instanceof InputFileError) {
    console.error(`drift: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
