import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
if (process.env.PROFILE_WORKER) {
  const s = new Session();
  s.connect();
  s.post('Profiler.enable', () => s.post('Profiler.start'));
  const stop = () => s.post('Profiler.stop', (_e, r) => { writeFileSync(`/tmp/cpuprof/worker-${process.pid}.cpuprofile`, JSON.stringify((r as {profile: unknown}).profile)); });
  process.on('beforeExit', stop);
  process.on('SIGTERM', stop);
  (globalThis as {__stopProf?: () => void}).__stopProf = stop;
}
