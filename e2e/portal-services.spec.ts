// A visitor on a phone finds a service from the home page, reads its guide in their district, is asked to log in to
// apply online, and sees what a life event bundles.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe('service guides on the portal', () => {
  test('"我要开饭店" from the home page finds the food business licence, whose guide shows fetched materials, limits and Apply', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: '搜索办事服务' }).fill('我要开饭店');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/services\?q=/);
    await expect(page.getByRole('heading', { level: 1, name: '“我要开饭店”的搜索结果' })).toBeVisible();

    const result = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: '食品经营许可', exact: true }) });
    await expect(result).toContainText('承诺');
    await expect(result).toContainText('法定');
    await result.getByRole('link', { name: '食品经营许可', exact: true }).click();

    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '食品经营许可' })).toBeVisible();
    const materials = main.getByRole('region', { name: '申请材料' });
    await expect(materials.getByText('无需提交，系统为您调取').first()).toBeVisible();
    await expect(materials.getByRole('listitem').filter({ hasText: '营业执照' }).first()).toContainText('无需提交，系统为您调取');
    await expect(materials).toContainText(/共 \d+ 份材料，其中 \d+ 份无需您提交/);
    const facts = main.getByRole('complementary', { name: '办理要点' });
    await expect(facts.getByText('承诺时限')).toBeVisible();
    await expect(facts.getByText('法定时限')).toBeVisible();
    await expect(facts).toContainText(/\d+ 个工作日/);
    await expect(main.getByRole('region', { name: '办理条件' }).getByRole('listitem').first()).toBeVisible();
    await expect(main.getByRole('region', { name: '设定依据' })).toContainText('《中华人民共和国食品安全法》');
    await expect(main.getByRole('region', { name: '救济途径' })).not.toBeEmpty();

    // Applying online needs an account: a visitor is sent to log in and brought back to the application.
    await facts.getByRole('link', { name: '在线办理' }).click();
    await expect(page).toHaveURL(/\/login\?next=%2Fapply%2Fitem%2F[^/]+$/);
    await expect(main.getByRole('heading', { level: 1, name: '登录一网通办' })).toBeVisible();
  });

  test('the region picked selects the local implementation, inherited or the district’s own, and is remembered', async ({ page }) => {
    await page.goto('/services?q=%E9%A3%9F%E5%93%81%E7%BB%8F%E8%90%A5%E8%AE%B8%E5%8F%AF');
    await page.getByRole('link', { name: '食品经营许可', exact: true }).click();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '食品经营许可' })).toBeVisible();

    const region = main.getByRole('combobox', { name: '办事地区' });
    await region.click();
    await page.getByRole('menuitemcheckbox', { name: '明湖市' }).click();
    await page.getByRole('menuitemcheckbox', { name: '湖西区' }).click();
    await page.keyboard.press('Escape');
    await expect(main.getByText('湖西区沿用明湖市实施清单')).toBeVisible();
    await expect(main.getByRole('complementary', { name: '办理要点' })).toContainText('明湖市市场监督管理局');

    await region.click();
    await page.getByRole('menuitemcheckbox', { name: '湖东区' }).click();
    await page.keyboard.press('Escape');
    const facts = main.getByRole('complementary', { name: '办理要点' });
    await expect(facts).toContainText('湖东区市场监督管理局');
    await expect(main.getByText(/沿用.+实施清单/)).toHaveCount(0);

    await page.reload();
    await expect(main.getByRole('complementary', { name: '办理要点' })).toContainText('湖东区市场监督管理局');
  });

  test('a life event shows its services in order, one form, one set of materials and what it replaces', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '一件事' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '一件事一次办' })).toBeVisible();
    await page.getByRole('link', { name: '开办企业一件事' }).click();

    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '开办企业一件事' })).toBeVisible();
    const savings = main.getByRole('region', { name: '合并办理，为您节省' });
    await expect(savings).toContainText(/\d+ 项申请\s*→\s*1 次/);
    await expect(savings).toContainText(/\d+ 个\s*→\s*\d+ 个/);
    await expect(savings).toContainText(/\d+ 份\s*→\s*\d+ 份/);
    const items = main.getByRole('region', { name: '包含的事项（按办理顺序）' }).getByRole('listitem');
    await expect(items.first()).toContainText('企业设立登记');
    await expect(items.first()).toContainText('可同时办理');
    await expect(items.nth(1)).toContainText('需在“企业设立登记”办结后办理');
    await expect(main.getByRole('region', { name: /^一张表单/ }).getByText(/\d+ 个事项共用/).first()).toBeVisible();
    await expect(main.getByRole('region', { name: /^一套材料/ }).getByText('无需提交，系统为您调取').first()).toBeVisible();
  });

  test('English search tolerates a typo and the guide reads in English', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('yw.language', 'en'));
    await page.goto('/services?q=food%20busines%20licnce');
    const link = page.getByRole('link', { name: 'Food business licence', exact: true });
    await expect(link).toBeVisible();
    await link.click();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Food business licence' })).toBeVisible();
    await expect(main.getByText('No need to submit — fetched for you').first()).toBeVisible();
    await expect(main.getByRole('complementary', { name: 'Key facts' })).toContainText(/\d+ working days?/);
  });
});
