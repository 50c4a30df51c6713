// The drift page people read at 7 a.m.: findings grouped by API area, new / resolved / unchanged,
// each with both sides of its doc conflict and their sources, our position, one redacted exchange,
// and the tests it broke. Markdown for the job summary, a self-contained HTML page, one summary line.
import type { Finding } from '../findings.js';
import { type Conflict, loadSpecs } from '../specs.js';
import type { Diff, DriftFile } from './drift.js';

type Status = 'new' | 'resolved' | 'unchanged' | 'current';
interface Entry {
  f: Finding;
  status: Status;
}

function entries(current: DriftFile, d: Diff | undefined): Entry[] {
  if (!d) return current.findings.map((f) => ({ f, status: 'current' }));
  return [
    ...d.added.map((f) => ({ f, status: 'new' as const })),
    ...d.resolved.map((f) => ({ f, status: 'resolved' as const })),
    ...d.unchanged.map((f) => ({ f, status: 'unchanged' as const })),
  ];
}

const conflictsById = (): Map<string, Conflict> => new Map(loadSpecs().conflicts.conflicts.map((c) => [c.id, c]));
const areaOf = (f: Finding): string => f.areas[0] ?? 'Other';
const tests = (f: Finding): string[] => [...new Set(f.occurrences.map((o) => o.test))];

/** One line for a CI job summary. */
export function summaryLine(current: DriftFile, d: Diff | undefined): string {
  const unregistered = current.findings.filter((f) => f.conflict === 'unregistered').length;
  const head = d
    ? `${d.added.length} new, ${d.resolved.length} resolved, ${d.unchanged.length} unchanged findings`
    : `${current.findings.length} findings`;
  return `drift: ${head} (${unregistered} unregistered, ${current.summary.occurrences} occurrences collapsed into ${current.findings.length})`;
}

export function renderMarkdown(
  current: DriftFile,
  d: Diff | undefined,
  names: { baseline?: string; current: string },
): string {
  const conflicts = conflictsById();
  const all = entries(current, d);
  const out = [
    `# Drift: ${names.current}${names.baseline ? ` against ${names.baseline}` : ''}`,
    '',
    `**${summaryLine(current, d).replace(/^drift: /, '')}**`,
    '',
  ];
  out.push(
    '| kind | findings |',
    '|---|---|',
    ...Object.entries(current.summary.by_kind).map(([k, n]) => `| ${k} | ${n} |`),
    '',
  );
  out.push(
    '| conflict | findings |',
    '|---|---|',
    ...Object.entries(current.summary.by_conflict).map(([k, n]) => `| ${k} | ${n} |`),
    '',
  );
  const areas = [...new Set(all.map((e) => areaOf(e.f)))].sort();
  for (const area of areas) {
    out.push(`## ${area}`, '');
    for (const status of ['new', 'resolved', 'unchanged', 'current'] as const) {
      const here = all.filter((e) => areaOf(e.f) === area && e.status === status);
      if (!here.length) continue;
      if (status !== 'current') out.push(`### ${status[0]!.toUpperCase()}${status.slice(1)} (${here.length})`, '');
      for (const { f } of here) {
        const c = conflicts.get(f.conflict);
        out.push(
          `- **${f.title}** — \`${f.id}\` (${f.kind}; ${f.count} occurrence${f.count === 1 ? '' : 's'} in ${tests(f).length} test${tests(f).length === 1 ? '' : 's'}; ${f.operations.join(', ')})`,
        );
        out.push(`  - expected: ${f.expected}; observed: ${f.observed}${f.doc ? ` — [docs](${f.doc})` : ''}`);
        out.push(
          c
            ? `  - **the target took the other side of doc conflict \`${c.id}\`** (${c.title}): ${c.sides.map((s) => `${s.source} says ${s.says}`).join('; ')}. Our position: ${c.position}`
            : '  - no registered doc conflict explains it: the API or the docs changed',
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}

const esc = (s: unknown): string =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderHtml(
  current: DriftFile,
  d: Diff | undefined,
  names: { baseline?: string; current: string },
): string {
  const conflicts = conflictsById();
  const all = entries(current, d);
  const areas = [...new Set(all.map((e) => areaOf(e.f)))].sort();
  const finding = ({ f, status }: Entry): string => {
    const c = conflicts.get(f.conflict);
    const exchange = f.occurrences.find((o) => o.exchange !== undefined)?.exchange;
    return `<details id="${esc(f.id)}" class="${status}"><summary><span class="tag ${status}">${status}</span> <span class="tag">${esc(f.kind)}</span> ${esc(f.title)} <small>${f.count}×</small></summary>
<table><tr><th>finding</th><td><code>${esc(f.id)}</code></td></tr><tr><th>operations</th><td>${f.operations.map((o) => `<code>${esc(o)}</code>`).join(' ')}</td></tr>
<tr><th>where</th><td><code>${esc(f.pointer)}</code></td></tr><tr><th>rule</th><td><code>${esc(f.rule)}</code>${f.doc ? ` — <a href="${esc(f.doc)}">docs</a>` : ''}</td></tr>
<tr><th>expected</th><td>${esc(f.expected)}</td></tr><tr><th>observed</th><td>${esc(f.observed)}</td></tr>
<tr><th>conflict</th><td>${c ? `<b>${esc(c.id)}</b>: ${esc(c.title)}<ul>${c.sides.map((s) => `<li><code>${esc(s.source)}</code> says ${esc(s.says)}</li>`).join('')}</ul><p><b>Our position:</b> ${esc(c.position)} <i>${esc(c.why)}</i></p>` : 'unregistered: no doc conflict explains it'}</td></tr>
<tr><th>tests</th><td><ul>${tests(f)
      .slice(0, 20)
      .map((t) => `<li>${esc(t)}</li>`)
      .join('')}${tests(f).length > 20 ? `<li>… ${tests(f).length - 20} more</li>` : ''}</ul></td></tr></table>
${exchange !== undefined ? `<p>One exchange (keys redacted):</p><pre>${esc(JSON.stringify(exchange, null, 2))}</pre>` : ''}</details>`;
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drift report</title><style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222}h1{font-size:1.5rem}h2{border-bottom:1px solid #ddd;margin-top:2rem}
details{border:1px solid #ddd;border-radius:6px;margin:.4rem 0;padding:.3rem .6rem}details.new{border-color:#c0392b}details.resolved{opacity:.7}
summary{cursor:pointer}.tag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:3px;background:#eee}.tag.new{background:#c0392b;color:#fff}.tag.resolved{background:#27ae60;color:#fff}
th{text-align:left;vertical-align:top;padding-right:1rem;white-space:nowrap}pre{background:#f7f7f7;padding:.6rem;overflow:auto;max-height:30rem}code{font-size:.9em}
</style></head><body><h1>Drift: ${esc(names.current)}${names.baseline ? ` against ${esc(names.baseline)}` : ''}</h1>
<p><b>${esc(summaryLine(current, d).replace(/^drift: /, ''))}</b> — generated ${esc(current.generated_at)} for ${esc(current.projects.join(', '))}</p>
${areas
  .map(
    (a) =>
      `<h2>${esc(a)}</h2>${all
        .filter((e) => areaOf(e.f) === a)
        .map(finding)
        .join('\n')}`,
  )
  .join('\n')}
${all.length === 0 ? '<p>No finding: the target matched the contract on every answer.</p>' : ''}
</body></html>
`;
}
