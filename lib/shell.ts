// A command of the project's own scripts, run in the project through the shell: its exit code, how
// long it took, and (when kept) what it printed, for a script that prints it later or not at all.
import { spawn } from 'node:child_process';
import { ROOT } from './paths.js';

export interface ShellRun {
  code: number;
  ms: number;
  /** stdout and stderr in the order they came; empty unless kept. */
  output: string;
}

export function runShell(command: string, o: { keep?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<ShellRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, {
      cwd: ROOT,
      shell: true,
      stdio: o.keep ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: o.env ?? process.env,
    });
    let output = '';
    const add = (d: Buffer): void => {
      output += d.toString();
    };
    child.stdout?.on('data', add);
    child.stderr?.on('data', add);
    child.on('close', (c) => resolve({ code: c ?? 1, ms: Date.now() - started, output }));
  });
}
