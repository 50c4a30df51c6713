// The plain ways an operation treats its resource, served the same way for every resource that has
// nothing special about them: create, read, list, change, end, and a status move along the resource's
// table. Answers are shaped like the docs' own examples (the contract's first example of the success
// answer), with what the request sent echoed where the answer's schema has it, a new id, the clock's
// timestamps and the status the table starts the resource in.
import { randomUUID } from 'node:crypto';
import { enforces } from '../emulator/faults.js';
import type { Contract, Operation } from '../lib/contract.js';
import { initialStatus, moveBy, statusTable } from '../lib/status-tables.js';
import type { ResourceDef, Serve, ServeRequest } from './kit.js';
import { err, type Json, ok, type Result, refuse } from './result.js';
import type { Records, World } from './world.js';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The success answer of an operation: its status, and its first example (a template), if any. */
export function success(op: Operation): { status: number; template: unknown; hasBody: boolean } {
  const code = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s)) ?? '200';
  const r = op.responses[code];
  const examples = r?.examples['application/json'] ?? {};
  const first = Object.values(examples)[0];
  return {
    status: Number(code),
    template: first === undefined ? undefined : structuredClone(first),
    hasBody: (r?.contentTypes.length ?? 0) > 0,
  };
}

/** The schema an operation's success answer has, following $refs (for what an answer may echo). */
function answerSchema(contract: Contract, op: Operation): Json | undefined {
  const code = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
  const r = code ? op.responses[code] : undefined;
  if (!r?.contentTypes.includes('application/json')) return undefined;
  try {
    return contract.schemaAt(`${r.ref}/content/application~1json/schema`);
  } catch {
    return undefined;
  }
}

/** The properties a schema declares, through $ref, allOf, anyOf and oneOf (a loose union: for echoing). */
function properties(contract: Contract, schema: Json | undefined, depth = 0): Record<string, Json> {
  if (!schema || depth > 8) return {};
  if (typeof schema.$ref === 'string') return properties(contract, contract.schemaAt(schema.$ref), depth + 1);
  const out: Record<string, Json> = { ...((schema.properties as Record<string, Json> | undefined) ?? {}) };
  for (const k of ['allOf', 'anyOf', 'oneOf'])
    for (const s of (schema[k] as Json[] | undefined) ?? []) Object.assign(out, properties(contract, s, depth + 1));
  return out;
}

/** `target` with every value of `sent` the schema has a place for, nested objects merged. */
export function echoInto(contract: Contract, target: Json, sent: Json, schema: Json | undefined): Json {
  const props = properties(contract, schema);
  const open = !schema || Object.keys(props).length === 0;
  for (const [k, v] of Object.entries(sent)) {
    if (v === undefined || (!open && !(k in props))) continue;
    if (isObject(v) && isObject(target[k])) target[k] = echoInto(contract, { ...(target[k] as Json) }, v, props[k]);
    else target[k] = structuredClone(v);
  }
  return target;
}

/** A new identifier in the form the docs' example shows (a prefix such as `acct_` kept), a UUID otherwise. */
function newId(example: unknown): string {
  const id = randomUUID();
  if (typeof example !== 'string') return id;
  const prefix = /^([A-Za-z]+_)/.exec(example)?.[1];
  return prefix ? `${prefix}${id}` : id;
}

const TIMESTAMPS = ['created_at', 'updated_at'];

/**
 * A new resource in the shape of the docs' example: every field the example shows, the required ones
 * with the example's values (until the request or the emulator sets them), the others empty (an empty
 * list, or null as the contract's null rule allows) so nothing the request did not send is answered as
 * if it had; the account is the emulator's.
 */
function fresh(world: World, template: unknown, schema: Json | undefined): Json {
  if (!isObject(template)) return {};
  const required = new Set<string>();
  const collect = (x: Json | undefined, depth = 0): void => {
    if (!x || depth > 6) return;
    if (typeof x.$ref === 'string') {
      collect(world.contract.schemaAt(x.$ref), depth + 1);
      return;
    }
    for (const r of (x.required as string[] | undefined) ?? []) required.add(r);
    for (const k of ['allOf']) for (const y of (x[k] as Json[] | undefined) ?? []) collect(y, depth + 1);
  };
  collect(schema);
  const out: Json = {};
  for (const [k, v] of Object.entries(template)) out[k] = required.has(k) ? v : Array.isArray(v) ? [] : null;
  if ('account_id' in out) out.account_id = world.around.accountId;
  return out;
}

/** A resource's records (the default store), and what every plain kind needs to know about it. */
type Def = ResourceDef<Records, never>;

/** The resource a request names by its identity path parameter, or the refusal of an id none has. */
function found(store: Records, def: Def, req: ServeRequest, world: World, param: string): Json | Result {
  const id = req.path[param] ?? '';
  return store.get(id) ?? notFound(world, req.operationId, `No ${def.name} has ${param} ${id}.`);
}

/** The not-found refusal an operation declares: 404 where declared (400 otherwise), with its not-found code. */
export function notFound(world: World, operationId: string, message: string): Result {
  const status = world.contract.operation(operationId).responses['404'] ? 404 : 400;
  const codes = world.contract.declaredCodes(operationId, status);
  const code = codes.find((c) => /NOT_FOUND$/.test(c)) ?? codes[0] ?? 'NOT_FOUND';
  return refuse('resource-found', message, code, status);
}

const isResult = (v: Json | Result): v is Result => typeof (v as Result).status === 'number' && 'body' in v;

/** The answer of an operation about one record: the template's shape, the record's values. */
function answer(world: World, req: ServeRequest, record: Json): Result {
  const op = world.contract.operation(req.operationId);
  const s = success(op);
  if (!s.hasBody) return { status: s.status, body: undefined };
  return ok(structuredClone(record), s.status);
}

/** Sets a value at a JSON pointer of one level or more (the status field). */
function setAt(target: Json, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let node = target;
  for (const k of keys.slice(0, -1)) {
    if (!isObject(node[k])) node[k] = {};
    node = node[k] as Json;
  }
  node[keys[keys.length - 1]!] = value;
}

/** The value at a JSON pointer. */
function getAt(target: Json, pointer: string): unknown {
  let node: unknown = target;
  for (const k of pointer.split('/').slice(1)) node = isObject(node) ? node[k] : undefined;
  return node;
}

/** The plain kinds: each serves an operation knowing its resource's name, id field and status table. */
export const crud = {
  /** Makes a new one: the example's fields, what the request sent, a new id, now, the table's first status. */
  create: (): Serve<Records> => (store, req, world, d) => {
    const op = world.contract.operation(req.operationId);
    const s = success(op);
    const schema = answerSchema(world.contract, op);
    const record = fresh(world, s.template, schema);
    echoInto(world.contract, record, req.body, schema);
    const idField = d.id[0]!;
    const id = newId(record[idField]);
    record[idField] = id;
    for (const t of TIMESTAMPS) if (t in record) record[t] = world.clock.iso();
    if (d.status) {
      const first = initialStatus(statusTable(d.status.table), req.operationId);
      if (first) setAt(record, d.status.field, first);
    }
    store.put(id, record);
    return s.hasBody ? ok(structuredClone(record), s.status) : { status: s.status, body: undefined };
  },
  /** Reads one by its identity path parameter. */
  retrieve:
    (param: string): Serve<Records> =>
    (store, req, world, d) => {
      const rec = found(store, d, req, world, param);
      return isResult(rec) ? rec : answer(world, req, rec);
    },
  /** Lists them, filtered by the query parameters that name a field of theirs. */
  list: (): Serve<Records> => (store, req, world, _d) => {
    const op = world.contract.operation(req.operationId);
    const s = success(op);
    const items = store
      .all()
      .filter((r) => Object.entries(req.query).every(([k, v]) => !(k in r) || String(r[k]) === String(v)));
    const schema = answerSchema(world.contract, op);
    if (!isObject(s.template) || schema?.type === 'array') return ok(structuredClone(items), s.status);
    const page = s.template;
    const key = Object.keys(page).find((k) => Array.isArray(page[k])) ?? 'data';
    page[key] = structuredClone(items);
    return ok(page, s.status);
  },
  /** Changes one: the fields sent replace the ones it had; the others stay. */
  update:
    (param: string): Serve<Records> =>
    (store, req, world, d) => {
      const rec = found(store, d, req, world, param);
      if (isResult(rec)) return rec;
      const op = world.contract.operation(req.operationId);
      const changed = echoInto(world.contract, structuredClone(rec), req.body, answerSchema(world.contract, op));
      if ('updated_at' in changed) changed.updated_at = world.clock.iso();
      if (enforces('state-persisted')) store.put(req.path[param]!, changed);
      return answer(world, req, changed);
    },
  /** Ends one: it is gone afterwards (an id none has). */
  remove:
    (param: string): Serve<Records> =>
    (store, req, world, d) => {
      const rec = found(store, d, req, world, param);
      if (isResult(rec)) return rec;
      if (enforces('resource-ended', { resource: d.name })) store.delete(req.path[param]!);
      const s = success(world.contract.operation(req.operationId));
      if (!s.hasBody) return { status: s.status, body: undefined };
      return ok(isObject(s.template) ? { ...s.template, ...pick(rec, d.id) } : rec, s.status);
    },
  /** A status move by its operation, along the resource's table; a move the table excludes is refused. */
  move:
    (param: string): Serve<Records> =>
    (store, req, world, d) => {
      const rec = found(store, d, req, world, param);
      if (isResult(rec)) return rec;
      if (!d.status) throw new Error(`${d.name}: a status move needs the resource's status table`);
      const table = statusTable(d.status.table);
      const from = String(getAt(rec, d.status.field));
      const m = moveBy(table, req.operationId, from);
      if (!m || 'forbidden' in m) {
        if (enforces('resource-transition-forbidden', { operation: req.operationId, from })) {
          const refusal = m && 'forbidden' in m ? m.forbidden.refusal : undefined;
          const status = refusal?.http[0] ?? 400;
          const declared = world.contract.declaredCodes(req.operationId, status);
          const code =
            refusal && refusal.codes !== 'documented' ? refusal.codes[0]! : (declared[0] ?? 'INVALID_STATUS');
          return err(
            status,
            code,
            `The ${d.name} is ${from}; ${req.operationId} is not allowed from there (specs/${d.status.table}).`,
          );
        }
      }
      const to = m && 'to' in m && enforces('resource-transition', { operation: req.operationId, from }) ? m.to : from;
      const changed = structuredClone(rec);
      echoInto(
        world.contract,
        changed,
        req.body,
        answerSchema(world.contract, world.contract.operation(req.operationId)),
      );
      setAt(changed, d.status.field, to);
      if ('updated_at' in changed) changed.updated_at = world.clock.iso();
      store.put(req.path[param]!, changed);
      return answer(world, req, changed);
    },
};

function pick(o: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
}
