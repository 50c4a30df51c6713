// The fields Yuno's own success examples show, per operation, nested ones included: for every object
// of the answered resource down to MAX_DEPTH levels (an array read by its first item), which keys it
// carries and in how many examples. The emulator's answers must carry every field at least half of
// the examples show (tests/contract/fidelity.spec.ts), at every level where the answer has the object.
import { join } from 'node:path';
import { Document, type YAMLMap } from 'yaml';
import { Contract } from '../contract.js';
import { SPECS_DIR } from '../paths.js';
import { examplesOf, upstreamOperations } from './upstream.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How deep the inventory reads: /transactions/provider_data/third_party_transaction_id is 3. */
export const MAX_DEPTH = 3;

export interface DocsFields {
  /**
   * Per operation: how many examples, and per object of the resource (its JSON pointer, '' for the
   * resource itself, an array's first item as /0) in how many examples each of its keys appears.
   * `objects` counts, per pointer, the examples that show an object there (not null).
   */
  operations: Record<
    string,
    { examples: number; fields: Record<string, Record<string, number>>; objects?: Record<string, number> }
  >;
}

/** The objects of a value, by pointer (an array by its first item), down to MAX_DEPTH keys deep. */
export function objectsOf(value: unknown, pointer = '', depth = 0, out = new Map<string, Json>()): Map<string, Json> {
  if (Array.isArray(value)) {
    if (depth > 0 && value.length) objectsOf(value[0], `${pointer}/0`, depth, out);
    return out;
  }
  if (!isObject(value)) return out;
  out.set(pointer, value);
  if (depth + 1 >= MAX_DEPTH) return out;
  for (const [k, v] of Object.entries(value))
    objectsOf(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1, out);
  return out;
}

export function inventory(docsDir: string): DocsFields {
  const out: DocsFields = { operations: {} };
  // The same reading of the docs as docs:check: named examples and single `example`s, $refs followed.
  for (const u of upstreamOperations(docsDir, Contract.load())) {
    for (const ex of examplesOf(u)) {
      // A 204 has no content (RFC 9110): an example under it ("{}") shows no fields of an answer.
      if (!ex.status.startsWith('2') || ex.status === '204') continue;
      const entry = (out.operations[ex.operationId] ??= { examples: 0, fields: {}, objects: {} });
      let body = ex.value;
      if (typeof body === 'string') {
        try {
          body = JSON.parse(body);
        } catch {
          continue; // a broken example (conflict broken-examples) shows no fields
        }
      }
      const resources = Array.isArray(body) ? body : [body];
      for (const r of resources.filter(isObject)) {
        // A payment wrapped in {payment: ...} (conflict payment-envelope) shows the payment's fields.
        const resource = Object.keys(r).length === 1 && isObject(r.payment) ? r.payment : r;
        entry.examples++;
        for (const [pointer, obj] of objectsOf(resource)) {
          const keys = (entry.fields[pointer] ??= {});
          for (const k of Object.keys(obj)) keys[k] = (keys[k] ?? 0) + 1;
          if (pointer !== '') entry.objects![pointer] = (entry.objects![pointer] ?? 0) + 1;
        }
      }
    }
  }
  for (const [op, e] of Object.entries(out.operations)) {
    if (e.examples === 0) {
      delete out.operations[op];
      continue;
    }
    // Only the objects at least half the examples show are kept below the top level (the file stays small).
    for (const p of Object.keys(e.fields)) if (p !== '' && (e.objects![p] ?? 0) * 2 < e.examples) delete e.fields[p];
    for (const p of Object.keys(e.objects!)) if (!(p in e.fields)) delete e.objects![p];
    if (!Object.keys(e.objects!).length) delete e.objects;
  }
  return out;
}

export const FIELDS_FILE = join(SPECS_DIR, 'docs-fields.yaml');

/** The fields most of the docs' examples of an operation show (at least half of them). */
export function usualFields(counts: Record<string, number>, examples: number): string[] {
  return Object.entries(counts)
    .filter(([, n]) => n * 2 >= examples)
    .map(([k]) => k)
    .sort();
}

/** The value at a JSON pointer ('/0' reads an array's first item), or undefined. */
function at(value: unknown, pointer: string): unknown {
  let node = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/**
 * What an answer lacks of what most docs examples show: at every object the docs usually show (the
 * resource, and nested ones where the answer has that object too), each usual key absent, as its
 * pointer; and each top-level object that every docs example (two or more) shows, answered null,
 * unless it is an echo of what the request sent (`echoes`: keys a request of the resource carries).
 */
export function missingFields(
  answer: unknown,
  docs: DocsFields['operations'][string],
  echoes: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  for (const [pointer, counts] of Object.entries(docs.fields)) {
    const here = at(answer, pointer);
    const top = /^\/[^/]+$/.test(pointer) ? pointer.slice(1) : undefined;
    if (
      here === null &&
      top !== undefined &&
      !echoes.has(top) &&
      docs.examples >= 2 &&
      (docs.objects?.[pointer] ?? 0) === docs.examples
    ) {
      out.push(`${pointer} (null where every docs example shows an object)`);
      continue;
    }
    if (!isObject(here)) continue;
    for (const k of usualFields(counts, docs.examples)) if (!(k in here)) out.push(`${pointer}/${k}`);
  }
  return out;
}

export function render(d: DocsFields): string {
  // Each object's keys on one line (a flow map): the file stays readable at every nested level.
  const doc = new Document(d);
  for (const op of (doc.get('operations') as YAMLMap<unknown, YAMLMap>).items) {
    const entry = op.value as YAMLMap;
    for (const pointer of (entry.get('fields') as YAMLMap<unknown, YAMLMap>).items) pointer.value!.flow = true;
    const objects = entry.get('objects') as YAMLMap | undefined;
    if (objects) objects.flow = true;
  }
  return `# Generated by \`npm run docs:fields -- --docs <yuno-docs copy>\` from the success examples of Yuno's
# per-endpoint OpenAPI files: per operation, how many examples there are and, for the answered resource
# and each object nested in it (a JSON pointer: '' is the resource, /0 an array's first item; down to
# ${MAX_DEPTH} levels; a nested object is kept when at least half the examples show one), in how many
# examples each key appears; \`objects\` counts the examples showing an object (not null) there. The
# emulator's answers must carry every key at least half of them show (tests/contract/fidelity.spec.ts).
# Do not edit by hand.
${doc.toString({ lineWidth: 0 })}`;
}
