// npm run docs:fields -- --docs <path to a yuno-docs checkout> [--check]
//
// The fields Yuno's own response examples show, per operation: for every success example of the
// per-endpoint OpenAPI files we cover, the top-level fields of the resource it answers (the body, its
// items for a list, and its nested `payment` for a transaction result). Written to
// specs/docs-fields.yaml, so the emulator's fidelity test (tests/unit/emulator-fidelity.spec.ts)
// runs without the docs copy; --check fails when the committed file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cliArgs } from '../lib/cli.js';
import { FIELDS_FILE, inventory, render } from '../lib/docs/fields.js';
import { InputFileError } from '../lib/yaml-file.js';

async function main(): Promise<void> {
  const { values } = cliArgs('docs:fields', {
    options: { docs: { type: 'string' }, check: { type: 'boolean', default: false } },
  });
  if (!values.docs) {
    console.error('docs:fields needs --docs <path to a yuno-docs checkout>');
    process.exit(2);
  }
  try {
    const text = render(inventory(values.docs));
    if (values.check) {
      const current = existsSync(FIELDS_FILE) ? readFileSync(FIELDS_FILE, 'utf8') : '';
      if (current !== text) {
        console.error('specs/docs-fields.yaml is stale: run npm run docs:fields -- --docs <copy> and commit it');
        process.exit(1);
      }
      console.log('specs/docs-fields.yaml is up to date');
      return;
    }
    writeFileSync(FIELDS_FILE, text);
    console.log(`wrote ${FIELDS_FILE}`);
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(`docs:fields: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1]?.endsWith('docs-fields.ts')) await main();
