// The scenario of an operation: the valid request its resource module gives (after making what it
// needs first), sent by a Caller (the suite's client). An operation that reads its resource by
// identity, or lists them, needs no request of its own: one is made first and named.
import type { Answered, CallInit, OpId } from '../lib/api.js';
import { operationEntry, producerOf, resourceNamed } from './index.js';
import type { ScenarioDeps } from './kit.js';
import type { Json } from './result.js';

/** The resource in an answer about it: the answer, or what the module's `unwrap` finds in it. */
export function resourceIn(resource: string, answer: Json): Json {
  return resourceNamed(resource).unwrap?.(answer) ?? answer;
}

/** The id a resource answer carries first (the module's id fields, in order). */
export function idIn(resource: string, answer: Json): string {
  const body = resourceIn(resource, answer);
  for (const f of resourceNamed(resource).id)
    if (typeof body[f] === 'string' && body[f] !== '') return body[f] as string;
  throw new Error(
    `the ${resource} answer carries none of its id fields (${resourceNamed(resource).id.join(', ')}): ${JSON.stringify(body).slice(0, 200)}`,
  );
}

/** The valid request of an operation's scenario, with what it needs made first. */
export async function requestOf<O extends OpId>(operationId: O, d: ScenarioDeps): Promise<CallInit<O>> {
  const { resource, def } = operationEntry(operationId);
  if (def.request) return (await def.request(d)) as CallInit<O>;
  const made = await d.need(resource.name);
  if (def.identity) return { path: { [def.identity]: idIn(resource.name, made) } } as unknown as CallInit<O>;
  return {} as CallInit<O>;
}

/** Runs an operation's scenario: its whole scenario where the module gives one, else its request. */
export async function runScenario<O extends OpId>(operationId: O, d: ScenarioDeps): Promise<Answered<O>> {
  const { def } = operationEntry(operationId);
  if (def.scenario) return (await def.scenario(d)) as unknown as Answered<O>;
  const init = await requestOf(operationId, d);
  return d.api.call(operationId, ...([init] as never)) as Promise<Answered<O>>;
}

/** Scenario deps with `need`: a new resource of a kind, made by its producing operation's scenario. */
export function withNeed(d: Omit<ScenarioDeps, 'need'>): ScenarioDeps {
  const deps: ScenarioDeps = {
    ...d,
    need: async (name: string): Promise<Json> => {
      const producer = producerOf(name);
      if (!producer)
        throw new Error(`resources: nothing creates a ${name} (no operation of its module has relation 'creates')`);
      // What the producer needs, the scenario needs (a banking account needs its onboarding approved by a control).
      deps.needs(...(operationEntry(producer).def.needs ?? []));
      const res = await runScenario(producer as OpId, deps);
      return res.ok() as Json;
    },
  };
  return deps;
}

/** Scenario deps whose `need` of one resource answers the one given (a scenario run against it). */
export function withResource(d: ScenarioDeps, name: string, body: Json): ScenarioDeps {
  return { ...d, need: (n) => (n === name ? Promise.resolve(body) : d.need(n)) };
}
