// The department admin of 湖东区 (signed in once) edits the district's implementation list: the platform refuses a
// material beyond the standard and a promised limit above the statutory one, and the console explains each
// refusal next to its field; an inherited item is claimed; the pages pass axe in both languages.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { expectNoSeriousA11yViolations } from './axe';
import { findItemCode, FOOD_LICENCE_QUERY, SYSADMIN_STATE } from './catalogue-support';
import { signInStaff, staffAccount } from './support';

test.use({ viewport: { width: 1440, height: 900 }, contextOptions: { reducedMotion: 'reduce' } });

async function openFoodLicence(page: Page): Promise<void> {
  await page.goto('/console/implementations');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: '实施清单' })).toBeVisible();
  await main.getByRole('link', { name: FOOD_LICENCE_QUERY, exact: true }).click();
  await expect(main.getByRole('heading', { level: 1, name: `实施清单：${FOOD_LICENCE_QUERY}` })).toBeVisible();
}

/** The system admin publishes a new version of an item with one more (optional) material; returns its name. */
async function publishNewVersion(admin: APIRequestContext, code: string): Promise<string> {
  const versions = await admin.get(`/api/v1/catalog/items/${code}/versions`);
  expect(versions.status(), await versions.text()).toBe(200);
  const { items } = (await versions.json()) as { items: { content: { materials: unknown[] } & Record<string, unknown> }[] };
  const latest = items.at(-1);
  if (latest === undefined) throw new Error(`${code} has no version`);
  const name = `补充说明 ${randomBytes(2).toString('hex')}`;
  const material = { id: `note_${randomBytes(3).toString('hex')}`, name: { zh: name, en: 'Additional note' }, isRequired: false, formats: ['pdf'], source: 'upload', trustLevel: 'D' };
  const csrf = (await admin.storageState()).cookies.find((cookie) => cookie.name === 'yw_csrf')?.value ?? '';
  const headers = { 'x-csrf-token': csrf };
  const draft = await admin.put(`/api/v1/catalog/items/${code}/draft`, { data: { ...latest.content, materials: [...latest.content.materials, material] }, headers });
  expect(draft.status(), await draft.text()).toBe(200);
  const published = await admin.post(`/api/v1/catalog/items/${code}/publish`, { headers });
  expect(published.status(), await published.text()).toBe(200);
  return name;
}

test('the district refuses extra burden with reasons, claims an inherited item, and passes axe', async ({ page, playwright }) => {
  await signInStaff(page, staffAccount('deptadmin.hudong'));
  const main = page.getByRole('main');

  await test.step('a material beyond the standard and a promised limit above the statutory one are refused, each explained at its field', async () => {
    await openFoodLicence(page);
    await expectNoSeriousA11yViolations(page, 'console implementation editor');
    const standard = main.getByRole('heading', { level: 2, name: /^国家标准（第 \d+ 版）$/ });
    await expect(standard).toBeVisible();
    const statutory = Number((await main.getByText(/^法定时限为 \d+ 个工作日/).textContent())?.match(/\d+/)?.[0]);
    const promised = main.getByLabel('承诺时限（工作日）');
    const original = await promised.inputValue();
    await promised.fill(String(statutory + 5));
    await main.getByRole('button', { name: '添加标准外材料' }).click();
    await main.getByLabel('标准外材料 1 的名称').fill('健康证明');
    await main.getByRole('button', { name: /^(保存并确认|认领并保存)$/ }).click();

    const refusal = main.getByRole('alert').filter({ hasText: '平台未接受本次保存' });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText(`超过了法定时限 ${statutory} 个工作日`);
    await expect(refusal).toContainText('材料“健康证明”不在标准事项中，地方不得增加申请材料');
    await expect(promised).toHaveAttribute('aria-invalid', 'true');
    await expect(promised).toHaveAccessibleDescription(new RegExp(`承诺时限 ${statutory + 5} 个工作日超过了法定时限 ${statutory} 个工作日`));
    const extra = main.getByLabel('标准外材料 1 的名称');
    await expect(extra).toHaveAttribute('aria-invalid', 'true');
    await expect(extra).toHaveAccessibleDescription(/不在标准事项中，地方不得增加申请材料/);
    await expectNoSeriousA11yViolations(page, 'console implementation editor with refusals');

    // Back within the rules, the same list is accepted.
    await promised.fill(original);
    await main.getByRole('button', { name: '删除标准外材料 1' }).click();
    await main.getByRole('button', { name: /^(保存并确认|认领并保存)$/ }).click();
    await expect(main.getByRole('alert').filter({ hasText: /^已保存，按标准第 \d+ 版确认/ })).toBeVisible();
  });

  await test.step('an item the district inherits from the city is claimed', async () => {
    await page.goto('/console/implementations');
    const claim = main.getByRole('region', { name: '认领事项' });
    await claim.getByLabel('事项名称或关键词').fill('社保卡');
    await claim.getByRole('button', { name: '查询' }).click();
    const item = claim.getByRole('listitem').filter({ hasText: '社会保障卡申领' }).first();
    await expect(item).toContainText('沿用上级清单');
    await item.getByRole('button', { name: /^认领：/ }).click();

    await expect(main.getByText('湖东区目前沿用明湖市的实施清单')).toBeVisible();
    await expect(main.getByLabel('实施部门')).toBeVisible();
    await main.getByRole('button', { name: '认领并保存' }).click();
    await expect(main.getByRole('alert').filter({ hasText: /^已保存，按标准第 \d+ 版确认/ })).toBeVisible();
    await expect(main.getByText('湖东区目前沿用明湖市的实施清单')).toHaveCount(0);

    await main.getByRole('link', { name: '返回实施清单' }).click();
    const row = main.getByRole('row').filter({ hasText: '社会保障卡申领' }).first();
    await expect(row).toContainText('湖东区人力资源和社会保障局');
    await expect(row).toContainText('已确认');
    await expectNoSeriousA11yViolations(page, 'console implementation lists');
  });

  await test.step('a new version of the standard flags the district list "needs review" until it is re-confirmed', async () => {
    const admin = await playwright.request.newContext({ baseURL: new URL(page.url()).origin, storageState: SYSADMIN_STATE });
    const code = await findItemCode(admin, '户外广告设置许可');
    const added = await publishNewVersion(admin, code);
    await admin.dispose();

    await page.goto('/console/implementations');
    await main.getByRole('checkbox', { name: '只看待核对' }).check();
    const row = main.getByRole('row').filter({ hasText: '户外广告设置许可' });
    await expect(row).toContainText('待核对');
    await expect(row).toContainText(/标准已更新至第 \d+ 版/);
    await row.getByRole('link', { name: '户外广告设置许可' }).click();
    await expect(main.getByText(/^标准事项已更新至第 \d+ 版，本清单按第 \d+ 版确认/)).toBeVisible();
    await expect(main.getByRole('region', { name: /与第 \d+ 版相比的变化/ })).toContainText(`新增材料：${added}`);
    await main.getByRole('button', { name: '保存并确认' }).click();
    await expect(main.getByRole('alert').filter({ hasText: /^已保存，按标准第 \d+ 版确认/ })).toBeVisible();
    await main.getByRole('link', { name: '返回实施清单' }).click();
    await expect(main.getByRole('row').filter({ hasText: '户外广告设置许可' })).toContainText('已确认');
  });

  await test.step('the list and the editor pass axe in English, elderly mode', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('switch', { name: 'Senior mode' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Implementation lists' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'console implementation lists (English, elderly)');
    await main.getByRole('link', { name: 'Food business licence', exact: true }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Implementation list: Food business licence' })).toBeVisible();
    await main.getByLabel('Promised limit (working days)').fill('99');
    await main.getByRole('button', { name: 'Save and confirm' }).click();
    await expect(main.getByLabel('Promised limit (working days)')).toHaveAccessibleDescription(/exceeds the statutory/);
    await expectNoSeriousA11yViolations(page, 'console implementation editor with a refusal (English, elderly)');
    await page.getByRole('switch', { name: 'Senior mode' }).click();
  });
});
