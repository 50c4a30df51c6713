// The parts of README.md that are rendered from the code (the coverage table, the settings): each sits
// between two markers, is rewritten by its command's --readme, and checked by its --check.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';
import { InputFileError } from './yaml-file.js';

export const README = join(ROOT, 'README.md');

const markers = (name: string, command: string): [string, string] => [
  `<!-- ${name}:start (${command}) -->`,
  `<!-- ${name}:end -->`,
];

/** README.md with the section between the markers of `name` replaced by `content`. */
export function withSection(readme: string, name: string, command: string, content: string): string {
  const [start, end] = markers(name, command);
  const at = readme.indexOf(start);
  const until = readme.indexOf(end);
  if (at < 0 || until < at) throw new InputFileError(README, '', `has no ${name} markers (${start} ... ${end})`);
  return `${readme.slice(0, at + start.length)}\n${content}\n${readme.slice(until)}`;
}

/**
 * Rewrites (write) or checks a rendered section of README.md; true when the file already held it.
 */
export function syncSection(name: string, command: string, content: string, write: boolean): boolean {
  const readme = readFileSync(README, 'utf8');
  const fresh = withSection(readme, name, command, content);
  if (write && fresh !== readme) writeFileSync(README, fresh);
  return fresh === readme;
}
