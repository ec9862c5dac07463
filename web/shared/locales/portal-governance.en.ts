export const portalGovernanceEn = {
  governancePortal: {
    nav: 'Report a problem',
  },
};
