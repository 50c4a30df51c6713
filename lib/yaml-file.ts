// Reads a YAML or JSON file of ours and fails with a message that names the file and the place.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './paths.js';

export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly place: string,
    problem: string,
  ) {
    super(`${relative(ROOT, file) || file}${place ? ` at ${place}` : ''}: ${problem}`);
    this.name = 'InputFileError';
  }
}

export function readYamlFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputFileError(file, '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  // Parsing YAML costs ~200 ms, paid by every Playwright worker: a successful parse is kept as JSON,
  // keyed by the text's hash, so a changed file is always parsed (and checked) again.
  const cacheDir = join(tmpdir(), 'yuno-conformance-cache');
  const cached = join(cacheDir, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as unknown;
  } catch {
    /* not cached yet */
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const pos = first.linePos?.[0];
    throw new InputFileError(file, pos ? `line ${pos.line}, column ${pos.col}` : '', first.message.split('\n')[0]!);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || typeof value !== 'object') {
    throw new InputFileError(
      file,
      'the top level',
      `expected a mapping, found ${value === null ? 'nothing' : typeof value}`,
    );
  }
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, cached);
  } catch {
    /* a cache that cannot be written only costs time */
  }
  return value;
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputFileError(file, '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    // V8 gives a position, except for a file that ends too early: then the place is its end.
    const before = m ? text.slice(0, Number(m[1])) : text;
    const place = `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}${m ? '' : ' (end of file)'}`;
    throw new InputFileError(file, place, `is not valid JSON (${(e as Error).message})`);
  }
}

/** JSON pointer (RFC 6901) of a path of keys. */
export function pointer(path: ReadonlyArray<string | number>): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
