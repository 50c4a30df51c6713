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

/**
 * Upstream per-endpoint file -> the operation of ours it documents: one operationId for a file that
 * documents one operation (or several variants of it), or, for a file that documents several, a map
 * from "METHOD /path" (as the file writes the path) to the operationId.
 */
export type UpstreamTarget = string | Record<string, string>;

export const UPSTREAM: Record<string, UpstreamTarget> = {
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
  'payments/retrieve-issuers.json': 'retrieveIssuers',
  'payments/disputes.json': 'openDispute',
  'payments/update-dispute.json': 'updateDispute',
  'payments/notify-fulfillments.json': 'notifyFulfillments',
  'payment-links/create-payment-link.json': 'createPaymentLink',
  'payment-links/retrieve-payment-link.json': 'retrievePaymentLink',
  'payment-links/cancel-payment-link.json': 'cancelPaymentLink',
  'customers/create-customer.json': 'createCustomer',
  'customers/retrieve-customer.json': 'retrieveCustomer',
  'customers/retrieve-customer-by-external-id.json': 'retrieveCustomerByMerchantCustomerId',
  'customers/update-customer.json': 'updateCustomer',
  'customers/delete-customer.json': 'deleteCustomer',
  'checkout-sessions/create-checkout-session.json': 'createCheckoutSession',
  'checkout-sessions/retrieve-payment-methods-for-checkout.json': 'retrieveCheckoutPaymentMethods',
  'checkout-sessions/retrieve-checkout-session.json': 'retrieveCheckoutSession',
  'checkout-sessions/update-checkout-session.json': 'updateCheckoutSession',
  'checkout-sessions/create-one-time-use-token-sdk-checkout.json': 'createCheckoutSessionToken',
  'checkout-sessions/create-one-time-use-token.json': 'createToken',
  'customer-sessions-enrollment/create-customer-session.json': 'createCustomerSession',
  'payment-methods-checkout/retrieve-payment-methods-to-enroll-checkout.json': 'retrieveEnrollablePaymentMethods',
  'payment-methods-checkout/enroll-payment-method-checkout.json': 'enrollSessionPaymentMethod',
  'payment-methods-checkout/retrieve-payment-method-by-id-checkout.json': 'retrievePaymentMethod',
  'payment-methods-checkout/unenroll-payment-method-checkout.json': 'unenrollSessionPaymentMethod',
  'payment-methods-direct-workflow/enroll-payment-method-api.json': 'enrollPaymentMethod',
  'payment-methods-direct-workflow/retrieve-enrolled-payment-methods-api.json': 'listEnrolledPaymentMethods',
  'payment-methods-direct-workflow/retrieve-enrolled-payment-method-by-id-api.json': 'retrieveEnrolledPaymentMethod',
  'payment-methods-direct-workflow/retrieve-enrolled-payment-method-by-id-pci-api.json': 'retrieveEnrolledPaymentMethod',
  'payment-methods-direct-workflow/unenroll-payment-method-api.json': 'unenrollPaymentMethod',
  'payment-methods-direct-workflow/reassign-payment-method-api.json': 'reassignPaymentMethod',
  'payment-methods-direct-workflow/register-cards-for-account-updater-api.json': 'registerCardsForAccountUpdater',
  'three-d-secure-setups/create-three-d-secure-setup.json': 'createThreeDSecureSetup',
  'webhooks/manage-webhooks.json': {
    'GET /webhooks': 'listWebhooks',
    'POST /webhooks': 'createWebhook',
    'GET /webhooks/{webhook_id}': 'retrieveWebhook',
    'PATCH /webhooks/{webhook_id}': 'updateWebhook',
    'DELETE /webhooks/{webhook_id}': 'deleteWebhook',
  },
  'payouts/create-payout.json': 'createPayout',
  'payouts/retrieve-payout-by-id.json': 'retrievePayout',
  'payouts/retrieve-payout-by-merchant-reference.json': 'retrievePayoutsByMerchantReference',
  'reports/create-a-report.json': 'createReport',
  'reports/retrieve-a-report.json': 'retrieveReport',
  'reports/list-all-reports.json': 'listReports',
  'reports/download-a-report.json': 'downloadReport',
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The operation of ours an upstream operation (METHOD and path as its file writes them) documents. */
export function operationFor(target: UpstreamTarget, method: string, path: string): string | undefined {
  return typeof target === 'string' ? target : target[`${method.toUpperCase()} ${path}`];
}

/** One response example of an upstream file. */
export interface UpstreamExample {
  method: string;
  path: string;
  operationId: string;
  status: string;
  contentType: string;
  name: string;
  value: unknown;
}

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

/** A local $ref followed to what it points at (responses and examples are shared that way). */
function deref(doc: Json, node: unknown, file: string, place: string): unknown {
  for (let seen = 0; isObject(node) && typeof node.$ref === 'string'; seen++) {
    const ref = node.$ref;
    if (seen > 20) throw new InputFileError(file, place, 'reference cycle');
    if (!ref.startsWith('#/')) throw new InputFileError(file, place, `only local references are followed: ${ref}`);
    let target: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      target = isObject(target) ? target[key] : undefined;
    }
    if (target === undefined) throw new InputFileError(file, place, `$ref ${ref} points at nothing`);
    node = target;
  }
  return node;
}

/**
 * Every response example of an upstream file: the named `examples` of each media type and its single
 * `example`, with responses and examples that are $refs (to components/responses, components/examples)
 * followed. Operations the target does not map are returned in `unmapped`.
 */
export function upstreamExamples(doc: Json, file: string, target: UpstreamTarget): { examples: UpstreamExample[]; unmapped: string[]; seen: string[] } {
  const examples: UpstreamExample[] = [];
  const unmapped: string[] = [];
  const seen: string[] = [];
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const [method, rawOp] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const op = deref(doc, rawOp, file, `/paths/${path}/${method}`);
      if (!isObject(op) || !isObject(op.responses)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      seen.push(key);
      const operationId = operationFor(target, method, path);
      if (!operationId) {
        unmapped.push(key);
        continue;
      }
      for (const [status, rawResponse] of Object.entries(op.responses)) {
        const response = deref(doc, rawResponse, file, `/paths/${path}/${method}/responses/${status}`);
        if (!isObject(response) || !isObject(response.content)) continue;
        for (const [contentType, media] of Object.entries(response.content)) {
          if (!isObject(media)) continue;
          const base = { method: method.toUpperCase(), path, operationId, status, contentType };
          if (isObject(media.examples)) {
            for (const [name, rawEx] of Object.entries(media.examples)) {
              const ex = deref(doc, rawEx, file, `/paths/${path}/${method}/responses/${status}/content/${contentType}/examples/${name}`);
              examples.push({ ...base, name, value: isObject(ex) ? ex.value : undefined });
            }
          }
          if ('example' in media) examples.push({ ...base, name: `${status} example`, value: media.example });
        }
      }
    }
  }
  return { examples, unmapped, seen };
}

export interface DocsCheck {
  results: ExampleResult[];
  /** Mapped files the checkout does not have. */
  missing: string[];
  /** How many examples each mapped file contributed. */
  counts: Record<string, number>;
  /** Mistakes of the map itself: a file that contributed no example, an operation mapped to nothing, a mapped operation not in its file. */
  problems: string[];
}

export function checkDocs(docsDir: string, contract = Contract.load()): DocsCheck {
  const base = join(docsDir, 'openapi');
  if (!existsSync(base)) throw new InputFileError(docsDir, '', 'is not a yuno-docs checkout: it has no openapi/ folder');
  const results: ExampleResult[] = [];
  const missing: string[] = [];
  const counts: Record<string, number> = {};
  const problems: string[] = [];
  for (const [file, target] of Object.entries(UPSTREAM)) {
    const path = join(base, file);
    if (!existsSync(path)) {
      missing.push(file);
      continue;
    }
    const doc = readJsonFile(path);
    if (!isObject(doc) || !isObject(doc.paths)) throw new InputFileError(path, '/paths', 'missing: not an OpenAPI document');
    const { examples, unmapped, seen } = upstreamExamples(doc, path, target);
    for (const ex of examples) {
      if (!contract.operations.has(ex.operationId)) {
        problems.push(`${file}: ${ex.method} ${ex.path} is mapped to ${ex.operationId}, which the contract does not have`);
        continue;
      }
      results.push(judge(contract, file, ex.operationId, ex.status, ex.contentType, ex.name, ex.value));
    }
    counts[file] = examples.length;
    for (const key of unmapped) problems.push(`${file}: ${key} is not mapped to an operation of ours (add it to UPSTREAM)`);
    if (typeof target !== 'string') for (const key of Object.keys(target)) if (!seen.includes(key)) problems.push(`${file}: the mapped ${key} is not in the file`);
    if (examples.length === 0) problems.push(`${file}: contributed no response example (neither examples nor example on any media type, $refs followed): the check would check nothing there`);
  }
  return { results, missing, counts, problems };
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
  const declared = contract.operation(operationId).responses[status];
  if ((value === '' || value === undefined) && declared && declared.contentTypes.length === 0) {
    // An empty example of a response our contract declares without a body: no body, as we say.
    violations = contract.checkResponse(operationId, { status: Number(status), headers: {}, body: undefined });
  } else if (body === undefined || body === '') {
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

export function renderMarkdown(results: ExampleResult[], missing: string[], verbose: boolean, counts: Record<string, number> = {}): string {
  const lines: string[] = ['# Upstream examples against our contract', ''];
  const s = summarize(results);
  lines.push(`${results.length} examples: ${s.passed} passed, ${s.explained} explained, ${s.failing} failing`, '');
  if (missing.length) lines.push(`Not found in the checkout: ${missing.join(', ')}`, '');
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
    const { results, missing, counts, problems } = checkDocs(values.docs);
    console.log(renderMarkdown(results, missing, values.verbose ?? false, counts));
    if (values.json) {
      mkdirSync(dirname(values.json), { recursive: true });
      writeFileSync(values.json, JSON.stringify({ summary: summarize(results), missing, counts, problems, results }, null, 2));
    }
    if (problems.length) {
      console.error(`docs:check: the map of upstream files (UPSTREAM in scripts/docs-check.ts) is wrong:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exit(2);
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
