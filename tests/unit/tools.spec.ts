// Our own tools on bad input: every problem names the file and the place. And the docs check
// tells passed, explained and failing examples apart.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ConfigError, targetConfig } from '../../lib/config.js';
import { Contract } from '../../lib/contract.js';
import { checkDocs, summarize } from '../../lib/docs/check.js';
import { constraintsOf } from '../../lib/generate/cases.js';
import { CONTRACT_FILE, ROOT, SPECS_DIR } from '../../lib/paths.js';
import { Redactor } from '../../lib/redact.js';
import {
  type CoverageNotes,
  columnOf,
  constraintSides,
  coverage,
  coveragePage,
  type ListedTest,
  readmeTable,
  unexplained,
} from '../../lib/reports/coverage.js';
import { loadSpecs } from '../../lib/specs.js';
import { readYamlFile } from '../../lib/yaml-file.js';

function specsCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'specs-'));
  cpSync(SPECS_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

test.describe('a malformed specs/ table is refused with the file and the place', () => {
  test('a YAML syntax error', () => {
    const dir = specsCopy('payment-status.yaml', (t) =>
      t.replace('  CREATED:\n    terminal: false', '  CREATED:\n    terminal: [false'),
    );
    expect(() => loadSpecs(dir)).toThrow(/payment-status\.yaml at line \d+, column \d+/);
  });
  test('a missing field', () => {
    const dir = specsCopy('payment-status.yaml', (t) =>
      t.replace('    terminal: true\n    description: A zero-amount', '    description: A zero-amount'),
    );
    expect(() => loadSpecs(dir)).toThrow(
      /payment-status\.yaml at \/statuses\/VERIFIED: must have required property 'terminal'/,
    );
  });
  test('a transition from a pair the taxonomy does not have', () => {
    const dir = specsCopy('payment-transitions.yaml', (t) =>
      t.replace('from: [PENDING/AUTHORIZED]', 'from: [PENDING/CAPTURED]'),
    );
    expect(() => loadSpecs(dir)).toThrow(
      /payment-transitions\.yaml at \/operations\/capture\/from\/0: PENDING\/CAPTURED is not a status\/sub_status pair/,
    );
  });
  test('a link transition to an unknown status', () => {
    const dir = specsCopy('payment-link-status.yaml', (t) =>
      t.replace('from: [CREATED], to: USED', 'from: [CREATED], to: PAID'),
    );
    expect(() => loadSpecs(dir)).toThrow(
      /payment-link-status\.yaml at \/transitions\/0\/to: PAID is not one of the table's statuses/,
    );
  });
  test('a conflict matcher that is not a regular expression', () => {
    const dir = specsCopy('doc-conflicts.yaml', (t) =>
      t.replace(
        'location: "^#/components/schemas/(PaymentStatus|',
        () => 'location: "^#/components/schemas/((PaymentStatus|',
      ),
    );
    expect(() => loadSpecs(dir)).toThrow(
      /doc-conflicts\.yaml at \/conflicts\/0\/match\/0\/location: not a valid regular expression/,
    );
  });
  test('a conflict that promises to be named but has no matcher, and a matcher that is not scoped', () => {
    const unnamed = specsCopy('doc-conflicts.yaml', (t) =>
      t.replace(/( {2}- id: canceled-spelling[\s\S]*?) {4}match:\n {6}- .*\n/, '$1'),
    );
    expect(() => loadSpecs(unnamed)).toThrow(
      /doc-conflicts\.yaml at \/conflicts\/0: canceled-spelling promises to name the conflict \(live: named\) but has no match/,
    );
    const broad = specsCopy('doc-conflicts.yaml', (t) =>
      t.replace(/( {2}- id: canceled-spelling[\s\S]*? {4}match:\n) {6}- .*\n/, '$1      - {keyword: "enum"}\n'),
    );
    expect(() => loadSpecs(broad)).toThrow(/doc-conflicts\.yaml at \/conflicts\/0\/match\/0: a matcher must be scoped/);
  });
  test('an unknown key', () => {
    const dir = specsCopy('errors.yaml', (t) => t.replace('body:\n', 'bodyy: 1\nbody:\n'));
    expect(() => loadSpecs(dir)).toThrow(/errors\.yaml at \/: must NOT have additional properties \(bodyy\)/);
  });
});

test.describe('an invalid OpenAPI document is refused with the place', () => {
  const doc = (): Record<string, unknown> => structuredClone(readYamlFile(CONTRACT_FILE)) as Record<string, unknown>;
  test('the wrong OpenAPI version', () => {
    expect(() => new Contract({ ...doc(), openapi: '3.0.3' }, 'openapi/bad.yaml')).toThrow(
      /openapi\/bad\.yaml at \/openapi: expected an OpenAPI 3\.1\.x version/,
    );
  });
  test('an operation without operationId', () => {
    const d = doc();
    delete (d.paths as Record<string, Record<string, Record<string, unknown>>>)['/payments']!.post!.operationId;
    expect(() => new Contract(d, 'openapi/bad.yaml')).toThrow(/at \/paths\/~1payments\/post: operationId is missing/);
  });
  test('a $ref to nothing', () => {
    const d = doc();
    (
      (d.paths as Record<string, Record<string, Record<string, Record<string, unknown>>>>)['/payments']!.post!
        .responses as Record<string, unknown>
    )['400'] = { $ref: '#/components/responses/Nope' };
    expect(() => new Contract(d, 'openapi/bad.yaml')).toThrow(
      /at \/paths\/~1payments\/post\/responses\/400: \$ref #\/components\/responses\/Nope points at nothing/,
    );
  });
  test('a YAML error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-'));
    writeFileSync(join(dir, 'yuno.yaml'), 'openapi: 3.1.0\ninfo: [\n');
    expect(() => Contract.load(join(dir, 'yuno.yaml'))).toThrow(/yuno\.yaml at line \d+, column \d+/);
  });
});

test.describe('configuration', () => {
  test('problems are reported together, by name', () => {
    let e: unknown;
    try {
      targetConfig('sandbox', { YUNO_BASE_URL: 'not a url', YUNO_COUNTRY: 'usa', YUNO_ALLOW_PRODUCTION: 'yes' });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ConfigError);
    const m = (e as Error).message;
    expect(m).toContain('YUNO_BASE_URL is not a URL');
    expect(m).toContain('YUNO_PUBLIC_API_KEY is not set');
    expect(m).toContain('YUNO_PRIVATE_SECRET_KEY is not set');
    expect(m).toContain('YUNO_COUNTRY must be two capital letters');
    expect(m).toContain('YUNO_ALLOW_PRODUCTION may only be "read-only"');
  });
  test('a production host is refused unless read-only is allowed', () => {
    const keys = {
      YUNO_PUBLIC_API_KEY: 'pk_dummy_123456',
      YUNO_PRIVATE_SECRET_KEY: 'sk_dummy_123456',
      YUNO_ACCOUNT_CODE: 'a1c0de00-0000-4000-8000-000000000003',
    };
    expect(() => targetConfig('sandbox', { ...keys, YUNO_BASE_URL: 'https://api.y.uno/v1' })).toThrow(
      /api\.y\.uno is a production host: refused/,
    );
    expect(() => targetConfig('sandbox', { ...keys, YUNO_BASE_URL: 'https://api.eu.y.uno/v1' })).toThrow(
      /production host/,
    );
    expect(
      targetConfig('sandbox', { ...keys, YUNO_BASE_URL: 'https://api.y.uno/v1', YUNO_ALLOW_PRODUCTION: 'read-only' })
        .production,
    ).toBe('read-only');
    expect(targetConfig('sandbox', keys).baseURL).toBe('https://api-sandbox.y.uno/v1');
  });
});

test('the redactor removes secrets by header name and by value, also URL-encoded', () => {
  const r = new Redactor(['sk_secret+value/123', 'pk_public_456789']);
  expect(r.headers({ 'private-secret-key': 'anything', 'x-other': 'has sk_secret+value/123 inside' })).toEqual({
    'private-secret-key': '[REDACTED]',
    'x-other': 'has [REDACTED] inside',
  });
  expect(r.text(`u?k=${encodeURIComponent('sk_secret+value/123')}`)).toBe('u?k=[REDACTED]');
  expect(r.value({ a: ['pk_public_456789'], pk_public_456789: 1 })).toEqual({ a: ['[REDACTED]'], '[REDACTED]': 1 });
});

test('the docs check tells passed, explained and failing examples apart', () => {
  const { results, undocumented, uncovered } = checkDocs(join(ROOT, 'tests', 'fixtures', 'yuno-docs'));
  const by = Object.fromEntries(results.map((r) => [r.example, r]));
  expect(by['Bare payment']!.verdict).toBe('passed');
  expect(by['Bad request']!.verdict).toBe('passed');
  expect(by['Wrapped payment']).toEqual(
    expect.objectContaining({ verdict: 'explained', conflicts: ['payment-envelope'] }),
  );
  expect(by['Not JSON']).toEqual(expect.objectContaining({ verdict: 'explained', conflicts: ['broken-examples'] }));
  expect(by.Active).toEqual(expect.objectContaining({ verdict: 'explained', conflicts: ['link-status-names'] }));
  expect(by['Unknown status']!.verdict).toBe('failing');
  expect(by['Unknown status']!.unexplained[0]).toEqual(
    expect.objectContaining({ pointer: '/status', keyword: 'enum', observed: 'PAID' }),
  );
  expect(summarize(results)).toEqual({ passed: 2, explained: 3, failing: 1 });
  // Files are matched to operations by method and path: the two fixtures document two of ours, no other.
  expect(uncovered).toEqual([]);
  expect(undocumented).not.toContain('retrievePayment');
  expect(undocumented).not.toContain('retrievePaymentLink');
  expect(undocumented).toContain('createPayment');
});

test('the docs check refuses a folder that is not a docs checkout', () => {
  expect(() => checkDocs(join(ROOT, 'specs'))).toThrow(/is not a yuno-docs checkout: it has no openapi\/ folder/);
});

test('the workflows lint clean, and a broken workflow is reported with its place', async () => {
  const { lintWorkflows } = await import('../../lib/workflows.js');
  expect(await lintWorkflows()).toEqual([]);
  const dir = mkdtempSync(join(tmpdir(), 'wf-'));
  writeFileSync(
    join(dir, 'bad.yml'),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n',
  );
  const problems = await lintWorkflows(dir);
  expect(problems.join('\n')).toMatch(/bad\.yml:6:\d+: property "nope" is not defined/);
});

test('the coverage table counts tests by the column of their rules, and an empty cell is unexplained until a note says why', () => {
  expect([
    columnOf('body-schema'),
    columnOf('auth-keys'),
    columnOf('unknown-payment'),
    columnOf('webhook-sent'),
    columnOf('payment-transition'),
    columnOf('echo'),
    columnOf('constraint-enforced'),
    columnOf('resource-found'),
    columnOf('stand-in-fidelity'),
    columnOf('resource-transition'),
    // A relation rule of area contract is about what the API does, not an answer's shape.
    columnOf('campaign-status-moves'),
  ]).toEqual([
    'shape',
    'auth',
    'lifecycle',
    'webhooks',
    'lifecycle',
    'consistency',
    undefined,
    undefined,
    'shape',
    'lifecycle',
    'lifecycle',
  ]);
  const tests: ListedTest[] = [
    {
      title: 't',
      file: 'f',
      operations: ['createPayment'],
      rules: ['body-schema', 'payment-transition'],
      outcomes: { emulator: { status: 'passed' } },
    },
  ];
  const notes: CoverageNotes = { doc: 'x', notes: {}, unpublished: [] };
  const rows = coverage(tests, notes);
  const pay = rows.find((r) => r.operation === 'createPayment')!;
  expect([pay.cells.shape.count, pay.cells.lifecycle.count, pay.cells.auth.count]).toEqual([1, 1, 0]);
  expect(pay.targets.emulator).toEqual({ passed: 1, skipped: 0 });
  expect(unexplained(rows)).toContain('createPayment auth');
  const explained = coverage(tests, { ...notes, notes: { createPayment: { auth: 'because' } } });
  expect(unexplained(explained)).not.toContain('createPayment auth');
  expect(explained.find((r) => r.operation === 'createPayment')!.cells.auth.note).toBe('because');
  // What the specs say explains a cell by itself: no transition sends a webhook for a customer read.
  expect(rows.find((r) => r.operation === 'retrieveCustomer')!.cells.webhooks.note).toMatch(/sends no webhook/);
  // ... and no move or refusal in its status table explains an update of fields.
  expect(rows.find((r) => r.operation === 'updateCampaignRule')!.cells.lifecycle.note).toMatch(
    /campaign-rule-status\.yaml names no move or refusal for it/,
  );
  // The README keeps one row per API area.
  const readme = readmeTable(explained, notes);
  expect(readme).toMatch(/^\| Payments \| 12 \|/m);
  expect(readme).not.toMatch(/^\| createPayment/m);
});

test('the constraint columns count the constraints a run proved on each side, and say why the others are not', () => {
  const contract = Contract.load();
  // The constraints with their sides are constraintsOf's own.
  for (const op of ['createPayment', 'retrievePaymentsByMerchantOrderId', 'updateCustomer', 'createPayout'])
    expect([...constraintSides(contract, op).keys()]).toEqual(constraintsOf(contract, op).map((c) => c.id));
  const sides = new Map([['createPayout', constraintSides(contract, 'createPayout')]]);
  const ids = [...sides.get('createPayout')!];
  const accept = ids.filter(([, s]) => s.has('accept')).map(([id]) => id);
  const refuse = ids.filter(([, s]) => s.has('refuse')).map(([id]) => id);
  expect(accept.length).toBeGreaterThan(3);
  expect(refuse.length).toBeGreaterThan(3);
  const run = (side: 'accept' | 'refuse', ids: string[], skip: string[]): ListedTest['outcomes'] => ({
    emulator: {
      status: 'passed',
      generated: {
        outcomes: ids.map((constraint) => ({ constraint, side, verdict: 'proven' })),
        skipped: skip.map((constraint) => ({
          constraint,
          why: 'over the 12 cases a side of this run (YUNO_GEN_BUDGET)',
        })),
      },
    },
  });
  const tests: ListedTest[] = [
    {
      id: 'a1',
      title: 'createPayout: generated cases at the documented bounds are accepted',
      file: 'generated/constraints.spec.ts',
      operations: ['createPayout'],
      rules: ['constraint-accepted'],
      outcomes: run('accept', accept.slice(1), accept.slice(0, 1)),
    },
    {
      id: 'r1',
      title: 'createPayout: each constraint broken alone, an undocumented method and a bad key are refused',
      file: 'generated/constraints.spec.ts',
      operations: ['createPayout'],
      rules: ['constraint-enforced', 'auth-keys'],
      outcomes: run('refuse', refuse, []),
    },
  ];
  const notes: CoverageNotes = { doc: 'x', notes: {}, unpublished: [] };
  const row = coverage(tests, notes, { sides, haveResults: true }).find((r) => r.operation === 'createPayout')!;
  expect([row.cells.accepted.count, row.cells.accepted.of]).toEqual([accept.length - 1, accept.length]);
  expect(row.cells.accepted.reasons).toEqual([['skipped: over the 12 cases a side of this run (YUNO_GEN_BUDGET)', 1]]);
  expect([row.cells.refused.count, row.cells.refused.of]).toEqual([refuse.length, refuse.length]);
  expect(row.constraints!.total).toBe(ids.length);
  expect(row.constraints!.bothSides).toBe(ids.length - 1);
  // Without a run, the constraint columns say so, and no cell of theirs counts as a gap.
  const listed = coverage(
    tests.map((t) => ({ ...t, outcomes: {} })),
    notes,
  ).find((r) => r.operation === 'createPayout')!;
  expect(listed.cells.accepted.noRun).toBe(true);
  // The page: a real table, the skip's reason in the cell, a link to the test in the run's report.
  const page = coveragePage({
    rows: coverage(tests, notes, { sides, haveResults: true }),
    notes,
    tests,
    links: { playwright: 'playwright-html/index.html' },
  });
  expect(page).toContain('<table class="grid"');
  expect(page).not.toContain('|---|');
  expect(page).toContain('1 skipped: over the 12 cases a side of this run (YUNO_GEN_BUDGET)');
  expect(page).toContain('href="playwright-html/index.html#?testId=a1"');
  expect(page).toMatch(/<title>Coverage: [^<]*<\/title>/);
});
