// The arrows between the folders point one way: scripts are command-line entries over lib/, tests
// import no script, no script imports a test, and lib/ (what everything shares) imports neither.
// Settings are read from the environment in lib/config.ts (and playwright.config.ts) only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../../lib/paths.js';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = join(dir, name);
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...sources(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const FOLDERS = ['lib', 'emulator', 'resources', 'scripts', 'tests'].filter((d) => {
  try {
    return statSync(join(ROOT, d)).isDirectory();
  } catch {
    return false;
  }
});
const FILES = FOLDERS.flatMap(sources);

/** The top-level folder each relative import of a file reaches. */
function importedFolders(file: string): Array<{ folder: string; spec: string }> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: Array<{ folder: string; spec: string }> = [];
  for (const m of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
    const target = relative(ROOT, join(ROOT, file, '..', m[1]!));
    out.push({ folder: target.split('/')[0]!, spec: m[1]! });
  }
  return out;
}

const FORBIDDEN: Record<string, string[]> = {
  lib: ['tests', 'scripts', 'emulator'],
  resources: ['tests', 'scripts'],
  emulator: ['tests', 'scripts'],
  scripts: ['tests'],
  tests: ['scripts'],
};

test('imports point one way: no test imports a script, no script a test, lib imports neither', () => {
  const wrong: string[] = [];
  for (const file of FILES) {
    const from = file.split('/')[0]!;
    for (const { folder, spec } of importedFolders(file)) {
      if (FORBIDDEN[from]?.includes(folder)) wrong.push(`${file} imports ${spec} (${from} -> ${folder})`);
    }
  }
  expect(wrong, 'imports against the direction of the arrows').toEqual([]);
});

test('settings are read from the environment in lib/config.ts only (and playwright.config.ts)', () => {
  const readers = FILES.filter((f) => f !== 'lib/config.ts').filter((f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    // Writing an environment for a child process is not reading a setting.
    return /process\.env(\.[A-Z_]+\b|\[)(?!\s*(\?\?)?=[^=])/.test(text.replace(/\.\.\.process\.env/g, ''));
  });
  expect(readers, 'files that read process.env themselves').toEqual([]);
});
