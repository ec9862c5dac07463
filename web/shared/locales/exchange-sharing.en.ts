export const exchangeSharingEn = {
  exchangeSharing: {
    title: 'Sharing requests',
    nav: 'Data sharing',
  },
};
