// Command-line options of the scripts: node's parseArgs, with a mistake (an unknown option, a missing
// value) answered by one line that names it and lists what the command takes, exit code 2.
import { type ParseArgsConfig, parseArgs } from 'node:util';

export function cliArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    const takes = Object.entries(config.options ?? {})
      .map(([name, o]) => `--${name}${o.type === 'string' ? ' <value>' : ''}`)
      .join(', ');
    console.error(
      `${command}: ${(e as Error).message.replace(/\. To specify.*$/s, '')}; it takes ${takes || 'no options'}${config.allowPositionals ? ' and arguments' : ''}`,
    );
    process.exit(2);
  }
}
