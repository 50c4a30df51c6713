import type { TargetName } from '../../lib/config.js';

/** The per-project option: which target the project's tests talk to. */
export interface TestFixturesOptions {
  targetName: TargetName;
}
