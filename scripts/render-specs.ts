// npm run specs:render [-- --out DIR]: writes the rule tables of specs/ as Markdown for QA.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { REPORTS_DIR } from '../lib/paths.js';
import { renderConflicts, renderPaymentStatus, renderRules, renderTransitions } from '../lib/reports/specs.js';
import { loadSpecs } from '../lib/specs.js';

const isMain = process.argv[1]?.endsWith('render-specs.ts');
if (isMain) {
  const { values } = cliArgs('specs:render', {
    options: { out: { type: 'string', default: join(REPORTS_DIR, 'specs') } },
  });
  const specs = loadSpecs();
  mkdirSync(values.out!, { recursive: true });
  const files: Record<string, string> = {
    'payment-status.md': renderPaymentStatus(specs),
    'transitions-and-errors.md': renderTransitions(specs),
    'doc-conflicts.md': renderConflicts(specs),
    'rules.md': renderRules(),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(values.out!, name), `${text}\n`);
  console.log(
    `wrote ${Object.keys(files)
      .map((f) => join(values.out!, f))
      .join(', ')}`,
  );
}
