// Findings: the same cause seen by many tests, operations and places is one finding; refusals of
// valid requests, wrong statuses, keys not checked and unserved operations are findings of their own
// kinds; the diff compares findings; the drift file has a schema that bad input breaks, by name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Contract } from '../../lib/contract.js';
import { type Answer, answerViolations, collect, findingId, unexpected } from '../../lib/findings.js';
import { Redactor } from '../../lib/redact.js';
import { diff, driftFile, merge, readDrift } from '../../lib/reports/drift.js';
import { impactOf, pageTitle, renderHtml, renderMarkdown, summaryLine } from '../../lib/reports/drift-page.js';

const contract = Contract.load();
type Json = Record<string, unknown>;
const json = { 'content-type': 'application/json' };
const example = (op: string, status: string, name: string): Json =>
  structuredClone(contract.operation(op).responses[status]!.examples['application/json']![name]) as Json;
const answer = (operationId: string, status: number, body: unknown): Answer => ({
  operationId,
  status,
  headers: json,
  body,
});

test('CANCELLED seen in a cancel, a retrieve and a lookup, by three tests, is one finding naming its conflict', () => {
  const cancel = example('cancelPayment', '200', 'canceled');
  (cancel.payment as Json).status = 'CANCELLED';
  const read = { ...example('retrievePayment', '200', 'approved'), status: 'CANCELLED', sub_status: 'CANCELED' };
  const list = [read, read];
  const seen = [
    ...answerViolations(answer('cancelPayment', 200, cancel)).map((violation) => ({
      violation,
      test: 'a',
      project: 'sandbox',
    })),
    ...answerViolations(answer('retrievePayment', 200, read)).map((violation) => ({
      violation,
      test: 'b',
      project: 'sandbox',
    })),
    ...answerViolations(answer('retrievePaymentsByMerchantOrderId', 200, list)).map((violation) => ({
      violation,
      test: 'c',
      project: 'sandbox',
    })),
  ];
  expect(seen.length).toBe(4);
  const findings = collect(seen);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toEqual(
    expect.objectContaining({
      kind: 'response',
      rule: 'body-schema',
      pointer: '#/components/schemas/PaymentStatus',
      observed: '"CANCELLED"',
      conflict: 'canceled-spelling',
      count: 4,
    }),
  );
  expect(findings[0]!.operations.sort()).toEqual([
    'cancelPayment',
    'retrievePayment',
    'retrievePaymentsByMerchantOrderId',
  ]);
  expect(findings[0]!.occurrences.map((o) => o.pointer)).toEqual([
    '/payment/status',
    '/status',
    '/0/status',
    '/1/status',
  ]);
});

test('a valid request refused is a refusal finding; checkout-required is recognised from its message', () => {
  const a = answer('createPayment', 400, {
    code: 'INVALID_REQUEST',
    messages: ['Invalid request: checkout is required.'],
  });
  const o = unexpected(a, { kind: 'success' })!;
  expect(o).toEqual(
    expect.objectContaining({
      kind: 'refusal',
      operation: 'createPayment',
      observed: '400 INVALID_REQUEST',
      conflict: 'checkout-required',
    }),
  );
  const other = unexpected(
    answer('createPayment', 400, { code: 'INVALID_REQUEST', messages: ['amount.value is invalid'] }),
    { kind: 'success' },
  )!;
  expect(other.conflict, 'a refusal for another reason is not attributed to checkout-required').toBeUndefined();
  expect(findingId(o)).not.toBe(findingId(other));
  expect(
    unexpected({ ...a, malformed: true }, { kind: 'success' }),
    'a request sent malformed on purpose is no refusal finding',
  ).toBeUndefined();
  expect(
    unexpected(answer('createPayment', 201, example('createPayment', '201', 'approved')), { kind: 'success' }),
  ).toBeUndefined();
});

test('a wrong HTTP status is a status finding, keys not checked an auth finding, a wrong code a response finding', () => {
  const refused = {
    kind: 'refusal' as const,
    rule: 'payment-transition-forbidden' as const,
    codes: ['INVALID_STATUS'],
  };
  expect(unexpected(answer('cancelPayment', 404, { code: 'NOT_FOUND', messages: ['x'] }), refused)).toEqual(
    expect.objectContaining({ kind: 'status', observed: '404', expected: '400 INVALID_STATUS' }),
  );
  expect(unexpected(answer('cancelPayment', 400, { code: 'INVALID_AMOUNT', messages: ['x'] }), refused)).toEqual(
    expect.objectContaining({ kind: 'response', pointer: '/code', observed: '"INVALID_AMOUNT"' }),
  );
  const auth = { kind: 'refusal' as const, rule: 'auth-keys' as const, codes: ['INVALID_CREDENTIALS'] };
  const served = [
    unexpected(answer('retrievePayment', 200, example('retrievePayment', '200', 'approved')), auth)!,
    unexpected(answer('createPayment', 201, example('createPayment', '201', 'approved')), auth)!,
  ];
  expect(served.map((o) => o.kind)).toEqual(['auth', 'auth']);
  expect(collect(served.map((violation) => ({ violation, test: 't', project: 'p' })))).toHaveLength(1);
  expect(
    unexpected(answer('retrievePayment', 401, { code: 'INVALID_CREDENTIALS', messages: ['x'] }), auth),
  ).toBeUndefined();
});

test('a 405, or a 404 that is not about a resource, is one unserved-operation finding and nothing else', () => {
  expect(answerViolations(answer('downloadReport', 404, { message: 'no Route matched with those values' }))).toEqual([
    expect.objectContaining({
      kind: 'unserved-operation',
      operation: 'downloadReport',
      conflict: 'report-download-version',
    }),
  ]);
  expect(answerViolations(answer('createPayment', 405, ''))).toEqual([
    expect.objectContaining({ kind: 'unserved-operation' }),
  ]);
  expect(
    answerViolations(answer('createPayment', 404, { code: 'NOT_FOUND', messages: ['x'] })),
    'a create cannot be about a missing resource',
  ).toEqual([expect.objectContaining({ kind: 'unserved-operation' })]);
  expect(
    answerViolations(answer('retrievePayment', 404, { code: 'PAYMENT_NOT_FOUND', messages: ['x'] })),
    'a documented not-found',
  ).toEqual([]);
  expect(
    answerViolations(answer('retrievePayment', 404, { code: 'RESOURCE_NOT_FOUND', messages: ['x'] })),
    'an error body with an undocumented code is about the resource: a schema finding',
  ).toEqual([expect.objectContaining({ kind: 'response', keyword: 'enum', pointer: '/code' })]);
});

test('amounts are checked exactly: every two-decimal value, zero-decimal amounts, and real differences', () => {
  const ok = (v: number): boolean =>
    contract.validate('#/components/schemas/AmountValue', v, { operation: 'x' }).length === 0;
  // Any decimal of up to 15 significant digits round-trips through a double: its shortest form is
  // the decimal itself. Two decimals up to 10^9 is at most 12 digits, so the check sees what was sent.
  // Exhaustively below 10^5, then every cent of windows across the range, then the largest.
  for (let cents = 0; cents < 10_000_000; cents++) if (!ok(cents / 100)) throw new Error(`${cents / 100} fails`);
  for (const start of [1e6, 6.7e6, 9.87654e7, 1e8, 5e8, 999_990_000])
    for (let c = 0; c < 1_000_000; c++) if (!ok(start + c / 100)) throw new Error(`${start + c / 100} fails`);
  for (const v of [6710.98, 6711.23, 987654.32, 999_999_999.99, 1e9, 0.0001, 123456.7891])
    expect(ok(v), String(v)).toBe(true);
  // Zero-decimal currencies (CLP, PYG): whole numbers up to 10^15.
  for (let n = 0; n < 1_000_000; n++) if (!ok(n * 997)) throw new Error(`${n * 997} fails`);
  for (const v of [1e12, 999_999_999_999_999]) expect(ok(v), String(v)).toBe(true);
  for (const v of [10.00001, 0.00001, 1.23456]) expect(ok(v), `${v} is not a multiple of 0.0001`).toBe(false);
});

test.describe('the drift file and its diff', () => {
  const write = (content: unknown): string => {
    const p = join(mkdtempSync(join(tmpdir(), 'drift-')), 'drift.json');
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
    return p;
  };
  const violations = (op: string, status: string, name: string, set: Json): ReturnType<typeof answerViolations> =>
    answerViolations(answer(op, Number(status), { ...example(op, status, name), ...set }));
  const run = (...groups: Array<ReturnType<typeof answerViolations>>): string =>
    write(
      driftFile(
        collect(
          groups.flat().map((violation, i) => ({
            violation,
            test: `test ${i}`,
            project: 'sandbox',
            exchange: { request: { url: 'x' } },
          })),
        ),
        ['sandbox'],
      ),
    );

  test('compares findings: N new, N fixed, N still present; the page names the conflict and lists the tests', () => {
    const cancelled = (): ReturnType<typeof answerViolations> =>
      violations('retrievePayment', '200', 'approved', { status: 'CANCELLED', sub_status: 'CANCELED' });
    const badDate = violations('createPayment', '201', 'approved', { created_at: 'yesterday' });
    const report = violations('retrieveReport', '200', 'succeeded', { status: 'COMPLETED' });
    const before = readDrift(run(cancelled(), badDate));
    const after = readDrift(run(cancelled(), cancelled(), report));
    const d = diff(before, after);
    expect([d.added.length, d.resolved.length, d.unchanged.length]).toEqual([1, 1, 1]);
    expect(summaryLine(after, d)).toBe(
      'drift: 1 new, 1 fixed, 1 still present (1 unregistered, 3 occurrences collapsed into 2)',
    );
    const md = renderMarkdown(after, d, { baseline: before });
    expect(md).toContain('the target took the other side of doc conflict `canceled-spelling`');
    expect(md).toContain('## New (1)');
    expect(md).toContain('## Fixed (1)');
    expect(md, 'a report status COMPLETED is not attributed to link-status-names').toContain(
      'no registered doc conflict explains it',
    );
    const html = renderHtml(after, d, { baseline: before });
    expect(html).toContain(`id="${d.added[0]!.id}"`);
    expect(html).toContain('test 0');
    expect(merge([after, after]).findings.map((f) => f.count)).toEqual(after.findings.map((f) => f.count * 2));
  });

  test('the page leads with the target, the date, the contract and its docs commit, never a file path', () => {
    const file = driftFile([], ['unit', 'sandbox'], 0, {
      targets: [{ project: 'sandbox', host: 'api-sandbox.y.uno' }],
      contract: { version: '1.0.0', docs_commit: 'a6cb7de' },
    });
    file.generated_at = '2026-12-07T03:39:52.000Z';
    const p = readDrift(write(file));
    expect(pageTitle(p)).toBe('Drift: sandbox (api-sandbox.y.uno), 2026-12-07');
    const html = renderHtml(p, undefined);
    expect(html).toContain('<title>Drift: sandbox (api-sandbox.y.uno), 2026-12-07</title>');
    expect(html).toContain('a6cb7de');
    expect(html).not.toMatch(/drift\.json/);
    // The run's own record of its targets and contract, from the settings and openapi/yuno.yaml.
    const own = driftFile([], ['unit', 'emulator']);
    expect(own.targets).toEqual([
      { project: 'emulator', host: expect.stringMatching(/^127\.0\.0\.1:\d+$|^localhost/) },
    ]);
    expect(own.contract).toEqual({ version: contract.version, docs_commit: 'a6cb7de' });
    // Shards keep their record through a merge; an older file without one still reads.
    expect(merge([p, p]).targets).toEqual(p.targets);
    const old = { ...file } as Record<string, unknown>;
    delete old.targets;
    delete old.contract;
    expect(readDrift(write(old)).findings).toEqual([]);
  });

  test('findings are ranked by what they break: refusals, then required fields and statuses, then the rest', () => {
    const refused = unexpected(answer('createPayment', 400, { code: 'INVALID_REQUEST', messages: ['no'] }), {
      kind: 'success',
    })!;
    const status = violations('retrievePayment', '200', 'approved', { status: 'CANCELLED', sub_status: 'CANCELED' });
    const date = violations('createPayment', '201', 'approved', { created_at: 'yesterday' });
    const findings = collect(
      [...date, ...date, ...date, ...status, refused].map((violation) => ({ violation, test: 't', project: 'p' })),
    );
    expect(Object.fromEntries(findings.map((f) => [f.keyword ?? f.kind, impactOf(f)]))).toEqual({
      format: 'other',
      enum: 'required',
      refusal: 'refused',
    });
    const html = renderHtml(readDrift(write(driftFile(findings, ['p']))), undefined);
    const at = (text: string): number => html.indexOf(text);
    expect(at('refuses a request the contract allows')).toBeGreaterThan(0);
    expect(at('refuses a request the contract allows')).toBeLessThan(at('CANCELLED'));
    expect(at('CANCELLED')).toBeLessThan(at('date-time'));
  });

  test('observed values are shown, redacted, where the observed class says nothing of them', () => {
    const secret = 'sk_secret_0123456789';
    const echo = {
      kind: 'consistency' as const,
      rule: 'echo',
      operation: 'updateCustomer',
      status: 200,
      pointer: '/first_name',
      location: 'customer /first_name',
      expected: 'as sent: "Jane"',
      observed: `Janet ${secret}`,
      class: 'another string',
      sample: JSON.stringify(`Janet ${secret}`),
    };
    const [f] = collect([{ violation: echo, test: 't', project: 'p' }]);
    expect(f!.observed).toBe('another string');
    const redactor = new Redactor([secret]);
    const file = readDrift(write(driftFile([f!], ['p'])));
    const html = renderHtml(file, undefined, { redactor });
    expect(html).toContain('observed &quot;Janet [REDACTED]&quot;');
    expect(html).not.toContain(secret);
    expect(renderMarkdown(file, undefined, { redactor })).not.toContain(secret);
  });

  test('a corrupt or malformed drift file is refused with the file and the place', () => {
    expect(() => readDrift(write('{"version": 2,\n "findings": [\n'))).toThrow(
      /drift\.json at line 3, column 1 \(end of file\): is not valid JSON/,
    );
    expect(() => readDrift(write({ ...driftFile([], ['p']), version: 1 }))).toThrow(
      /drift\.json at \/version: must be equal to constant \(schemas\/drift\.schema\.json\)/,
    );
    const file = driftFile(
      collect(
        violations('createPayment', '201', 'approved', { created_at: 'x' }).map((violation) => ({
          violation,
          test: 't',
          project: 'p',
        })),
      ),
      ['p'],
    );
    (file.findings[0] as unknown as Json).count = 'many';
    expect(() => readDrift(write(file))).toThrow(/drift\.json at \/findings\/0\/count: must be integer/);
  });
});
