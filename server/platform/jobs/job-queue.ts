import PgBoss from 'pg-boss';
import type { Database, Db, Tx } from '../../db/client';
import { processedEvents } from './tables';

export interface JobDefinition<P> {
  name: string;
  /** Runs once per job; `eventId` + handler name make it idempotent through processed_events. */
  handle(tx: Tx, payload: P, meta: { eventId: string }): Promise<void>;
  retryLimit?: number;
}

/**
 * A job that runs on every pg-boss attempt, outside any transaction and without the processed_events record: for
 * work that calls a provider (never inside a transaction) and keeps its own state, so that a retry after a failure
 * really runs again. Throwing makes pg-boss retry with backoff up to `retryLimit`.
 */
export interface AttemptJobDefinition<P> {
  name: string;
  run(db: Db, payload: P, meta: { jobId: string }): Promise<void>;
  retryLimit?: number;
  /**
   * Jobs per fetch (default 1). A failure fails the whole batch, so every job in it runs again: only for runs that
   * may repeat without harm (e.g. sends under singleton keys whose handlers are exactly-once).
   */
  batchSize?: number;
}

export interface SendOptions {
  singletonKey?: string;
  startAfter?: Date;
}

type AnyJobDefinition = JobDefinition<Record<string, unknown>> | AttemptJobDefinition<Record<string, unknown>>;

/**
 * pg-boss on the platform's own database: in-process on PGlite (through executeSql), and in every API process on
 * PostgreSQL, where SKIP LOCKED makes several processes share the work.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, AnyJobDefinition>();
  private started = false;

  constructor(
    private readonly database: Database,
    private readonly onError: (error: Error) => void,
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
      schema: 'pgboss',
      // Maintenance and monitoring only need to run now and then; keep PGlite quiet.
      maintenanceIntervalSeconds: 120,
      monitorStateIntervalSeconds: 60,
    });
    this.boss.on('error', (error: Error) => this.onError(error));
  }

  define<P extends Record<string, unknown>>(definition: JobDefinition<P> | AttemptJobDefinition<P>): void {
    this.definitions.set(definition.name, definition);
  }

  get names(): string[] {
    return [...this.definitions.keys()];
  }

  async start(opts: { work: boolean }): Promise<void> {
    await this.boss.start();
    for (const [name, definition] of this.definitions) {
      await this.boss.createQueue(name, { name, retryLimit: definition.retryLimit ?? 5, retryBackoff: true });
      if (!opts.work) continue;
      if ('run' in definition) {
        // One job per fetch unless the definition says otherwise: a failed batch fails every job in it.
        await this.boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 1, batchSize: definition.batchSize ?? 1 }, async (jobs) => {
          for (const job of jobs) await definition.run(this.database.db, job.data, { jobId: job.id });
        });
      } else {
        await this.boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 1, batchSize: 10 }, async (jobs) => {
          for (const job of jobs) await this.runOnce(definition, job.data, typeof job.data.eventId === 'string' ? job.data.eventId : job.id);
        });
      }
    }
    this.started = true;
  }

  /** Runs a handler inside a transaction that also records (eventId, handler): a redelivered job does nothing. */
  async runOnce(definition: JobDefinition<Record<string, unknown>>, payload: Record<string, unknown>, eventId: string): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      const inserted = await tx.insert(processedEvents).values({ eventId, handler: definition.name }).onConflictDoNothing().returning({ id: processedEvents.eventId });
      if (inserted.length === 0) return;
      await definition.handle(tx, payload, { eventId });
    });
  }

  /** Enqueues a job; `startAfter` makes it a timer (kept in the database, so it survives restarts). */
  async send(name: string, payload: Record<string, unknown>, options: SendOptions = {}): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`unknown job ${name}`);
    await this.boss.send(name, payload, options);
  }

  /** Enqueues several jobs in one INSERT (same options as `send`). */
  async sendMany(jobs: readonly ({ name: string; payload: Record<string, unknown> } & SendOptions)[]): Promise<void> {
    if (jobs.length === 0) return;
    for (const { name } of jobs) if (!this.definitions.has(name)) throw new Error(`unknown job ${name}`);
    await this.boss.insert(jobs.map((j) => ({ name: j.name, data: j.payload, singletonKey: j.singletonKey, startAfter: j.startAfter })));
  }

  /** Jobs waiting or running, per queue (for /metrics and /readyz). */
  async depth(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const name of this.definitions.keys()) out[name] = await this.boss.getQueueSize(name);
    return out;
  }

  async isHealthy(): Promise<boolean> {
    if (!this.started) return false;
    const rows = await this.database.executeSql("SELECT to_regclass('pgboss.job') IS NOT NULL AS ok");
    return rows.rows[0]?.ok === true;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
  }

  /** Direct database access for relays that read their own tables. */
  get db(): Db {
    return this.database.db;
  }
}
