// The emulator's clock: real time plus an offset the clock control can move (for manual use; the
// suite uses real time, since tests run side by side against one emulator).
export class Clock {
  offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
  iso(t = this.now()): string {
    return new Date(t).toISOString();
  }
}
