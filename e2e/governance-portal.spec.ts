// 随手拍 in the browser: a new citizen reports a problem with a map pin and a photo and gets its number; the
// reporter follows an incident that staff dispatched, handled and verified (through the API) and rates it, which
// closes it; the public city map draws the grids and its text alternative. Every page is scanned by axe in both
// languages.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IncidentView } from '../web/portal/incidents/incidents-api';
import { scanBoth } from './axe';
import { csrfHeader, registerAndSignInCitizen, signInStaff, staffAccount } from './support';

// Axe over a map of a few hundred points is slow on a shared machine.
test.describe.configure({ timeout: 240_000 });

const GRIDS = 42; // the demo map (server/seed/demo-grids.ts)
const PHOTO = fileURLToPath(new URL('./fixtures/dog-photo.png', import.meta.url));
/** Inside 湖东区's first community (the demo map's south-west block): its grids are handled by D339902-URBAN. */
const HUDONG_POINT = { lat: 30.2075, lng: 120.105 };

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  return context.newPage();
}

async function incident(page: Page, id: string): Promise<IncidentView> {
  const answer = await page.request.get(`/api/v1/governance/incidents/${id}`);
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as IncidentView;
}

/** A staff action through the API with the version the person saw (the console pages are tested with the console). */
async function staffAct(staff: Page, id: string, action: string, body: Record<string, unknown> = {}): Promise<IncidentView> {
  const current = await incident(staff, id);
  const answer = await staff.request.post(`/api/v1/governance/incidents/${id}/actions/${action}`, { data: body, headers: { ...(await csrfHeader(staff)), 'if-match': `"${current.version}"` } });
  expect(answer.status(), `${action}: ${await answer.text()}`).toBe(200);
  return (await answer.json()) as IncidentView;
}

async function departmentId(staff: Page, code: string): Promise<string> {
  const answer = await staff.request.get('/api/v1/departments');
  expect(answer.status(), await answer.text()).toBe(200);
  const found = ((await answer.json()) as { items: { id: string; code: string }[] }).items.find((d) => d.code === code);
  expect(found, `department ${code}`).toBeDefined();
  return found!.id;
}

/** Files a street-vending report through the API as the signed-in citizen. */
async function reportThroughApi(page: Page): Promise<string> {
  const answer = await page.request.post('/api/v1/governance/incidents', {
    data: { description: '东湖路菜场门口有流动摊贩占道经营，行人只能走机动车道', categoryCode: 'appearance.street_vending', ...HUDONG_POINT, contactPreference: 'sms' },
    headers: { ...(await csrfHeader(page)), 'idempotency-key': crypto.randomUUID() },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  return ((await answer.json()) as IncidentView).id;
}

/** Uploads the evidence photo a part is handed in with. */
async function uploadEvidence(staff: Page): Promise<string> {
  const answer = await staff.request.post('/api/v1/governance/photos', { multipart: { file: { name: 'evidence.png', mimeType: 'image/png', buffer: readFileSync(PHOTO) } }, headers: await csrfHeader(staff) });
  expect(answer.status(), await answer.text()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

/** dispatcher.city dispatches (unless the rules already did), handler.hudong accepts, starts and handles, the dispatcher verifies. */
async function driveToVerified(browser: Browser, id: string): Promise<void> {
  const dispatcher = await newPage(browser);
  await signInStaff(dispatcher, staffAccount('dispatcher.city'));
  const handler = await newPage(browser);
  await signInStaff(handler, staffAccount('handler.hudong'));
  if ((await incident(dispatcher, id)).status === 'registered') {
    await staffAct(dispatcher, id, 'dispatch', { leadDepartmentId: await departmentId(dispatcher, 'D339902-URBAN') });
  }
  await staffAct(handler, id, 'accept');
  await staffAct(handler, id, 'start');
  await staffAct(handler, id, 'handle', { note: '已劝离摊贩，恢复人行道通行', photoIds: [await uploadEvidence(handler)] });
  const verified = await staffAct(dispatcher, id, 'verify', { passed: true });
  expect(verified.status).toBe('verified');
  await dispatcher.context().close();
  await handler.context().close();
}

test('a citizen reports a problem with a map pin and a photo and gets its number', async ({ page }) => {
  await registerAndSignInCitizen(page);
  await page.goto('/report');
  await expect(page.getByRole('heading', { level: 1, name: '随手拍：反映城市问题' })).toBeVisible();
  await expect(page.locator('.yw-geo-map-canvas path.leaflet-interactive').first()).toBeVisible();
  await scanBoth(page, 'report form', 'Report a problem in the city');

  await page.getByLabel('发生了什么').fill('东湖路菜场门口有流动摊贩占道经营，堵住了人行道');
  // Tap inside a grid: the pin is read back in words (grid, community, street, district).
  await page.locator('.yw-geo-map-canvas path.leaflet-interactive').first().click();
  await expect(page.locator('.yw-geo-pin')).toBeVisible();
  await expect(page.getByTestId('picked-place')).toContainText(/第\d+网格/);

  await page.locator('#incident-photos').setInputFiles(PHOTO);
  const preview = page.getByRole('img', { name: '照片 1：dog-photo.png' });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole('radio', { name: '电话联系我' }).check();
  await page.getByRole('button', { name: '提交' }).click();
  const number = page.getByTestId('incident-number');
  await expect(number).toBeVisible();
  const shown = (await number.textContent())?.trim() ?? '';
  expect(shown).not.toBe('');

  // The API has it as the person filed it: the pin's place and the one photo.
  const mine = await page.request.get('/api/v1/me/incidents');
  expect(mine.status(), await mine.text()).toBe(200);
  const item = ((await mine.json()) as { items: { id: string; number: string }[] }).items.find((i) => i.number === shown);
  expect(item, `incident ${shown} in my list`).toBeDefined();
  const detail = await incident(page, item!.id);
  expect(detail.lat).not.toBeNull();
  expect(detail.lng).not.toBeNull();
  expect(detail.grid).not.toBeNull();
  expect(detail.photos.filter((photo) => photo.kind === 'report')).toHaveLength(1);
  expect(detail.reporter?.contactPreference).toBe('phone');

  await page.getByRole('link', { name: '查看进展' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '事件进展' })).toBeVisible();
  await expect(page.getByTestId('incident-number')).toHaveText(shown);
});

test('the reporter rates a verified incident, which closes it', async ({ page, browser }) => {
  await registerAndSignInCitizen(page);
  const id = await reportThroughApi(page);
  await driveToVerified(browser, id);

  await page.goto('/me/incidents');
  await expect(page.getByRole('heading', { level: 1, name: '我的随手拍' })).toBeVisible();
  await expect(page.locator('.yw-case-card')).toHaveCount(1);
  await expect(page.locator('.yw-case-card')).toContainText('已核查');
  await scanBoth(page, 'my reports', 'My reports');

  await page.goto(`/me/incidents/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: '事件进展' })).toBeVisible();
  await expect(page.getByText('当前状态：')).toContainText('已核查');
  await expect(page.getByText('已劝离摊贩，恢复人行道通行')).toBeVisible();
  await expect(page.getByRole('region', { name: '评价处理结果' })).toBeVisible();
  await scanBoth(page, 'progress with rating', 'Incident progress');

  await page.getByRole('radio', { name: '满意', exact: true }).check();
  await page.getByLabel('意见或建议（可选）').fill('处理及时');
  await page.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByText('当前状态：')).toContainText('已办结');
  await expect(page.getByTestId('incident-rating')).toContainText('满意');
  await expect(page.getByRole('region', { name: '评价处理结果' })).toHaveCount(0);
  const closed = await incident(page, id);
  expect(closed.status).toBe('closed');
  expect(closed.rating).toBe(4);
});

test('the public city map draws the grids, a legend and the incidents as text', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '城市问题地图' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '城市问题地图' })).toBeVisible();
  await expect(page.getByRole('region', { name: '城市问题分布地图' })).toBeVisible();
  await expect(page.getByRole('list', { name: '图例' })).toContainText('处理中');
  await expect(page.getByRole('table')).toContainText('各类问题数量');
  await scanBoth(page, 'city map', 'City problems map');
  // One circle marker per public incident besides the 42 grid outlines, and the same points listed as text.
  const grids = (await (await page.request.get('/api/v1/governance/grids')).json()) as { bbox: number[] };
  const answer = await page.request.get(`/api/v1/governance/public-incidents?bbox=${grids.bbox.join(',')}`);
  expect(answer.status(), await answer.text()).toBe(200);
  const count = ((await answer.json()) as { items: unknown[] }).items.length;
  await expect(page.locator('.yw-geo-map-canvas path.leaflet-interactive')).toHaveCount(GRIDS + count);
  await page.getByText(/逐条列出/).click();
  await expect(page.locator('.yw-map-points li')).toHaveCount(count);
});

test('a photo that is not an image is refused with the server reason and the form keeps its input', async ({ page }) => {
  await registerAndSignInCitizen(page);
  await page.goto('/report');
  await page.getByLabel('发生了什么').fill('小区门口路灯坏了好几天');
  await page.locator('#incident-photos').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') });
  await expect(page.getByRole('alert').filter({ hasText: '照片“notes.png”未能添加' })).toBeVisible();
  await expect(page.getByRole('img', { name: /照片 1/ })).toHaveCount(0);
  // Without a pin or an address the form says where the problem is.
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByText('请在地图上标出位置，或填写地址')).toBeVisible();
  await expect(page.getByLabel('发生了什么')).toHaveValue('小区门口路灯坏了好几天');
});
