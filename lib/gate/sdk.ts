// Which SDK the verdict is about: --sdk-name and --sdk-version when given, else what the command's
// folder declares (package.json, pyproject.toml or composer.json), else unknown.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../paths.js';

export interface SdkIdentity {
  name: string | null;
  version: string | null;
  /** Where the name and version were read: the flags, a manifest of the command's folder, or nowhere. */
  source: 'flags' | 'package.json' | 'pyproject.toml' | 'composer.json' | 'unknown';
}

const read = (file: string): string | undefined => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** name and version of a pyproject.toml ([project], or [tool.poetry]). */
function fromPyproject(text: string): { name?: string; version?: string } {
  for (const table of ['project', 'tool.poetry']) {
    const start = text.search(new RegExp(`^\\[${table.replace('.', '\\.')}\\]\\s*$`, 'm'));
    if (start < 0) continue;
    const body = text.slice(start).split('\n').slice(1);
    const end = body.findIndex((l) => /^\s*\[/.test(l));
    const lines = body.slice(0, end < 0 ? undefined : end).join('\n');
    const value = (k: string): string | undefined =>
      new RegExp(`^\\s*${k}\\s*=\\s*["']([^"']+)["']`, 'm').exec(lines)?.[1];
    if (value('name')) return { name: value('name'), version: value('version') };
  }
  return {};
}

export function identifySdk(dir: string, flags: { name?: string; version?: string }): SdkIdentity {
  const found = ((): { name?: string; version?: string; source: SdkIdentity['source'] } => {
    // The suite's own folder is not an SDK (npm run sdk-gate from here, without --cwd).
    if (resolve(dir) !== resolve(ROOT)) {
      const pkg = read(join(dir, 'package.json'));
      if (pkg) {
        try {
          const j = JSON.parse(pkg) as { name?: string; version?: string };
          if (j.name) return { name: j.name, version: j.version, source: 'package.json' };
        } catch {
          // a broken package.json names nothing
        }
      }
      const py = read(join(dir, 'pyproject.toml'));
      if (py) {
        const p = fromPyproject(py);
        if (p.name) return { ...p, source: 'pyproject.toml' };
      }
      const composer = read(join(dir, 'composer.json'));
      if (composer) {
        try {
          const j = JSON.parse(composer) as { name?: string; version?: string };
          if (j.name) return { name: j.name, version: j.version, source: 'composer.json' };
        } catch {
          // a broken composer.json names nothing
        }
      }
    }
    return { source: 'unknown' };
  })();
  if (flags.name || flags.version)
    return { name: flags.name ?? found.name ?? null, version: flags.version ?? found.version ?? null, source: 'flags' };
  return { name: found.name ?? null, version: found.version ?? null, source: found.source };
}
