export const exchangeRecordsEn = {
  exchangeRecords: {
    title: 'Exchange records',
    nav: 'Exchange records',
  },
};
