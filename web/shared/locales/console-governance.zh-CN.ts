// Texts for city governance (governanceConsole); en must have the same keys.
export const consoleGovernanceZhCN = {
  governanceConsole: {
    nav: '城市治理',
  },
};
