import { SWEEP_LOOKBACK_IDS } from '../../../platform/audit/hash-chain';
import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { sealExchangeRecords } from './exchange-chain';
import { exchangeLog } from './exchange-log';
import { gatewayState } from './gateway-cache';

/**
 * The gateway's background work: the exchange-record sealer (every second, all pending records in batches; one
 * process at a time under its advisory lock; a sweep every minute for late commits) and, on stop, a flush of
 * the group-commit writer so no buffered record is lost (after the calls still running — e.g. for a client that
 * went away — have ended, at most 5 s).
 */
export const gatewayRuntime: ModuleRuntime = {
  loops: [
    { name: 'exchange sealer', everyMs: 1000, work: (services) => sealExchangeRecords(services.db, services.signer) },
    { name: 'exchange sealer sweep', everyMs: 60_000, work: (services) => sealExchangeRecords(services.db, services.signer, { lookback: SWEEP_LOOKBACK_IDS }) },
  ],
  async stop(services) {
    await gatewayState(services.db).settle(5000);
    await exchangeLog(services.db).drain();
  },
};
