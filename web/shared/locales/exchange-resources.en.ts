export const exchangeResourcesEn = {
  exchangeResources: {
    title: 'Data resource catalogue',
    openDataTitle: 'Open data',
    nav: 'Data resources',
  },
};
