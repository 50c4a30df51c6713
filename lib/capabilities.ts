// What each target can do (the suite's tests and the resource modules' scenarios name them). A test states the capabilities it needs; on a target without them it
// is skipped with the reason, never passed.
import type { TargetConfig, TargetName } from './config.js';

export interface Capabilities {
  /** Resources persist: what is created can be read back and changed. */
  stateful: boolean;
  /** Answers `Prefer: example=` / `Prefer: code=` with the document's examples (Prism). */
  servesExamples: boolean;
  /** Refuses a present but wrong key (Prism only checks that keys are present). */
  checksKeyValues: boolean;
  /** Refuses an invalid request with Yuno's documented 400 body (Prism answers 422 problem+json). */
  validatesLikeYuno: boolean;
  /** Test-only controls under /_emulator/: move the clock, pay a link, settle a payment, hold a key. */
  controls: boolean;
  /** Delivers webhooks to a receiver the suite runs. */
  webhooks: boolean;
  /** Is our emulator, whose answers must carry the fields the docs' examples show (a check of the stand-in, not of the API). */
  isEmulator: boolean;
  /** Only read-only tests may run (production, explicitly allowed). */
  readOnly: boolean;
}

export type Capability = keyof Omit<Capabilities, 'readOnly'>;

export const WHY: Record<Capability, string> = {
  stateful: 'needs a stateful target (the mock forgets every request)',
  servesExamples: "needs a target that serves the document's examples on request (only the Prism mock does)",
  checksKeyValues: 'needs a target that checks key values (the Prism mock accepts any non-empty key)',
  validatesLikeYuno: "needs a target that answers invalid requests with Yuno's 400 body (the Prism mock answers 422)",
  controls: 'needs test controls to move the clock, pay links or settle payments (only the emulator has them)',
  webhooks:
    'needs a target that delivers webhooks to a receiver the suite runs (the emulator; the sandbox when YUNO_WEBHOOK_PUBLIC_URL forwards a public URL here)',
  isEmulator:
    "checks the emulator's own answers against the fields the docs' examples show: a check of the stand-in, not a rule of the API",
};

export function capabilitiesOf(c: TargetConfig): Capabilities {
  const byName: Record<TargetName, Capabilities> = {
    mock: {
      stateful: false,
      servesExamples: true,
      checksKeyValues: false,
      validatesLikeYuno: false,
      controls: false,
      webhooks: false,
      isEmulator: false,
      readOnly: false,
    },
    emulator: {
      stateful: true,
      servesExamples: false,
      checksKeyValues: true,
      validatesLikeYuno: true,
      controls: true,
      webhooks: true,
      isEmulator: true,
      readOnly: false,
    },
    sandbox: {
      stateful: true,
      servesExamples: false,
      checksKeyValues: true,
      validatesLikeYuno: true,
      controls: false,
      webhooks: false,
      isEmulator: false,
      readOnly: false,
    },
  };
  const caps = { ...byName[c.name] };
  // A public URL forwarded here lets a remote target deliver to the suite's receiver (registered through the webhooks API).
  if (c.webhookReceiver) caps.webhooks = true;
  if (c.production === 'read-only') caps.readOnly = true;
  // A stateless stand-in (a Prism mock of a description of the API, for a drift rehearsal): nothing
  // persists, key values are not checked, invalid requests get the mock's own answer.
  if (c.standIn === 'stateless')
    Object.assign(caps, {
      stateful: false,
      checksKeyValues: false,
      validatesLikeYuno: false,
      controls: false,
      webhooks: false,
      isEmulator: false,
    });
  return caps;
}

export interface Target {
  config: TargetConfig;
  caps: Capabilities;
}
