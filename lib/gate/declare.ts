// The operations an SDK declares it implements (--declare FILE), like the discovery file of the UK
// Open Banking conformance tool: YAML or JSON, a list of operationIds (createPayment) or of
// "METHOD /path" (POST /payments, GET /payments/{payment_id}), or an object with that list under
// `operations`. A declared operation its tests never exercise fails the gate; an entry the contract
// does not know is a usage error that names it.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Contract } from '../contract.js';
import { operationOf } from '../requests.js';

export class DeclarationError extends Error {}

/** The operationIds a declaration file names; throws a DeclarationError naming what is wrong. */
export function readDeclaration(file: string, contract: Contract): string[] {
  if (!existsSync(file)) throw new DeclarationError(`--declare ${file}: no such file`);
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DeclarationError(`--declare ${file}: not YAML or JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { operations?: unknown } | null)?.operations;
  if (!Array.isArray(list) || list.length === 0)
    throw new DeclarationError(
      `--declare ${file}: expected a list of operationIds or "METHOD /path" entries (or {operations: [...]})`,
    );
  const out = new Set<string>();
  const unknown: string[] = [];
  for (const entry of list) {
    const text = String(entry).trim();
    const m = /^(GET|POST|PUT|PATCH|DELETE)\s+(\/\S*)$/i.exec(text);
    if (m) {
      const method = m[1]!.toUpperCase();
      const path = m[2]!.replace(/^\/v1(?=\/)/, '');
      const byTemplate = [...contract.operations.values()].find(
        (o) =>
          !o.webhook && o.method === method && o.path.replace(/\{[^}]+\}/g, '{}') === path.replace(/\{[^}]+\}/g, '{}'),
      );
      const op = byTemplate ?? operationOf(contract, method, path)?.op;
      if (op) out.add(op.operationId);
      else unknown.push(text);
    } else if (contract.operations.has(text) && !contract.operations.get(text)!.webhook) out.add(text);
    else unknown.push(text);
  }
  if (unknown.length)
    throw new DeclarationError(
      `--declare ${file}: ${unknown.map((u) => `"${u}"`).join(', ')} ${unknown.length === 1 ? 'is not an operation' : 'are not operations'} of the contract (give operationIds such as createPayment, or "POST /payments")`,
    );
  return [...out];
}
