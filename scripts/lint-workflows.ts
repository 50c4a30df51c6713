import { lintWorkflows } from '../lib/workflows.js';

if (process.argv[1]?.endsWith('lint-workflows.ts')) {
  const problems = await lintWorkflows(process.argv[2]);
  for (const p of problems) console.error(p);
  console.log(problems.length ? `${problems.length} problem(s) in the workflows` : 'workflows: no problems');
  process.exit(problems.length ? 1 : 0);
}
