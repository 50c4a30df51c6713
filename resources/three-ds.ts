// 3DS setups (server to server): the browser and device data a merchant collected, kept under an id a
// card payment names (resources/stores/three-ds.ts).
import type { BodyOf } from '../lib/api.js';
import { defineResource, type MakeContext } from './kit.js';
import { ThreeDsSetups } from './stores/three-ds.js';

export function threeDsSetupBody(m: MakeContext): BodyOf<'createThreeDSecureSetup'> {
  return {
    account_id: m.accountId,
    type: 'MERCHANT_PROVIDED',
    browser_info: {
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
      accept_header: 'text/html',
      color_depth: '24',
      screen_height: '1080',
      screen_width: '1920',
      language: 'en-US',
      javascript_enabled: true,
      java_enabled: false,
      browser_time_difference: '0',
      platform: 'WEB',
    },
  };
}

export const threeDsSetups = defineResource({
  name: 'three_ds_setup',
  schema: 'ThreeDSecureSetup',
  id: ['three_d_secure_setup_id'],
  stable: ['/three_d_secure_setup_id'],
  store: () => new ThreeDsSetups(),
  operations: {
    createThreeDSecureSetup: {
      serve: (s, r) => s.create(r.body),
      relation: 'creates',
      request: (d) => ({ body: threeDsSetupBody(d.make) }),
      echo: ['/account_id', '/type', '/browser_info', '/device_fingerprints'],
    },
  },
});
