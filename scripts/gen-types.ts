// Generates openapi/yuno.d.ts from openapi/yuno.yaml with openapi-typescript.
// `--check` regenerates in memory and fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { CONTRACT_FILE, ROOT } from '../lib/paths.js';
import { readYamlFile } from '../lib/yaml-file.js';

const OUT = join(ROOT, 'openapi', 'yuno.d.ts');
const HEADER = '// Generated from openapi/yuno.yaml by `npm run gen` (openapi-typescript). Do not edit.\n\n';

export async function generate(): Promise<string> {
  const ast = await openapiTS(readYamlFile(CONTRACT_FILE) as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    emptyObjectsUnknown: true,
  });
  return HEADER + astToString(ast);
}

const text = await generate();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    console.error(
      'openapi/yuno.d.ts is stale: it does not match openapi/yuno.yaml. Run `npm run gen` and commit the result.',
    );
    process.exit(1);
  }
  console.log('openapi/yuno.d.ts is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT.slice(ROOT.length + 1)}`);
}
