// Texts for city governance (governancePortal); en must have the same keys.
export const portalGovernanceZhCN = {
  governancePortal: {
    nav: '随手拍',
  },
};
