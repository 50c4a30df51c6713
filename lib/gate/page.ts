// The gate's report as one HTML page, rendered with preact + htm + preact-render-to-string (every
// value escaped by the renderer, no HTML built from strings). Its own small layout: the verdict, the
// SDK and contract, the counts, per operation the checks with their ids and docs links, then what was
// not the SDK's fault.
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Problem } from './judge.js';
import type { GateReport } from './report.js';

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.verdict{padding:.75rem 1rem;border-radius:6px;font-weight:600;margin:1rem 0}
.passed{background:#dafbe1}.failed,.sdk-tests-failed{background:#ffebe9}.no-requests{background:#fff8c5}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right}code{font:12px ui-monospace,monospace;background:#f6f8fa;padding:0 .2rem}
.fail{color:#cf222e}.warn{color:#9a6700}.muted{color:#57606a}ul{padding-left:1.2rem}
`;

const Check = ({ c }: { c: GateReport['operations'][number]['checks'][number] }): VNode => html`
  <tr>
    <td><a href=${c.doc}><code>${c.id}</code></a></td>
    <td class="n">${c.passed}</td>
    <td class=${c.failed ? 'n fail' : 'n'}>${c.failed}</td>
    <td class=${c.warned ? 'n warn' : 'n'}>${c.warned}</td>
    <td class="muted">${c.statement}</td>
  </tr>
`;

const ProblemItem = ({ p }: { p: Problem }): VNode => {
  const where = ` at ${p.pointer || '(body)'}: expected ${p.expected}; sent ${p.observed} (${p.count} ${p.count === 1 ? 'request' : 'requests'}).`;
  const note = p.note ? ` The docs: “${p.note}”.` : '';
  const conflict = p.conflict
    ? ` The docs show this form too (conflict ${p.conflict}); the real API ${p.real_api}. `
    : ' ';
  return html`<li><code>${p.check}</code>${where}${note}${conflict}<a href=${p.doc}>docs</a></li>`;
};

const Operation = ({ o }: { o: GateReport['operations'][number] }): VNode => html`
  <section>
    <h3><a href=${o.doc}><code>${o.operationId}</code></a> <span class="muted">${o.method} ${o.path}</span></h3>
    <p class="muted">${`${o.calls} ${o.calls === 1 ? 'request' : 'requests'}${o.deliberate ? `, ${o.deliberate} deliberately invalid` : ''}${o.declared ? ', declared' : ''}`}</p>
    <table>
      <thead><tr><th>check</th><th>passed</th><th>failed</th><th>warned</th><th>what it says</th></tr></thead>
      <tbody>${o.checks.filter((c) => c.passed + c.failed + c.warned > 0).map((c) => html`<${Check} c=${c} />`)}</tbody>
    </table>
    ${o.problems.length ? html`<ul class="fail">${o.problems.map((p) => html`<${ProblemItem} p=${p} />`)}</ul>` : null}
    ${
      o.warnings.length
        ? html`<ul class="warn">
            ${o.warnings.map(
              (w) =>
                html`<li><code>${w.pointer}</code>${`: sent ${w.observed}, the contract expects ${w.expected}. Conflict ${w.conflict}: the real API ${w.real_api} `}<a href=${w.doc}>docs</a></li>`,
            )}
          </ul>`
        : null
    }
  </section>
`;

const Page = ({ r }: { r: GateReport }): VNode => {
  const c = r.counts;
  const sdk = r.sdk.name ? `${r.sdk.name}${r.sdk.version ? ` ${r.sdk.version}` : ''}` : 'an unnamed SDK';
  const shown = r.operations.filter((o) => o.calls > 0 || o.declared);
  // Sentences built as text (htm drops the white space around a value at a line break).
  const header = `Contract ${r.contract.version}${r.contract.docs_commit ? ` (Yuno docs ${r.contract.docs_commit})` : ''}, judged ${r.date}${r.command ? `; ${r.command.line} exited ${r.command.exit_code}` : ''}; exit code ${r.exit_code}`;
  const counts = `${c.requests} requests reached the gate, ${c.judged} judged: ${c.requestsOk} without a problem, ${c.requestsWithProblems} with problems (${c.problems} problems in all); ${c.deliberate} deliberately invalid (${c.deliberateRefused} refused); ${c.warnings} warnings.`;
  return html`
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>SDK gate: ${sdk}</title>
        <style>${STYLE}</style>
      </head>
      <body>
        <h1>SDK gate: ${sdk}</h1>
        <p class="muted">${header}</p>
        <div class=${`verdict ${r.verdict}`}>${r.summary}</div>
        ${c.requests ? html`<p>${counts}</p>` : null}
        ${shown.length ? html`<h2>Operations exercised${r.declared ? ' or declared' : ''}</h2>${shown.map((o) => html`<${Operation} o=${o} />`)}` : null}
        ${
          r.unknown.length || r.unverified_unknown.length
            ? html`<h2>Requests to no documented operation</h2>
                <ul class="fail">
                  ${r.unknown.map(
                    (u) =>
                      html`<li>${`${u.method} ${u.template} (${u.count}; e.g. ${u.paths.join(', ')}) `}<a href=${u.doc}>docs</a></li>`,
                  )}
                  ${r.unverified_unknown.map((p) => html`<${ProblemItem} p=${p} />`)}
                </ul>`
            : null
        }
        ${
          r.gate_faults.length || r.coverage_gaps.length || r.refused_hosts.length
            ? html`<h2>Not the SDK's fault</h2>
                <ul>
                  ${r.gate_faults.map(
                    (f) =>
                      html`<li>${`${f.operationId ? `${f.operationId} ` : ''}${f.method} ${f.template}: ${
                        f.kind === 'refused-valid'
                          ? 'the gate refused a request the contract allows: report it to yuno-conformance'
                          : f.kind === 'not-served'
                            ? "the gate's emulator does not serve this operation yet"
                            : "the gate's emulator failed: report it to yuno-conformance"
                      } (answered ${f.status}${f.code ? ` ${f.code}` : ''}${f.message ? `: ${f.message}` : ''}; ${f.count})`}</li>`,
                  )}
                  ${r.coverage_gaps.map(
                    (g) =>
                      html`<li>${`${g.method} ${g.template}: documented by Yuno, outside the contract (${g.count})`}</li>`,
                  )}
                  ${r.refused_hosts.map((x) => html`<li>${`${x.host} is not a Yuno host: refused ${x.count}`}</li>`)}
                </ul>`
            : null
        }
        ${
          r.declared
            ? html`<h2>Declared operations</h2>
                <p>${`${r.declared.operations.length} declared in ${r.declared.file}; never exercised: ${r.declared.unexercised.join(', ') || 'none'}; called but not declared: ${r.declared.undeclaredCalled.join(', ') || 'none'}.`}</p>`
            : null
        }
        <h2>${`Documented operations never exercised (${r.never_exercised.length} of ${c.operationsDocumented})`}</h2>
        <p class="muted">${r.never_exercised.join(', ') || 'none'}</p>
      </body>
    </html>
  `;
};

export function renderPage(r: GateReport): string {
  return `<!doctype html>\n${renderToString(html`<${Page} r=${r} />`)}\n`;
}
