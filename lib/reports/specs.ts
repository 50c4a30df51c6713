import { readdirSync } from 'node:fs';
import { SPECS_DIR } from '../paths.js';
import { isRuleId, RULE_IDS, RULES, type RuleId, refusalOf } from '../rules/index.js';
import { VARIATION_NAMES, VARIATIONS } from '../rules/variations.js';
import type { Specs } from '../specs.js';
import { type StatusTable, statusTable } from '../status-tables.js';

const cell = (s: unknown): string =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

export function renderPaymentStatus(s: Specs): string {
  const out = [
    '# Payment statuses',
    '',
    `Source: ${s.paymentStatus.doc}`,
    '',
    '| status | terminal | sub_status | transaction (type / status) | note |',
    '|---|---|---|---|---|',
  ];
  for (const [status, def] of Object.entries(s.paymentStatus.statuses)) {
    for (const [sub, d] of Object.entries(def.sub_statuses)) {
      out.push(
        `| ${status} | ${def.terminal ? 'yes' : 'no'} | ${sub} | ${d.transaction ? d.transaction.join(' / ') : '–'} | ${cell(d.note)} |`,
      );
    }
  }
  out.push('', `${Object.keys(s.paymentStatus.statuses).length} statuses.`);
  return out.join('\n');
}

export function renderTransitions(s: Specs): string {
  const out = [
    '# Payment transitions',
    '',
    `Source: ${s.transitions.doc}`,
    '',
    '| operation | from | outcome | to | transaction | webhook | refused with |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [name, op] of Object.entries(s.transitions.operations)) {
    for (const [o, d] of Object.entries(op.outcomes)) {
      const err =
        op.from && op.operationId
          ? [refusalText(op.refused_as ?? 'payment-transition-forbidden'), ...(op.limits ?? []).map(refusalText)].join(
              '; ',
            )
          : op.from
            ? 'outside the API'
            : '';
      out.push(
        `| ${name} | ${(op.from ?? ['(new payment)']).join(', ')} | ${o}${d.when ? ` (${cell(d.when)})` : ''} | ${d.to} | ${d.transaction?.join(' / ') ?? ''} | ${d.webhook ?? ''} | ${err} |`,
      );
    }
  }
  for (const t of statusTables()) out.push('', ...renderStatusTable(t));
  out.push(
    '',
    '# Error codes',
    '',
    `Source: ${s.errors.doc}`,
    '',
    `Body: \`${s.errors.body.shape}\``,
    '',
    '| HTTP | codes |',
    '|---|---|',
  );
  for (const [http, d] of Object.entries(s.errors.statuses)) out.push(`| ${http} | ${d.codes.join(', ')} |`);
  return out.join('\n');
}

/** Every status table of specs/ in the one format (every *-status.yaml but the payments', which pairs statuses). */
export function statusTables(dir = SPECS_DIR): StatusTable[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('-status.yaml') && f !== 'payment-status.yaml')
    .sort()
    .map((f) => statusTable(f, dir));
}

/** One status table: its statuses, its moves (by an operation or outside the API) and the moves it refuses. */
export function renderStatusTable(t: StatusTable): string[] {
  const title = `${t.resource.charAt(0).toUpperCase()}${t.resource.slice(1).replace(/_/g, ' ')} statuses`;
  const out = [
    `# ${title}`,
    '',
    `Source: ${t.doc} (specs/${t.file}; the status at \`${t.field}\`)`,
    '',
    '| status | terminal | meaning |',
    '|---|---|---|',
  ];
  for (const [st, d] of Object.entries(t.statuses))
    out.push(`| ${st} | ${d.terminal ? 'yes' : 'no'} | ${cell(d.description)} |`);
  out.push('', '| move | by | from | to | webhook | when |', '|---|---|---|---|---|---|');
  for (const x of t.transitions)
    out.push(
      `| ${x.id} | ${x.operationId ?? `outside the API: ${cell(x.trigger)}`} | ${x.from.join(', ') || '(new)'} | ${x.to} | ${x.webhook ?? ''} | ${cell(x.when)} |`,
    );
  if (t.forbidden.length) {
    out.push('', '| refused | by | from | when | refused with |', '|---|---|---|---|---|');
    for (const f of t.forbidden) {
      const how =
        f.rule && isRuleId(f.rule)
          ? refusalText(f.rule)
          : f.refusal
            ? `${f.refusal.http.join('/')} ${f.refusal.codes === 'documented' ? 'a documented code' : f.refusal.codes.join('/')}`
            : 'not said';
      out.push(`| ${f.id} | ${f.operationId ?? f.action ?? ''} | ${f.from.join(', ')} | ${cell(f.when)} | ${how} |`);
    }
  }
  if (t.notes) out.push('', `Left open: ${cell(t.notes)}`);
  return out;
}

function refusalText(id: RuleId): string {
  const r = refusalOf(id);
  return `${r.http.join('/')} ${r.codes === 'documented' ? 'a documented code' : r.codes === 'declared' ? 'a code the operation declares' : r.codes.join('/')} (${id})`;
}

/** The rule catalogue: every rule the suite checks, what breaks it, where the docs say it. */
export function renderRules(): string {
  const out = [
    '# Rule catalogue',
    '',
    `${RULE_IDS.length} rules, ${RULE_IDS.reduce((n, id) => n + Object.keys(RULES[id].faults ?? {}).length, 0)} faults that break them (lib/rules). A failure about a rule starts with its id.`,
    '',
  ];
  const areas = [...new Set(RULE_IDS.map((id) => RULES[id].area))];
  for (const area of areas) {
    out.push(
      `## ${area}`,
      '',
      '| rule | checked | what must hold | refusal | faults that break it (npm run selftest) |',
      '|---|---|---|---|---|',
    );
    for (const id of RULE_IDS.filter((r) => RULES[r].area === area)) {
      const r = RULES[id];
      const faults = Object.entries(r.faults ?? {})
        .map(([n, f]) => `\`${n}\`: ${f.description}`)
        .join('<br>');
      out.push(
        `| [\`${id}\`](${r.doc}) | ${r.scope === 'response' ? 'on every response' : `by the tests tagged @${id}`} | ${cell(r.statement)} | ${r.refusal ? refusalText(id) : ''} | ${cell(faults)} |`,
      );
    }
    out.push('');
  }
  out.push(
    '## Benign variations',
    '',
    'Changes the docs allow; the suite must pass under each (npm run selftest, benign side).',
    '',
    '| variation | what changes | why the docs allow it |',
    '|---|---|---|',
  );
  for (const v of VARIATION_NAMES)
    out.push(`| \`${v}\` | ${cell(VARIATIONS[v].description)} | ${cell(VARIATIONS[v].because)} |`);
  return out.join('\n');
}

export function renderConflicts(s: Specs): string {
  const out = ["# Contradictions in Yuno's docs", '', `${s.conflicts.conflicts.length} registered.`, ''];
  for (const c of s.conflicts.conflicts) {
    out.push(`## ${c.id}: ${c.title}`, '');
    for (const side of c.sides) out.push(`- ${side.source}: ${side.says}`);
    out.push(
      '',
      `**Our position:** ${c.position}`,
      '',
      `**Why:** ${c.why}`,
      '',
      `**When a live target differs:** ${c.when_live_differs}`,
      '',
    );
  }
  return out.join('\n');
}
