// Browser tests in Debian Chromium against a fresh server (scripts/e2e-server.ts: port 3100, new database, demo
// region seeded). There is no bundled browser download: a missing /usr/bin/chromium fails the run.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.YIWANG_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium fonts-wqy-microhei).`);
}

const isCI = Boolean(process.env.CI);

const browserUse = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: 'http://127.0.0.1:3100',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Signs the system admin in once for the whole run and makes sure the demo catalogue is there.
    { name: 'setup', testMatch: /\.setup\.ts$/, use: browserUse },
    { name: 'chromium', dependencies: ['setup'], use: browserUse },
  ],
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: 'http://127.0.0.1:3100/readyz',
    reuseExistingServer: false,
    // A fresh database is migrated and the whole demo region seeded (with 2,475 past incidents) before it is ready.
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
