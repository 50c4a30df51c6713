// No stricter than the docs: every constraint of the contract carries its docs source, and nulls
// follow one rule, the same for requests and responses.
//  - An enum, const, format or required list is sourced by the x-doc of its schema or of the named
//    schema (component or operation) around it.
//  - A pattern, a length, a bound, multipleOf or a count of items or properties is a precise claim:
//    it needs an x-doc-note (the docs' own words and where) on the schema that makes it, or on the
//    named component it is.
//  - Nulls: a property that is not required may be null wherever it may be absent; a required one
//    never (specs/doc-conflicts.yaml, nullable-fields).
import { expect, test } from '@playwright/test';
import { Contract } from '../../lib/contract.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const contract = Contract.load();
const doc = contract.doc;

const SOURCED_BY_DOC = ['enum', 'const', 'format', 'required'] as const;
const NEEDS_NOTE = [
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
] as const;

interface Node {
  pointer: string;
  schema: Json;
  /** x-doc of the nearest named schema, operation or parameter around it. */
  doc?: string;
  /** True when the node is a named component schema (its x-doc or note covers it). */
  named: boolean;
}

/** Every schema node of the document, with the docs source around it. */
function schemaNodes(): Node[] {
  const out: Node[] = [];
  const walk = (s: unknown, pointer: string, around: string | undefined, named: boolean): void => {
    if (!isObject(s) || typeof s.$ref === 'string') return;
    const here = typeof s['x-doc'] === 'string' ? s['x-doc'] : around;
    out.push({ pointer, schema: s, doc: here, named });
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
      if (Array.isArray(s[key]))
        for (const [i, x] of (s[key] as unknown[]).entries()) walk(x, `${pointer}/${key}/${i}`, here, false);
    if (isObject(s.properties))
      for (const [k, x] of Object.entries(s.properties)) walk(x, `${pointer}/properties/${k}`, here, false);
    if (s.items !== undefined) walk(s.items, `${pointer}/items`, here, false);
    if (isObject(s.additionalProperties)) walk(s.additionalProperties, `${pointer}/additionalProperties`, here, false);
  };
  const components = (doc.components ?? {}) as Json;
  for (const [name, s] of Object.entries((components.schemas ?? {}) as Json))
    walk(s, `#/components/schemas/${name}`, undefined, true);
  for (const [name, p] of Object.entries((components.parameters ?? {}) as Json)) {
    if (isObject(p))
      walk(
        p.schema,
        `#/components/parameters/${name}/schema`,
        typeof p['x-doc'] === 'string' ? p['x-doc'] : undefined,
        true,
      );
  }
  for (const op of contract.operations.values()) {
    const base = op.webhook
      ? `#/webhooks/${op.path}/${op.method.toLowerCase()}`
      : `#/paths/${op.path.replace(/~/g, '~0').replace(/\//g, '~1')}/${op.method.toLowerCase()}`;
    const raw = at(base) as Json;
    for (const [i, p] of (Array.isArray(raw.parameters) ? raw.parameters : []).entries()) {
      if (isObject(p)) walk(p.schema, `${base}/parameters/${i}/schema`, op.doc, false);
    }
    const body = at(`${base}/requestBody/content/application~1json/schema`);
    walk(body, `${base}/requestBody/content/application~1json/schema`, op.doc, false);
    for (const status of Object.keys(op.responses))
      walk(
        at(`${base}/responses/${status}/content/application~1json/schema`),
        `${base}/responses/${status}/content/application~1json/schema`,
        op.doc,
        false,
      );
  }
  return out;
}

function at(pointer: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer.slice(2).split('/'))
    node = isObject(node) ? node[raw.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return node;
}

const nodes = schemaNodes();

test('every enum, const, format and required list has a docs page around it (x-doc)', () => {
  const unsourced = nodes.filter(
    (n) =>
      SOURCED_BY_DOC.some(
        (k) => n.schema[k] !== undefined && !(k === 'required' && (n.schema.required as unknown[]).length === 0),
      ) && !n.doc,
  );
  expect(
    unsourced.map((n) => `${n.pointer}: ${SOURCED_BY_DOC.filter((k) => n.schema[k] !== undefined).join(', ')}`),
    'constraints with no x-doc on them or around them',
  ).toEqual([]);
});

test("every pattern, length, bound, multipleOf and count carries the docs' words (x-doc-note)", () => {
  const unsourced = nodes.filter(
    (n) => NEEDS_NOTE.some((k) => n.schema[k] !== undefined) && typeof n.schema['x-doc-note'] !== 'string',
  );
  expect(
    unsourced.map(
      (n) =>
        `${n.pointer}: ${NEEDS_NOTE.filter((k) => n.schema[k] !== undefined)
          .map((k) => `${k} ${JSON.stringify(n.schema[k])}`)
          .join(', ')}`,
    ),
    'precise constraints without an x-doc-note',
  ).toEqual([]);
});

/** Whether a property schema admits null: a type list with null, or an anyOf/oneOf branch of type null. */
function nullable(s: unknown): boolean {
  if (!isObject(s)) return false;
  if (s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'))) return true;
  if (s.const === null || (Array.isArray(s.enum) && s.enum.includes(null))) return true;
  for (const key of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(s[key]) && (s[key] as unknown[]).some(nullable)) return true;
  if (typeof s.$ref === 'string') return nullable(contract.schemaAt(s.$ref));
  return false;
}

test('nulls follow one rule: an optional property may be null, a required one may not', () => {
  const wrong: string[] = [];
  for (const n of nodes) {
    if (!isObject(n.schema.properties)) continue;
    const required = new Set(Array.isArray(n.schema.required) ? (n.schema.required as string[]) : []);
    for (const [k, p] of Object.entries(n.schema.properties)) {
      const isNullable = nullable(p);
      if (required.has(k) && isNullable) wrong.push(`${n.pointer}/properties/${k}: required, yet nullable`);
      if (!required.has(k) && !isNullable) wrong.push(`${n.pointer}/properties/${k}: optional, yet not nullable`);
    }
  }
  expect(wrong, 'properties that break the null rule').toEqual([]);
});
