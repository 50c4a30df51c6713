// Relations between operations, generated from the resource modules and run against a small model
// (fast-check's model-based testing): a resource is made, read back as made (availability), ended
// (deleted, canceled, unenrolled), read again (refused as not found, or shown in a terminal status of
// its table) and used again where a use ends it (a one-time token pays once). fast-check chooses the
// sequences, shrinks a failing one to the fewest steps and prints the seed and path that replay it.
import fc from 'fast-check';
import type { OpId } from '../../lib/api.js';
import { valueAt } from '../../lib/contract.js';
import { statusTable } from '../../lib/status-tables.js';
import { allOperations, producerOf, RESOURCES } from '../../resources/index.js';
import type { Resource, ScenarioDeps } from '../../resources/kit.js';
import { idIn, requestOf, resourceIn, withResource } from '../../resources/scenario.js';
import type { YunoClient } from '../support/client.js';
import { about, because, test } from '../support/fixtures/index.js';

type Json = Record<string, unknown>;

interface Model {
  live: number;
  ended: number;
  fresh: number;
  used: number;
}
interface Real {
  d: ScenarioDeps;
  api: YunoClient;
  live: Json[];
  ended: Json[];
  /** Made and not yet used up; used up once. */
  fresh: Json[];
  used: Json[];
}

const opsOf = (r: Resource, relation: string): OpId[] =>
  allOperations()
    .filter(([, e]) => e.resource === r && e.relation === relation && e.def.identity)
    .map(([op]) => op as OpId);

/** The request of an operation about one resource, or undefined when the operation does not take it from `need`. */
async function about1(op: OpId, r: Resource, d: ScenarioDeps, body: Json): Promise<object | undefined> {
  const { def } = allOperations().find(([o]) => o === op)![1];
  const init = (await requestOf(op, withResource(d, r.name, body))) as { path?: Record<string, string> };
  return init.path?.[def.identity!] === idIn(r.name, body) ? init : undefined;
}

/** The answers in a body (a list's items, at any depth) that carry this id in one of the resource's id fields. */
function carrying(r: Resource, id: string, body: unknown): Json[] {
  if (Array.isArray(body)) return body.flatMap((b) => carrying(r, id, b));
  if (!body || typeof body !== 'object') return [];
  const o = body as Json;
  if (r.id.some((f) => o[f] === id)) return [o];
  return Object.values(o).flatMap((v) => carrying(r, id, v));
}

/**
 * Whether an answer shows the resource as ended: in a terminal status of its table, or in a status an
 * operation that ends it moves it to (a canceled plan may be canceled again, so CANCELED is not terminal).
 */
const shownEnded = (r: Resource, ends: readonly OpId[], answer: Json): boolean => {
  if (!r.status) return false;
  const s = valueAt(resourceIn(r.name, answer), r.status.field);
  if (typeof s !== 'string') return false;
  const table = statusTable(r.status.table);
  return (
    table.statuses[s]?.terminal === true ||
    table.transitions.some((t) => t.to === s && ends.includes(t.operationId as OpId))
  );
};

/** One step of a sequence: whether the model allows it now, what it does, how a failing path names it. */
function step(
  label: string,
  check: (m: Readonly<Model>) => boolean,
  run: (m: Model, real: Real) => Promise<void>,
): fc.AsyncCommand<Model, Real> {
  return { check, run, toString: () => label };
}

/** The steps of each kind, built for the i-th resource of their pool (fast-check draws i). */
type Kind = 'make' | 'read live' | 'end' | 'read ended' | 'list ended' | 'use' | 'use again';
const ORDER: readonly Kind[] = ['make', 'read live', 'end', 'read ended', 'list ended', 'make', 'use', 'use again'];

for (const r of RESOURCES as readonly Resource[]) {
  const producer = producerOf(r.name) as OpId | undefined;
  const reads = opsOf(r, 'reads');
  const ends = opsOf(r, 'ends');
  const lists = ends.length
    ? allOperations()
        .filter(([, e]) => e.resource === r && e.relation === 'lists')
        .map(([op]) => op as OpId)
    : [];
  const uses = r.usedBy ?? [];
  if (!producer || (!reads.length && !ends.length && !uses.length)) continue;
  const needs = [
    ...new Set(
      allOperations()
        .filter(([o, e]) => e.resource === r && [producer, ...reads, ...ends, ...lists].includes(o as OpId))
        .flatMap(([, e]) => e.def.needs ?? []),
    ),
  ];
  const title = `${r.name}: made, read back, ended and used again as its relations say (model-based)`;

  test(
    title,
    about(producer, 'resource-found', 'resource-ended').needs('stateful', ...needs),
    async ({ scenario, api, target }) => {
      test.skip(
        target.caps.readOnly,
        `${target.config.name}: every sequence makes a ${r.name} first, and production is allowed read-only`,
      );
      // Operations whose module's request names another resource than the one made here (a rule's path
      // needs a campaign its answer does not name): their steps are noted, not silently passed.
      const unreached = new Set<OpId>();
      const ended = (op: OpId, what: string, detail: string): never => {
        throw new Error(
          because('resource-ended', `${op} ${what} a ${r.name} that was ended, as if it were not: ${detail}`),
        );
      };
      const steps: Array<[Kind, (i: number) => fc.AsyncCommand<Model, Real>]> = [
        [
          'make',
          () =>
            step(
              `${producer} (make a ${r.name})`,
              (m) => m.live + m.ended + m.fresh + m.used < 4,
              async (m, real) => {
                const body = (await api.call(producer, (await requestOf(producer, real.d)) as never)).ok() as Json;
                real.live.push(body);
                m.live++;
                if (uses.length) {
                  real.fresh.push(body);
                  m.fresh++;
                }
              },
            ),
        ],
      ];
      for (const op of reads) {
        steps.push(
          [
            'read live',
            (i) =>
              step(
                `${op} a live ${r.name} (#${i})`,
                (m) => m.live > 0,
                async (_m, real) => {
                  const init = await about1(op, r, real.d, real.live[i % real.live.length]!);
                  if (init) (await api.call(op, init as never)).ok();
                  else unreached.add(op);
                },
              ),
          ],
          [
            'read ended',
            (i) =>
              step(
                `${op} an ended ${r.name} (#${i})`,
                (m) => m.ended > 0,
                async (_m, real) => {
                  const init = await about1(op, r, real.d, real.ended[i % real.ended.length]!);
                  if (!init) return void unreached.add(op);
                  const res = await api.call(op, init as never);
                  if (res.status >= 200 && res.status < 300 && !shownEnded(r, ends, res.body as Json))
                    ended(op, 'serves', `${res.status} ${res.snippet(200)}`);
                  if (res.status >= 300 && res.status !== 404 && res.status !== 400)
                    throw new Error(
                      because(
                        'resource-found',
                        `${op} of an ended ${r.name} answered ${res.status}, neither it (ended) nor not found`,
                      ),
                    );
                },
              ),
          ],
        );
      }
      for (const op of lists) {
        steps.push([
          'list ended',
          (i) =>
            step(
              `${op} after a ${r.name} was ended (#${i})`,
              (m) => m.ended > 0,
              async (_m, real) => {
                const body = real.ended[i % real.ended.length]!;
                const res = await api.call(op, (await requestOf(op, withResource(real.d, r.name, body))) as never);
                if (res.status >= 300) return;
                const served = carrying(r, idIn(r.name, body), res.body).filter((o) => !shownEnded(r, ends, o));
                if (served.length) ended(op, 'lists', JSON.stringify(served[0]).slice(0, 200));
              },
            ),
        ]);
      }
      for (const op of ends) {
        steps.push([
          'end',
          (i) =>
            step(
              `${op} a live ${r.name} (#${i})`,
              (m) => m.live > 0,
              async (m, real) => {
                const at = i % real.live.length;
                const body = real.live[at]!;
                const init = await about1(op, r, real.d, body);
                if (!init) return void unreached.add(op);
                (await api.call(op, init as never)).ok();
                real.live.splice(at, 1);
                real.ended.push(body);
                m.live--;
                m.ended++;
                const f = real.fresh.indexOf(body);
                if (f >= 0) {
                  real.fresh.splice(f, 1);
                  m.fresh--;
                }
              },
            ),
        ]);
      }
      for (const u of uses) {
        steps.push(
          [
            'use',
            (i) =>
              step(
                `${u.operationId} with a fresh ${r.name} (#${i})`,
                (m) => m.fresh > 0,
                async (m, real) => {
                  const at = i % real.fresh.length;
                  const body = real.fresh[at]!;
                  (await api.call(u.operationId, (await u.request(real.d, body)) as never)).ok();
                  real.fresh.splice(at, 1);
                  m.fresh--;
                  if (u.once) {
                    real.used.push(body);
                    m.used++;
                  }
                },
              ),
          ],
          [
            'use again',
            (i) =>
              step(
                `${u.operationId} with a used ${r.name} again (#${i})`,
                (m) => m.used > 0,
                async (_m, real) => {
                  const body = real.used[i % real.used.length]!;
                  const res = await api.call(u.operationId, (await u.request(real.d, body)) as never);
                  if (res.status < 400)
                    throw new Error(
                      because(
                        'resource-ended',
                        `${u.operationId} used a ${r.name} a second time, which the docs make single-use: ${res.status} ${res.snippet(200)}`,
                      ),
                    );
                },
              ),
          ],
        );
      }
      // Every relation once, in order (the first case), then sequences fast-check draws from the seed.
      const walk = ORDER.flatMap((k) => steps.filter(([kind]) => kind === k).map(([, build]) => build(0)));
      const arbitrary = fc.commands(
        steps.map(([, build]) => fc.nat().map(build)),
        { maxCommands: 8 },
      );
      const seed = target.config.generated.seed;
      const runs = target.config.generated.budget === undefined ? 4 : 1;
      const setup = (): { model: Model; real: Real } => ({
        model: { live: 0, ended: 0, fresh: 0, used: 0 },
        real: { d: scenario, api, live: [], ended: [], fresh: [], used: [] },
      });
      try {
        await fc.assert(
          fc.asyncProperty(arbitrary, (cmds) => fc.asyncModelRun(setup, cmds)),
          {
            seed,
            numRuns: runs,
            endOnFailure: true,
            examples: [[walk as unknown as Iterable<fc.AsyncCommand<Model, Real>>]],
          },
        );
      } catch (e) {
        // The rule the failing step named comes first, as the reports read it; fast-check's seed and path replay it.
        const cause = (e as Error).cause;
        const m = `${cause instanceof Error ? `${cause.message}\n` : ''}${(e as Error).message}`;
        const rule = /\b(resource-ended|resource-found|[a-z]+(?:-[a-z]+)+): /.exec(m)?.[1] ?? 'resource-ended';
        throw new Error(
          `${rule}: ${r.name}, a sequence of its operations broke a relation (YUNO_GEN_SEED=${seed} replays it):\n${m}`,
        );
      }
      if (unreached.size)
        test.info().annotations.push({
          type: 'not exercised',
          description: `${[...unreached].join(', ')}: the module's request of the operation makes its own ${r.name}, so a ${r.name} made here cannot be named to it`,
        });
    },
  );
}
