// A request the gate's proxy heard, as the judgement reads it: the operation it is (by method and path
// template under /v1), what the registry's request rules find wrong with it (lib/requests.ts, the same
// checks the emulator records), and the refusal the emulator answered, if any.
import type { Contract } from '../contract.js';
import { operationOf, type RecordedRequest, requestViolations } from '../requests.js';
import type { Exchange } from './proxy.js';

const API_PREFIX = '/v1';

const parse = (raw: string): unknown => {
  if (!raw.length) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** The code and first message of a refusal body (Yuno's {code, messages}, or {error: {code}}), when there is one. */
export function refusalOf(status: number, answer: unknown): RecordedRequest['refusal'] {
  if (status < 400) return undefined;
  const b = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>;
  const error = (typeof b.error === 'object' && b.error !== null ? b.error : {}) as Record<string, unknown>;
  const code = typeof b.code === 'string' ? b.code : typeof error.code === 'string' ? error.code : undefined;
  const messages = Array.isArray(b.messages) ? b.messages : [];
  const message = typeof messages[0] === 'string' ? messages[0] : typeof b.message === 'string' ? b.message : undefined;
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

export function recordOf(contract: Contract, e: Exchange): RecordedRequest {
  const versioned = e.path === API_PREFIX || e.path.startsWith(`${API_PREFIX}/`);
  const path = versioned ? e.path.slice(API_PREFIX.length) || '/' : e.path;
  const hit = versioned ? operationOf(contract, e.method, path) : undefined;
  const violations = requestViolations(contract, hit?.op, {
    method: e.method,
    path,
    headers: e.headers,
    params: hit?.params ?? {},
    query: e.query,
    rawBody: e.rawBody,
    body: parse(e.rawBody),
  });
  const refusal = refusalOf(e.status, e.answer);
  return {
    at: e.at,
    method: e.method,
    path,
    ...(hit ? { operationId: hit.op.operationId } : {}),
    status: e.status,
    deliberate: String(e.headers['x-conformance-expect'] ?? '').toLowerCase() === 'invalid',
    violations,
    host: e.host,
    ...(refusal ? { refusal } : {}),
  };
}
