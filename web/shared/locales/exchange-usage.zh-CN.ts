// Texts for the data exchange (exchangeUsage); en must have the same keys.
export const exchangeUsageZhCN = {
  exchangeUsage: {
    title: '我的数据使用记录',
    reportsTitle: '数据使用异议',
    nav: '数据使用异议',
  },
};
