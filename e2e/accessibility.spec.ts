// axe-core on every page of both apps: no violation of impact serious or critical. The audit page with data is
// scanned in console-audit.spec.ts (the only audit admin may sign in once per run).
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { findItemCode, FOOD_LICENCE_QUERY } from './catalogue-support';
import { DEMO_PASSWORD, registerAndSignInCitizen, signInStaff, staffAccount, totpCode } from './support';

interface Preferences {
  language?: 'zh-CN' | 'en';
  isElderly?: boolean;
}

async function openContext(browser: Browser, preferences: Preferences = {}): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion: axe must not measure colours halfway through a fade-in.
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  await context.addInitScript(({ language, isElderly }: Preferences) => {
    if (language !== undefined) localStorage.setItem('yw.language', language);
    if (isElderly !== undefined) localStorage.setItem('yw.elderly', isElderly ? '1' : '0');
  }, preferences);
  return { context, page: await context.newPage() };
}

async function scanAt(page: Page, path: string, heading: RegExp | string, label: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, label);
}

/** The catalogue pages of the portal: results, a service guide, apply-soon, life events and one life event. */
async function scanServicePages(page: Page, isEnglish: boolean, suffix: string): Promise<void> {
  const code = await findItemCode(page.request, FOOD_LICENCE_QUERY);
  const guideName = isEnglish ? 'Food business licence' : FOOD_LICENCE_QUERY;
  await scanAt(page, `/services?q=${encodeURIComponent(isEnglish ? 'business licence' : '营业执照')}`, isEnglish ? 'Results for "business licence"' : '“营业执照”的搜索结果', `portal services${suffix}`);
  await scanAt(page, '/services?department=civil_affairs&audience=person', isEnglish ? 'Services' : '办事服务', `portal services by department${suffix}`);
  await scanAt(page, `/services/${code}`, guideName, `portal service guide${suffix}`);
  await scanAt(page, `/apply/${code}`, isEnglish ? 'Online application opens soon' : '在线申请即将开通', `portal apply soon${suffix}`);
  await scanAt(page, '/life-events', isEnglish ? 'Life events: one application' : '一件事一次办', `portal life events${suffix}`);
  await scanAt(page, '/life-events/newborn', isEnglish ? 'Having a baby' : '新生儿出生一件事', `portal life event${suffix}`);
}

test.describe('accessibility (axe: no serious or critical violations)', () => {
  for (const preferences of [{}, { language: 'en', isElderly: true }] satisfies Preferences[]) {
    const suffix = preferences.language === 'en' ? ' (English, elderly mode)' : '';
    const isEnglish = preferences.language === 'en';

    test(`portal pages for visitors${suffix}`, async ({ browser }) => {
      const { context, page } = await openContext(browser, preferences);
      try {
        await scanAt(page, '/', isEnglish ? /One network/ : /一网通办/, `portal home${suffix}`);
        await scanAt(page, '/login', isEnglish ? 'Log in to Yiwang Services' : '登录一网通办', `portal login${suffix}`);
        // The form with its error messages showing.
        await page.getByRole('main').getByRole('button', { name: isEnglish ? 'Log in' : '登录' }).click();
        await expect(page.getByLabel(isEnglish ? 'Password' : '密码')).toHaveAttribute('aria-invalid', 'true');
        await expectNoSeriousA11yViolations(page, `portal login with errors${suffix}`);
        await scanAt(page, '/register', isEnglish ? 'Create an account' : '注册账号', `portal register, individual${suffix}`);
        await page.getByRole('tab', { name: isEnglish ? 'Enterprise' : '企业注册' }).click();
        await expect(page.getByLabel(isEnglish ? 'Unified social credit code' : '统一社会信用代码')).toBeVisible();
        await expectNoSeriousA11yViolations(page, `portal register, enterprise${suffix}`);
        await scanAt(page, '/no-such-page', isEnglish ? 'Page not found' : '页面不存在', `portal not found${suffix}`);
        await scanServicePages(page, isEnglish, suffix);
        await scanAt(page, '/console/login', isEnglish ? 'Staff login' : '工作人员登录', `console login${suffix}`);
      } finally {
        await context.close();
      }
    });
  }

  test('portal account page', async ({ browser }) => {
    const { context, page } = await openContext(browser);
    try {
      const citizen = await registerAndSignInCitizen(page);
      await scanAt(page, '/me', '个人中心', 'portal me');
      await expect(page.getByRole('main')).toContainText(citizen.name);
    } finally {
      await context.close();
    }
  });

  test('console pages: TOTP step, home, regions, departments, people, unmask dialog, no access', async ({ browser }) => {
    const { context, page } = await openContext(browser);
    try {
      const reviewer = staffAccount('reviewer.hudong');
      await page.goto('/console/login');
      await page.getByLabel('用户名').fill(reviewer.username);
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page.getByLabel('动态验证码')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'console TOTP step');
      await page.getByLabel('动态验证码').fill(totpCode(reviewer, test.info().retry));
      await page.getByRole('button', { name: '验证并登录' }).click();

      await expect(page.getByRole('heading', { level: 1, name: '工作台首页' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'console home');
      await scanAt(page, '/console/regions', '行政区划', 'console regions');
      await scanAt(page, '/console/departments', '部门', 'console departments');
      await scanAt(page, '/console/people', '人员信息', 'console people');
      await page.getByRole('button', { name: /^查看 .+ 的明文信息$/ }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'console unmask dialog');
      await page.keyboard.press('Escape');
      await scanAt(page, '/console/audit', '审计日志', 'console audit (no access)');
      await expect(page.getByText('暂无访问权限')).toBeVisible();
      await scanAt(page, '/console/nowhere', '页面不存在', 'console not found');
    } finally {
      await context.close();
    }
  });

  test('console pages in English, elderly mode', async ({ browser }) => {
    const { context, page } = await openContext(browser, { language: 'en', isElderly: true });
    try {
      await signInStaff(page, staffAccount('approver.hudong'));
      await scanAt(page, '/console', 'Home', 'console home (English, elderly)');
      await scanAt(page, '/console/regions', 'Regions', 'console regions (English, elderly)');
      await scanAt(page, '/console/people', 'People', 'console people (English, elderly)');
    } finally {
      await context.close();
    }
  });
});
