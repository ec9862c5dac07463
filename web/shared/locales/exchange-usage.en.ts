export const exchangeUsageEn = {
  exchangeUsage: {
    title: 'Who used my data',
    reportsTitle: 'Reports of data use',
    nav: 'Data use reports',
  },
};
