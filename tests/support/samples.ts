// Requests built from the contract itself: for any operation, valid path and query parameters, the
// required headers the client does not fill in, and its first request example. Used where the request only has to be valid (examples, auth).
import { Contract, type Operation } from '../../lib/contract.js';
import { Chance, sampleOf } from '../../lib/generate/values.js';
import type { MalformedInit, OpId } from './client.js';

/** Header parameters the client fills in itself (tests/support/client.ts headersOf). */
const CLIENT_HEADERS = new Set([
  'x-idempotency-key',
  'x-organization-code',
  'x-account-code',
  'x-public-api-key',
  'x-private-secret-key',
]);
const SAMPLE_ID = '3b241101-e2bb-4255-8caf-4136c566a962';
/** Values a parameter may take, tried in order: the first its schema accepts is used. */
const CANDIDATES = [SAMPLE_ID, 'order-0001', 'ACTIVE', '1'];

function sampleValue(op: Operation, p: Operation['parameters'][number]): string {
  const contract = Contract.load();
  const fits = (c: string): boolean => contract.validate(p.ref, c, { operation: op.operationId }).length === 0;
  // Then a value made from the parameter's schema (a pattern, a format).
  const made = sampleOf(contract, contract.schemaAt(p.ref), new Chance(1));
  const v = [...CANDIDATES, ...(typeof made === 'string' ? [made] : [])].find(fits);
  if (v === undefined)
    throw new Error(
      `${op.operationId}: no sample value fits parameter ${p.name} (add one to CANDIDATES in tests/support/samples.ts)`,
    );
  return v;
}

/** A request the contract allows for any operation, as `malformed()` takes it (the operation is only known at run time). */
export function sampleRequest(op: Operation): MalformedInit {
  const path: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') path[p.name] = sampleValue(op, p);
    if (p.in === 'query' && p.required) query[p.name] = sampleValue(op, p);
    if (p.in === 'header' && p.required && !CLIENT_HEADERS.has(p.name.toLowerCase()))
      headers[p.name] = sampleValue(op, p);
  }
  const examples = op.requestBody ? Object.values(op.requestBody.examples) : [];
  if (op.requestBody && examples.length === 0)
    throw new Error(`${op.operationId} has a request body but no request example in the contract`);
  return { path, query, body: examples[0], ...(Object.keys(headers).length ? { headers } : {}) };
}

/** Every operation of the API (webhooks are sent by Yuno, not called). */
export function apiOperations(): Array<Operation & { operationId: OpId }> {
  return [...Contract.load().operations.values()].filter((o) => !o.webhook) as Array<Operation & { operationId: OpId }>;
}
