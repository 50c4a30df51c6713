// npm run coverage [-- --readme] [--check] [--results reports/results.json] [--out DIR]
//
// What a green run proves, per documented operation, grouped by API area (the operation's tag):
//   shape        tests whose rules are the contract's (status, content type, headers, body schema)
//   auth         tests of the keys (auth-keys)
//   accepted     constraints of its request accepted at their bound (the generated cases of a run)
//   refused      constraints of its request refused when broken alone (the generated cases of a run)
//   lifecycle    tests of its moves, refusals and lookups: every other rule of the registry
//   consistency  tests whose answers are compared with the request and earlier answers
//   webhooks     tests of the webhooks it sends
//   faults       the faults the self-test injects there, each proven caught
// The two constraint columns count constraints (lib/generate/cases.ts constraintsOf: every
// constraint of the operation's request, each with the sides it has), covered when a run proved
// that side; they need a run's results (reports/results.json) and say so otherwise. The test
// columns count tests from `playwright test --list` (their about() operations and rules).
// An empty cell is explained in place: by specs/coverage-notes.yaml, or by what the specs and the
// resource modules say (an operation no transition sends a webhook for, a resource without a status
// table); a cell nothing explains fails `--check`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consistencySpec, hasOperation, operationEntry } from '../../resources/index.js';
import { Contract } from '../contract.js';
import { documentCasesOf, type Side } from '../generate/cases.js';
import { ROOT, SPECS_DIR } from '../paths.js';
import { CONTRACT_RULES } from '../rules/contract.js';
import { FAULT_NAMES, FAULTS, isRuleId, RULES, type RuleId } from '../rules/index.js';
import { loadSpecs } from '../specs.js';
import { statusTable } from '../status-tables.js';
import { InputFileError, readYamlFile } from '../yaml-file.js';
import {
  type CellSpec,
  html,
  type Column as PageColumn,
  type RowSpec,
  renderPage,
  Section,
  Table,
  type Tone,
} from './page.js';

export const COLUMNS = [
  'shape',
  'auth',
  'accepted',
  'refused',
  'lifecycle',
  'consistency',
  'webhooks',
  'faults',
] as const;
export type Column = (typeof COLUMNS)[number];
/** The columns that count tests (from the listing). */
export type TestColumn = 'shape' | 'auth' | 'lifecycle' | 'consistency' | 'webhooks';
/** The columns that count constraints (from a run's generated cases). */
export const CASE_COLUMNS = ['accepted', 'refused'] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];
const SIDE: Record<CaseColumn, Side> = { accepted: 'accept', refused: 'refuse' };

export const COLUMN_TITLES: Record<Column, { label: string; hint: string }> = {
  shape: { label: 'shape', hint: "tests of the answer's status, headers and body against the contract" },
  auth: { label: 'auth', hint: 'tests of the keys: each missing, empty or wrong is refused' },
  accepted: {
    label: 'accepted at the bound',
    hint: 'constraints of the request proven accepted at their bound, of those the contract states (a run)',
  },
  refused: {
    label: 'refused past it',
    hint: 'constraints of the request proven refused when broken alone, of those the contract states (a run)',
  },
  lifecycle: { label: 'lifecycle moves', hint: 'tests of its moves, forbidden moves, refusals and lookups' },
  consistency: {
    label: 'consistency',
    hint: 'tests whose answers are compared with the request and earlier answers (identity, echo, lookups, stability, status moves)',
  },
  webhooks: { label: 'webhooks', hint: 'tests of the webhooks it sends' },
  faults: { label: 'faults', hint: 'faults the self-test injects there, each proven caught' },
};

/**
 * The rules about an answer's shape: the contract's own (lib/rules/contract.ts: status, content type,
 * headers, body schema) and the stand-ins' fidelity to the docs' examples. The other rules of area
 * `contract` (a resource's moves and ends, the organizations and platform relations) are about what
 * the API does, not how an answer looks: they count with every other rule, as lifecycle.
 */
const SHAPE_RULES = new Set<string>([...Object.keys(CONTRACT_RULES), 'stand-in-fidelity']);

/**
 * The column a rule's tests count in, or none: the generated cases' rules (constraints, an unknown
 * id, an undocumented method) are counted by constraint in the two case columns, and the request
 * rules belong to the SDK gate.
 */
export function columnOf(rule: RuleId): TestColumn | undefined {
  const r = RULES[rule];
  if (rule === 'auth-keys') return 'auth';
  if (r.area === 'constraints' || r.area === 'requests' || rule === 'resource-found') return undefined;
  if (r.area === 'consistency') return 'consistency';
  if (r.area === 'webhooks') return 'webhooks';
  if (SHAPE_RULES.has(rule) || r.area === 'errors') return 'shape';
  return 'lifecycle';
}

/** What a generated test recorded (tests/support/generated.ts): its outcomes and what it skipped. */
export interface GeneratedRecord {
  seed?: number;
  outcomes: Array<{ constraint: string; side: Side; verdict: string }>;
  skipped: Array<{ constraint: string; why: string }>;
}

export interface ListedTest {
  /** The test's id (Playwright's, for a link into its HTML report). */
  id?: string;
  title: string;
  file: string;
  operations: string[];
  rules: RuleId[];
  /** The capabilities it declared with needs(). */
  needs?: string[];
  /** Per project of the last run: its outcome, why it was skipped, what its generated cases proved. */
  outcomes: Record<string, { status: string; skip?: string; generated?: GeneratedRecord }>;
}

export interface CoverageNotes {
  doc: string;
  notes: Record<string, Partial<Record<Column, string>>>;
  unpublished: Array<{ name: string; source: string; note: string }>;
}

export interface CellData {
  /** Tests (test columns), faults (faults), constraints proven (case columns). */
  count: number;
  /** Case columns: the constraints with this side, of the contract. */
  of?: number;
  /** The tests behind the count. */
  tests: ListedTest[];
  /** Why it is empty (or, for a case column, why constraints are not proven). */
  note?: string;
  /** Case columns: why constraints are not proven, with how many. */
  reasons?: Array<[string, number]>;
  /** Case columns: some case failed on the target, or no test exists to run them. */
  failed?: boolean;
  /** Case columns without a run's results. */
  noRun?: boolean;
}

export interface Row {
  operation: string;
  area: string;
  webhook: boolean;
  cells: Record<Column, CellData>;
  targets: Record<string, { passed: number; skipped: number }>;
  /** Case columns: constraints of the operation, and those proven on every side they have. */
  constraints?: { total: number; bothSides: number };
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
  const ran = new Map<string, { id: string; outcomes: ListedTest['outcomes'] }>();
  for (const spec of specsOf(results)) {
    const o: ListedTest['outcomes'] = {};
    for (const t of (spec.tests as Json[] | undefined) ?? []) {
      const last = ((t.results as Json[] | undefined) ?? []).at(-1);
      const annotations = [
        ...((t.annotations as Json[] | undefined) ?? []),
        ...((last?.annotations as Json[] | undefined) ?? []),
      ];
      const skip = annotations.find((a) => a.type === 'skip')?.description;
      const gen = annotations.find((a) => a.type === 'generated')?.description;
      o[String(t.projectName)] = {
        status: String(last?.status ?? t.status ?? 'unknown'),
        skip: typeof skip === 'string' ? skip : undefined,
        generated: typeof gen === 'string' ? parseGenerated(gen) : undefined,
      };
    }
    ran.set(`${String(spec.file)} ${String(spec.title)}`, { id: String(spec.id), outcomes: o });
  }
  return specsOf(JSON.parse(raw) as Json).map((spec) => {
    const test = ((spec.tests as Json[] | undefined) ?? [])[0] ?? {};
    const annotations = (test.annotations as Json[] | undefined) ?? [];
    const r = ran.get(`${String(spec.file)} ${String(spec.title)}`);
    return {
      id: r?.id,
      title: String(spec.title),
      file: String(spec.file),
      operations: annotations.filter((a) => a.type === 'operation').map((a) => String(a.description)),
      rules: ((spec.tags as string[] | undefined) ?? []).map((t) => t.replace(/^@/, '')).filter(isRuleId),
      needs: annotations
        .filter((a) => a.type === 'needs')
        .flatMap((a) => String(a.description ?? '').split(','))
        .filter(Boolean),
      outcomes: r?.outcomes ?? {},
    };
  });
}

function parseGenerated(text: string): GeneratedRecord | undefined {
  try {
    const g = JSON.parse(text) as GeneratedRecord;
    return Array.isArray(g.outcomes) && Array.isArray(g.skipped) ? g : undefined;
  } catch {
    return undefined;
  }
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

/** The operations some status table or transition sends a webhook for (the others send none). */
function operationsWithWebhooks(): Set<string> {
  const specs = loadSpecs();
  const ops = new Set<string>();
  for (const op of Object.values(specs.transitions.operations))
    if (op.operationId && Object.values(op.outcomes).some((o) => o.webhook)) ops.add(op.operationId);
  for (const t of specs.paymentMethodStatus.transitions) if (t.operationId && t.webhook) ops.add(t.operationId);
  for (const f of readdirSync(SPECS_DIR).filter((x) => x.endsWith('-status.yaml'))) {
    let table: ReturnType<typeof statusTable> | undefined;
    try {
      table = statusTable(f);
    } catch {
      continue; // payment-status.yaml is the payment taxonomy, read by loadSpecs
    }
    for (const t of table.transitions) if (t.operationId && t.webhook) ops.add(t.operationId);
  }
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

/**
 * Every constraint of an operation's request with the sides it has (accepted at its bound, refused
 * broken alone, or both): the cases lib/generate/cases.ts builds around the request constraintsOf
 * starts from (documentCasesOf), and the sides it had to skip.
 */
export function constraintSides(contract: Contract, operationId: string, seed = 1): Map<string, Set<Side>> {
  const g = documentCasesOf(contract, operationId, seed);
  const out = new Map<string, Set<Side>>(g.constraints.map((c) => [c.id, new Set<Side>()]));
  for (const c of [...g.cases, ...g.skipped]) out.get(c.constraint.id)?.add(c.side);
  return out;
}

/** constraintSides for every operation of the API (webhooks have no request of ours). */
export function allConstraintSides(contract = Contract.load()): Map<string, Map<string, Set<Side>>> {
  const out = new Map<string, Map<string, Set<Side>>>();
  for (const op of contract.operations.values())
    if (!op.webhook) out.set(op.operationId, constraintSides(contract, op.operationId));
  return out;
}

const WEBHOOK_NOTES: Partial<Record<Column, string>> = {
  auth: 'sent by Yuno, not called: it carries no keys (its signature is checked in the webhooks column)',
  lifecycle: 'a webhook moves nothing: its event is checked in the rows of the operations whose moves send it',
  accepted: 'sent by Yuno, not a request of ours: no constraint of a request to vary',
  refused: 'sent by Yuno, not a request of ours: no constraint of a request to vary',
  consistency: 'its payload is compared with a read of the resource in the webhooks column (webhook-agrees)',
};

/** Why an operation's empty test cell needs no test, from the specs and its resource module; undefined when nothing says. */
function derivedNote(op: string, column: Column, hooks: Set<string>, webhook: boolean): string | undefined {
  if (webhook) return WEBHOOK_NOTES[column];
  if (column === 'webhooks' && !hooks.has(op)) return 'sends no webhook: no transition of specs/ names one for it';
  if (column === 'auth' && !Contract.load().operation(op).secured) return 'the contract declares no keys for it';
  if (!hasOperation(op)) return undefined;
  const { resource, relation } = operationEntry(op);
  if (column === 'lifecycle' && !resource.status)
    return `${resource.name} has no status table: there is no move to check`;
  if (column === 'lifecycle' && (relation === 'reads' || relation === 'lists'))
    return 'a read moves nothing: the moves are in the rows of the operations that make them';
  if (column === 'lifecycle' && resource.status) {
    const t = statusTable(resource.status.table);
    if (![...t.transitions, ...t.forbidden].some((x) => x.operationId === op))
      return `specs/${t.file} names no move or refusal for it: the docs say nothing of what it does to a ${resource.name}'s status, so there is no move to check`;
  }
  if (column === 'consistency' && !compared(op))
    return `nothing to compare its answer with: resources/ tracks no ${resource.name} in answers and declares no identity, echo or lookup for it`;
  return undefined;
}

let comparedOps: Set<string> | undefined;
/** Operations whose answers consistency compares: a declared identity, echo, lookup or sums, or a tracked resource. */
function compared(op: string): boolean {
  if (!comparedOps) {
    comparedOps = new Set(Object.keys(consistencySpec().operations));
  }
  if (comparedOps.has(op)) return true;
  return hasOperation(op) && operationEntry(op).resource.schema !== undefined;
}

/** What compared() compares for an operation, in words (a consistency cell's hint). */
function comparedWhat(op: string): string {
  const e = consistencySpec().operations[op];
  const parts: string[] = [];
  if (e?.identity) parts.push(`identity (${e.identity.path})`);
  if (e?.echo) parts.push(`echo (${e.echo.fields.join(', ')})`);
  if (e?.lookup) parts.push(`lookup (${e.lookup.field})`);
  if (e?.sums) parts.push(`sums (${e.sums})`);
  if (hasOperation(op) && operationEntry(op).resource.schema !== undefined) {
    const r = operationEntry(op).resource;
    parts.push(`stability of ${r.name}${r.status ? ', status moves' : ''}`);
  }
  return parts.join('; ');
}

const passed = (s: string): boolean => s === 'passed' || s === 'expected';

/** A case column's cell: the constraints of one side, proven or why not. */
function caseCell(
  side: Side,
  sides: Map<string, Set<Side>> | undefined,
  tests: ListedTest[],
  haveResults: boolean,
): CellData {
  const rule = side === 'accept' ? 'constraint-accepted' : 'constraint-enforced';
  const mine = tests.filter((t) => t.rules.includes(rule));
  if (!haveResults || !sides) return { count: 0, tests: mine, noRun: true, note: 'run the suite' };
  const wanted = [...sides].filter(([, s]) => s.has(side)).map(([id]) => id);
  const proven = new Set<string>();
  const verdicts = new Map<string, string>();
  const skipped = new Map<string, string>();
  const testSkips: string[] = [];
  let failed = false;
  let ran = false;
  for (const t of mine) {
    for (const o of Object.values(t.outcomes)) {
      if (o.status === 'skipped') {
        if (o.skip) testSkips.push(o.skip);
        continue;
      }
      if (!o.generated) continue;
      ran = true;
      for (const x of o.generated.outcomes) {
        if (x.side !== side) continue;
        if (x.verdict === 'proven') proven.add(x.constraint);
        else {
          verdicts.set(x.constraint, x.verdict);
          if (x.verdict === 'failed') failed = true;
        }
      }
      for (const s of o.generated.skipped) skipped.set(s.constraint, s.why);
    }
  }
  const reasons = new Map<string, number>();
  const count = (why: string): void => void reasons.set(why, (reasons.get(why) ?? 0) + 1);
  let covered = 0;
  for (const id of wanted) {
    if (proven.has(id)) {
      covered++;
      continue;
    }
    const v = verdicts.get(id);
    if (skipped.has(id)) count(`skipped: ${skipped.get(id)}`);
    else if (v === 'failed') count('failed on the target');
    else if (v === 'business') count('refused for a documented business reason');
    else if (v === 'undocumented') count('served: the docs document no refusal for it');
    else if (!mine.length) count('no generated test for it: no resource module serves the operation');
    else if (!ran && testSkips.length) count(`the test was skipped: ${testSkips[0]}`);
    else if (!ran) count('no run of its test in these results');
    else count("not among the run's cases (the valid request differs from the contract's example)");
  }
  const sorted = [...reasons].sort((a, b) => b[1] - a[1]);
  const note = !wanted.length
    ? side === 'accept'
      ? 'the contract states no constraint of its request to accept at a bound'
      : 'the contract states no constraint of its request to break'
    : undefined;
  return { count: covered, of: wanted.length, tests: mine, reasons: sorted, failed: failed || !mine.length, note };
}

export interface CoverageOptions {
  /** Constraints and their sides per operation (allConstraintSides): needed for the case columns. */
  sides?: Map<string, Map<string, Set<Side>>>;
  /** True when the tests carry a run's outcomes. */
  haveResults?: boolean;
}

export function coverage(tests: ListedTest[], notes: CoverageNotes, o: CoverageOptions = {}): Row[] {
  const contract = Contract.load();
  const hooks = operationsWithWebhooks();
  const haveResults = o.haveResults ?? tests.some((t) => Object.keys(t.outcomes).length > 0);
  return [...contract.operations.values()].map((op) => {
    const about = tests.filter((t) => t.operations.includes(op.operationId));
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, { count: 0, tests: [] }])) as unknown as Row['cells'];
    for (const t of about) {
      const columns = new Set(t.rules.map(columnOf).filter((c): c is TestColumn => c !== undefined));
      if (compared(op.operationId)) columns.add('consistency');
      for (const c of columns) {
        cells[c].count++;
        cells[c].tests.push(t);
      }
    }
    // The faults the self-test injects into this operation (they name it) or into a rule its tests check.
    const rules = new Set(about.flatMap((t) => t.rules));
    cells.faults.count = FAULT_NAMES.filter((n) =>
      FAULTS[n].operations ? FAULTS[n].operations!.includes(op.operationId) : rules.has(FAULTS[n].rule),
    ).length;
    let constraints: Row['constraints'];
    if (!op.webhook) {
      const sides = o.sides?.get(op.operationId);
      for (const c of CASE_COLUMNS) cells[c] = caseCell(SIDE[c], sides, about, haveResults);
      if (sides && haveResults) {
        const proven = (side: Side): Set<string> =>
          new Set(
            about
              .flatMap((t) => Object.values(t.outcomes))
              .flatMap((x) => x.generated?.outcomes ?? [])
              .filter((x) => x.side === side && x.verdict === 'proven')
              .map((x) => x.constraint),
          );
        const [acc, ref] = [proven('accept'), proven('refuse')];
        let both = 0;
        for (const [id, s] of sides)
          if (s.size && (!s.has('accept') || acc.has(id)) && (!s.has('refuse') || ref.has(id))) both++;
        constraints = { total: sides.size, bothSides: both };
      }
    }
    for (const c of COLUMNS) {
      if (cells[c].count > 0 || cells[c].note) continue;
      cells[c].note = notes.notes[op.operationId]?.[c] ?? derivedNote(op.operationId, c, hooks, op.webhook);
    }
    if (op.webhook) for (const c of CASE_COLUMNS) cells[c].note ??= WEBHOOK_NOTES[c];
    const targets: Row['targets'] = {};
    for (const t of about) {
      for (const [project, x] of Object.entries(t.outcomes)) {
        const y = (targets[project] ??= { passed: 0, skipped: 0 });
        if (passed(x.status)) y.passed++;
        else if (x.status === 'skipped') y.skipped++;
      }
    }
    return { operation: op.operationId, area: op.tag, webhook: op.webhook, cells, targets, constraints };
  });
}

/** The empty cells no note explains (the case columns are judged on a run's results, not here). */
export function unexplained(rows: Row[]): string[] {
  return rows.flatMap((r) =>
    COLUMNS.filter(
      (c) => !(CASE_COLUMNS as readonly string[]).includes(c) && r.cells[c].count === 0 && !r.cells[c].note,
    ).map((c) => `${r.operation} ${c}`),
  );
}

const TEST_COLUMNS: TestColumn[] = ['shape', 'auth', 'lifecycle', 'consistency', 'webhooks'];

/** The documented operations (not the webhooks) with at least one test about them. */
export function operationsWithTests(rows: Row[]): number {
  return rows.filter((r) => !r.webhook && TEST_COLUMNS.some((c) => r.cells[c].count > 0)).length;
}

/** The API areas in the contract's order, with their rows. */
export function byArea(rows: Row[]): Array<[string, Row[]]> {
  const areas = new Map<string, Row[]>();
  for (const r of rows) areas.set(r.area, [...(areas.get(r.area) ?? []), r]);
  return [...areas];
}

const README_COLUMNS = ['shape', 'auth', 'lifecycle', 'consistency', 'webhooks', 'faults'] as const;

/**
 * The README's compact table: one row per API area, per column the operations it covers (and
 * those whose empty cell is explained). The constraint columns need a run: they are on the page.
 */
export function readmeTable(rows: Row[], notes: CoverageNotes): string {
  const cell = (rs: Row[], c: Column): string => {
    const covered = rs.filter((r) => r.cells[c].count > 0).length;
    const explained = rs.filter((r) => r.cells[c].count === 0 && r.cells[c].note).length;
    const open = rs.length - covered - explained;
    if (covered === rs.length) return 'all';
    return [covered ? `${covered}` : '', explained ? `${explained} n/a` : '', open ? `**${open} open**` : '']
      .filter(Boolean)
      .join(' + ');
  };
  const api = rows.filter((r) => !r.webhook);
  const lines = [
    `| API area | operations | ${README_COLUMNS.join(' | ')} |`,
    `|---|---:|${README_COLUMNS.map(() => '---:').join('|')}|`,
  ];
  for (const [area, rs] of byArea(rows))
    lines.push(`| ${area} | ${rs.length} | ${README_COLUMNS.map((c) => cell(rs, c)).join(' | ')} |`);
  const withTest = operationsWithTests(rows);
  const unpub = notes.unpublished.map((u) => `| ${u.name} | named, no published contract | ${u.source}: ${u.note} |`);
  return [
    `${withTest} of the ${api.length} documented operations have tests, and ${rows.length - api.length} webhooks. ` +
      'A cell counts the operations with a test in that column; `n/a` those whose empty cell is explained ' +
      '(`reports/coverage.html` says why, per operation, and adds the constraints a run proved on both sides).',
    '',
    ...lines,
    '',
    '| named in the v1 reference | status | where |',
    '|---|---|---|',
    ...unpub,
  ].join('\n');
}

/** Where the page's cells link to: the run's Playwright report and, when full reports ran, Allure. */
export interface ReportLinks {
  /** The Playwright HTML report's index.html, relative to the page. */
  playwright?: string;
  /** The Allure report's index.html, relative to the page. */
  allure?: string;
  /** Allure result ids (md5 of a result's uuid) by `${project} ${fullName}`. */
  allureIds?: Map<string, string>;
}

/** The Allure results of a run: each test's id in the Allure report, by project and full name. */
export function allureIdsOf(resultsDir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(resultsDir)) return out;
  for (const f of readdirSync(resultsDir).filter((x) => x.endsWith('-result.json'))) {
    try {
      const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as {
        uuid?: string;
        fullName?: string;
        parameters?: Array<{ name: string; value: string }>;
      };
      const project = r.parameters?.find((p) => p.name === 'Project')?.value ?? '';
      if (r.uuid && r.fullName) out.set(`${project} ${r.fullName}`, createHash('md5').update(r.uuid).digest('hex'));
    } catch {
      // a result being written, or not one of Allure's: no link
    }
  }
  return out;
}

function linksOf(c: CellData, row: Row, column: Column, links: ReportLinks): Pick<CellSpec, 'href' | 'also'> {
  if (!links.playwright || !c.tests.length) return {};
  const ran = c.tests.filter((t) => t.id);
  if (ran.length === 1) {
    const t = ran[0]!;
    const project = Object.keys(t.outcomes)[0] ?? '';
    const allureId = links.allureIds?.get(`${project} ${t.file} › ${t.title}`);
    return {
      href: `${links.playwright}#?testId=${encodeURIComponent(t.id!)}`,
      also: links.allure && allureId ? { href: `${links.allure}#${allureId}`, label: 'Allure' } : undefined,
    };
  }
  // The report's filter: the tests annotated with the operation (not another whose name starts with
  // it), and the rule every test of the cell shares when there is one.
  const op = row.operation.toLowerCase();
  const longer = [...Contract.load().operations.keys()]
    .map((x) => x.toLowerCase())
    .filter((x) => x !== op && x.startsWith(op));
  const shared = c.tests[0]?.rules.filter((r) => c.tests.every((t) => t.rules.includes(r)) && columnOf(r) === column);
  const q = [
    `annot:operation=${op}`,
    ...longer.map((x) => `!annot:operation=${x}`),
    ...(shared?.length ? [`@${shared[0]}`] : []),
  ];
  return { href: `${links.playwright}#?q=${encodeURIComponent(q.join(' '))}` };
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function cellSpec(row: Row, column: Column, links: ReportLinks): CellSpec {
  const c = row.cells[column];
  const isCase = (CASE_COLUMNS as readonly string[]).includes(column);
  if (isCase) {
    if (c.noRun)
      return {
        value: '·',
        tone: 'quiet',
        note: 'run the suite',
        hint: 'needs the results of a run (reports/results.json)',
      };
    if (c.of === undefined || c.of === 0)
      return { value: row.webhook ? '—' : '0 / 0', tone: 'quiet', note: c.note, hint: c.note };
    const why = (c.reasons ?? []).map(([w, n]) => `${n} ${w}`);
    const tone: Tone = c.count === c.of ? 'good' : c.failed ? 'bad' : 'warn';
    return {
      value: `${c.count} / ${c.of}`,
      tone,
      note: why.length ? why[0] + (why.length > 1 ? ` (+${why.length - 1} more)` : '') : undefined,
      hint: why.length ? why.join('\n') : `every constraint with this side proven (${c.of})`,
      ...linksOf(c, row, column, links),
    };
  }
  if (c.count === 0) {
    return c.note
      ? { value: '—', tone: 'quiet', note: c.note, hint: c.note }
      : {
          value: '0',
          tone: 'bad',
          note: 'no test and no note: a gap',
          hint: 'explain it in specs/coverage-notes.yaml or add a test',
        };
  }
  const hint =
    column === 'faults'
      ? `${plural(c.count, 'fault')} injected by the self-test, each proven caught`
      : [
          column === 'consistency' ? `compared: ${comparedWhat(row.operation)}` : '',
          ...c.tests.slice(0, 12).map((t) => `${t.file} › ${t.title}`),
          c.tests.length > 12 ? `… ${c.tests.length - 12} more` : '',
        ]
          .filter(Boolean)
          .join('\n');
  return {
    value: String(c.count),
    ...(column === 'faults' ? {} : linksOf(c, row, column, links)),
    hint,
  };
}

export interface PageInput {
  rows: Row[];
  notes: CoverageNotes;
  tests: ListedTest[];
  links?: ReportLinks;
  /** When the run's results were written. */
  ranAt?: string;
  generatedAt?: Date;
}

/** The coverage page: totals, then one table per API area, every cell explained. */
export function coveragePage(p: PageInput): string {
  const contract = Contract.load();
  const api = p.rows.filter((r) => !r.webhook);
  const withTests = operationsWithTests(p.rows);
  const haveRun = api.some((r) => r.constraints);
  const total = api.reduce((n, r) => n + (r.constraints?.total ?? 0), 0);
  const both = api.reduce((n, r) => n + (r.constraints?.bothSides ?? 0), 0);
  const open = unexplained(p.rows);
  const projects = [...new Set(p.rows.flatMap((r) => Object.keys(r.targets)))].sort();
  const facts = [
    {
      label: 'contract',
      value: `${contract.version} (${api.length} operations, ${p.rows.length - api.length} webhooks)`,
    },
    { label: 'tests', value: `${p.tests.length.toLocaleString('en-US')} target tests` },
    {
      label: 'run',
      value: projects.length
        ? `${projects.join(', ')}${p.ranAt ? ` at ${p.ranAt}` : ''}`
        : 'no results given: the constraint columns need a run',
    },
    { label: 'written', value: (p.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ') },
  ];
  const totals = [
    {
      label: 'operations with tests',
      value: `${withTests} of ${api.length}`,
      tone: (withTests === api.length ? 'good' : 'warn') as Tone,
      hint: `of the ${api.length} documented operations`,
    },
    haveRun
      ? {
          label: 'constraints covered both sides',
          value: `${both.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`,
          tone: (both === total ? 'good' : 'warn') as Tone,
          hint: 'every side a constraint has, proven by the run',
        }
      : {
          label: 'constraints covered both sides',
          value: 'run the suite',
          tone: 'quiet' as Tone,
          hint: 'the generated cases of a run prove them (reports/results.json)',
        },
    {
      label: 'empty cells without a note',
      value: String(open.length),
      tone: (open.length ? 'bad' : 'good') as Tone,
      hint: open.length ? 'a gap: add a test or explain it in specs/coverage-notes.yaml' : 'every empty cell says why',
    },
    {
      label: 'faults proven caught',
      value: String(FAULT_NAMES.length),
      tone: 'info' as Tone,
      hint: 'injected by the self-test (npm run selftest)',
    },
  ];
  const columns: PageColumn[] = COLUMNS.map((c) => ({
    label: COLUMN_TITLES[c].label,
    numeric: true,
    hint: COLUMN_TITLES[c].hint,
  }));
  const rows: RowSpec[] = [];
  for (const [area, rs] of byArea(p.rows)) {
    const covered = rs.filter((r) => r.constraints).reduce((n, r) => n + r.constraints!.bothSides, 0);
    const all = rs.filter((r) => r.constraints).reduce((n, r) => n + r.constraints!.total, 0);
    rows.push({
      group: area,
      id: `area-${area.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      hint: `${plural(rs.length, rs[0]?.webhook ? 'webhook' : 'operation')}${all ? `; ${covered} of ${all} constraints both sides` : ''}`,
    });
    for (const r of rs)
      rows.push({
        head: html`<code>${r.operation}</code>`,
        id: r.operation,
        cells: COLUMNS.map((c) => cellSpec(r, c, p.links ?? {})),
      });
  }
  const unpublished = p.notes.unpublished.length
    ? html`<${Section} id="unpublished" title="Named in the v1 reference, no published contract"
        lead="The suite asserts nothing about these: no method, path, body or response is documented anywhere.">
        <${Table}
          corner="operation"
          columns=${[{ label: 'where it is named' }, { label: 'why nothing is tested' }]}
          rows=${p.notes.unpublished.map((u) => ({ head: u.name, cells: [{ value: u.source }, { value: u.note }] }))}
        />
      <//>`
    : null;
  const skips = new Map<string, number>();
  for (const t of p.tests)
    for (const [proj, x] of Object.entries(t.outcomes))
      if (x.status === 'skipped' && x.skip) skips.set(`${proj}: ${x.skip}`, (skips.get(`${proj}: ${x.skip}`) ?? 0) + 1);
  const skipped = skips.size
    ? html`<${Section} id="skipped" title="Why tests were skipped in this run">
        <${Table}
          corner="tests"
          columns=${[{ label: 'project: reason' }]}
          rows=${[...skips].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ head: String(n), cells: [{ value: k }] }))}
        />
      <//>`
    : null;
  return renderPage({
    title: 'Coverage: what a green run proves, per operation',
    facts,
    totals,
    children: html`
      <${Section}
        id="operations"
        title="Per operation"
        lead=${html`A number counts tests (faults: the faults the self-test proves caught there); the two constraint
          columns count constraints of the request proven by the run, of those the contract states. A grey cell is
          empty for the reason written in it; a red one is a gap. ${p.links?.playwright ? 'A count links to its tests in the Playwright report.' : ''}`}
      >
        <${Table} corner="operation" columns=${columns} rows=${rows} />
      <//>
      ${unpublished}
      ${skipped}
    `,
  });
}
