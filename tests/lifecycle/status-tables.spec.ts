// Lifecycles from the status tables (specs/<resource>-status.yaml) of the resources served the plain
// way (resources/crud.ts): every move an operation makes, from every status the table allows it from,
// and every move the table refuses. A resource is brought to the status first along the table's own
// moves: by its operations, and (on the emulator) by the control that stands in for what happens
// outside the API. The answer and a following read must show the new status; a refused move changes
// nothing.
import type { OpId } from '../../lib/api.js';
import { valueAt } from '../../lib/contract.js';
import { initialStatus, type StatusTable, statusTable } from '../../lib/status-tables.js';
import { allOperations, producerOf, RESOURCES } from '../../resources/index.js';
import type { Resource, ScenarioDeps } from '../../resources/kit.js';
import { idIn, requestOf, withResource } from '../../resources/scenario.js';
import { about, because, expect, test } from '../support/fixtures/index.js';

type Json = Record<string, unknown>;
interface Step {
  to: string;
  /** The operation that makes the move, or none: the control stands in for what happens outside the API. */
  operationId?: OpId;
}

/** The shortest way from the status a resource starts in to another, along the table (operations preferred). */
function pathTo(t: StatusTable, start: string, goal: string): Step[] | undefined {
  const queue: Array<{ at: string; steps: Step[] }> = [{ at: start, steps: [] }];
  const seen = new Set([start]);
  while (queue.length) {
    const { at, steps } = queue.shift()!;
    if (at === goal) return steps;
    const moves = t.transitions
      .filter((x) => x.from.includes(at) && !x.when)
      .sort((a, b) => Number(!a.operationId) - Number(!b.operationId));
    for (const m of moves) {
      if (seen.has(m.to)) continue;
      seen.add(m.to);
      queue.push({ at: m.to, steps: [...steps, { to: m.to, operationId: m.operationId as OpId | undefined }] });
    }
  }
  return undefined;
}

const readOf = (r: Resource): OpId | undefined =>
  allOperations().find(([, e]) => e.resource === r && e.relation === 'reads' && e.def.identity)?.[0] as
    | OpId
    | undefined;

/** Scenario deps whose `need` of this resource answers the one under test. */
const on = (d: ScenarioDeps, r: Resource, current: Json): ScenarioDeps => withResource(d, r.name, current);

const plain = (RESOURCES as readonly Resource[]).filter((r) => r.status && !r.store);

for (const r of plain) {
  const t = statusTable(r.status!.table);
  const producer = producerOf(r.name) as OpId | undefined;
  const start = producer ? initialStatus(t, producer) : undefined;
  if (!producer || !start) continue;
  const read = readOf(r);

  /** A new resource brought to a status; the steps that need the emulator's control say so. */
  const reach = async (d: ScenarioDeps, goal: string, steps: Step[]): Promise<Json> => {
    let current = await d.need(r.name);
    const id = idIn(r.name, current);
    for (const s of steps) {
      if (s.operationId) {
        const init = await requestOf(s.operationId, on(d, r, current));
        const body = (await d.api.call(s.operationId, init as never)).ok() as Json;
        current = body && typeof body === 'object' && r.id.some((f) => f in body) ? body : current;
      } else await d.controls!.must('moveResource', { resource: r.name, id, to: s.to });
    }
    if (read) {
      const init = await requestOf(read, on(d, r, current));
      current = (await d.api.call(read, init as never)).ok() as Json;
    }
    expect(valueAt(current, r.status!.field), `setting up a ${goal} ${r.name}`).toBe(goal);
    return current;
  };

  for (const move of t.transitions.filter((x) => x.operationId && x.from.length && !x.when)) {
    for (const from of move.from) {
      const steps = pathTo(t, start, from);
      if (!steps) continue;
      const op = move.operationId as OpId;
      const needsControls = steps.some((s) => !s.operationId);
      test(
        `${r.name} ${move.id}: ${from} -> ${move.to} (${op})`,
        about(op, 'resource-transition').needs('stateful', ...(needsControls ? (['controls'] as const) : [])),
        async ({ scenario }) => {
          const current = await reach(scenario, from, steps);
          const init = await requestOf(op, on(scenario, r, current));
          const res = await scenario.api.call(op, init as never);
          const body = res.ok() as Json;
          const answered = body && typeof body === 'object' ? valueAt(body, r.status!.field) : undefined;
          if (answered !== undefined)
            expect(answered, because('resource-transition', `${op} from ${from}: the answer`)).toBe(move.to);
          if (read) {
            const after = (
              await scenario.api.call(read, (await requestOf(read, on(scenario, r, current))) as never)
            ).ok() as Json;
            expect(
              valueAt(after, r.status!.field),
              because('resource-transition', `${op} from ${from}: a following read`),
            ).toBe(move.to);
          } else
            expect(answered, because('resource-transition', `${op} from ${from}: the answer (no read operation)`)).toBe(
              move.to,
            );
        },
      );
    }
  }

  for (const no of t.forbidden.filter((x) => x.operationId && !x.when)) {
    for (const from of no.from.filter((x) => x !== 'ANY')) {
      const steps = pathTo(t, start, from);
      if (!steps) continue;
      const op = no.operationId as OpId;
      const needsControls = steps.some((s) => !s.operationId);
      test(
        `${r.name} ${no.id}: ${op} from ${from} is refused and changes nothing`,
        about(op, 'resource-transition-forbidden').needs('stateful', ...(needsControls ? (['controls'] as const) : [])),
        async ({ scenario, api }) => {
          const current = await reach(scenario, from, steps);
          const init = await requestOf(op, on(scenario, r, current));
          // A valid request, refused for the resource's status: a refusal, not a refused valid request.
          const res = await api.call(op, init as never);
          const http = no.refusal?.http ?? [400, 409, 422];
          expect(
            http,
            because('resource-transition-forbidden', `${op} from ${from}: answered ${res.status} ${res.snippet(200)}`),
          ).toContain(res.status);
          if (no.refusal && no.refusal.codes !== 'documented')
            expect(
              no.refusal.codes,
              because('resource-transition-forbidden', `${op} from ${from}: the code`),
            ).toContain((res.body as { code?: string }).code);
          if (read) {
            const after = (
              await scenario.api.call(read, (await requestOf(read, on(scenario, r, current))) as never)
            ).ok() as Json;
            expect(
              valueAt(after, r.status!.field),
              because('resource-transition-forbidden', `${op} from ${from} changed the status`),
            ).toBe(from);
          }
        },
      );
    }
  }
}
