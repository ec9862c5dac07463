// Texts for the data exchange (exchangeResources); en must have the same keys.
export const exchangeResourcesZhCN = {
  exchangeResources: {
    title: '数据资源目录',
    openDataTitle: '公共数据开放',
    nav: '数据资源目录',
  },
};
