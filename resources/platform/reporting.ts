// Transaction reporting: transactions made directly with a provider, reported in batches and ingested
// one event at a time; a report_id already ingested is counted as a duplicate and never ingested
// again, whatever its payload; an event the docs refuse lands in rejected[] without failing the batch.

import { enforces } from '../../emulator/faults.js';
import type { BodyOf } from '../../lib/api.js';
import { defineResource, type MakeContext, type ServeRequest } from '../kit.js';
import { err, type Json, ok, type Result } from '../result.js';
import type { World } from '../world.js';

export function reportBody(m: MakeContext, reportIds: string[] = [m.id('rpt')]): BodyOf<'reportTransactions'> {
  return {
    account_id: m.accountId,
    events: reportIds.map((report_id) => ({
      report_id,
      merchant_order_id: m.id('order'),
      country: 'US',
      payment_method_type: 'CARD',
      result: 'SUCCEEDED',
      amount: { currency: 'USD', value: 99 },
      provider_id: 'ADYEN',
      event_type: 'PURCHASE',
    })),
  };
}

/** The report_ids ingested, per emulator (deduplication has no time limit). */
const INGESTED = new WeakMap<World, Set<string>>();

const MAX_RAW = 64 * 1024;

function ingest(req: ServeRequest, world: World): Result {
  if (req.body.account_id !== world.around.accountId)
    return err(400, 'INVALID_ACCOUNT_ID', 'The account_id is not an account of your organization.');
  let seen = INGESTED.get(world);
  if (!seen) INGESTED.set(world, (seen = new Set()));
  let accepted = 0;
  let duplicates = 0;
  const rejected: Json[] = [];
  for (const e of (req.body.events ?? []) as Json[]) {
    const id = `${String(req.body.account_id)}/${String(e.report_id)}`;
    if (seen.has(id) && enforces('reporting-deduplicates')) {
      duplicates++;
      continue;
    }
    if (e.raw_provider_response !== undefined && JSON.stringify(e.raw_provider_response).length > MAX_RAW) {
      rejected.push({
        report_id: e.report_id,
        code: 'INVALID_EVENT',
        messages: ["The field 'raw_provider_response' must not exceed 64 KB."],
      });
      continue;
    }
    seen.add(id);
    accepted++;
  }
  return ok({ accepted, duplicates, rejected }, 202);
}

export const transactionReports = defineResource({
  name: 'transaction report',
  schema: 'TransactionReportResult',
  id: [],
  operations: {
    reportTransactions: {
      serve: (_s, r, w) => ingest(r, w),
      relation: 'other',
      request: (d) => ({ body: reportBody(d.make) }),
    },
  },
});
