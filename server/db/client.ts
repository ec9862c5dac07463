import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';
import { acquireDirectoryLock, type DirectoryLock } from './directory-lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; use cases accept `Executor` so they run inside a caller's transaction or alone. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export interface SqlResult {
  rows: Record<string, unknown>[];
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL for pg-boss and health checks: parameterised when values are given, multi-statement otherwise. */
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

// int8 counts come back as strings from node-postgres; parse them (values stay well below 2^53 here).
pg.types.setTypeParser(20, (v) => Number(v));

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as Parameters<typeof migratePglite>[0], { migrationsFolder: MIGRATIONS_DIR });
  } else {
    await migratePg(database.db as Parameters<typeof migratePg>[0], { migrationsFolder: MIGRATIONS_DIR });
  }
}

/** Wraps an open PGlite instance (a data directory, memory, or a clone in tests). */
export function fromPglite(client: PGlite, onClose: () => Promise<void> = async () => {}): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async executeSql(text, values) {
      if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
      const results = await client.exec(text);
      return { rows: results[results.length - 1]?.rows ?? [] };
    },
    async close() {
      await client.close();
      await onClose();
    },
  };
}

export function fromPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'yiwang' });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async executeSql(text, values) {
      const result = await pool.query<Record<string, unknown>>(text, values);
      return { rows: result.rows };
    },
    async close() {
      await pool.end();
    },
  };
}

/** Opens the database named by the configuration: a PostgreSQL server, or PGlite in `dataDir/pgdata` under a lock. */
export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string; poolSize?: number }): Promise<Database> {
  if (opts.databaseUrl) {
    const database = fromPostgres(opts.databaseUrl, opts.poolSize);
    await database.executeSql('SELECT 1');
    return database;
  }
  const lock: DirectoryLock = acquireDirectoryLock(opts.dataDir);
  try {
    const client = await PGlite.create({ dataDir: `${opts.dataDir}/pgdata` });
    return fromPglite(client, async () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}
