// npm run drift:rehearse -- --docs <path to a yuno-docs checkout> [--workers N] [--keep DIR]
//
// A drift rehearsal you run yourself: Yuno's own per-endpoint OpenAPI files (an independent
// description of the API, one we did not write) are merged into one document and served through a
// Prism mock; the sandbox project runs against it as it would against the live sandbox, with the
// capabilities of a stateless stand-in (nothing persists, keys are not checked, invalid requests get
// Prism's 422); then the findings are printed by kind and by conflict, with how many raw occurrences
// collapsed into them. Every finding should be a true difference between those files and our
// contract, attributed to the right conflict (or none), once.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cliArgs } from '../lib/cli.js';
import { ROOT } from '../lib/paths.js';
import type { DriftFile } from '../lib/reports/drift.js';
import { InputFileError, readJsonFile } from '../lib/yaml-file.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Files in the order they win a method and path both describe: the published pages first. */
function upstreamFiles(base: string): string[] {
  const all: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.json')) all.push(p);
    }
  };
  walk(base);
  // retrieve-payment-by-id-v2 is the published page (v1 is hidden); create-payment before authorize-payment.
  const rank = (p: string): number =>
    p.endsWith('retrieve-payment-by-id-v2.json')
      ? 0
      : p.endsWith('authorize-payment.json') || p.endsWith('retrieve-payment-by-id.json')
        ? 2
        : 1;
  return all.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * One OpenAPI document from many: each file's components are renamed with the file's name as a
 * prefix (and its $refs rewritten), so same-named components of different files do not collide;
 * the first file to describe a method and path wins it.
 */
export function mergeUpstream(docsDir: string): { doc: Json; files: number; operations: number; skipped: string[] } {
  const base = join(docsDir, 'openapi');
  if (!existsSync(base))
    throw new InputFileError(docsDir, '', 'is not a yuno-docs checkout: it has no openapi/ folder');
  const merged: Json = {
    openapi: '3.1.0',
    info: { title: 'Yuno API (merged per-endpoint files)', version: 'rehearsal' },
    paths: {},
    components: {
      schemas: {},
      responses: {},
      parameters: {},
      examples: {},
      requestBodies: {},
      headers: {},
      securitySchemes: {},
    },
  };
  const paths = merged.paths as Json;
  const components = merged.components as Record<string, Json>;
  const skipped: string[] = [];
  let files = 0;
  let operations = 0;
  for (const file of upstreamFiles(base)) {
    let doc: unknown;
    try {
      doc = readJsonFile(file);
    } catch {
      skipped.push(`${relative(base, file)} (not JSON)`);
      continue;
    }
    if (!isObject(doc) || !isObject(doc.paths)) continue;
    files++;
    const prefix = relative(base, file)
      .replace(/\.json$/, '')
      .replace(/[^A-Za-z0-9]+/g, '_');
    const rewrite = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(rewrite);
      if (!isObject(v)) return v;
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          k === '$ref' && typeof x === 'string'
            ? x.replace(/^#\/components\/([^/]+)\/(.+)$/, (_, kind: string, name: string) =>
                kind === 'securitySchemes' ? `#/components/${kind}/${name}` : `#/components/${kind}/${prefix}__${name}`,
              )
            : rewrite(x),
        ]),
      );
    };
    for (const [kind, entries] of Object.entries(isObject(doc.components) ? doc.components : {})) {
      if (!isObject(entries)) continue;
      components[kind] ??= {};
      for (const [name, v] of Object.entries(entries)) {
        if (kind === 'securitySchemes') components[kind]![name] ??= v;
        else components[kind]![`${prefix}__${name}`] = rewrite(v);
      }
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!isObject(item)) continue;
      const target = ((paths[path] as Json | undefined) ??= {});
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.includes(method) || !isObject(op)) continue;
        if (target[method]) {
          skipped.push(`${relative(base, file)} ${method.toUpperCase()} ${path} (already described)`);
          continue;
        }
        // Path parameters the file forgets to declare (notify-fulfillments) are declared, so Prism routes the path.
        const declared = new Set(
          [
            ...(Array.isArray(item.parameters) ? item.parameters : []),
            ...(Array.isArray(op.parameters) ? op.parameters : []),
          ]
            .filter(isObject)
            .map((p) => p.name),
        );
        const missing = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).filter((n) => !declared.has(n));
        target[method] = rewrite({
          ...op,
          security: op.security ?? doc.security,
          parameters: [
            ...(Array.isArray(op.parameters) ? op.parameters : []),
            ...missing.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
          ],
        });
        operations++;
      }
      if (Array.isArray(item.parameters) && !target.parameters) target.parameters = rewrite(item.parameters);
    }
  }
  return { doc: merged, files, operations, skipped };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startPrism(file: string, port: number): Promise<ChildProcess> {
  const prism = spawn(
    join(ROOT, 'node_modules', '.bin', 'prism'),
    ['mock', '--host', '127.0.0.1', '--port', String(port), '--errors=false', '--verboseLevel', 'warn', file],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  prism.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  prism.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (prism.exitCode !== null) throw new Error(`prism exited (${prism.exitCode}): ${out.slice(-2000)}`);
    try {
      await fetch(`http://127.0.0.1:${port}/payments/00000000-0000-4000-8000-000000000000`);
      return prism;
    } catch {
      if (Date.now() > deadline) throw new Error(`prism did not start in 30 s: ${out.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function main(): Promise<void> {
  const { values } = cliArgs('drift:rehearse', {
    options: { docs: { type: 'string' }, workers: { type: 'string', default: '2' }, keep: { type: 'string' } },
  });
  if (!values.docs) {
    console.error('drift:rehearse needs --docs <path to a yuno-docs checkout>');
    process.exit(2);
  }
  let merged: ReturnType<typeof mergeUpstream>;
  try {
    merged = mergeUpstream(values.docs);
  } catch (e) {
    if (e instanceof InputFileError) {
      console.error(`drift:rehearse: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'rehearsal-'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'yuno-upstream.json');
  writeFileSync(file, JSON.stringify(merged.doc, null, 2));
  console.log(
    `merged ${merged.files} upstream files into ${merged.operations} operations (${file}); ${merged.skipped.length} skipped: ${merged.skipped.join('; ')}`,
  );
  const port = await freePort();
  const prism = await startPrism(file, port);
  console.log(`serving it with Prism at http://127.0.0.1:${port}; running the sandbox project against it`);
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => {
    const pw = spawn(
      join(ROOT, 'node_modules', '.bin', 'playwright'),
      ['test', '--project=sandbox', '--workers', values.workers!],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          CI: '1',
          YUNO_PROJECTS: '',
          YUNO_BASE_URL: `http://127.0.0.1:${port}`,
          YUNO_STAND_IN: 'stateless',
          YUNO_PUBLIC_API_KEY: 'pk_rehearsal_0000000001',
          YUNO_PRIVATE_SECRET_KEY: 'sk_rehearsal_0000000001',
          YUNO_ACCOUNT_CODE: '493e9374-510a-4201-9e09-de669d75f256',
          YUNO_REPORTS_DIR: dir,
          YUNO_RETRIES: '1',
        },
      },
    );
    pw.on('close', resolve);
  });
  prism.kill('SIGTERM');
  const drift = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8')) as DriftFile;
  console.log(`\nthe run took ${((Date.now() - started) / 1000).toFixed(1)} s (playwright exited ${code})`);
  console.log(
    `${drift.summary.occurrences} raw occurrences collapsed into ${drift.summary.findings} findings; ${drift.summary.stand_in_artefacts ?? 0} answers the mock made up itself counted apart\n`,
  );
  console.log('| kind | findings |\n|---|---|');
  for (const [k, n] of Object.entries(drift.summary.by_kind)) console.log(`| ${k} | ${n} |`);
  console.log('\n| conflict | findings |\n|---|---|');
  for (const [k, n] of Object.entries(drift.summary.by_conflict).sort((a, b) => b[1] - a[1]))
    console.log(`| ${k} | ${n} |`);
  console.log('\n| finding | kind | conflict | occurrences | operations | what |\n|---|---|---|---|---|---|');
  for (const f of drift.findings)
    console.log(
      `| ${f.id} | ${f.kind} | ${f.conflict} | ${f.count} | ${f.operations.slice(0, 4).join(', ')}${f.operations.length > 4 ? ` +${f.operations.length - 4}` : ''} | ${f.title.replace(/\|/g, '\\|').slice(0, 140)} |`,
    );
  console.log(
    `\nreports in ${dir} (drift.json; npm run drift -- --current ${join(dir, 'drift.json')} writes the page)`,
  );
}

if (process.argv[1]?.endsWith('drift-rehearse.ts')) await main();
