import { checkObjects } from '../checks.js';
import { Contract, type Violation } from '../contract.js';
import { classify } from '../findings.js';
import { examplesOf, upstreamOperations } from './upstream.js';

export type Verdict = 'passed' | 'explained' | 'failing';
export interface ExampleResult {
  file: string;
  operation: string;
  /** The response status, or 'request' for a request body example. */
  status: string;
  example: string;
  verdict: Verdict;
  conflicts: string[];
  unexplained: Violation[];
}

export interface DocsCheck {
  results: ExampleResult[];
  /** How many examples each upstream file contributed. */
  counts: Record<string, number>;
  /** Documented operations (METHOD path, file) the contract does not have. */
  uncovered: string[];
  /** Contract operations no upstream file documents. */
  undocumented: string[];
}

export function checkDocs(docsDir: string, contract = Contract.load()): DocsCheck {
  const results: ExampleResult[] = [];
  const counts: Record<string, number> = {};
  const uncovered: string[] = [];
  const matched = new Set<string>();
  for (const u of upstreamOperations(docsDir, contract)) {
    if (!u.operationId) {
      uncovered.push(`${u.method} ${u.path} (${u.file})`);
      continue;
    }
    matched.add(u.operationId);
    const examples = examplesOf(u);
    counts[u.file] = (counts[u.file] ?? 0) + examples.length;
    for (const ex of examples)
      results.push(judge(contract, ex.file, ex.operationId, ex.status, ex.contentType, ex.name, ex.value));
  }
  const undocumented = [...contract.operations.values()]
    .filter((o) => !o.webhook && !matched.has(o.operationId))
    .map((o) => o.operationId);
  return { results, counts, uncovered, undocumented };
}

function judge(
  contract: Contract,
  file: string,
  operationId: string,
  status: string,
  ct: string,
  example: string,
  value: unknown,
): ExampleResult {
  let body = value;
  let violations: Violation[];
  if (typeof value === 'string') {
    try {
      body = JSON.parse(value);
    } catch {
      body = undefined;
    }
  }
  const declared = contract.operation(operationId).responses[status];
  if (status === 'request') {
    // A request the docs show must be one the contract lets through (the emulator and the SDK gate accept it).
    violations = body === undefined ? [] : contract.checkRequestBody(operationId, body);
  } else if ((value === '' || value === undefined) && declared && declared.contentTypes.length === 0) {
    // An empty example of a response our contract declares without a body: no body, as we say.
    violations = contract.checkResponse(operationId, { status: Number(status), headers: {}, body: undefined });
  } else if (body === undefined || body === '') {
    violations = [
      {
        rule: 'body-schema',
        keyword: 'json',
        location: `${operationId} body`,
        operation: operationId,
        status: Number(status),
        pointer: '',
        expected: 'a JSON body',
        observed: typeof value === 'string' ? value.slice(0, 80) : String(value),
      },
    ];
  } else {
    const res = { status: Number(status), headers: { 'content-type': ct }, body };
    violations = contract.checkResponse(operationId, res);
    if (!violations.some((v) => v.rule === 'status-code-declared'))
      violations.push(...checkObjects(contract, operationId, status, body));
  }
  const conflicts = new Set<string>();
  const unexplained: Violation[] = [];
  for (const v of violations) {
    const c = classify(v, {
      operationId,
      status: status === 'request' ? 0 : Number(status),
      headers: { 'content-type': ct },
      body,
    }).conflict;
    if (c) conflicts.add(c);
    else unexplained.push(v);
  }
  const verdict: Verdict = violations.length === 0 ? 'passed' : unexplained.length === 0 ? 'explained' : 'failing';
  return { file, operation: operationId, status, example, verdict, conflicts: [...conflicts].sort(), unexplained };
}

export function summarize(results: ExampleResult[]): Record<Verdict, number> {
  const out: Record<Verdict, number> = { passed: 0, explained: 0, failing: 0 };
  for (const r of results) out[r.verdict]++;
  return out;
}

export function renderMarkdown(check: DocsCheck, verbose: boolean): string {
  const { results, counts, uncovered, undocumented } = check;
  const lines: string[] = ['# Upstream examples against our contract', ''];
  const s = summarize(results);
  lines.push(`${results.length} examples: ${s.passed} passed, ${s.explained} explained, ${s.failing} failing`, '');
  const requests = results.filter((r) => r.status === 'request');
  const rs = summarize(requests);
  lines.push(
    `of which ${requests.length} request examples: ${rs.passed} passed, ${rs.explained} explained, ${rs.failing} failing`,
    '',
  );
  if (uncovered.length)
    lines.push(`${uncovered.length} documented operations are not in the contract: ${uncovered.join('; ')}`, '');
  if (undocumented.length)
    lines.push(
      `${undocumented.length} operations of the contract match no upstream file: ${undocumented.join(', ')}`,
      '',
    );
  if (Object.keys(counts).length) {
    lines.push('| upstream file | examples |', '|---|---|');
    for (const [file, n] of Object.entries(counts)) lines.push(`| ${file} | ${n} |`);
    lines.push('');
  }
  const byConflict = new Map<string, number>();
  for (const r of results) for (const c of r.conflicts) byConflict.set(c, (byConflict.get(c) ?? 0) + 1);
  if (byConflict.size) {
    lines.push('| conflict | examples |', '|---|---|');
    for (const [c, n] of [...byConflict].sort((a, b) => b[1] - a[1])) lines.push(`| ${c} | ${n} |`);
    lines.push('');
  }
  lines.push(
    '| file | status | example | verdict | conflicts / first unexplained violation |',
    '|---|---|---|---|---|',
  );
  for (const r of results) {
    if (!verbose && r.verdict === 'passed') continue;
    const v = r.unexplained[0];
    const detail = v
      ? `${v.rule} at '${v.pointer}': expected ${v.expected}, observed ${JSON.stringify(v.observed)}`
      : r.conflicts.join(', ');
    lines.push(`| ${r.file} | ${r.status} | ${r.example} | ${r.verdict} | ${detail.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}
