import { SEAL_BATCH } from '../../../platform/audit/hash-chain';
import type { Services } from '../../../platform/context';
import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { sealExchangeRecords, sweepExchangeRecords } from './exchange-chain';
import { exchangeLog } from './exchange-log';
import { gatewayState } from './gateway-cache';

/** Seals batch after batch until a batch comes back short (one checkpoint per batch). */
async function sealUntilCaughtUp(services: Services): Promise<void> {
  while ((await sealExchangeRecords(services.db, services.signer)) >= SEAL_BATCH);
}

/**
 * The gateway's background work: the exchange-record sealer (every second, all pending records in batches; one
 * process at a time under its advisory lock; a sweep every minute for late commits) and, on stop, a flush of
 * the group-commit writer so no buffered record is lost (after the calls still running — e.g. for a client that
 * went away — have ended, at most 5 s).
 */
export const gatewayRuntime: ModuleRuntime = {
  loops: [
    { name: 'exchange sealer', everyMs: 1000, work: (services) => sealUntilCaughtUp(services) },
    { name: 'exchange sealer sweep', everyMs: 60_000, work: (services) => sweepExchangeRecords(services.db, services.signer) },
  ],
  async stop(services) {
    await gatewayState(services.db).settle(5000);
    await exchangeLog(services.db).drain();
  },
};
