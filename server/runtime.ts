import type { FastifyInstance } from 'fastify';
import { resolve } from 'node:path';
import { buildApp } from './app';
import { FilesystemStorage } from './platform/storage/file-storage';
import type { Config, Secrets } from './config';
import { migrateDatabase, openDatabase, type Database } from './db/client';
import type { Services } from './platform/context';
import { FieldCipher } from './platform/crypto/field-cipher';
import { Signer } from './platform/crypto/signing';
import { SWEEP_LOOKBACK_IDS } from './platform/audit/hash-chain';
import { sealAuditRecords } from './platform/audit/seal-audit-records';
import { JobQueue } from './platform/jobs/job-queue';
import { relayOutbox, type Subscriptions } from './platform/jobs/outbox';
import { sendWelcome } from './modules/notifications/send-welcome';
import { notificationJobNames as notify, notificationJobs } from './modules/notifications/notification-jobs';
import { selectChannels } from './modules/notifications/channels/select-channels';
import { hasStalePersonalData, reencryptJob } from './modules/identity/reencrypt-personal-data';
import { isSeeded, seedDemoRegion } from './seed/run-seed';
import { OfficialCalendar } from './platform/calendar/official-calendar';
import { deadlineJobs, SCHEDULE_JOB, sweepDeadlines } from './modules/applications/deadline-timers';
import { purgeAbandonedDrafts } from './modules/applications/drafts';
import { systemContext } from './platform/context';
import { loadDemoCatalogue } from './seed/load-demo-catalogue';
import { mergeSubscriptions, type ModuleRuntime } from './platform/jobs/module-runtime';
import { sharingRuntime } from './modules/exchange/sharing/runtime';
import { gatewayRuntime } from './modules/exchange/gateway/runtime';
import { usageRuntime } from './modules/exchange/usage/runtime';
import { catalogueRuntime } from './modules/exchange/catalogue/runtime';
import { classificationRuntime } from './modules/governance/classification/runtime';
import { incidentsRuntime } from './modules/governance/incidents/runtime';
import { oversightRuntime } from './modules/governance/oversight/runtime';

/** Modules that bring their own subscriptions, jobs and loops. */
const moduleRuntimes: readonly ModuleRuntime[] = [sharingRuntime, gatewayRuntime, usageRuntime, catalogueRuntime, classificationRuntime, incidentsRuntime, oversightRuntime];

export function buildServices(secrets: Secrets, database: Database, filesDir = resolve('data/files')): Services {
  return {
    db: database.db,
    storage: new FilesystemStorage(filesDir),
    cipher: new FieldCipher(secrets.dataKeys, secrets.currentKeyId, secrets.blindIndexKey),
    signer: new Signer(secrets.signingKeyPem),
    calendar: new OfficialCalendar(),
  };
}

/** Which job handles which outbox topic. */
export const subscriptions: Subscriptions = mergeSubscriptions({
  'identity.user_registered': [sendWelcome.name],
  'applications.transitioned': [notify.applicationTransitioned],
  'applications.deadline': [notify.applicationDeadline],
  'licences.issued': [notify.licenceIssued],
  'notifications.delivery_created': [notify.deliver],
  'applications.clock_set': [SCHEDULE_JOB],
}, moduleRuntimes);

export interface Runtime {
  app: FastifyInstance;
  database: Database;
  services: Services;
  jobs: JobQueue;
  /** Drains HTTP, stops timers and workers, closes the database. */
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds the demo region once, starts jobs and timers, and builds the app. */
export async function startRuntime(config: Config): Promise<Runtime> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  try {
    await migrateDatabase(database);
    const services = buildServices(config.secrets, database, config.applications.filesDir);
    await services.calendar.refresh(database.db);
    if (config.seedDemo) {
      if (!(await isSeeded(database.db))) await seedDemoRegion(services);
      await loadDemoCatalogue(services);
    }
    let app: FastifyInstance | null = null;
    const jobs = new JobQueue(database, (error) => app?.log.error({ err: error }, 'job queue error'));
    jobs.define(sendWelcome);
    const reencrypt = reencryptJob(services.cipher);
    jobs.define(reencrypt);
    app = await buildApp({ config, database, services, jobs });
    const channels = selectChannels(config.notifications, app.log.child({ module: 'notifications' }));
    for (const job of notificationJobs({ cipher: services.cipher, channels })) jobs.define(job);
    for (const job of deadlineJobs(services, jobs)) jobs.define(job);
    for (const job of moduleRuntimes.flatMap((m) => m.jobs?.(services, jobs) ?? [])) jobs.define(job);
    await jobs.start({ work: true });
    if (await hasStalePersonalData(database.db, services.cipher)) {
      // After `keys rotate` without the inline run (e.g. keys from the environment): move old ciphertexts.
      const keyId = services.cipher.currentKeyId;
      await jobs.send(reencrypt.name, { keyId, eventId: `reencrypt:${keyId}` }, { singletonKey: `reencrypt:${keyId}` });
    }

    const timers = startBackgroundLoops(app, jobs, services, config);
    return {
      app,
      database,
      services,
      jobs,
      async stop() {
        timers.stop();
        await app.close();
        await timers.idle();
        for (const m of moduleRuntimes) await m.stop?.(services);
        await jobs.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The outbox relay and the audit sealer: small loops, each never overlapping itself. */
function startBackgroundLoops(app: FastifyInstance, jobs: JobQueue, services: Services, config: Config) {
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  function loop(name: string, everyMs: number, work: () => Promise<unknown>) {
    let busy = false;
    const timer = setInterval(() => {
      if (busy || stopped) return;
      busy = true;
      const p = work()
        .catch((error: unknown) => app.log.error({ err: error }, `${name} failed`))
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    }, everyMs);
    timer.unref();
    return timer;
  }
  const timers = [loop('outbox relay', 500, () => relayOutbox(jobs, subscriptions)), loop('audit sealer', config.auditSealIntervalMs, () => sealAuditRecords(services.db, services.signer))];
  // Records that committed behind the sealer's look-back (a long transaction) are sealed by a sweep each minute.
  timers.push(loop('audit sealer sweep', 60_000, () => sealAuditRecords(services.db, services.signer, { lookback: SWEEP_LOOKBACK_IDS })));
  timers.push(loop('calendar refresh', 60_000, () => services.calendar.refresh(services.db)));
  timers.push(loop('deadline sweep', 5 * 60_000, () => sweepDeadlines(services, jobs)));
  timers.push(loop('draft purge', 60 * 60_000, () => purgeAbandonedDrafts(systemContext(services, 'draft-purge'), services.storage, config.applications.draftRetentionDays)));
  for (const m of moduleRuntimes) for (const l of m.loops ?? []) timers.push(loop(l.name, l.everyMs, () => l.work(services, jobs)));
  return {
    stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
    },
    async idle() {
      await Promise.allSettled([...running]);
    },
  };
}
