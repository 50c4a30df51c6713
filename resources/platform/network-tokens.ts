// Network token cryptograms: for an enrolled Visa or Mastercard card (a vaulted_token), its network
// token and a new single-use cryptogram on every call; include_network_token false leaves the DPAN and
// its data out. The emulator's organization is PCI-certified, so the full answer is its default.
import { randomBytes } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type ServeRequest } from '../kit.js';
import { err, ok, type Result, refuse } from '../result.js';
import type { World } from '../world.js';
import { enrolledCard } from './pci-proxy.js';
import { networkToken, vaulted } from './vault.js';

function cryptogram(req: ServeRequest, world: World): Result {
  const token = String(req.body.vaulted_token);
  const pm = vaulted(world, token);
  // An unknown token and another organization's get the same answer (no existence leak).
  if (!pm) return refuse('resource-found', 'Payment method not found.', 'PAYMENT_METHOD_NOT_FOUND', 404);
  const nt = networkToken(pm);
  if (nt === 'NOT_A_CARD') return err(400, 'INSTRUMENT_NOT_TOKENIZABLE', 'The payment method is not a card.');
  if (nt === 'NOT_ENROLLED') return err(400, 'PAYMENT_METHOD_NOT_ENROLLED', 'The payment method is not enrolled.');
  if (nt === 'NETWORK') return err(400, 'NETWORK_NOT_SUPPORTED', 'The card network is not supported.');
  const full = req.body.include_network_token !== false;
  // A new cryptogram on every call: never two alike (a fault stands for a replayed one).
  const value = enforces('network-token-cryptogram', { fresh: true })
    ? randomBytes(20).toString('base64')
    : Buffer.from(token).subarray(0, 20).toString('base64');
  return ok(
    {
      vaulted_token: token,
      network_token: {
        network: nt.network,
        ...(full ? { number: nt.number } : {}),
        status: nt.status,
        par: nt.par,
        network_token_id: nt.network_token_id,
        ...(full
          ? {
              token_data: {
                iin: nt.number.slice(0, 6),
                lfd: nt.number.slice(-4),
                expiration_month: nt.expiration_month,
                expiration_year: nt.expiration_year,
              },
            }
          : {}),
      },
      cryptogram: value,
      eci: nt.network === 'VISA' ? '05' : '02',
      created_at: world.clock.iso(),
    },
    201,
  );
}

export const networkTokenCryptograms = defineResource({
  name: 'network token cryptogram',
  schema: 'NetworkTokenCryptogram',
  id: ['cryptogram'],
  operations: {
    generateNetworkTokenCryptogram: {
      serve: (_s, r, w) => cryptogram(r, w),
      relation: 'other',
      request: async (d) => ({
        body: {
          vaulted_token: await enrolledCard(d),
          country: 'US',
          amount: { currency: 'USD', value: 49.99 },
        } satisfies BodyOf<'generateNetworkTokenCryptogram'>,
      }),
      echo: ['/vaulted_token'],
    },
  },
});
