// Runs before every spec: the system admin signs in once for the run (TOTP codes are single-use), the demo
// catalogue is made sure of, and the session is saved for the catalogue specs.
import { test as setup } from '@playwright/test';
import { ensureDemoCatalogue, SYSADMIN_STATE } from './catalogue-support';
import { signInStaff, staffAccount } from './support';

setup('sign the system admin in and make sure the demo catalogue is published', async ({ page }) => {
  await signInStaff(page, staffAccount('sysadmin'));
  await ensureDemoCatalogue(page);
  await page.context().storageState({ path: SYSADMIN_STATE });
});
