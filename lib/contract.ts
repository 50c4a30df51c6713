// The contract: openapi/yuno.yaml loaded once, indexed by operation, with ajv (draft 2020-12)
// validators compiled on first use and cached for the life of the process (one per worker).
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { CONTRACT_FILE } from './paths.js';
import { count } from './tally.js';
import type { Violation } from './violation.js';
import { InputFileError, pointer, readYamlFile } from './yaml-file.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type { Violation } from './violation.js';

export interface ResponseSpec {
  status: string;
  /** JSON pointer of the response object in the document (after following its $ref). */
  ref: string;
  contentTypes: string[];
  headers: Record<string, { required: boolean; ref: string }>;
  examples: Record<string, Record<string, unknown>>;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The path template ('/payments/{payment_id}'), or the webhook name for webhooks. */
  path: string;
  webhook: boolean;
  tag: string;
  doc: string;
  summary: string;
  secured: boolean;
  parameters: Array<{ name: string; in: string; required: boolean; ref: string }>;
  requestBody?: { required: boolean; ref: string; examples: Record<string, unknown> };
  responses: Record<string, ResponseSpec>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(doc: unknown, ptr: string): unknown {
  if (!ptr.startsWith('#')) throw new Error(`only local references are supported: ${ptr}`);
  let node: unknown = doc;
  for (const raw of ptr.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

export class Contract {
  readonly doc: Json;
  readonly file: string;
  readonly version: string;
  readonly operations = new Map<string, Operation>();
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  /** Where each schema object of the document sits (for a violation's location). */
  private readonly pointers = new WeakMap<object, string>();

  private static cache = new Map<string, Contract>();

  /** The contract of a file, loaded once per process. */
  static load(file: string = CONTRACT_FILE): Contract {
    let c = Contract.cache.get(file);
    if (!c) {
      c = new Contract(readYamlFile(file) as Json, file);
      Contract.cache.set(file, c);
    }
    return c;
  }

  constructor(doc: Json, file = '<document>') {
    this.doc = doc;
    this.file = file;
    if (typeof doc.openapi !== 'string' || !/^3\.1\.\d+$/.test(doc.openapi)) {
      throw new InputFileError(
        file,
        '/openapi',
        `expected an OpenAPI 3.1.x version string, found ${JSON.stringify(doc.openapi)}`,
      );
    }
    const info = doc.info;
    if (!isObject(info) || typeof info.version !== 'string') {
      throw new InputFileError(file, '/info/version', 'missing: the document must have info.version');
    }
    this.version = info.version;
    this.ajv = new Ajv2020({
      strict: true,
      strictTypes: false,
      strictRequired: false,
      allErrors: true,
      multipleOfPrecision: 8,
      discriminator: false,
      verbose: true,
      inlineRefs: false,
    });
    addFormats(this.ajv);
    // OpenAPI's own keywords: the document is added whole so that $refs resolve inside it, and
    // its top level and annotation keywords must not trip strict mode.
    const openapiKeywords = [
      'openapi',
      'info',
      'servers',
      'paths',
      'webhooks',
      'components',
      'security',
      'tags',
      'jsonSchemaDialect',
    ];
    for (const kw of [
      ...openapiKeywords,
      'x-doc',
      'x-doc-also',
      'x-doc-note',
      'x-requires',
      'example',
      'xml',
      'externalDocs',
      'discriminator',
    ]) {
      this.ajv.addKeyword({ keyword: kw, schemaType: ['string', 'object', 'array', 'number', 'boolean', 'null'] });
    }
    replaceMultipleOf(this.ajv);
    this.ajv.addSchema(doc, 'yuno');
    this.index();
    const walk = (node: unknown, ptr: string, depth: number): void => {
      if (typeof node !== 'object' || node === null || depth > 40 || this.pointers.has(node)) return;
      this.pointers.set(node, ptr);
      for (const [k, v] of Object.entries(node))
        walk(v, `${ptr}/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    };
    walk(doc.components, '#/components', 0);
    walk(doc.paths, '#/paths', 0);
    walk(doc.webhooks, '#/webhooks', 0);
  }

  /** The JSON pointer of a schema object of the document. */
  pointerOf(schema: object | undefined): string | undefined {
    return schema ? this.pointers.get(schema) : undefined;
  }

  private index(): void {
    const groups: Array<[string, unknown, boolean]> = [
      ['paths', this.doc.paths, false],
      ['webhooks', this.doc.webhooks, true],
    ];
    if (!isObject(this.doc.paths))
      throw new InputFileError(this.file, '/paths', 'missing: the document must have a paths object');
    const rootSecured = Array.isArray(this.doc.security) && this.doc.security.length > 0;
    for (const [group, items, webhook] of groups) {
      if (items === undefined) continue;
      if (!isObject(items)) throw new InputFileError(this.file, `/${group}`, 'expected an object');
      for (const [path, item] of Object.entries(items)) {
        if (!isObject(item)) throw new InputFileError(this.file, pointer([group, path]), 'expected a path item object');
        for (const method of HTTP_METHODS) {
          const op = item[method];
          if (op === undefined) continue;
          const where = pointer([group, path, method]);
          if (!isObject(op)) throw new InputFileError(this.file, where, 'expected an operation object');
          this.addOperation(op, where, path, method, webhook, rootSecured, item);
        }
      }
    }
  }

  private deref(node: unknown, ptr: string, place: string): { node: Json; ptr: string } {
    let seen = 0;
    while (isObject(node) && typeof node.$ref === 'string') {
      if (++seen > 20) throw new InputFileError(this.file, place, 'reference cycle');
      ptr = node.$ref;
      node = at(this.doc, ptr);
      if (node === undefined) throw new InputFileError(this.file, place, `$ref ${ptr} points at nothing`);
    }
    if (!isObject(node)) throw new InputFileError(this.file, place, 'expected an object');
    return { node, ptr };
  }

  private examplesOf(media: Json, place: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (isObject(media.examples)) {
      for (const [name, ex] of Object.entries(media.examples)) {
        const { node } = this.deref(ex, '', `${place}/examples/${name}`);
        out[name] = node.value;
      }
    }
    return out;
  }

  private addOperation(
    op: Json,
    where: string,
    path: string,
    method: string,
    webhook: boolean,
    rootSecured: boolean,
    item: Json,
  ): void {
    const operationId = op.operationId;
    if (typeof operationId !== 'string' || !operationId)
      throw new InputFileError(this.file, where, 'operationId is missing');
    if (this.operations.has(operationId))
      throw new InputFileError(this.file, where, `operationId ${operationId} is used twice`);
    if (!isObject(op.responses))
      throw new InputFileError(this.file, `${where}/responses`, 'missing: every operation needs responses');
    const base = `#${where}`;
    const params: Operation['parameters'] = [];
    const rawParams = [
      ...(Array.isArray(item.parameters) ? item.parameters : []),
      ...(Array.isArray(op.parameters) ? op.parameters : []),
    ];
    rawParams.forEach((p, i) => {
      const { node, ptr } = this.deref(p, `${base}/parameters/${i}`, `${where}/parameters/${i}`);
      params.push({
        name: String(node.name),
        in: String(node.in),
        required: node.required === true,
        ref: `${ptr}/schema`,
      });
    });
    let requestBody: Operation['requestBody'];
    if (op.requestBody !== undefined) {
      const { node, ptr } = this.deref(op.requestBody, `${base}/requestBody`, `${where}/requestBody`);
      const media = isObject(node.content) ? node.content['application/json'] : undefined;
      if (!isObject(media))
        throw new InputFileError(
          this.file,
          `${where}/requestBody`,
          'only application/json request bodies are supported',
        );
      requestBody = {
        required: node.required === true,
        ref: `${ptr}/content/application~1json/schema`,
        examples: this.examplesOf(media, `${where}/requestBody`),
      };
    }
    const responses: Record<string, ResponseSpec> = {};
    for (const [status, r] of Object.entries(op.responses)) {
      const place = `${where}/responses/${status}`;
      const { node, ptr } = this.deref(r, `${base}/responses/${status}`, place);
      const contentTypes: string[] = [];
      const examples: ResponseSpec['examples'] = {};
      if (isObject(node.content)) {
        for (const [ct, media] of Object.entries(node.content)) {
          contentTypes.push(ct);
          if (isObject(media)) examples[ct] = this.examplesOf(media, `${place}/content/${ct}`);
        }
      }
      const headers: ResponseSpec['headers'] = {};
      if (isObject(node.headers)) {
        for (const [name, h] of Object.entries(node.headers)) {
          const d = this.deref(h, `${ptr}/headers/${name}`, `${place}/headers/${name}`);
          headers[name.toLowerCase()] = { required: d.node.required === true, ref: `${d.ptr}/schema` };
        }
      }
      responses[status] = { status, ref: ptr, contentTypes, headers, examples };
    }
    const tags = Array.isArray(op.tags) ? op.tags : [];
    const secured = Array.isArray(op.security) ? op.security.length > 0 : rootSecured;
    this.operations.set(operationId, {
      operationId,
      method: method.toUpperCase(),
      path,
      webhook,
      tag: String(tags[0] ?? 'Untagged'),
      doc: typeof op['x-doc'] === 'string' ? op['x-doc'] : '',
      summary: typeof op.summary === 'string' ? op.summary : operationId,
      secured,
      parameters: params,
      requestBody,
      responses,
    });
  }

  operation(operationId: string): Operation {
    const op = this.operations.get(operationId);
    if (!op)
      throw new Error(`unknown operation ${operationId}; the contract has ${[...this.operations.keys()].join(', ')}`);
    return op;
  }

  /** The schema object at a pointer of the document, following $refs. */
  schemaAt(ref: string): Json {
    let node = at(this.doc, ref);
    for (let i = 0; isObject(node) && typeof node.$ref === 'string' && i < 20; i++) node = at(this.doc, node.$ref);
    if (!isObject(node)) throw new Error(`no schema at ${ref}`);
    return node;
  }

  /**
   * The parameters of an operation that need others beside them when sent (`x-requires` on the
   * parameter's schema: a header the docs tie to others), with the names they need in the same place.
   */
  parameterNeeds(operationId: string): Array<{ in: string; name: string; needs: string[]; schema: Json }> {
    return this.operation(operationId).parameters.flatMap((p) => {
      const s = this.schemaAt(p.ref);
      const needs = s['x-requires'];
      return Array.isArray(needs) ? [{ in: p.in, name: p.name, needs: needs.map(String), schema: s }] : [];
    });
  }

  /** The validator for a JSON pointer into the document, compiled once. */
  validator(ref: string): ValidateFunction {
    let v = this.validators.get(ref);
    if (!v) {
      try {
        v = this.ajv.compile({ $ref: `yuno${ref}` });
      } catch (e) {
        throw new InputFileError(this.file, ref.slice(1), `the schema does not compile: ${(e as Error).message}`);
      }
      this.validators.set(ref, v);
    }
    return v;
  }

  /** Schema violations of a value against the schema at a pointer of the document. */
  validate(ref: string, value: unknown, ctx: { operation: string; status?: number; doc?: string }): Violation[] {
    const v = this.validator(ref);
    if (v(value)) return [];
    return causes(v.errors ?? []).map((e) => this.toViolation(e, value, ctx));
  }

  private toViolation(
    e: ErrorObject,
    body: unknown,
    ctx: { operation: string; status?: number; doc?: string },
  ): Violation {
    const observed =
      e.keyword === 'required'
        ? `missing ${String((e.params as { missingProperty: string }).missingProperty)}`
        : valueAt(body, e.instancePath);
    const parent = e.parentSchema as Json | undefined;
    const schemaDoc = typeof parent?.['x-doc'] === 'string' ? parent['x-doc'] : this.docOfSchemaPath(e.schemaPath);
    return {
      rule: 'body-schema',
      operation: ctx.operation,
      status: ctx.status,
      pointer: e.instancePath,
      keyword: e.keyword,
      location: this.pointerOf(parent) ?? `#${e.schemaPath.replace(/^[^#]*#/, '').replace(/\/[^/]+$/, '')}`,
      expected: describeExpectation(e),
      observed,
      doc: schemaDoc ?? ctx.doc,
    };
  }

  /** The x-doc of the nearest schema along an ajv schemaPath ('yuno#/components/schemas/X/...'). */
  private docOfSchemaPath(schemaPath: string): string | undefined {
    const m = /#\/components\/schemas\/([^/]+)/.exec(schemaPath);
    if (!m) return undefined;
    const s = at(this.doc, `#/components/schemas/${m[1]}`);
    return isObject(s) && typeof s['x-doc'] === 'string' ? s['x-doc'] : undefined;
  }

  /** Every named check of a response against its operation: status, content type, headers, body. */
  checkResponse(
    operationId: string,
    res: { status: number; headers: Record<string, string>; body: unknown; rawBody?: string },
  ): Violation[] {
    const op = this.operation(operationId);
    const ctx = { operation: operationId, status: res.status, doc: op.doc };
    const spec = op.responses[String(res.status)] ?? op.responses[`${String(res.status)[0]}XX`] ?? op.responses.default;
    // Counted as made: the declared status, the content type, each declared header, the body's schema.
    count('contract', spec ? 2 + Object.keys(spec.headers).length : 1);
    if (!spec) {
      return [
        {
          rule: 'status-code-declared',
          ...ctx,
          pointer: '',
          location: 'responses',
          expected: `one of the declared status codes ${Object.keys(op.responses).join(', ')}`,
          observed: res.status,
        },
      ];
    }
    const out: Violation[] = [];
    const lower = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const ct = (lower['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const hasBody = res.rawBody !== undefined ? res.rawBody.length > 0 : res.body !== undefined && res.body !== '';
    if (spec.contentTypes.length === 0) {
      if (hasBody)
        out.push({
          rule: 'content-type',
          ...ctx,
          pointer: '',
          location: 'content-type',
          expected: 'no body',
          observed: ct || 'a body without content-type',
        });
    } else if (!spec.contentTypes.includes(ct)) {
      out.push({
        rule: 'content-type',
        ...ctx,
        pointer: '',
        location: 'content-type',
        expected: spec.contentTypes.join(' or '),
        observed: ct || '(no content-type header)',
      });
    }
    for (const [name, h] of Object.entries(spec.headers)) {
      const value = lower[name];
      if (value === undefined) {
        if (h.required)
          out.push({
            rule: 'header',
            ...ctx,
            pointer: `header:${name}`,
            location: name,
            expected: 'present',
            observed: 'missing',
          });
      } else {
        for (const v of this.validate(h.ref, value, ctx))
          out.push({ ...v, rule: 'header', pointer: `header:${name}${v.pointer}`, location: name });
      }
    }
    if (spec.contentTypes.includes(ct) && ct.endsWith('json')) {
      if (
        res.body === undefined ||
        (typeof res.body === 'string' && res.rawBody !== undefined && !isJson(res.rawBody))
      ) {
        out.push({
          rule: 'body-schema',
          ...ctx,
          pointer: '',
          keyword: 'json',
          location: `${operationId} body`,
          expected: 'a JSON body',
          observed: truncate(res.rawBody ?? ''),
        });
      } else {
        count('contract');
        out.push(...this.validate(`${spec.ref}/content/${ct.replace(/\//g, '~1')}/schema`, res.body, ctx));
      }
    }
    return out;
  }

  /** Request-body violations (used by the emulator's validation and by the `make` fixture's self-check). */
  checkRequestBody(operationId: string, body: unknown): Violation[] {
    const op = this.operation(operationId);
    if (!op.requestBody) return [];
    return this.validate(op.requestBody.ref, body, { operation: operationId, doc: op.doc }).map((v) => ({
      ...v,
      rule: 'request-schema',
    }));
  }

  /**
   * The error codes an operation declares for a status: the `code` enum of its error body, through
   * $ref, allOf, anyOf and oneOf (empty when the answer names none).
   */
  declaredCodes(operationId: string, status: number): string[] {
    const r = this.operation(operationId).responses[String(status)];
    if (!r?.contentTypes.length) return [];
    // The codes a schema allows (undefined: any): allOf narrows, anyOf and oneOf widen.
    const codes = (node: unknown, depth: number): Set<string> | undefined => {
      if (!isObject(node) || depth > 12) return undefined;
      if (typeof node.$ref === 'string') return codes(at(this.doc, node.$ref), depth + 1);
      let out: Set<string> | undefined;
      const narrow = (s: Set<string> | undefined): void => {
        if (s) out = out ? new Set([...out].filter((c) => s.has(c))) : s;
      };
      let code = isObject(node.properties) ? node.properties.code : undefined;
      while (isObject(code) && typeof code.$ref === 'string') code = at(this.doc, code.$ref);
      if (isObject(code) && Array.isArray(code.enum))
        narrow(new Set(code.enum.filter((c): c is string => typeof c === 'string')));
      if (isObject(code) && typeof code.const === 'string') narrow(new Set([code.const]));
      if (Array.isArray(node.allOf)) for (const x of node.allOf) narrow(codes(x, depth + 1));
      for (const k of ['anyOf', 'oneOf']) {
        if (!Array.isArray(node[k])) continue;
        const branches = (node[k] as unknown[]).map((x) => codes(x, depth + 1));
        if (branches.every((x) => x)) narrow(new Set(branches.flatMap((x) => [...x!])));
      }
      return out;
    };
    const media = r.contentTypes.find((c) => c.includes('json')) ?? r.contentTypes[0]!;
    return [...(codes(at(this.doc, `${r.ref}/content/${media.replace(/\//g, '~1')}/schema`), 0) ?? [])];
  }

  /**
   * Where a named schema sits inside each response of an operation, as pointer patterns with '*'
   * for array items: e.g. PaymentCore in captureAuthorization 200 is at '/payment'.
   */
  locate(operationId: string, status: string, schemaName: string): string[] {
    // Asked for every response of every test, for every rule: the walk is done once per key.
    const key = `${operationId} ${status} ${schemaName}`;
    let found = this.located.get(key);
    if (!found) {
      found = this.walkFor(operationId, status, schemaName);
      this.located.set(key, found);
    }
    return found;
  }

  private readonly located = new Map<string, string[]>();

  /** Every instance of a named schema in a response body (root, nested, in arrays), as the contract places it. */
  instances(operationId: string, status: number | string, schemaName: string, body: unknown): Json[] {
    const out: Json[] = [];
    for (const pattern of this.locate(operationId, String(status), schemaName)) {
      for (const { value } of select(body, pattern)) if (isObject(value)) out.push(value);
    }
    return out;
  }

  /**
   * Visits every schema node a value is described by, with the part of the value it describes:
   * $refs followed, allOf/anyOf/oneOf branches visited with the same value, properties and items
   * descended into.
   */
  walkSchemaWithValue(ref: string, value: unknown, fn: (schema: Json, value: unknown) => void): void {
    const visit = (node: unknown, v: unknown, depth: number): void => {
      if (!isObject(node) || depth > 30) return;
      if (typeof node.$ref === 'string') {
        visit(at(this.doc, node.$ref), v, depth + 1);
        return;
      }
      fn(node, v);
      for (const key of ['allOf', 'anyOf', 'oneOf'])
        if (Array.isArray(node[key])) for (const s of node[key] as unknown[]) visit(s, v, depth + 1);
      if (isObject(node.properties) && isObject(v))
        for (const [k, s] of Object.entries(node.properties)) if (k in v) visit(s, v[k], depth + 1);
      if (node.items !== undefined && Array.isArray(v)) for (const x of v) visit(node.items, x, depth + 1);
    };
    visit(at(this.doc, ref), value, 0);
  }

  /**
   * The part of an object a named schema declares: its declared properties only. Comparisons made
   * on it ignore fields the docs do not define (an API may add fields at any time).
   */
  declared(schemaName: string, value: unknown): Json {
    const schema = this.schemaAt(`#/components/schemas/${schemaName}`);
    if (!isObject(value) || !isObject(schema.properties)) return {};
    return Object.fromEntries(
      Object.keys(schema.properties)
        .filter((k) => k in value)
        .map((k) => [k, value[k]]),
    );
  }

  /** The properties a schema node declares and does not require. */
  optionalProperties(schema: Json): string[] {
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    return isObject(schema.properties) ? Object.keys(schema.properties).filter((k) => !required.has(k)) : [];
  }

  private walkFor(operationId: string, status: string, schemaName: string): string[] {
    const spec = this.operation(operationId).responses[status];
    if (!spec || spec.contentTypes.length === 0) return [];
    const target = `#/components/schemas/${schemaName}`;
    const out = new Set<string>();
    const walk = (node: unknown, path: string, depth: number, seen: Set<string>): void => {
      if (!isObject(node) || depth > 12) return;
      if (typeof node.$ref === 'string') {
        if (node.$ref === target) out.add(path);
        if (seen.has(node.$ref)) return;
        walk(at(this.doc, node.$ref), path, depth + 1, new Set([...seen, node.$ref]));
      }
      for (const key of ['allOf', 'anyOf', 'oneOf']) {
        if (Array.isArray(node[key])) for (const s of node[key] as unknown[]) walk(s, path, depth + 1, seen);
      }
      if (isObject(node.properties)) {
        for (const [k, s] of Object.entries(node.properties)) walk(s, `${path}/${k}`, depth + 1, seen);
      }
      if (node.items !== undefined) walk(node.items, `${path}/*`, depth + 1, seen);
    };
    for (const ct of spec.contentTypes) {
      walk(at(this.doc, `${spec.ref}/content/${ct.replace(/\//g, '~1')}/schema`), '', 0, new Set());
    }
    return [...out];
  }
}

/** The objects of a body at a pointer pattern with '*' for every array item, with their real pointers. */
export function select(body: unknown, pattern: string): Array<{ pointer: string; value: unknown }> {
  let nodes: Array<{ pointer: string; value: unknown }> = [{ pointer: '', value: body }];
  for (const part of pattern.split('/').slice(1)) {
    const next: typeof nodes = [];
    for (const n of nodes) {
      if (part === '*') {
        if (Array.isArray(n.value))
          for (const [i, v] of n.value.entries()) next.push({ pointer: `${n.pointer}/${i}`, value: v });
      } else if (isObject(n.value) && part in n.value) {
        next.push({ pointer: `${n.pointer}/${part}`, value: n.value[part] });
      }
    }
    nodes = next;
  }
  return nodes;
}

export function valueAt(body: unknown, ptr: string): unknown {
  let node = body;
  for (const raw of ptr.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/**
 * The errors that say why a value failed, without the echoes of one cause: a value that fails
 * `anyOf: [X, null]` fails X (the cause), the null branch (type null) and anyOf itself; only the
 * first is kept. An anyOf or oneOf error stays only when no branch said anything at that place.
 */
function causes(errors: ErrorObject[]): ErrorObject[] {
  const at = (e: ErrorObject): string => e.instancePath;
  const branch = (e: ErrorObject): boolean =>
    e.keyword !== 'anyOf' &&
    e.keyword !== 'oneOf' &&
    !(e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null');
  return errors.filter((e) => {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf')
      return !errors.some((o) => o !== e && branch(o) && (at(o) === at(e) || at(o).startsWith(`${at(e)}/`)));
    if (e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null')
      return !errors.some((o) => o !== e && branch(o) && (at(o) === at(e) || at(o).startsWith(`${at(e)}/`)));
    return true;
  });
}

function describeExpectation(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `required property ${String(p.missingProperty)}`;
    case 'type':
      return `type ${String(p.type)}`;
    case 'enum':
      return `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `exactly ${JSON.stringify(p.allowedValue)}`;
    case 'format':
      return `format ${String(p.format)}`;
    case 'pattern':
      return `a string matching ${String(p.pattern)}`;
    case 'additionalProperties':
      return `no property ${String(p.additionalProperty)}`;
    case 'multipleOf':
      return `a multiple of ${String(p.multipleOf)}`;
    default:
      return `${e.keyword}: ${e.message ?? ''}`.trim();
  }
}

/**
 * multipleOf, exact for decimals: JSON amounts are decimal text, and a float division (ajv's own
 * check) fails ordinary amounts such as 6710.98 for a multipleOf of 0.0001. A number is compared
 * through its shortest round-trip decimal form (what the JSON said, for up to 15 significant
 * digits), as a scaled integer: no rounding anywhere.
 */
export function isMultipleOf(value: number, step: number): boolean {
  if (!Number.isFinite(value) || !(step > 0)) return false;
  if (!STEPS.has(step)) STEPS.set(step, small(step));
  const y = STEPS.get(step);
  // The common case without text: when value is the double of n × 10^-scale for an integer n of at
  // most 15 digits, that decimal is its shortest form (what the JSON said), and n counts the steps.
  if (y) {
    const n = Math.round(value * 10 ** y.scale);
    if (Math.abs(n) < 1e15 && n / 10 ** y.scale === value) return n % y.digits === 0;
  }
  // In safe integers where both scaled values are (the same arithmetic, exact), in BigInt otherwise.
  const x = small(value);
  if (x && y) {
    const scale = Math.max(x.scale, y.scale);
    const ux = x.digits * 10 ** (scale - x.scale);
    const uy = y.digits * 10 ** (scale - y.scale);
    if (Number.isSafeInteger(ux) && Number.isSafeInteger(uy)) return ux % uy === 0;
  }
  const a = decimal(value);
  const b = decimal(step);
  const scale = Math.max(a.scale, b.scale);
  const units = (d: { digits: bigint; scale: number }): bigint => d.digits * 10n ** BigInt(scale - d.scale);
  return units(a) % units(b) === 0n;
}

/** A schema's multipleOf as small digits, read once per value. */
const STEPS = new Map<number, { digits: number; scale: number } | undefined>();

/** A number of at most 15 significant digits, without exponent, as digits × 10^-scale (exact in a double). */
function small(n: number): { digits: number; scale: number } | undefined {
  const t = Math.abs(n).toString();
  if (t.includes('e')) return undefined;
  const dot = t.indexOf('.');
  const digits = dot < 0 ? t : t.slice(0, dot) + t.slice(dot + 1);
  return digits.length > 15 ? undefined : { digits: Number(digits), scale: dot < 0 ? 0 : t.length - dot - 1 };
}

/** A finite number as digits × 10^-scale, from its shortest round-trip string. */
function decimal(n: number): { digits: bigint; scale: number } {
  const [mantissa, exp = '0'] = Math.abs(n).toString().toLowerCase().split('e');
  const [int, frac = ''] = mantissa!.split('.');
  let scale = frac.length - Number(exp);
  let digits = BigInt(`${int}${frac}`);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

export function replaceMultipleOf(ajv: Ajv2020): void {
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({
    keyword: 'multipleOf',
    type: 'number',
    schemaType: 'number',
    error: {
      message: ({ schema }) => `must be multiple of ${String(schema)}`,
      params: ({ schema }) => ({ multipleOf: schema }) as never,
    },
    validate: (step: number, value: number) => isMultipleOf(value, step),
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function truncate(s: string, n = 200): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
