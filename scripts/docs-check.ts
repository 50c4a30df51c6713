// npm run docs:check -- --docs <path to a yuno-docs checkout> [--json FILE] [--verbose]
//
// Validates every example in Yuno's per-endpoint OpenAPI files, for the operations our contract
// covers (matched by method and path, lib/upstream.ts), against our schemas and rules: response
// examples against the response, request examples against the request body. Each is reported as
//   passed     it satisfies our contract
//   explained  it breaks our contract only where a registered doc conflict says the docs disagree
//   failing    it breaks our contract in a way no conflict explains (fix the contract or register one)
// Documented operations the contract lacks are counted. Exits 1 when any example is failing, 2 on
// bad input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { checkDocs, renderMarkdown, summarize } from '../lib/docs/check.js';
import { InputFileError } from '../lib/yaml-file.js';

async function main(): Promise<void> {
  const { values } = cliArgs('docs:check', {
    options: { docs: { type: 'string' }, json: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  if (!values.docs) {
    console.error(
      'docs:check needs --docs <path to a yuno-docs checkout>, e.g. npm run docs:check -- --docs ../yuno-docs',
    );
    process.exit(2);
  }
  try {
    const check = checkDocs(values.docs);
    const { results } = check;
    console.log(renderMarkdown(check, values.verbose ?? false));
    if (values.json) {
      mkdirSync(dirname(values.json), { recursive: true });
      writeFileSync(values.json, JSON.stringify({ summary: summarize(results), ...check }, null, 2));
    }
    if (results.length === 0) {
      console.error(
        `no examples found under ${relative(process.cwd(), values.docs) || '.'}/openapi for the covered operations`,
      );
      process.exit(2);
    }
    process.exit(summarize(results).failing > 0 ? 1 : 0);
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(`docs:check: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
