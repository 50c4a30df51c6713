// The drift page people read at 7 a.m. It leads with the news: the target, the date, the contract
// and the docs commit it was written from; then what changed since the previous findings (new,
// fixed, still present); then the findings ranked by what they break - a valid request refused
// breaks every integration that sends it, a missing or changed required field or status breaks
// every client that reads it, the rest is shape - each tier grouped by API area. A finding shows
// the values observed (redacted), both sides of its doc conflict, one exchange and the tests it
// broke. Markdown for the job summary, an HTML page, and one summary line.
import type { ComponentChildren, VNode } from 'preact';
import { Contract } from '../contract.js';
import type { Finding } from '../findings.js';
import { Redactor } from '../redact.js';
import { type Conflict, loadSpecs } from '../specs.js';
import type { Diff, DriftFile } from './drift.js';
import { type Fact, html, Note, renderPage, Section, Tag, type Tone, type Total } from './page.js';

export type Status = 'new' | 'still present' | 'current';
export type Impact = 'refused' | 'required' | 'other';

/** The impact tiers, most damaging first. */
export const IMPACTS: Record<Impact, { title: string; lead: string }> = {
  refused: {
    title: 'Valid requests refused',
    lead: 'The target refuses a request the contract allows, or does not serve a documented operation: every integration that sends it breaks.',
  },
  required: {
    title: 'Missing or changed required fields and statuses',
    lead: 'An answer lacks a required field, carries a required field or status the docs do not allow, answers with another HTTP status, answers about another resource, or serves a request with bad keys: every client that reads it breaks.',
  },
  other: {
    title: 'Everything else',
    lead: 'Optional fields, formats, echoes and other differences a careful client survives.',
  },
};

interface Entry {
  f: Finding;
  status: Status;
  impact: Impact;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema nodes one node stands for: itself, and what its $ref, allOf, anyOf and oneOf lead to. */
function expand(contract: Contract, node: unknown, depth = 0): Json[] {
  if (!isObject(node) || depth > 12) return [];
  if (typeof node.$ref === 'string') {
    try {
      return expand(contract, contract.schemaAt(node.$ref), depth + 1);
    } catch {
      return [];
    }
  }
  const out = [node];
  for (const k of ['allOf', 'anyOf', 'oneOf'])
    if (Array.isArray(node[k])) for (const s of node[k] as unknown[]) out.push(...expand(contract, s, depth + 1));
  return out;
}

/** True when the field at a pointer of an operation's answer is one its schema requires. */
export function requiredAt(
  contract: Contract,
  operationId: string,
  status: number | undefined,
  pointer: string,
): boolean {
  const op = contract.operations.get(operationId);
  const r = op?.responses[String(status)];
  if (!r || !pointer) return false;
  const media = r.contentTypes.find((c) => c.includes('json')) ?? r.contentTypes[0];
  if (!media) return false;
  let nodes: Json[];
  try {
    nodes = expand(contract, contract.schemaAt(`${r.ref}/content/${media.replace(/\//g, '~1')}/schema`));
  } catch {
    return false;
  }
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const [i, k] of keys.entries()) {
    if (i === keys.length - 1)
      return nodes.some((n) => Array.isArray(n.required) && (n.required as unknown[]).includes(k));
    nodes = nodes.flatMap((n) =>
      /^\d+$/.test(k) && n.items !== undefined
        ? expand(contract, n.items)
        : isObject(n.properties) && n.properties[k] !== undefined
          ? expand(contract, n.properties[k])
          : [],
    );
  }
  return false;
}

/** What a finding breaks: a valid request refused, a required field or status, or something else. */
export function impactOf(f: Finding, contract: Contract = Contract.load()): Impact {
  if (f.kind === 'refusal' || f.kind === 'unserved-operation') return 'refused';
  if (f.kind === 'status' || f.kind === 'auth' || f.keyword === 'required' || f.rule === 'identity') return 'required';
  if (
    (f.keyword === 'type' || f.keyword === 'enum' || f.keyword === 'const') &&
    f.occurrences.some((o) => requiredAt(contract, o.operation, o.status, o.pointer))
  )
    return 'required';
  return 'other';
}

function entries(current: DriftFile, d: Diff | undefined): Entry[] {
  const contract = Contract.load();
  const status = (f: Finding): Status =>
    !d ? 'current' : d.added.some((x) => x.id === f.id) ? 'new' : 'still present';
  return current.findings.map((f) => ({ f, status: status(f), impact: impactOf(f, contract) }));
}

const conflictsById = (): Map<string, Conflict> => new Map(loadSpecs().conflicts.conflicts.map((c) => [c.id, c]));
const areaOf = (f: Finding): string => f.areas[0] ?? 'Other';
const testsOf = (f: Finding): string[] => [...new Set(f.occurrences.map((o) => o.test))];
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The values a finding was observed with (redacted), most frequent first. */
export function observedValues(f: Finding, redactor: Redactor, max = 3): Array<{ value: string; count: number }> {
  const n = new Map<string, number>();
  for (const o of f.occurrences) {
    const v = redactor.text(o.sample);
    n.set(v, (n.get(v) ?? 0) + 1);
  }
  return [...n]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([value, count]) => ({ value, count }));
}

/** An observed class that says nothing of the value ("another string"): the value itself says more. */
const vague = (observed: string): boolean => /^(another \w+|type \w+|nothing|missing)$/.test(observed);

/** The finding's title, with the observed value where its class is vague (an echo's "another string"). */
export function titleOf(f: Finding, redactor: Redactor): string {
  const first = observedValues(f, redactor, 1)[0];
  if (!first || !vague(f.observed) || !f.title.endsWith(`observed ${f.observed}`)) return redactor.text(f.title);
  return redactor.text(`${f.title.slice(0, -f.observed.length)}${first.value}`);
}

/** The run's target(s) in words: "sandbox (api-sandbox.y.uno)". */
export function targetOf(file: DriftFile): string {
  if (file.targets?.length) return file.targets.map((t) => `${t.project} (${t.host})`).join(', ');
  const targets = file.projects.filter((p) => !['unit', 'tools'].includes(p));
  return targets.length ? targets.join(', ') : 'no target';
}

const day = (iso: string): string => iso.slice(0, 10);
const minute = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The page's title: the target and the date, never a file path. */
export function pageTitle(current: DriftFile): string {
  return `Drift: ${targetOf(current)}, ${day(current.generated_at)}`;
}

/** One line for a CI job summary. */
export function summaryLine(current: DriftFile, d: Diff | undefined): string {
  const unregistered = current.findings.filter((f) => f.conflict === 'unregistered').length;
  const head = d
    ? `${d.added.length} new, ${d.resolved.length} fixed, ${d.unchanged.length} still present`
    : `${current.findings.length} findings`;
  return `drift: ${head} (${unregistered} unregistered, ${current.summary.occurrences} occurrences collapsed into ${current.findings.length})`;
}

/** The findings of a tier, by area: the areas with the most news first. */
function byArea(list: Entry[]): Array<[string, Entry[]]> {
  const areas = new Map<string, Entry[]>();
  for (const e of list) areas.set(areaOf(e.f), [...(areas.get(areaOf(e.f)) ?? []), e]);
  const rank = (es: Entry[]): [number, number] => [
    es.filter((e) => e.status === 'new').length,
    es.reduce((n, e) => n + e.f.count, 0),
  ];
  return [...areas]
    .map(([a, es]) => [a, sortEntries(es)] as [string, Entry[]])
    .sort((x, y) => {
      const [a, b] = [rank(x[1]), rank(y[1])];
      return b[0] - a[0] || b[1] - a[1] || x[0].localeCompare(y[0]);
    });
}

const sortEntries = (es: Entry[]): Entry[] =>
  [...es].sort(
    (a, b) =>
      Number(b.status === 'new') - Number(a.status === 'new') || b.f.count - a.f.count || a.f.id.localeCompare(b.f.id),
  );

/** The findings in reading order: by impact, then area, new first. */
export function ranked(
  current: DriftFile,
  d: Diff | undefined,
): Array<{ impact: Impact; areas: Array<[string, Entry[]]> }> {
  const all = entries(current, d);
  return (Object.keys(IMPACTS) as Impact[])
    .map((impact) => ({ impact, areas: byArea(all.filter((e) => e.impact === impact)) }))
    .filter((t) => t.areas.length);
}

export interface PageOptions {
  /** The previous findings the diff was made against (its date goes in the header). */
  baseline?: DriftFile;
  /** Redacts what the page shows of observed values and exchanges (the run's keys). */
  redactor?: Redactor;
}

export function renderMarkdown(current: DriftFile, d: Diff | undefined, o: PageOptions = {}): string {
  const redactor = o.redactor ?? new Redactor([]);
  const conflicts = conflictsById();
  const out = [
    `# ${pageTitle(current)}`,
    '',
    `Contract ${current.contract?.version ?? 'unknown'}${current.contract?.docs_commit ? `, docs at \`${current.contract.docs_commit}\`` : ''}; ` +
      `generated ${minute(current.generated_at)}${o.baseline ? `; compared with the findings of ${minute(o.baseline.generated_at)}` : ''}.`,
    '',
    `**${summaryLine(current, d).replace(/^drift: /, '')}**`,
    '',
  ];
  if (d?.added.length) {
    out.push(`## New (${d.added.length})`, '');
    for (const f of d.added) out.push(`- ${titleOf(f, redactor)} — \`${f.id}\``);
    out.push('');
  }
  if (d?.resolved.length) {
    out.push(`## Fixed (${d.resolved.length})`, '');
    for (const f of d.resolved) out.push(`- ${titleOf(f, redactor)} — \`${f.id}\``);
    out.push('');
  }
  for (const { impact, areas } of ranked(current, d)) {
    out.push(`## ${IMPACTS[impact].title}`, '', IMPACTS[impact].lead, '');
    for (const [area, list] of areas) {
      out.push(`### ${area}`, '');
      for (const { f, status } of list) {
        const c = conflicts.get(f.conflict);
        const tag = status === 'current' ? '' : `**${status}** `;
        out.push(
          `- ${tag}${titleOf(f, redactor)} — \`${f.id}\` (${f.kind}; ${plural(f.count, 'occurrence')} in ${plural(testsOf(f).length, 'test')}; ${f.operations.join(', ')})`,
        );
        const seen = observedValues(f, redactor)
          .map((v) => `\`${v.value.replace(/`/g, "'")}\``)
          .join(', ');
        out.push(`  - expected: ${f.expected}; observed: ${seen || f.observed}${f.doc ? ` — [docs](${f.doc})` : ''}`);
        out.push(
          c
            ? `  - the target took the other side of doc conflict \`${c.id}\` (${c.title}): ${c.sides.map((s) => `${s.source} says ${s.says}`).join('; ')}. Our position: ${c.position}`
            : '  - no registered doc conflict explains it: the API or the docs changed',
        );
      }
      out.push('');
    }
  }
  if (!current.findings.length) out.push('No finding: the target matched the contract on every answer.', '');
  return out.join('\n');
}

const STATUS_TONE: Record<Status, Tone> = { new: 'bad', 'still present': 'info', current: 'quiet' };

function findingCard(e: Entry, conflicts: Map<string, Conflict>, redactor: Redactor): VNode {
  const { f, status } = e;
  const c = conflicts.get(f.conflict);
  const seen = observedValues(f, redactor);
  const exchange = f.occurrences.find((o) => o.exchange !== undefined)?.exchange;
  const tests = testsOf(f);
  const refusal = f.kind === 'refusal' || f.kind === 'unserved-operation';
  return html`<details open=${status === 'new'} id=${f.id} class=${`finding ${status.replace(' ', '-')}`}>
    <summary>
      ${status !== 'current' ? html`<${Tag} tone=${STATUS_TONE[status]}>${status}<//> ` : null}
      <${Tag}>${f.kind}<//> <b>${titleOf(f, redactor)}</b>
      ${refusal && seen[0] ? html` <q>${seen[0].value}</q>` : null}
      <span class="note"> — ${plural(f.count, 'occurrence')} in ${plural(tests.length, 'test')}; ${f.operations.join(', ')}</span>
      ${' '}<${Tag} tone=${c ? 'good' : 'warn'}>${c ? `doc conflict ${c.id}` : 'unregistered'}<//>
    </summary>
    <dl class="kv">
      <dt>expected</dt><dd>${f.expected}${f.doc ? html` — <a href=${f.doc}>docs</a>` : null}</dd>
      <dt>observed</dt>
      <dd>
        ${
          seen.length
            ? seen.map(
                (v, i) =>
                  html`${i ? ', ' : ''}<code>${v.value}</code>${seen.length > 1 || v.count > 1 ? html` <span class="note">×${v.count}</span>` : null}`,
              )
            : f.observed
        }
      </dd>
      <dt>where</dt><dd><code>${f.pointer}</code> — rule <code>${f.rule}</code>${f.keyword ? html`, keyword <code>${f.keyword}</code>` : null}</dd>
      <dt>doc conflict</dt>
      <dd>
        ${
          c
            ? html`<b>${c.id}</b>: ${c.title}. The target took the other side.
              <ul class="tight">${c.sides.map((s) => html`<li><code>${s.source}</code> says ${s.says}</li>`)}</ul>
              <b>Our position:</b> ${c.position} <i>${c.why}</i>`
            : 'none registered explains it: the API or the docs changed'
        }
      </dd>
      <dt>finding</dt><dd><code>${f.id}</code></dd>
    </dl>
    <details>
      <summary>${plural(tests.length, 'test')} it broke${exchange !== undefined ? ', and one exchange (keys redacted)' : ''}</summary>
      <ul class="tight">
        ${tests.slice(0, 20).map((t) => html`<li>${t}</li>`)}
        ${tests.length > 20 ? html`<li>… ${tests.length - 20} more</li>` : null}
      </ul>
      ${exchange !== undefined ? html`<pre>${redactor.text(JSON.stringify(exchange, null, 2))}</pre>` : null}
    </details>
  </details>`;
}

export function renderHtml(current: DriftFile, d: Diff | undefined, o: PageOptions = {}): string {
  const redactor = o.redactor ?? new Redactor([]);
  const conflicts = conflictsById();
  const unregistered = current.findings.filter((f) => f.conflict === 'unregistered').length;
  const facts: Fact[] = [
    { label: 'target', value: targetOf(current) },
    { label: 'run', value: minute(current.generated_at) },
    { label: 'contract', value: current.contract?.version ?? 'not recorded' },
    { label: 'docs commit', value: current.contract?.docs_commit ?? 'not recorded' },
    {
      label: 'compared with',
      value: o.baseline ? `the findings of ${minute(o.baseline.generated_at)}` : 'no previous findings given',
    },
  ];
  if (current.summary.stand_in_artefacts)
    facts.push({ label: 'stand-in answers counted apart', value: String(current.summary.stand_in_artefacts) });
  const totals: Total[] = d
    ? [
        {
          label: 'new',
          value: d.added.length,
          tone: d.added.length ? 'bad' : 'good',
          hint: 'since the previous findings',
        },
        {
          label: 'fixed',
          value: d.resolved.length,
          tone: d.resolved.length ? 'good' : 'quiet',
          hint: 'gone since then',
        },
        { label: 'still present', value: d.unchanged.length, tone: 'info', hint: 'seen then and now' },
        {
          label: 'unregistered',
          value: unregistered,
          tone: unregistered ? 'warn' : 'good',
          hint: 'no doc conflict explains them',
        },
      ]
    : [
        {
          label: 'findings',
          value: current.findings.length,
          tone: current.findings.length ? 'warn' : 'good',
          hint: 'one per underlying difference',
        },
        { label: 'occurrences', value: current.summary.occurrences, tone: 'info', hint: 'collapsed into the findings' },
        {
          label: 'unregistered',
          value: unregistered,
          tone: unregistered ? 'warn' : 'good',
          hint: 'no doc conflict explains them',
        },
      ];
  const tiers = ranked(current, d);
  const news: ComponentChildren = d
    ? html`<${Section} id="news" title="Since the previous findings">
        ${
          d.added.length
            ? html`<p><b>New:</b></p><ul class="tight">${d.added.map((f) => html`<li><a href=${`#${f.id}`}>${titleOf(f, redactor)}</a> <span class="note">(${IMPACTS[impactOf(f)].title.toLowerCase()})</span></li>`)}</ul>`
            : html`<p>Nothing new.</p>`
        }
        ${
          d.resolved.length
            ? html`<p><b>Fixed:</b></p><ul class="tight">${d.resolved.map((f) => html`<li>${titleOf(f, redactor)} <span class="note"><code>${f.id}</code></span></li>`)}</ul>`
            : null
        }
      <//>`
    : null;
  return renderPage({
    title: pageTitle(current),
    facts,
    totals,
    children: html`
      ${news}
      ${tiers.map(
        (
          { impact, areas },
          i,
        ) => html`<${Section} id=${`impact-${impact}`} title=${`${i + 1}. ${IMPACTS[impact].title} (${areas.reduce((n, [, es]) => n + es.length, 0)})`} lead=${IMPACTS[impact].lead}>
          ${areas.map(
            ([area, list]) => html`<section class="area">
              <h3>${area}</h3>
              ${list.map((e) => findingCard(e, conflicts, redactor))}
            </section>`,
          )}
        <//>`,
      )}
      ${current.findings.length === 0 ? html`<${Note}>No finding: the target matched the contract on every answer.<//>` : null}
    `,
  });
}
