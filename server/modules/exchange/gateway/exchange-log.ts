import type { Db } from '../../../db/client';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { exchangeRecords } from '../tables';

export type NewExchangeRecord = typeof exchangeRecords.$inferInsert;

interface Pending {
  row: NewExchangeRecord;
  resolve(id: number): void;
  reject(error: unknown): void;
}

/**
 * Group commit for exchange records: rows written while an insert is in flight are buffered and inserted
 * together by the next one (one multi-row INSERT, one commit). write() resolves only after its row is
 * committed, so nothing acknowledged to a caller can be lost; a failed insert rejects every row in it.
 * Under light load each row goes alone at once (no added latency).
 */
export class ExchangeLogWriter {
  private queue: Pending[] = [];
  private inFlight = 0;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly db: Db,
    private readonly maxInFlight = 2,
    private readonly maxBatch = 500,
  ) {}

  write(row: NewExchangeRecord): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.pump();
    });
  }

  /** Resolves when every buffered row is committed (process stop). */
  async drain(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idle.add(resolve));
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight += 1;
      void this.flush(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
        if (this.queue.length === 0 && this.inFlight === 0) {
          for (const done of this.idle) done();
          this.idle.clear();
        }
      });
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    try {
      const ids = await this.db.insert(exchangeRecords).values(batch.map((p) => p.row)).returning({ id: exchangeRecords.id });
      // PostgreSQL returns the rows of a multi-row VALUES in their order; guard it anyway.
      if (ids.length !== batch.length) throw new Error(`exchange record batch: ${ids.length} ids for ${batch.length} rows`);
      batch.forEach((p, i) => p.resolve(ids[i]!.id));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}

const writers = new WeakMap<Db, ExchangeLogWriter>();

export function exchangeLog(db: Db): ExchangeLogWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new ExchangeLogWriter(db);
    writers.set(db, writer);
  }
  return writer;
}

/** A refused call: its exchange record and an `exchange.access_denied` audit record in one transaction. */
export async function writeRefusal(ctx: UseCaseContext, row: NewExchangeRecord): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const [inserted] = await tx.insert(exchangeRecords).values(row).returning({ id: exchangeRecords.id });
    await appendAudit(tx, ctx, {
      action: 'exchange.access_denied',
      objectType: 'data_resource',
      objectId: row.resourceCode,
      result: 'failure',
      actorId: row.actorId ?? null,
      ...(row.callerKind === 'api_key' ? { actorLabel: `api_key:${row.apiKeyId ?? '?'}` } : {}),
      details: { exchangeRecordId: inserted!.id, method: row.method, callerKind: row.callerKind, callerDepartmentId: row.callerDepartmentId ?? null, apiKeyId: row.apiKeyId ?? null, fields: row.fields, reason: row.reason ?? null },
    });
    return inserted!.id;
  });
}
