// npm run settings [-- --readme | --check]
// Prints the table of settings (lib/config.ts); --readme rewrites it in README.md, --check exits 1
// when the README's table is stale. Exits 2 on bad input.

import { cliArgs } from '../lib/cli.js';
import { renderSettingsTable } from '../lib/config.js';
import { syncSection } from '../lib/readme.js';
import { InputFileError } from '../lib/yaml-file.js';

const { values } = cliArgs('settings', {
  options: { readme: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
});
try {
  const table = renderSettingsTable();
  if (!values.readme && !values.check) console.log(table);
  const fresh = syncSection('settings', 'npm run settings -- --readme', table, values.readme);
  if (values.check && !fresh) {
    console.error('README.md: the table of settings is stale (npm run settings -- --readme)');
    process.exit(1);
  }
} catch (e) {
  if (e instanceof InputFileError) {
    console.error(`settings: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
