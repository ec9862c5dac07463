export const consoleGovernanceEn = {
  governanceConsole: {
    nav: 'City incidents',
  },
};
