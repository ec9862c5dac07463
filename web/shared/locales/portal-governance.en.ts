export const portalGovernanceEn = {
  geoMap: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    pickHint: 'Tap the map to drop a pin. With a keyboard, move the map with the arrow keys and press Enter to pin its centre.',
  },
  governancePortal: {
    nav: 'Report a problem',
  },
};
