// Reports: IN_PROCESS when created, SUCCEEDED once ready (after REPORT_READY_MS), EXPIRED ten minutes
// later (docs: report-status), DOWNLOADED once downloaded.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { Clock } from '../clock.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';

const REPORT_READY_MS = 300;
const REPORT_EXPIRES_MS = 10 * 60 * 1000;

interface ReportRec {
  body: Json;
  createdAt: number;
  downloaded: boolean;
}

export class Reports {
  private readonly records = new Map<string, ReportRec>();

  constructor(private readonly clock: Clock) {}

  /** The report as it is now: its status follows from the time (a view, so no read changes another's). */
  private answer(r: ReportRec): Json {
    const now = this.clock.now();
    const readyAt = r.createdAt + REPORT_READY_MS;
    const ready = now >= readyAt && enforces('report-lifecycle', { transition: 'ready' });
    const status = !ready
      ? 'IN_PROCESS'
      : now >= readyAt + REPORT_EXPIRES_MS
        ? 'EXPIRED'
        : r.downloaded
          ? 'DOWNLOADED'
          : 'SUCCEEDED';
    return {
      ...r.body,
      status,
      expires_at: ready ? this.clock.iso(readyAt + REPORT_EXPIRES_MS) : '',
      updated_at: this.clock.iso(),
    };
  }

  create(body: Json): Result {
    const start = Date.parse(String(body.start_date));
    const end = Date.parse(String(body.end_date));
    if (end < start) return err(400, 'REPORT_RANGE_ERROR', 'end_date is before start_date.');
    if (end - start > 62 * 86_400_000)
      return err(400, 'REPORT_MAX_RANGE_ERROR', 'The range may not exceed two months.');
    const r: ReportRec = {
      createdAt: this.clock.now(),
      downloaded: false,
      body: {
        id: randomUUID(),
        type: body.type,
        start_date: body.start_date,
        end_date: body.end_date,
        merchant_reference_id: body.merchant_reference_id ?? null,
        created_at: this.clock.iso(),
      },
    };
    this.records.set(String(r.body.id), r);
    return ok(this.answer(r), 201);
  }

  retrieve(id: string): Result {
    const r = this.records.get(id);
    return r ? ok(this.answer(r)) : refuse('unknown-report', `No report has id ${id}.`);
  }

  list(): Result {
    return ok([...this.records.values()].map((r) => this.answer(r)));
  }

  download(id: string): Result {
    const r = this.records.get(id);
    if (!r) return refuse('unknown-report', `No report has id ${id}.`);
    const b = this.answer(r);
    if (b.status !== 'SUCCEEDED' && b.status !== 'DOWNLOADED' && enforces('report-not-ready'))
      return refuse('report-not-ready', `Report is not ready yet, status is ${String(b.status)}.`);
    r.downloaded = true;
    return ok({ type: b.type, download_link: `https://reports.sandbox.y.uno/${id}.csv`, status: 'DOWNLOADED' });
  }
}
