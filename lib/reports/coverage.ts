// npm run coverage [-- --readme] [--check] [--results reports/results.json]
//
// What a green run proves, per operation of the contract: the tests about it (from `playwright test
// --list`, their about() operations and rules) in six columns - shape, auth, lifecycle, errors,
// webhooks - and the faults the self-test injects into it and proves caught. A rule's column
// follows from the registry: contract rules are shape, auth-keys is auth, a rule that prescribes a
// refusal is errors, webhook rules are webhooks, every other rule is lifecycle. An empty cell must
// be explained in specs/coverage-notes.yaml (or follow from the specs: an operation no transition
// sends a webhook for). Operations the docs name without a published contract are listed apart.
// With the last run's results (reports/results.json), the page also says on which targets each
// operation's tests passed, and which were skipped and why.
//
// Writes reports/coverage.md and reports/coverage.html; --readme rewrites the table between the
// coverage markers of README.md; --check exits 1 when a cell is empty and unexplained or the
// README's table is stale. Exits 2 on bad input.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Contract } from '../contract.js';
import { ROOT, SPECS_DIR } from '../paths.js';
import { FAULT_NAMES, FAULTS, isRuleId, RULES, type RuleId } from '../rules/index.js';
import { loadSpecs } from '../specs.js';
import { InputFileError, readYamlFile } from '../yaml-file.js';

export const COLUMNS = ['shape', 'auth', 'lifecycle', 'errors', 'webhooks', 'faults'] as const;
export type Column = (typeof COLUMNS)[number];
type TestColumn = Exclude<Column, 'faults'>;

/** The column a rule's tests count in. */
export function columnOf(rule: RuleId): TestColumn {
  const r = RULES[rule];
  if (r.area === 'contract') return 'shape';
  if (rule === 'auth-keys') return 'auth';
  if (r.refusal) return 'errors';
  if (r.area === 'webhooks') return 'webhooks';
  return 'lifecycle';
}

export interface ListedTest {
  title: string;
  file: string;
  operations: string[];
  rules: RuleId[];
  /** Per project of the last run: its outcome, and why it was skipped. */
  outcomes: Record<string, { status: string; skip?: string }>;
}

export interface CoverageNotes {
  doc: string;
  notes: Record<string, Partial<Record<Column, string>>>;
  unpublished: Array<{ name: string; source: string; note: string }>;
}

export interface Row {
  operation: string;
  cells: Record<Column, { count: number; note?: string }>;
  targets: Record<string, { passed: number; skipped: number }>;
}

type Json = Record<string, unknown>;

/** Every target test with what it declared, from `playwright test --list` (and a run's results, when given). */
export function listTests(results?: Json): ListedTest[] {
  const raw = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'playwright'),
    ['test', '--list', '--reporter=json', '--project=mock'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, YUNO_SELFTEST: '', YUNO_PROJECTS: '' },
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const outcomes = new Map<string, ListedTest['outcomes']>();
  for (const spec of specsOf(results)) {
    const o: ListedTest['outcomes'] = {};
    for (const t of (spec.tests as Json[] | undefined) ?? []) {
      const last = ((t.results as Json[] | undefined) ?? []).at(-1);
      const skip = ((t.annotations as Json[] | undefined) ?? []).find((a) => a.type === 'skip')?.description;
      o[String(t.projectName)] = {
        status: String(last?.status ?? t.status ?? 'unknown'),
        skip: typeof skip === 'string' ? skip : undefined,
      };
    }
    outcomes.set(`${String(spec.file)} ${String(spec.title)}`, o);
  }
  return specsOf(JSON.parse(raw) as Json).map((spec) => {
    const test = ((spec.tests as Json[] | undefined) ?? [])[0] ?? {};
    const annotations = ((test.annotations as Json[] | undefined) ?? []).filter((a) => a.type === 'operation');
    return {
      title: String(spec.title),
      file: String(spec.file),
      operations: annotations.map((a) => String(a.description)),
      rules: ((spec.tags as string[] | undefined) ?? []).map((t) => t.replace(/^@/, '')).filter(isRuleId),
      outcomes: outcomes.get(`${String(spec.file)} ${String(spec.title)}`) ?? {},
    };
  });
}

function specsOf(report: Json | undefined): Json[] {
  const out: Json[] = [];
  const walk = (suite: Json): void => {
    for (const s of (suite.specs as Json[] | undefined) ?? []) out.push(s);
    for (const c of (suite.suites as Json[] | undefined) ?? []) walk(c);
  };
  for (const s of (report?.suites as Json[] | undefined) ?? []) walk(s);
  return out;
}

/** The operations some transition of the specs sends a webhook for (the others send none). */
function operationsWithWebhooks(): Set<string> {
  const specs = loadSpecs();
  const ops = new Set<string>(['paymentEvent', 'enrollmentEvent']);
  for (const op of Object.values(specs.transitions.operations))
    if (op.operationId && Object.values(op.outcomes).some((o) => o.webhook)) ops.add(op.operationId);
  for (const t of specs.paymentMethodStatus.transitions) if (t.operationId && t.webhook) ops.add(t.operationId);
  // A registered webhook is configuration for deliveries: its deliveries are this column.
  for (const o of ['createWebhook', 'updateWebhook']) ops.add(o);
  return ops;
}

export function readNotes(file = join(SPECS_DIR, 'coverage-notes.yaml')): CoverageNotes {
  const n = readYamlFile(file) as CoverageNotes;
  if (!n || typeof n !== 'object' || typeof n.notes !== 'object' || !Array.isArray(n.unpublished))
    throw new InputFileError(
      file,
      '/',
      'must have doc, notes (operation -> column -> why) and unpublished (name, source, note)',
    );
  const ops = Contract.load().operations;
  for (const [op, cols] of Object.entries(n.notes)) {
    if (!ops.has(op)) throw new InputFileError(file, `/notes/${op}`, `${op} is not an operation of the contract`);
    for (const c of Object.keys(cols))
      if (!(COLUMNS as readonly string[]).includes(c))
        throw new InputFileError(file, `/notes/${op}/${c}`, `${c} is not a column (${COLUMNS.join(', ')})`);
  }
  return n;
}

export function coverage(tests: ListedTest[], notes: CoverageNotes): Row[] {
  const contract = Contract.load();
  const hooks = operationsWithWebhooks();
  return [...contract.operations.values()].map((op) => {
    const about = tests.filter((t) => t.operations.includes(op.operationId));
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, { count: 0 }])) as Row['cells'];
    for (const t of about) for (const c of new Set(t.rules.map(columnOf))) cells[c].count++;
    // The faults the self-test injects into this operation (they name it) or into a rule its tests check.
    const rules = new Set(about.flatMap((t) => t.rules));
    cells.faults.count = FAULT_NAMES.filter((n) =>
      FAULTS[n].operations ? FAULTS[n].operations!.includes(op.operationId) : rules.has(FAULTS[n].rule),
    ).length;
    for (const c of COLUMNS) {
      if (cells[c].count > 0) continue;
      cells[c].note =
        notes.notes[op.operationId]?.[c] ??
        (c === 'webhooks' && !hooks.has(op.operationId)
          ? 'sends no webhook: no transition of specs/ names one for it'
          : undefined);
    }
    const targets: Row['targets'] = {};
    for (const t of about) {
      for (const [project, o] of Object.entries(t.outcomes)) {
        const x = (targets[project] ??= { passed: 0, skipped: 0 });
        if (o.status === 'passed' || o.status === 'expected') x.passed++;
        else if (o.status === 'skipped') x.skipped++;
      }
    }
    return { operation: op.operationId, cells, targets };
  });
}

/** The empty cells no note explains. */
export function unexplained(rows: Row[]): string[] {
  return rows.flatMap((r) =>
    COLUMNS.filter((c) => r.cells[c].count === 0 && !r.cells[c].note).map((c) => `${r.operation} ${c}`),
  );
}

/** A cell: its count, or a footnote (one number per distinct explanation). */
const cell = (x: { count: number; note?: string }, notes: string[]): string => {
  if (x.count > 0) return String(x.count);
  const note = x.note ?? 'UNEXPLAINED';
  if (!notes.includes(note)) notes.push(note);
  return `— [${notes.indexOf(note) + 1}]`;
};

/** The table as Markdown: counts of tests (faults for the last column), footnoted explanations. */
export function renderTable(rows: Row[], notes: CoverageNotes): string {
  const foot: string[] = [];
  const lines = [`| operation | ${COLUMNS.join(' | ')} |`, `|---|${COLUMNS.map(() => '---:').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.operation} | ${COLUMNS.map((c) => cell(r.cells[c], foot)).join(' | ')} |`);
  const explained = foot.map((n, i) => `${i + 1}. ${n}`);
  const unpub = notes.unpublished.map((u) => `| ${u.name} | named, no published contract | ${u.source}: ${u.note} |`);
  return [
    ...lines,
    '',
    'Empty cells:',
    '',
    ...explained,
    '',
    '| named in the v1 reference | status | where |',
    '|---|---|---|',
    ...unpub,
  ].join('\n');
}

export function renderPage(rows: Row[], notes: CoverageNotes, tests: ListedTest[]): { md: string; html: string } {
  const projects = [...new Set(rows.flatMap((r) => Object.keys(r.targets)))].sort();
  const ran = projects.length
    ? [
        '',
        '## Where the tests ran (last run)',
        '',
        `| operation | ${projects.map((p) => `${p} passed / skipped`).join(' | ')} |`,
        `|---|${projects.map(() => '---:').join('|')}|`,
        ...rows.map(
          (r) =>
            `| ${r.operation} | ${projects.map((p) => `${r.targets[p]?.passed ?? 0} / ${r.targets[p]?.skipped ?? 0}`).join(' | ')} |`,
        ),
      ]
    : ['', 'No results of a run were given (reports/results.json): run the suite first to see where each test passed.'];
  const skips = new Map<string, number>();
  for (const t of tests)
    for (const [p, o] of Object.entries(t.outcomes))
      if (o.status === 'skipped' && o.skip) skips.set(`${p}: ${o.skip}`, (skips.get(`${p}: ${o.skip}`) ?? 0) + 1);
  const why = skips.size
    ? ['', '## Why tests were skipped', '', ...[...skips].sort((a, b) => b[1] - a[1]).map(([k, n]) => `- ${n} × ${k}`)]
    : [];
  const md = [
    '# Coverage',
    '',
    `Tests per operation and column (${tests.length} target tests; the faults column counts the faults the self-test injects there, each proven caught).`,
    '',
    renderTable(rows, notes),
    ...ran,
    ...why,
    '',
  ].join('\n');
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<!doctype html><meta charset="utf-8"><title>Coverage</title><style>body{font:14px system-ui;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px}td:not(:first-child){text-align:right}</style><pre style="white-space:pre-wrap">${esc(md)}</pre>`;
  return { md, html };
}
