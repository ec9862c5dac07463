import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { sealExchangeRecords } from './exchange-chain';
import { exchangeLog } from './exchange-log';

/**
 * The gateway's background work: the exchange-record sealer (every second, one process at a time under its
 * advisory lock) and, on stop, a flush of the group-commit writer so no buffered record is lost.
 */
export const gatewayRuntime: ModuleRuntime = {
  loops: [{ name: 'exchange sealer', everyMs: 1000, work: (services) => sealExchangeRecords(services.db, services.signer) }],
  async stop(services) {
    await exchangeLog(services.db).drain();
  },
};
