// Texts for the data exchange (exchangeRecords); en must have the same keys.
export const exchangeRecordsZhCN = {
  exchangeRecords: {
    title: '交换记录',
    nav: '交换记录',
  },
};
