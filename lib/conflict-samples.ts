// The other side of a doc conflict, built from its `sample` (specs/doc-conflicts.yaml) and run
// through the same classification a live answer goes through (lib/findings.ts): what the suite would
// report if a target took that side.

import { ConsistencyLedger, checkConsistency } from './consistency.js';
import { Contract } from './contract.js';
import { type Answer, answerViolations, type Classified, classify, unexpected, webhookViolations } from './findings.js';
import type { ConflictSample } from './specs.js';

type Json = Record<string, unknown>;

/** Sets a value at a JSON pointer, creating objects on the way. */
export function setAt(target: unknown, pointer: string, value: unknown): void {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = target as Json;
  keys.slice(0, -1).forEach((k) => {
    if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
    node = node[k] as Json;
  });
  node[keys[keys.length - 1]!] = value;
}

export function removeAt(target: unknown, pointer: string): void {
  const keys = pointer.split('/').slice(1);
  let node = target as Json | undefined;
  for (const k of keys.slice(0, -1)) node = node?.[k] as Json | undefined;
  if (node) delete node[keys[keys.length - 1]!];
}

/** The body of a sample: the contract's example (or the sample's body), changed as the sample says. */
export function sampleBody(
  s: ConflictSample,
  contract: Contract = Contract.load(),
): { status: number; body: unknown; rawBody?: string } {
  const op = contract.operation(s.operation);
  if (op.webhook) {
    const body = structuredClone(s.body ?? Object.values(op.requestBody!.examples)[0]);
    for (const [p, v] of Object.entries(s.set ?? {})) setAt(body, p, v);
    for (const p of s.remove ?? []) removeAt(body, p);
    return { status: 0, body };
  }
  const status = s.status ?? Number(Object.keys(op.responses).find((k) => k.startsWith('2')));
  if (s.raw !== undefined) return { status, body: s.raw, rawBody: s.raw };
  const examples = op.responses[String(status)]?.examples['application/json'] ?? {};
  const name = s.example ?? Object.keys(examples)[0];
  if (s.body === undefined && (name === undefined || !(name in examples)))
    throw new Error(`conflict sample: ${s.operation} ${status} has no example ${name ?? '(none)'}`);
  let body = structuredClone(s.body ?? examples[name!]);
  for (const [p, v] of Object.entries(s.set ?? {})) setAt(body, p, v);
  for (const p of s.remove ?? []) removeAt(body, p);
  if (s.unwrap) body = (body as Json)[s.unwrap];
  if (s.first) body = (body as unknown[])[0];
  if (s.wrap) body = { [s.wrap]: body };
  return { status, body };
}

/** What the suite observes when a target answers as the sample says. */
export function sampleViolations(s: ConflictSample, contract: Contract = Contract.load()): Classified[] {
  const op = contract.operation(s.operation);
  if (s.refusal) {
    const a: Answer = {
      operationId: s.operation,
      status: s.refusal.status,
      headers: { 'content-type': 'application/json' },
      body: s.refusal.body,
    };
    const o = unexpected(a, { kind: 'success' });
    return [...answerViolations(a, contract), ...(o ? [o] : [])];
  }
  const { status, body, rawBody } = sampleBody(s, contract);
  if (op.webhook)
    return webhookViolations(s.operation, body, {
      'x-hmac-signature': 'Ku2a4Ks7ZfSjmUGfTzgcIKh2nC0yA0o6aXJyDZx8s1Q=',
      ...s.headers,
    });
  const answer = {
    operationId: s.operation,
    status,
    headers: { 'content-type': 'application/json', ...s.headers },
    body,
    rawBody,
  };
  const violations = answerViolations(answer, contract);
  if (s.request) {
    // The request the answer belongs to: the contract's own request example, changed as the sample says.
    const request = structuredClone(Object.values(op.requestBody?.examples ?? {})[0] ?? {});
    for (const [p, v] of Object.entries(s.request)) setAt(request, p, v);
    const consistency = checkConsistency(
      { operationId: s.operation, path: {}, query: {}, body: request },
      status,
      body,
      new ConsistencyLedger(),
      true,
      contract,
    );
    violations.push(...consistency.map((v) => classify(v, answer)));
  }
  return violations;
}
