// The staff console for city incidents in the browser: the dispatcher dispatches a registered incident to the
// district's urban management, its handler accepts, starts and handles it with an evidence photo; the 12345
// operator registers a complaint (a double click files it once) and answers an enquiry from the knowledge base;
// the grid worker files a patrol report from the device's location; the city map shows the grids. Every page is
// scanned by axe in both languages. Each account signs in once (a TOTP code works once per window).
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { scanBoth } from './axe';
import { csrfHeader, signInStaff, staffAccount } from './support';

const PHOTO = readFileSync(new URL('./fixtures/dog-photo.png', import.meta.url));
/** Inside the first grid of the first community of 湖东区 (the demo map's south-west corner). */
const IN_DONGHU = { lat: 30.2075, lng: 120.1025 };

interface Created {
  id: string;
  number: string;
  status: string;
}

async function staffPage(browser: Browser, username: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  await signInStaff(page, staffAccount(username));
  return page;
}

/** antd renders its options outside the select; the visible dropdown holds the one to click. */
async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Opens an action's dialog from the page's action bar and confirms it with the dialog's own button. */
async function openAction(page: Page, name: string) {
  await page.getByRole('region', { name: '操作' }).getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** A registered incident in the dispatcher's queue: one made now, or (when it was dispatched automatically) the queue's first. */
async function registeredIncident(page: Page): Promise<Created> {
  const made = await page.request.post('/api/v1/governance/incidents', {
    data: { description: `端到端测试：这里有情况需要派人看一下 ${Date.now()}`, requestType: 'report', ...IN_DONGHU },
    headers: { ...(await csrfHeader(page)), 'idempotency-key': crypto.randomUUID() },
  });
  expect(made.status(), await made.text()).toBe(201);
  const created = (await made.json()) as Created;
  if (created.status === 'registered') return created;
  const queue = await page.request.get('/api/v1/governance/incidents?view=queue&status=registered&limit=1');
  const first = ((await queue.json()) as { items: Created[] }).items[0];
  expect(first, 'a registered incident in the queue').toBeDefined();
  return first!;
}

test('the dispatcher dispatches, the handler accepts, starts and handles with an evidence photo', async ({ browser }) => {
  const dispatcher = await staffPage(browser, 'dispatcher.city');
  const incident = await registeredIncident(dispatcher);

  await dispatcher.goto('/console/governance/incidents');
  await expect(dispatcher.getByRole('heading', { level: 1, name: '城市事件' })).toBeVisible();
  await expect(dispatcher.getByRole('tab', { name: '待派遣' })).toHaveAttribute('aria-selected', 'true');
  await expect(dispatcher.getByRole('link', { name: incident.number })).toBeVisible();
  await scanBoth(dispatcher, 'console incidents', 'City incidents');

  await dispatcher.getByRole('link', { name: incident.number }).click();
  await expect(dispatcher.getByRole('heading', { level: 1, name: `事件 ${incident.number}` })).toBeVisible();
  const dispatch = await openAction(dispatcher, '派遣');
  await dispatch.getByRole('combobox', { name: '主办部门' }).click();
  await dispatch.getByRole('combobox', { name: '主办部门' }).fill('D339902-URBAN');
  await pickOption(dispatcher, 'D339902-URBAN');
  await dispatch.getByRole('button', { name: '派遣' }).click();
  await expect(dispatch).toBeHidden();
  await expect(dispatcher.getByText('派遣：已完成')).toBeVisible();
  await expect(dispatcher.getByText('已派遣').first()).toBeVisible();
  await expect(dispatcher.getByRole('cell', { name: '主办', exact: true })).toBeVisible();
  await scanBoth(dispatcher, 'console incident', `Incident ${incident.number}`);

  const handler = await staffPage(browser, 'handler.hudong');
  await handler.goto(`/console/governance/incidents/${incident.id}`);
  await expect(handler.getByRole('heading', { level: 1, name: `事件 ${incident.number}` })).toBeVisible();
  await (await openAction(handler, '受理')).getByRole('button', { name: '受理' }).click();
  await expect(handler.getByText('受理：已完成')).toBeVisible();
  await (await openAction(handler, '开始处置')).getByRole('button', { name: '开始处置' }).click();
  await expect(handler.getByText('开始处置：已完成')).toBeVisible();
  const handle = await openAction(handler, '处置完成');
  await handle.getByLabel('处置情况').fill('已清理现场并恢复原状');
  await handle.locator('input[type=file]').setInputFiles({ name: 'evidence.png', mimeType: 'image/png', buffer: PHOTO });
  await handle.getByRole('button', { name: '处置完成' }).click();
  await expect(handle).toBeHidden();
  await expect(handler.getByText('已处置').first()).toBeVisible();
  await expect(handler.getByRole('img', { name: /处置照片/ })).toBeVisible();
  await expect(handler.getByText('已清理现场并恢复原状').first()).toBeVisible();

  // The dispatcher sees the department's work.
  await dispatcher.goto(`/console/governance/incidents/${incident.id}`);
  await expect(dispatcher.getByText('已处置').first()).toBeVisible();
});

test('the 12345 operator registers a complaint once and answers an enquiry from the knowledge base', async ({ browser }) => {
  const page = await staffPage(browser, 'dispatcher.city');
  await page.goto('/console/governance/hotline');
  await expect(page.getByRole('heading', { level: 1, name: '12345 热线受理' })).toBeVisible();
  await scanBoth(page, 'console hotline', '12345 hotline');

  const marker = `E2E${Date.now().toString(36)}`;
  await page.getByLabel('来电人姓名').fill('王先生');
  await page.getByLabel('来电号码').fill('13912345678');
  await page.getByLabel('事件描述').fill(`小区门口夜间施工噪音很大，影响休息 ${marker}`);
  await page.getByLabel('地址').fill('湖东区东湖街道一号');
  await page.getByRole('button', { name: '登记' }).dblclick();
  await expect(page.getByText(/已登记，编号/)).toBeVisible();
  // The form's idempotency key made the double click one incident.
  const found = await page.request.get(`/api/v1/governance/incidents?view=all&q=${marker}`);
  expect(found.status(), await found.text()).toBe(200);
  expect(((await found.json()) as { items: unknown[] }).items).toHaveLength(1);

  await page.getByRole('combobox', { name: '诉求类型' }).click();
  await pickOption(page, /^咨询$/);
  await page.getByLabel('事件描述').fill('请问出生医学证明怎么办理？');
  const knowledge = page.getByRole('region', { name: '知识库' });
  await knowledge.getByLabel('搜索办事指南').fill('出生');
  const firstGuide = knowledge.getByRole('radio').first();
  await expect(firstGuide).toBeVisible();
  await firstGuide.check();
  await page.getByRole('button', { name: '答复并结案' }).click();
  await expect(page.getByText(/已答复并结案，编号/)).toBeVisible();
  await page.getByRole('link', { name: '查看' }).click();
  await expect(page.getByText('已结案').first()).toBeVisible();
});

test('the grid worker files a patrol report from the device location in three screens', async ({ browser }) => {
  const page = await staffPage(browser, 'grid.donghu', { geolocation: { latitude: IN_DONGHU.lat, longitude: IN_DONGHU.lng }, permissions: ['geolocation'], viewport: { width: 390, height: 844 } });
  await page.goto('/console/governance/patrol');
  await expect(page.getByRole('heading', { level: 1, name: '网格巡查上报' })).toBeVisible();
  await scanBoth(page, 'console patrol', 'Patrol report');

  await page.getByLabel('发现了什么问题？').fill('人行道上堆放建筑垃圾，阻碍通行');
  await page.locator('input[type=file]').setInputFiles({ name: 'patrol.png', mimeType: 'image/png', buffer: PHOTO });
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '位置' })).toBeVisible();
  await page.getByRole('button', { name: '使用我的位置' }).click();
  await expect(page.getByText(/地点：我的位置/)).toBeVisible();
  // The point's grid is chosen for them.
  await expect(page.locator('.yw-gov-grid-select')).toContainText('第1网格');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '确认' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '人行道上堆放建筑垃圾，阻碍通行' })).toBeVisible();
  await page.getByRole('button', { name: '提交上报' }).click();
  await expect(page.getByText(/已上报，编号/)).toBeVisible();
});

test('the city map shows the grids, a legend and the classifier', async ({ browser }) => {
  const page = await staffPage(browser, 'dispatcher.city');
  await page.goto('/console/governance/map');
  await expect(page.getByRole('heading', { level: 1, name: '城市运行一张图' })).toBeVisible();
  await expect(page.getByText(/^42 个网格/)).toBeVisible();
  await expect(page.locator('.leaflet-overlay-pane path')).not.toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: '图例' })).toBeVisible();
  await expect(page.getByText('准确率（留出集）')).toBeVisible();
  await scanBoth(page, 'console city map', 'City map');
});
