import { RULE_IDS, RULES, type RuleId, refusalOf } from '../rules/index.js';
import { VARIATION_NAMES, VARIATIONS } from '../rules/variations.js';
import type { Specs } from '../specs.js';

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
  out.push(
    '',
    '# Payment-link statuses',
    '',
    `Source: ${s.linkStatus.doc}`,
    '',
    '| status | terminal | meaning |',
    '|---|---|---|',
  );
  for (const [st, d] of Object.entries(s.linkStatus.statuses))
    out.push(`| ${st} | ${d.terminal ? 'yes' : 'no'} | ${cell(d.description)} |`);
  out.push('', '| allowed | from | to | trigger |', '|---|---|---|---|');
  for (const t of s.linkStatus.transitions) out.push(`| ${t.id} | ${t.from} | ${t.to} | ${cell(t.trigger)} |`);
  out.push('', '| forbidden | from | action | refused with |', '|---|---|---|---|');
  for (const f of s.linkStatus.forbidden)
    out.push(
      `| ${f.id} | ${f.from} | ${f.action} | ${f.action === 'expire' ? 'no state change' : refusalText('link-transition-forbidden')} |`,
    );
  out.push(
    '',
    '# Payment-method statuses',
    '',
    `Source: ${s.paymentMethodStatus.doc}`,
    '',
    '| status | terminal | meaning |',
    '|---|---|---|',
  );
  for (const [st, d] of Object.entries(s.paymentMethodStatus.statuses))
    out.push(`| ${st} | ${d.terminal ? 'yes' : 'no'} | ${cell(d.description)} |`);
  out.push('', '| transition | operation | from | to | webhook | when |', '|---|---|---|---|---|---|');
  for (const t of s.paymentMethodStatus.transitions)
    out.push(
      `| ${t.id} | ${t.operationId ?? cell(t.trigger)} | ${t.from.join(', ') || '(new)'} | ${t.to} | ${t.webhook ?? ''} | ${cell(t.when)} |`,
    );
  out.push('', '| forbidden | operation | from | when | refused with |', '|---|---|---|---|---|');
  for (const f of s.paymentMethodStatus.forbidden)
    out.push(`| ${f.id} | ${f.operationId} | ${f.from} | ${cell(f.when)} | ${refusalText(f.rule)} |`);
  for (const [title, t] of [
    ['Payout statuses', s.payoutStatus],
    ['Report statuses', s.reportStatus],
  ] as const) {
    out.push('', `# ${title}`, '', `Source: ${t.doc}`, '', '| status | terminal | meaning |', '|---|---|---|');
    for (const [st, d] of Object.entries(t.statuses))
      out.push(`| ${st} | ${d.terminal ? 'yes' : 'no'} | ${cell(d.description)} |`);
    out.push('', '| from | may move to | source |', '|---|---|---|');
    for (const x of t.transitions) out.push(`| ${x.from.join(', ')} | ${x.to.join(', ')} | ${cell(x.source)} |`);
  }
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

function refusalText(id: RuleId): string {
  const r = refusalOf(id);
  return `${r.http.join('/')} ${r.codes === 'documented' ? 'a documented code' : r.codes.join('/')} (${id})`;
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
