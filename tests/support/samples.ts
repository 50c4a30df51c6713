// Requests built from the contract itself: for any operation, valid path/query parameters and its
// first request example. Used where the request only has to be valid (examples, auth).
import { Contract, type Operation } from '../../lib/contract.js';
import type { OpId } from './client.js';

const SAMPLE_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

export function sampleRequest(op: Operation): { path: Record<string, string>; query: Record<string, string>; body?: Record<string, unknown> } {
  const path: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') path[p.name] = SAMPLE_ID;
    if (p.in === 'query' && p.required) query[p.name] = 'order-0001';
  }
  const examples = op.requestBody ? Object.values(op.requestBody.examples) : [];
  if (op.requestBody && examples.length === 0) throw new Error(`${op.operationId} has a request body but no request example in the contract`);
  return { path, query, body: examples[0] as Record<string, unknown> | undefined };
}

/** Every operation of the API (webhooks are sent by Yuno, not called). */
export function apiOperations(): Operation[] {
  return [...Contract.load().operations.values()].filter((o) => !o.webhook);
}

export const asOpId = (id: string): OpId => id as OpId;
