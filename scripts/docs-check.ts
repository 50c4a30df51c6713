// npm run docs:check -- --docs <path to a yuno-docs checkout> [--json FILE] [--verbose]
//
// Validates every response example in Yuno's per-endpoint OpenAPI files, for the operations our
// contract covers, against our schemas and rules. Each example is reported as
//   passed     it satisfies our contract
//   explained  it breaks our contract only where a registered doc conflict says the docs disagree
//   failing    it breaks our contract in a way no conflict explains (fix the contract or register one)
// Exits 1 when any example is failing, 2 on bad input.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Contract, type Violation } from '../lib/contract.js';
import { observationOf } from '../lib/findings.js';
import { checkObjects } from '../lib/checks.js';
import { InputFileError, readJsonFile } from '../lib/yaml-file.js';

/** Upstream per-endpoint file -> the operation of ours it documents. */
export const UPSTREAM: Record<string, string> = {
  'payments/create-payment.json': 'createPayment',
  'payments/authorize-payment.json': 'createPayment',
  'payments/retrieve-payment-by-id.json': 'retrievePayment',
  'payments/retrieve-payment-by-id-v2.json': 'retrievePayment',
  'payments/retrieve-payment-by-merchant-order-id.json': 'retrievePaymentsByMerchantOrderId',
  'payments/capture-authorization.json': 'captureAuthorization',
  'payments/cancel-payment.json': 'cancelPayment',
  'payments/refund-payment.json': 'refundPayment',
  'payments/cancel-or-refund-a-payment.json': 'cancelOrRefundPayment',
  'payments/cancel-or-refund-payment-with-transaction.json': 'cancelOrRefundTransaction',
  'payment-links/create-payment-link.json': 'createPaymentLink',
  'payment-links/retrieve-payment-link.json': 'retrievePaymentLink',
  'payment-links/cancel-payment-link.json': 'cancelPaymentLink',
  'customers/create-customer.json': 'createCustomer',
  'customers/retrieve-customer.json': 'retrieveCustomer',
  'customers/retrieve-customer-by-external-id.json': 'retrieveCustomerByMerchantCustomerId',
  'customers/update-customer.json': 'updateCustomer',
  'checkout-sessions/create-checkout-session.json': 'createCheckoutSession',
  'checkout-sessions/retrieve-payment-methods-for-checkout.json': 'retrieveCheckoutPaymentMethods',
  'payouts/create-payout.json': 'createPayout',
  'payouts/retrieve-payout-by-id.json': 'retrievePayout',
  'payouts/retrieve-payout-by-merchant-reference.json': 'retrievePayoutsByMerchantReference',
  'reports/create-a-report.json': 'createReport',
  'reports/retrieve-a-report.json': 'retrieveReport',
  'reports/list-all-reports.json': 'listReports',
  'reports/download-a-report.json': 'downloadReport',
};

export type Verdict = 'passed' | 'explained' | 'failing';
export interface ExampleResult {
  file: string;
  operation: string;
  status: string;
  example: string;
  verdict: Verdict;
  conflicts: string[];
  unexplained: Violation[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkDocs(docsDir: string, contract = Contract.load()): { results: ExampleResult[]; missing: string[] } {
  const base = join(docsDir, 'openapi');
  if (!existsSync(base)) throw new InputFileError(docsDir, '', 'is not a yuno-docs checkout: it has no openapi/ folder');
  const results: ExampleResult[] = [];
  const missing: string[] = [];
  for (const [file, operationId] of Object.entries(UPSTREAM)) {
    const path = join(base, file);
    if (!existsSync(path)) {
      missing.push(file);
      continue;
    }
    const doc = readJsonFile(path);
    if (!isObject(doc) || !isObject(doc.paths)) throw new InputFileError(path, '/paths', 'missing: not an OpenAPI document');
    for (const item of Object.values(doc.paths)) {
      if (!isObject(item)) continue;
      for (const op of Object.values(item)) {
        if (!isObject(op) || !isObject(op.responses)) continue;
        for (const [status, response] of Object.entries(op.responses)) {
          if (!isObject(response) || !isObject(response.content)) continue;
          for (const [ct, media] of Object.entries(response.content)) {
            if (!isObject(media) || !isObject(media.examples)) continue;
            for (const [name, ex] of Object.entries(media.examples)) {
              const value = isObject(ex) ? ex.value : undefined;
              results.push(judge(contract, file, operationId, status, ct, name, value));
            }
          }
        }
      }
    }
  }
  return { results, missing };
}

function judge(contract: Contract, file: string, operationId: string, status: string, ct: string, example: string, value: unknown): ExampleResult {
  let body = value;
  let violations: Violation[];
  if (typeof value === 'string') {
    try {
      body = JSON.parse(value);
    } catch {
      body = undefined;
    }
  }
  if (body === undefined || body === '') {
    violations = [{ rule: 'body-schema', keyword: 'json', location: `${operationId} body`, operation: operationId, status: Number(status), pointer: '', expected: 'a JSON body', observed: typeof value === 'string' ? value.slice(0, 80) : String(value) }];
  } else {
    const res = { status: Number(status), headers: { 'content-type': ct }, body };
    violations = contract.checkResponse(operationId, res);
    if (!violations.some((v) => v.rule === 'status-code-declared')) violations.push(...checkObjects(contract, operationId, status, body));
  }
  const conflicts = new Set<string>();
  const unexplained: Violation[] = [];
  for (const v of violations) {
    const c = observationOf(v, { operationId, status: Number(status), headers: { 'content-type': ct }, body }).conflict;
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

export function renderMarkdown(results: ExampleResult[], missing: string[], verbose: boolean): string {
  const lines: string[] = ['# Upstream examples against our contract', ''];
  const s = summarize(results);
  lines.push(`${results.length} examples: ${s.passed} passed, ${s.explained} explained, ${s.failing} failing`, '');
  if (missing.length) lines.push(`Not found in the checkout: ${missing.join(', ')}`, '');
  const byConflict = new Map<string, number>();
  for (const r of results) for (const c of r.conflicts) byConflict.set(c, (byConflict.get(c) ?? 0) + 1);
  if (byConflict.size) {
    lines.push('| conflict | examples |', '|---|---|');
    for (const [c, n] of [...byConflict].sort((a, b) => b[1] - a[1])) lines.push(`| ${c} | ${n} |`);
    lines.push('');
  }
  lines.push('| file | status | example | verdict | conflicts / first unexplained violation |', '|---|---|---|---|---|');
  for (const r of results) {
    if (!verbose && r.verdict === 'passed') continue;
    const v = r.unexplained[0];
    const detail = v ? `${v.rule} at '${v.pointer}': expected ${v.expected}, observed ${JSON.stringify(v.observed)}` : r.conflicts.join(', ');
    lines.push(`| ${r.file} | ${r.status} | ${r.example} | ${r.verdict} | ${detail.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: 'string' }, json: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  if (!values.docs) {
    console.error('docs:check needs --docs <path to a yuno-docs checkout>, e.g. npm run docs:check -- --docs ../yuno-docs');
    process.exit(2);
  }
  try {
    const { results, missing } = checkDocs(values.docs);
    console.log(renderMarkdown(results, missing, values.verbose ?? false));
    if (values.json) {
      mkdirSync(dirname(values.json), { recursive: true });
      writeFileSync(values.json, JSON.stringify({ summary: summarize(results), missing, results }, null, 2));
    }
    if (results.length === 0) {
      console.error(`no examples found under ${relative(process.cwd(), values.docs) || '.'}/openapi for the covered operations`);
      process.exit(2);
    }
    process.exit(summarize(results).failing > 0 ? 1 : 0);
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(`docs:check: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
