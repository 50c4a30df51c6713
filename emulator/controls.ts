// Test controls under /_emulator/, reached only through the suite's `controls` fixture (so the same
// tests skip them on the sandbox). One table: the emulator's own controls here (health, the clock,
// webhook receivers, idempotency holds, the request log), and the resource modules' controls for what
// happens outside the API (a customer pays a link, a provider settles a payment...). A control names
// its arguments and their allowed values; a call that breaks them is refused with the reason.
import { valueAt } from '../lib/contract.js';
import { statusTable } from '../lib/status-tables.js';
import { type ResourceControlName, controls as resourceControls, resourceNamed } from '../resources/index.js';
import type { ControlDef } from '../resources/kit.js';
import { err, type Json, ok, type Result } from '../resources/result.js';
import { Records, type World } from '../resources/world.js';
import type { FaultSet } from './faults.js';
import type { IdempotencyKeys } from './idempotency.js';
import type { RequestLog } from './recorder.js';
import type { WebhookSender } from './webhooks.js';

/** What the emulator's own controls act on. */
export interface Emulator {
  world: World;
  idempotency: IdempotencyKeys;
  webhooks: WebhookSender;
  requests: RequestLog;
  faults: FaultSet;
}

type Own = ControlDef<Emulator> & { method?: 'GET' | 'POST' };

/** Sets a status at its pointer in a record. */
function setStatus(rec: Json, pointer: string, value: string): void {
  const keys = pointer.split('/').slice(1);
  let node = rec;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Json;
  node[keys[keys.length - 1]!] = value;
}

/** The emulator's own controls. */
export const OWN_CONTROLS = {
  health: {
    method: 'GET',
    path: 'health',
    summary: 'the emulator is up; how many faults are on; its clock',
    serve: (e) => ok({ ok: true, faults: e.faults.size, time: e.world.clock.iso() }),
  },
  requests: {
    method: 'GET',
    path: 'requests',
    summary: 'every API request received, with what is wrong with it (the SDK gate reads it)',
    serve: (e) => ok({ requests: e.requests.requests }),
  },
  clearRequests: {
    path: 'requests/clear',
    summary: 'forget the requests received',
    serve: (e) => {
      e.requests.clear();
      return ok({ ok: true });
    },
  },
  clock: {
    path: 'clock',
    summary: "move the emulator's clock forward (for manual use: the suite uses real time)",
    args: { advance_seconds: { required: true, type: 'number' } },
    serve: (e, a) => {
      const s = Number(a.advance_seconds);
      if (s < 0) return err(400, 'INVALID_PARAMETERS', 'advance_seconds must be a non-negative number.');
      e.world.clock.offsetMs += s * 1000;
      return ok({ now: e.world.clock.iso() });
    },
  },
  webhookReceiver: {
    path: 'webhooks',
    summary: 'deliver every webhook event to this URL too (signed with the emulator’s secret)',
    args: { url: { required: true, pattern: /^https?:\/\// } },
    serve: (e, a) => {
      e.webhooks.receivers.add(String(a.url));
      return ok({ ok: true });
    },
  },
  holdIdempotencyKey: {
    path: 'idempotency/hold',
    summary: 'an idempotency key stays in process (REQUEST_IN_PROCESS for a second request with it)',
    args: { key: { required: true } },
    serve: (e, a) => {
      e.idempotency.hold(String(a.key));
      return ok({ ok: true });
    },
  },
  moveResource: {
    path: 'resources/{resource}/{id}/status',
    summary:
      'what happens outside the API to a resource of the plain kind (resources/crud.ts): its status moves along a transition its table gives a trigger, not an operation',
    args: { to: { required: true, pattern: /^[A-Z][A-Z0-9_]*$/ } },
    serve: (e, a) => {
      const resource = resourceNamed(String(a.resource));
      const store = e.world.get(resource as never) as unknown;
      if (!(store instanceof Records) || !resource.status)
        return err(400, 'INVALID_PARAMETERS', `${resource.name} has no status table of the plain kind to move along.`);
      const rec = store.get(String(a.id));
      if (!rec) return err(404, 'NOT_FOUND', `No ${resource.name} has id ${String(a.id)}.`);
      const table = statusTable(resource.status.table);
      const from = String(valueAt(rec, resource.status.field));
      const move = table.transitions.find((t) => !t.operationId && t.trigger && t.from.includes(from) && t.to === a.to);
      if (!move)
        return err(
          400,
          'INVALID_STATUS',
          `specs/${table.file} has no move from ${from} to ${String(a.to)} outside the API.`,
        );
      const moved = structuredClone(rec);
      setStatus(moved, resource.status.field, move.to);
      store.put(String(a.id), moved);
      return ok({ id: a.id, from, to: move.to, transition: move.id });
    },
  },
  releaseIdempotencyKey: {
    path: 'idempotency/release',
    summary: 'an idempotency key held in process is let go',
    args: { key: { required: true } },
    serve: (e, a) => {
      e.idempotency.release(String(a.key));
      return ok({ ok: true });
    },
  },
} satisfies Record<string, Own>;

/** Every control's name. */
export type ControlName = keyof typeof OWN_CONTROLS | ResourceControlName;

interface Route {
  name: string;
  method: 'GET' | 'POST';
  re: RegExp;
  params: string[];
  def: ControlDef<unknown>;
  /** What the control acts on: the emulator, or a resource's store. */
  target: (e: Emulator) => unknown;
}

const routeOf = (
  name: string,
  def: ControlDef<unknown> & { method?: 'GET' | 'POST' },
  target: Route['target'],
): Route => {
  const params: string[] = [];
  const re = new RegExp(
    `^/_emulator/${def.path.replace(/\{([^}]+)\}/g, (_, p: string) => {
      params.push(p);
      return '([^/]+)';
    })}$`,
  );
  return { name, method: def.method ?? 'POST', re, params, def, target };
};

const ROUTES: Route[] = [
  ...Object.entries(OWN_CONTROLS as Record<string, Own>).map(([name, def]) =>
    routeOf(name, def as ControlDef<unknown>, (e) => e),
  ),
  ...[...resourceControls()].map(([name, c]) => routeOf(name, c.def, (e) => e.world.get(c.resource as never))),
];

/** Every control by name, with its path template and arguments (the fixture builds its calls from it). */
export const CONTROL_TABLE: Record<string, { method: 'GET' | 'POST'; path: string; args: string[] }> =
  Object.fromEntries(
    ROUTES.map((r) => [
      r.name,
      { method: r.method, path: r.def.path, args: [...r.params, ...Object.keys(r.def.args ?? {})] },
    ]),
  );

/** The arguments of a call, checked against the control's: a clear refusal names what is wrong. */
function argsOf(
  route: Route,
  hit: RegExpExecArray,
  payload: Json,
): Record<string, string | number | undefined> | string {
  const out: Record<string, string | number | undefined> = {};
  route.params.forEach((p, i) => {
    out[p] = decodeURIComponent(hit[i + 1]!);
  });
  for (const [name, spec] of Object.entries(route.def.args ?? {})) {
    const v = payload[name];
    if (v === undefined || v === null) {
      if (spec.required) return `${name} is required`;
      continue;
    }
    if (spec.type === 'number' ? typeof v !== 'number' || !Number.isFinite(v) : typeof v !== 'string')
      return `${name} must be a ${spec.type ?? 'string'}`;
    if (spec.values && !spec.values.includes(String(v))) return `${name} must be one of ${spec.values.join(', ')}`;
    if (spec.pattern && !spec.pattern.test(String(v))) return `${name} must match ${spec.pattern}`;
    out[name] = v as string | number;
  }
  return out;
}

/** Serves a call of a control. */
export function control(e: Emulator, path: string, method: string, payload: Json): Result {
  for (const route of ROUTES) {
    const hit = route.re.exec(path);
    if (!hit) continue;
    if (method !== route.method)
      return err(405, 'UNSUPPORTED_METHOD', `The control ${route.name} takes ${route.method}.`);
    const args = argsOf(route, hit, payload);
    if (typeof args === 'string') return err(400, 'INVALID_PARAMETERS', `${route.name}: ${args}.`);
    return route.def.serve(route.target(e) as never, args, e.world);
  }
  return err(404, 'NOT_FOUND', `No control ${path}; the controls are ${ROUTES.map((r) => r.name).join(', ')}.`);
}
