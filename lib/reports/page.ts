// The layout every report page shares (coverage, drift, and whatever page joins them): a header with
// the page's title and the facts that say what it is about, the totals a reader looks for first,
// then sections of tables and lists. Built with preact + htm and rendered to a string: no HTML is
// put together by hand, every value is escaped by the renderer. The CSS is inline, so a page opens
// from disk, offline, with nothing beside it.
//
// The whole API:
//   renderPage({ title, facts, totals, children })  a complete HTML document, as a string
//   html`...`                                        htm bound to preact: markup with ${values}
//   Section  { id?, title, lead?, children }         a titled part of the page
//   Table    { columns, rows, id? }                  a table; a row is cells, or a group heading
//   Cell     (a CellSpec in a row)                   a value, coloured by tone, with a link and an explanation
//   Tag      { tone, children }                     a small coloured label
//   Note     { children }                           a line of small, quiet text
// Tones say what a value means to the reader, not what colour it is: good (proven, fixed),
// warn (partly, explained), bad (missing, new), info (neutral news), quiet (nothing to see).
import { html as bound } from 'htm/preact';
import type { ComponentChildren, VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Markup with values: html`<p>${text}</p>` (values are escaped; components are `<${Section} ...>`). */
export const html = bound as (strings: TemplateStringsArray, ...values: unknown[]) => VNode;

export type Tone = 'good' | 'warn' | 'bad' | 'info' | 'quiet';

/** A line of the header: what the page is about (a target, a date, a version). */
export interface Fact {
  label: string;
  value: ComponentChildren;
}

/** A figure of the totals band. */
export interface Total {
  label: string;
  value: ComponentChildren;
  tone?: Tone;
  /** A short line under the figure: what it counts. */
  hint?: ComponentChildren;
}

export interface PageProps {
  /** The page's title (the browser tab and the heading): say what and when, never a file path. */
  title: string;
  facts?: Fact[];
  totals?: Total[];
  children?: ComponentChildren;
}

/** A table's column. */
export interface Column {
  label: ComponentChildren;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  /** What the column counts (shown on hover). */
  hint?: string;
}

/** A cell of a table row. */
export interface CellSpec {
  value: ComponentChildren;
  tone?: Tone;
  /** Where the value comes from (a report, a test). */
  href?: string;
  /** A second link beside the value (e.g. the same tests in Allure). */
  also?: { href: string; label: string };
  /** Shown on hover: the full explanation, the list behind a count. */
  hint?: string;
  /** Shown in the cell, under the value: why it is empty or partial. */
  note?: ComponentChildren;
}

/** A table row: a heading cell and its cells, or the heading of a group of rows. */
export type RowSpec =
  | { head: ComponentChildren; id?: string; cells: CellSpec[] }
  | { group: ComponentChildren; id?: string; hint?: ComponentChildren };

export interface TableProps {
  columns: Column[];
  rows: RowSpec[];
  /** The first column's label. */
  corner?: ComponentChildren;
  id?: string;
}

const CSS = `
:root{--ink:#1d2327;--soft:#5f6b73;--line:#d9dee2;--band:#f5f7f8;--good:#e3f4e6;--good-ink:#1e6b34;--warn:#fff3dc;--warn-ink:#8a5300;--bad:#fde6e4;--bad-ink:#a4271b;--info:#e7effc;--info-ink:#1d4f9c;--quiet:#f2f3f4;--quiet-ink:#6c757d}
*{box-sizing:border-box}
body{font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:var(--ink);margin:0;background:#fff}
main{padding:0 1.5rem 3rem;max-width:96rem;margin:0 auto}
header.page{background:var(--band);border-bottom:1px solid var(--line);padding:1.2rem 1.5rem 1rem}
header.page h1{font-size:1.45rem;margin:0 0 .5rem;max-width:96rem;margin-inline:auto}
dl.facts{display:flex;flex-wrap:wrap;gap:.2rem 1.6rem;margin:0 auto;max-width:96rem}
dl.facts div{display:flex;gap:.4rem}dl.facts dt{color:var(--soft)}dl.facts dd{margin:0;font-weight:600}
.totals{display:flex;flex-wrap:wrap;gap:.8rem;margin:1.2rem 0}
.total{border:1px solid var(--line);border-radius:8px;padding:.55rem .9rem;min-width:10rem;background:#fff}
.total .v{font-size:1.6rem;font-weight:700;line-height:1.2}.total .l{font-weight:600}.total .h{color:var(--soft);font-size:.82rem}
.total.t-good{border-color:#9bd3a8;background:var(--good)}.total.t-warn{border-color:#f0c77a;background:var(--warn)}
.total.t-bad{border-color:#f0a39a;background:var(--bad)}.total.t-info{border-color:#a9c3ee;background:var(--info)}
section{margin-top:1.6rem}section>h2{font-size:1.15rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin:0 0 .5rem}
section section>h2{font-size:1rem;border-bottom-width:1px}
p.lead{color:var(--soft);margin:.2rem 0 .6rem;max-width:70rem}
table.grid{border-collapse:collapse;font-size:13px;width:100%}
table.grid th,table.grid td{border:1px solid var(--line);padding:3px 7px;vertical-align:top;text-align:left}
table.grid thead th{position:sticky;top:0;background:#fff;z-index:1;font-weight:600;box-shadow:0 1px 0 var(--line)}
table.grid th.num,table.grid td.num{text-align:right}
table.grid tbody th{font-weight:500;white-space:nowrap}
table.grid tr.group th{background:var(--band);font-weight:700;padding-top:6px}
table.grid tr.group th small{font-weight:400;color:var(--soft);margin-left:.5rem}
td.t-good{background:var(--good)}td.t-warn{background:var(--warn)}td.t-bad{background:var(--bad)}td.t-info{background:var(--info)}td.t-quiet{background:var(--quiet);color:var(--quiet-ink)}
td .why{display:block;font-size:11px;line-height:1.25;color:var(--soft);max-width:15rem;text-align:left;overflow:hidden;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical}
td.t-bad .why{color:var(--bad-ink)}td.t-warn .why{color:var(--warn-ink)}
td a{color:inherit}td a.also{font-size:11px;margin-left:.35rem;color:var(--soft)}
.tag{display:inline-block;font-size:.72rem;font-weight:600;padding:0 .4rem;border-radius:3px;background:var(--quiet);color:var(--quiet-ink);vertical-align:1px}
.tag.t-good{background:var(--good-ink);color:#fff}.tag.t-bad{background:var(--bad-ink);color:#fff}.tag.t-warn{background:#c77800;color:#fff}.tag.t-info{background:var(--info-ink);color:#fff}
.note{color:var(--soft);font-size:.85rem}
code{font-size:.9em;background:var(--band);padding:0 .2rem;border-radius:3px}
pre{background:var(--band);padding:.6rem;overflow:auto;max-height:24rem;font-size:12px}
a{color:var(--info-ink)}
details{border:1px solid var(--line);border-radius:6px;margin:.45rem 0;padding:.35rem .7rem;background:#fff}
details>summary{cursor:pointer}details[open]>summary{margin-bottom:.4rem}
ul.tight{margin:.2rem 0;padding-left:1.2rem}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .9rem;margin:.3rem 0}dl.kv dt{color:var(--soft)}dl.kv dd{margin:0}
`;

/**
 * A complete HTML document: the header (title, facts), the totals band, then the sections. (The
 * style sheet is this file's constant, set as it is: the renderer would escape its quotes.)
 */
export function renderPage(p: PageProps): string {
  const doc = html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${p.title}</title>
      <style dangerouslySetInnerHTML=${{ __html: CSS }}></style>
    </head>
    <body>
      <header class="page">
        <h1>${p.title}</h1>
        ${p.facts?.length ? html`<dl class="facts">${p.facts.map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>` : null}
      </header>
      <main>
        ${p.totals?.length ? html`<div class="totals" role="list" aria-label="totals">${p.totals.map(totalOf)}</div>` : null}
        ${p.children}
      </main>
    </body>
  </html>`;
  return `<!doctype html>\n${render(doc)}\n`;
}

function totalOf(t: Total): VNode {
  return html`<div class=${`total${t.tone ? ` t-${t.tone}` : ''}`} role="listitem">
    <div class="v">${t.value}</div>
    <div class="l">${t.label}</div>
    ${t.hint ? html`<div class="h">${t.hint}</div>` : null}
  </div>`;
}

/** A titled part of the page. */
export function Section(p: {
  id?: string;
  title: ComponentChildren;
  lead?: ComponentChildren;
  children?: ComponentChildren;
}): VNode {
  return html`<section id=${p.id}>
    <h2>${p.title}</h2>
    ${p.lead ? html`<p class="lead">${p.lead}</p>` : null}
    ${p.children}
  </section>`;
}

/** A small coloured label. */
export function Tag(p: { tone?: Tone; children?: ComponentChildren }): VNode {
  return html`<span class=${`tag${p.tone ? ` t-${p.tone}` : ''}`}>${p.children}</span>`;
}

/** A line of small, quiet text. */
export function Note(p: { children?: ComponentChildren }): VNode {
  return html`<p class="note">${p.children}</p>`;
}

function cellOf(c: CellSpec, numeric: boolean): VNode {
  const value = c.href ? html`<a href=${c.href}>${c.value}</a>` : c.value;
  const cls = [numeric ? 'num' : '', c.tone ? `t-${c.tone}` : ''].filter(Boolean).join(' ') || undefined;
  return html`<td class=${cls} title=${c.hint}>
    ${value}${c.also ? html`<a class="also" href=${c.also.href}>${c.also.label}</a>` : null}
    ${c.note ? html`<span class="why">${c.note}</span>` : null}
  </td>`;
}

/** A table: the columns' heads, then rows of cells and group headings. */
export function Table(p: TableProps): VNode {
  const span = p.columns.length + 1;
  return html`<table class="grid" id=${p.id}>
    <thead>
      <tr>
        <th>${p.corner ?? ''}</th>
        ${p.columns.map((c) => html`<th class=${c.numeric ? 'num' : undefined} title=${c.hint}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${p.rows.map((r) =>
        'group' in r
          ? html`<tr class="group" id=${r.id}><th colspan=${span}>${r.group}${r.hint ? html`<small>${r.hint}</small>` : null}</th></tr>`
          : html`<tr id=${r.id}><th>${r.head}</th>${r.cells.map((c, i) => cellOf(c, p.columns[i]?.numeric ?? false))}</tr>`,
      )}
    </tbody>
  </table>`;
}
