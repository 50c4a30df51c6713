// What the self-test's parts share: the record its reporter writes per test copy (read by
// scripts/selftest.ts to decide whether each fault was caught) and the name of the benign copy.
import { randomUUID } from 'node:crypto';
import { Contract, type Operation } from './contract.js';
import { requestViolationsOf } from './requests.js';
import { FAULT_NAMES, FAULTS, type Fault, RULES } from './rules/index.js';
import type { GateRequest } from './rules/types.js';

/** One test copy of the self-test: which fault or variation it ran under, and how it ended. */
export interface SelftestRecord {
  /** The test's title, without the fault's describe block. */
  title: string;
  /** The fault or benign variation of the copy, '' for the clean copy. */
  fault: string;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  rules: string[];
  operations: string[];
  /** The rules of the findings the copy recorded. */
  violations: string[];
  error?: string;
  /** The rule each error message starts with (the failure vocabulary), one per error that names one. */
  errorRules: string[];
  ms: number;
}

/** The name of the benign copy that runs every variation at once. */
export const ALL_VARIATIONS = 'all-variations';

// ---- request faults: a client's mistakes, proven against the gate's checks in process ------------

/** A request the contract allows for an operation, from its own request example (for the request faults). */
export function exampleRequest(operationId: string, contract: Contract = Contract.load()): GateRequest {
  const op = contract.operation(operationId);
  const value = (p: Operation['parameters'][number]): string => {
    const s = contract.schemaAt(p.ref);
    return s.format === 'uuid' ? randomUUID() : 'conformance-1';
  };
  const params: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: GateRequest['headers'] = { 'public-api-key': 'pk_x', 'private-secret-key': 'sk_x' };
  for (const p of op.parameters) {
    if (!p.required) continue;
    if (p.in === 'path') params[p.name] = value(p);
    if (p.in === 'query') query[p.name] = value(p);
    if (p.in === 'header') headers[p.name.toLowerCase()] = value(p);
  }
  const body = op.requestBody ? structuredClone(Object.values(op.requestBody.examples)[0]) : undefined;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const path = op.path.replace(/\{([^}]+)\}/g, (_, n: string) => params[n] ?? 'x');
  return {
    method: op.method,
    path,
    headers,
    params,
    query,
    body,
    rawBody: body === undefined ? '' : JSON.stringify(body),
  };
}

/** Whether each fault that breaks a request rule is caught by that rule on the operations it names. */
export function proveRequestFaults(): Array<{ fault: Fault; caught: boolean; detail: string }> {
  const contract = Contract.load();
  return FAULT_NAMES.map((n) => FAULTS[n])
    .filter((f) => f.effect.request)
    .map((fault) => {
      const ops = fault.operations ?? ['retrievePayment'];
      const problems: string[] = [];
      for (const operationId of ops) {
        const clean = exampleRequest(operationId, contract);
        const faulted = structuredClone(clean);
        fault.effect.request!(faulted);
        const before = requestViolationsOf(contract, clean).filter((v) => v.rule === fault.rule);
        const after = requestViolationsOf(contract, faulted).filter((v) => v.rule === fault.rule);
        if (before.length)
          problems.push(`${operationId}: the clean request already breaks ${fault.rule}: ${before[0]!.expected}`);
        if (!after.length) problems.push(`${operationId}: ${fault.rule} saw nothing wrong with the faulted request`);
      }
      return {
        fault,
        caught: problems.length === 0,
        detail: problems.join('; ') || `${RULES[fault.rule].statement.slice(0, 60)}…`,
      };
    });
}
