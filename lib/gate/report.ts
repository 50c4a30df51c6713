// The verdict a release can rest on: which SDK (name, version), which contract (its version and the
// docs commit it was built from), when, what the SDK's own tests exited with, and per operation the
// checks passed and failed with their stable ids and docs links. Written as JSON (schemas/
// gate-report.schema.json), JUnit, Markdown and an HTML page (lib/gate/page.ts). The exit codes are
// distinct: 0 passed, 1 problems in what the SDK sent, 2 usage or setup error, 3 the SDK's own tests
// failed, 4 no request reached the gate. "passed" is never printed when no request arrived.
import type { Contract } from '../contract.js';
import type { CheckTally, Judgement, OperationResult, Problem } from './judge.js';
import type { SdkIdentity } from './sdk.js';

export const EXIT = { passed: 0, problems: 1, usage: 2, sdkTestsFailed: 3, noRequests: 4 } as const;

export type Verdict = 'passed' | 'failed' | 'sdk-tests-failed' | 'no-requests';

export interface GateReport {
  $schema: string;
  gate: { tool: string; version: string };
  sdk: SdkIdentity;
  contract: { version: string; docs_commit: string | null };
  date: string;
  mode: 'run' | 'url';
  command: { line: string; cwd: string; exit_code: number } | null;
  verdict: Verdict;
  exit_code: number;
  /** The verdict in one line, as the terminal's last line. */
  summary: string;
  counts: Judgement['counts'];
  operations: OperationResult[];
  unknown: Judgement['unknown'];
  unverified_unknown: Problem[];
  coverage_gaps: Judgement['coverageGaps'];
  gate_faults: Judgement['gateFaults'];
  never_exercised: string[];
  declared: (Judgement['declared'] & { file: string }) | null;
  refused_hosts: Judgement['refusedHosts'];
  hosts: Judgement['hosts'];
}

export const SCHEMA_PATH = 'schemas/gate-report.schema.json';

/** The docs commit the contract was built from (info.x-docs-commit), when it records one. */
export function docsCommitOf(contract: Contract): string | null {
  const info = contract.doc.info as Record<string, unknown> | undefined;
  const c = info?.['x-docs-commit'];
  return typeof c === 'string' ? c : null;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function verdictOf(
  j: Judgement,
  commandExit: number | null,
): { verdict: Verdict; exit: number; summary: string } {
  const c = j.counts;
  if (c.requests === 0)
    return {
      verdict: 'no-requests',
      exit: EXIT.noRequests,
      summary:
        "sdk-gate: NO VERDICT - no request reached the gate. Does the SDK's test call Yuno (api*.y.uno) through HTTPS_PROXY, or YUNO_BASE_URL?" +
        (commandExit ? ` The SDK's own tests exited ${commandExit}.` : ''),
    };
  const requests = `${plural(c.judged, 'request')} judged`;
  const problems = `${plural(c.requestsWithProblems, 'request')} with problems (${plural(c.problems, 'problem')})`;
  const extra = [
    c.warnings ? plural(c.warnings, 'warning') : '',
    c.gateFaults ? `${plural(c.gateFaults, 'request')} the gate itself refused or failed (not the SDK's fault)` : '',
    c.coverageGaps ? `${plural(c.coverageGaps, 'request')} to operations outside the contract` : '',
  ].filter(Boolean);
  const tail = extra.length ? `; ${extra.join(', ')}` : '';
  const declaredMiss = c.declaredUnexercised
    ? `, ${plural(c.declaredUnexercised, 'declared operation')} never exercised`
    : '';
  if (commandExit)
    return {
      verdict: 'sdk-tests-failed',
      exit: EXIT.sdkTestsFailed,
      summary: `sdk-gate: FAILED - the SDK's own tests exited ${commandExit}; ${requests}, ${problems}${declaredMiss}${tail}`,
    };
  if (c.problems > 0)
    return {
      verdict: 'failed',
      exit: EXIT.problems,
      summary: `sdk-gate: FAILED - ${requests}, ${problems}${declaredMiss}${tail}`,
    };
  const coverage =
    c.declared === null
      ? `${c.operationsExercised} of ${c.operationsDocumented} documented operations exercised (none declared: coverage not judged)`
      : `all ${plural(c.declared, 'declared operation')} exercised`;
  return {
    verdict: 'passed',
    exit: EXIT.passed,
    summary: `sdk-gate: PASSED - ${requests}, none with a problem; ${coverage}${tail}`,
  };
}

const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

function problemLine(p: Problem): string {
  const where = p.operationId ? `${code(p.operationId)} ${p.method} ${p.template}` : `${p.method} ${p.template}`;
  if (p.check === 'gate-declared-exercised')
    return `- ${where}: ${code(p.check)}: declared in --declare, but the SDK's tests ${p.observed === 'never called' ? 'never called it' : 'sent it only deliberately invalid requests'}. [docs](${p.doc})`;
  const conflict = p.conflict
    ? ` The docs show this form too (conflict ${code(p.conflict)}); the real API ${p.real_api ?? 'may refuse it'}`
    : '';
  const note = p.note ? ` The docs: "${p.note}".` : '';
  return `- ${where}: ${code(p.check)} at ${code(p.pointer || '(body)')}: expected ${p.expected}; sent ${p.observed} (${plural(p.count, 'request')}).${note}${conflict} [docs](${p.doc})`;
}

/** The report as Markdown; for the terminal (`brief`), long lists of operations are cut to their first names. */
export function renderMarkdown(r: GateReport, o: { brief?: boolean } = {}): string {
  const list = (ids: string[]): string => {
    if (!ids.length) return 'none';
    const cut = o.brief && ids.length > 12 ? ids.slice(0, 12) : ids;
    return `${cut.map(code).join(', ')}${cut.length < ids.length ? `, and ${ids.length - cut.length} more (report.md lists them all)` : ''}`;
  };
  const c = r.counts;
  const sdk = r.sdk.name ? `${r.sdk.name}${r.sdk.version ? ` ${r.sdk.version}` : ''}` : 'an unnamed SDK';
  const out = [
    `# SDK gate: ${sdk}`,
    '',
    `Contract ${r.contract.version}${r.contract.docs_commit ? ` (Yuno docs ${r.contract.docs_commit})` : ''}, judged ${r.date}` +
      (r.command
        ? `; ${code(r.command.line)} exited ${r.command.exit_code}`
        : '; requests read from a running emulator'),
    '',
  ];
  if (c.requests === 0) {
    out.push(r.summary);
    return out.join('\n');
  }
  out.push(
    `Requests: ${c.requests} reached the gate (${r.hosts.map((h) => `${h.count} to ${h.host}`).join(', ')}), ${c.judged} judged: ${c.requestsOk} without a problem, ${c.requestsWithProblems} with problems (${plural(c.problems, 'problem')} in all)` +
      (c.deliberate
        ? `; ${c.deliberate} sent as deliberately invalid (x-conformance-expect), ${c.deliberateRefused} of them refused as they must be.`
        : '.'),
    '',
  );
  const exercised = r.operations.filter((o) => o.calls > 0 || o.declared);
  if (exercised.length) {
    out.push(
      '| operation | requests | deliberately invalid | requests with problems | warnings | checks failed |',
      '|---|---|---|---|---|---|',
    );
    for (const o of exercised) {
      const failed = o.checks.filter((x) => x.failed > 0).map((x) => x.id);
      out.push(
        `| ${code(o.operationId)}${o.declared ? ' (declared)' : ''} | ${o.calls} | ${o.deliberate} | ${o.requestsWithProblems} | ${o.warnings.reduce((n, w) => n + w.count, 0)} | ${failed.length ? failed.map(code).join(', ') : 'none'} |`,
      );
    }
    out.push('');
  }
  const problems = r.operations.flatMap((o) => o.problems);
  if (problems.length || r.unknown.length || r.unverified_unknown.length) {
    out.push("## Problems in what the SDK sent (the SDK's)", '');
    for (const p of problems) out.push(problemLine(p));
    for (const p of r.unverified_unknown) out.push(problemLine(p));
    for (const u of r.unknown)
      out.push(
        `- ${u.method} ${code(u.template)} is not a documented operation (${plural(u.count, 'request')}; e.g. ${u.paths.map(code).join(', ')}) [docs](${u.doc})`,
      );
    out.push('');
  }
  const warnings = r.operations.flatMap((o) => o.warnings);
  if (warnings.length) {
    out.push('## Warnings: the docs show both sides (the emulator accepted either)', '');
    for (const w of warnings)
      out.push(
        `- ${code(w.operationId)} ${w.method} ${w.template}: ${code(w.check)} at ${code(w.pointer || '(body)')}: the contract expects ${w.expected}; sent ${w.observed} (${plural(w.count, 'request')}).${w.note ? ` The docs: "${w.note}".` : ''} Conflict ${code(w.conflict)}: the real API ${w.real_api} [docs](${w.doc})`,
      );
    out.push('');
  }
  if (r.gate_faults.length || r.coverage_gaps.length || r.refused_hosts.length) {
    out.push("## Not the SDK's fault", '');
    for (const f of r.gate_faults) {
      const what =
        f.kind === 'refused-valid'
          ? 'the gate refused a request the contract allows: report it to yuno-conformance'
          : f.kind === 'not-served'
            ? "the gate's emulator does not serve this operation yet (a coverage gap of yuno-conformance)"
            : "the gate's emulator failed: report it to yuno-conformance";
      out.push(
        `- ${f.operationId ? `${code(f.operationId)} ` : ''}${f.method} ${f.template}: ${what} (answered ${f.status}${f.code ? ` ${f.code}` : ''}${f.message ? `: ${f.message}` : ''}; ${plural(f.count, 'request')})`,
      );
    }
    for (const g of r.coverage_gaps)
      out.push(
        `- ${g.method} ${code(g.template)}: documented by Yuno${g.source ? ` (${g.source})` : ''} but outside the contract: a coverage gap of yuno-conformance, not judged (${plural(g.count, 'request')})`,
      );
    for (const h of r.refused_hosts)
      out.push(
        `- ${code(h.host)} is not a Yuno host: refused ${plural(h.count, 'time')} (let it through with --allow-host ${h.host})`,
      );
    out.push('');
  }
  if (r.declared) {
    out.push(`## Declared operations (${r.declared.file})`, '');
    out.push(
      `${plural(r.declared.operations.length, 'operation')} declared; never exercised: ${r.declared.unexercised.length ? r.declared.unexercised.map(code).join(', ') : 'none'}; called but not declared: ${r.declared.undeclaredCalled.length ? r.declared.undeclaredCalled.map(code).join(', ') : 'none'}.`,
      '',
    );
  }
  out.push(
    `## Documented operations never exercised (${r.never_exercised.length} of ${c.operationsDocumented})`,
    '',
    list(r.never_exercised),
    '',
    r.summary,
  );
  return out.join('\n');
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit: a test case per operation and check (its stable id), skipped for operations never exercised. */
export function renderJunit(r: GateReport): string {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  const tally = (o: OperationResult, x: CheckTally): string => {
    const name = `name="${xml(`${o.operationId} ${x.id}`)}" classname="sdk-gate.${xml(o.operationId)}"`;
    if (!x.failed) return `    <testcase ${name}/>`;
    failures++;
    const text = o.problems
      .filter((p) => p.check === x.id)
      .map((p) => `${p.pointer || '(body)'}: expected ${p.expected}; sent ${p.observed} (${p.count}x) ${p.doc}`)
      .join('\n');
    return `    <testcase ${name}><failure message="${xml(`${x.failed} of ${x.passed + x.failed + x.warned} request(s) fail ${x.id}: ${x.statement}`)}">${xml(text)}</failure></testcase>`;
  };
  for (const o of r.operations) {
    if (o.calls === 0 && !o.declared) {
      skipped++;
      cases.push(
        `    <testcase name="${xml(o.operationId)}" classname="sdk-gate.${xml(o.operationId)}"><skipped message="never exercised by the SDK's tests"/></testcase>`,
      );
      continue;
    }
    for (const x of o.checks) if (x.passed + x.failed + x.warned > 0) cases.push(tally(o, x));
  }
  if (r.unknown.length || r.unverified_unknown.length) {
    failures++;
    const text = [
      ...r.unknown.map((u) => `${u.method} ${u.template} (${u.count}x)`),
      ...r.unverified_unknown.map((p) => `${p.method} ${p.template}: ${p.observed} (${p.count}x)`),
    ].join('\n');
    cases.push(
      `    <testcase name="request-documented" classname="sdk-gate.undocumented"><failure message="requests to no documented operation">${xml(text)}</failure></testcase>`,
    );
  }
  if (r.command && r.command.exit_code !== 0) {
    failures++;
    cases.push(
      `    <testcase name="the SDK's own tests" classname="sdk-gate.command"><failure message="${xml(`${r.command.line} exited ${r.command.exit_code}`)}"/></testcase>`,
    );
  }
  if (r.counts.requests === 0) {
    failures++;
    cases.push(
      `    <testcase name="requests reached the gate" classname="sdk-gate.command"><failure message="no request reached the gate"/></testcase>`,
    );
  }
  const props = [
    ['sdk.name', r.sdk.name ?? ''],
    ['sdk.version', r.sdk.version ?? ''],
    ['contract.version', r.contract.version],
    ['contract.docs_commit', r.contract.docs_commit ?? ''],
    ['verdict', r.verdict],
  ]
    .map(([k, v]) => `    <property name="${xml(k!)}" value="${xml(v!)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="sdk-gate">
  <testsuite name="sdk-gate" timestamp="${xml(r.date)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}">
  <properties>
${props}
  </properties>
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}
