// Texts for the data exchange (exchangeSharing); en must have the same keys.
export const exchangeSharingZhCN = {
  exchangeSharing: {
    title: '共享申请',
    nav: '数据共享',
  },
};
