// The vocabulary of exchange records as the console shows it (labels come from the exchangeRecords locale keys).
import type { ExchangeRecordView } from '../../../../server/modules/exchange/gateway/list-exchange-records';

export type ExchangeRecord = ExchangeRecordView;
export type RecordResult = ExchangeRecordView['result'];
export type RecordMethod = ExchangeRecordView['method'];

export const RECORD_RESULTS: readonly RecordResult[] = ['allowed', 'refused', 'not_found', 'rate_limited'];
export const RECORD_METHODS: readonly RecordMethod[] = ['lookup', 'verify', 'licence', 'unmask'];

export interface ChainVerification {
  intact: boolean;
  checked: number;
  firstBadSeq: number | null;
  firstBadRecordId: number | null;
  reason: string | null;
}
