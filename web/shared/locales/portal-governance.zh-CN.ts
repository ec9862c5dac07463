// Texts for city governance (governancePortal, and geoMap for the shared map); en must have the same keys.
export const portalGovernanceZhCN = {
  geoMap: {
    zoomIn: '放大',
    zoomOut: '缩小',
    pickHint: '点击地图放置位置标记；使用键盘时，用方向键移动地图，按回车键在地图中心放置标记。',
  },
  governancePortal: {
    nav: '随手拍',
  },
};
