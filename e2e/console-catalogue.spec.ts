// The system admin (signed in once by catalogue.setup.ts) edits standard items: publishing shows each problem on
// its field, import and export round-trip, and every catalogue page passes axe in both languages.
import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { expectNoSeriousA11yViolations } from './axe';
import { FOOD_LICENCE_QUERY, SYSADMIN_STATE } from './catalogue-support';

test.use({ storageState: SYSADMIN_STATE, viewport: { width: 1440, height: 900 }, contextOptions: { reducedMotion: 'reduce' } });

function uniqueCode(): string {
  return `E2E-${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** Picks an option of the antd select labelled `label` inside `scope`. */
async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
}

test.describe('standard item editor', () => {
  test('lists the catalogue, opens an item with its sections and versions, and passes axe', async ({ page }) => {
    await page.goto('/console/catalog');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '事项目录' })).toBeVisible();
    await main.getByLabel('名称或关键词').fill(FOOD_LICENCE_QUERY);
    await main.getByRole('button', { name: '查询' }).click();
    const row = main.getByRole('row').filter({ hasText: FOOD_LICENCE_QUERY }).first();
    await expect(row.getByText('已发布')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'console catalogue list');

    await row.getByRole('link', { name: FOOD_LICENCE_QUERY }).click();
    await expect(main.getByRole('heading', { level: 1, name: `编辑事项：${FOOD_LICENCE_QUERY}` })).toBeVisible();
    for (const section of ['基本信息', '设定依据、条件和救济途径', '申请材料', '申请表单', '办理流程', '版本记录']) {
      await expect(main.getByRole('region', { name: section })).toBeVisible();
    }
    await expect(main.getByRole('region', { name: '版本记录' }).getByRole('listitem').first()).toContainText('已发布');
    await expect(main.getByRole('group', { name: '材料 1' }).getByLabel('来源', { exact: true })).toBeVisible();
    await expect(main.getByRole('group', { name: /^字段 1（/ }).getByLabel('绑定数据元')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'console item editor');
  });

  test('publishing a new item shows each problem on its field; once fixed, it is published', async ({ page }) => {
    const code = uniqueCode();
    await page.goto('/console/catalog');
    const main = page.getByRole('main');
    await main.getByRole('button', { name: '新建事项' }).click();
    await expect(main.getByRole('heading', { level: 1, name: '新建事项' })).toBeVisible();

    const basics = main.getByRole('region', { name: '基本信息' });
    await basics.getByLabel('事项编码').fill(code);
    await basics.getByLabel('中文名称').fill(`浏览器测试事项 ${code}`);
    await basics.getByLabel('英文名称').fill(`Browser test item ${code}`);
    await main.getByRole('group', { name: '依据 1' }).getByLabel('法律法规名称').fill('《中华人民共和国行政许可法》');
    await main.getByLabel('救济途径（中文）').fill('可在 60 日内申请行政复议');
    await main.getByLabel('救济途径（英文）').fill('Administrative reconsideration within 60 days');
    await main.getByRole('button', { name: '添加材料' }).click();
    const material = main.getByRole('group', { name: '材料 1' });
    await material.getByLabel('编号').fill('household_register');
    await material.getByLabel('中文名称').fill('户口簿');
    await material.getByLabel('英文名称').fill('Household register');
    await choose(page, material, '来源', '共享数据');
    // A workflow must end with a decision or delivery: end it with a review instead.
    await choose(page, main.getByRole('group', { name: '第 3 步' }), '环节', '审查');

    await main.getByRole('button', { name: '发布' }).click();
    await expect(main.getByRole('alert').filter({ hasText: '事项内容不符合标准要求，未能发布' })).toBeVisible();
    await expect(main.getByText(/处问题已标在下方对应字段旁/)).toBeVisible();
    const sourceRef = material.getByLabel('来源代码');
    await expect(sourceRef).toHaveAttribute('aria-invalid', 'true');
    await expect(sourceRef).toHaveAccessibleDescription(/共享数据来源须为目录中的数据元/);
    await expect(main.getByRole('group', { name: '第 3 步' })).toContainText('办理流程须以决定或送达结束');
    await expectNoSeriousA11yViolations(page, 'console item editor with publish problems');

    await sourceRef.fill('person.householdAddress');
    await choose(page, main.getByRole('group', { name: '第 3 步' }), '环节', '决定');
    await main.getByRole('button', { name: '发布' }).click();
    await expect(main.getByRole('alert').filter({ hasText: '已发布第 1 版' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/console/catalog/items/${code}$`));
    await expect(main.getByRole('region', { name: '版本记录' }).getByRole('listitem').filter({ hasText: '第 1 版' })).toContainText('已发布');

    const guide = await page.request.get(`/api/v1/catalog/items/${code}`);
    expect(guide.status()).toBe(200);
  });

  test('exports the catalogue as JSON and imports a document, with a report', async ({ page }) => {
    await page.goto('/console/catalog');
    const main = page.getByRole('main');
    const downloading = page.waitForEvent('download');
    await main.getByRole('button', { name: '导出 JSON' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^yiwang-catalogue-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readDownload(download)) as { format: string; items: { code: string; name: { zh: string; en: string } }[] };
    expect(exported.format).toBe('yiwang-catalogue/1');
    expect(exported.items.length).toBeGreaterThan(0);

    // The first exported item under a new code, imported back.
    const code = uniqueCode();
    const [first] = exported.items;
    if (first === undefined) throw new Error('empty export');
    const document = { format: 'yiwang-catalogue/1', dataElements: [], lifeEvents: [], items: [{ ...first, code, name: { zh: `导入测试 ${code}`, en: `Import test ${code}` } }] };
    await page.locator('input[type=file]').setInputFiles({ name: 'catalogue.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
    const report = page.getByRole('dialog', { name: '导入结果' });
    await expect(report).toContainText('已发布（1）');
    await expect(report).toContainText(code);
    await expectNoSeriousA11yViolations(page, 'console import report');
    await report.getByRole('button', { name: '关闭' }).last().click();
    await expect(report).toBeHidden();
  });

  test('catalogue pages pass axe in English, elderly mode', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('yw.language', 'en');
      localStorage.setItem('yw.elderly', '1');
    });
    await page.goto('/console/catalog');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Service catalogue' })).toBeVisible();
    await expect(main.getByRole('row').nth(1)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'console catalogue list (English, elderly)');
    await main.getByRole('row').nth(1).getByRole('link').click();
    await expect(main.getByRole('heading', { level: 1, name: /^Edit item: / })).toBeVisible();
    await expect(main.getByRole('group', { name: 'Material 1' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'console item editor (English, elderly)');
  });
});

async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
