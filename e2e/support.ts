// Helpers shared by the browser tests: unique identities, demo accounts, and sign-in through the API.
import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { residentIdCheckChar } from '../server/platform/ids/resident-id';
import { DEMO_PASSWORD, demoStaff, type DemoStaff } from '../server/seed/demo-accounts';

export { DEMO_PASSWORD };

const TOTP_PERIOD_MS = 30_000;

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

function digits(count: number): string {
  return Array.from({ length: count }, () => String(randomInt(0, 9))).join('');
}

/** A valid, practically unique resident ID in the demo district 339902 (湖东区). */
export function uniqueResidentId(): string {
  const birth = new Date(Date.UTC(randomInt(1950, 2004), 0, 1) + randomInt(0, 364) * 86_400_000);
  const yyyymmdd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `339902${yyyymmdd}${digits(3)}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** The same ID with a wrong check character. */
export function withWrongCheckChar(id: string): string {
  const first17 = id.slice(0, 17);
  const right = residentIdCheckChar(first17);
  const wrong = ['0', '1', '2'].find((candidate) => candidate !== right) ?? '3';
  return `${first17}${wrong}`;
}

export function uniqueMobile(): string {
  return `13${randomInt(5, 9)}${digits(8)}`;
}

/** 339902********1019: the first six and last four characters, as the server masks ID numbers. */
export function maskedId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}

/** 139****0001, as the server masks mobile numbers. */
export function maskedMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}

export function staffAccount(username: string): DemoStaff {
  const account = demoStaff.find((candidate) => candidate.username === username);
  if (account === undefined) throw new Error(`No demo staff account ${username}`);
  return account;
}

/**
 * The current TOTP code; `stepsAhead` gives the next window's code (the server accepts one step of drift). A retried
 * test passes its retry number, so it never replays the code its first attempt used in the same 30-s window.
 */
export function totpCode(account: DemoStaff, stepsAhead = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(account.totpSecret) });
  return totp.generate({ timestamp: Date.now() + stepsAhead * TOTP_PERIOD_MS });
}

/** The CSRF header for API calls made with a signed-in page's cookies. */
export async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'yw_csrf');
  return cookie === undefined ? {} : { 'x-csrf-token': cookie.value };
}

async function post(page: Page, path: string, data: unknown) {
  return page.request.post(path, { data, headers: await csrfHeader(page) });
}

/** Signs a staff member in through the API (password, then TOTP) in the page's browser context. */
export async function signInStaff(page: Page, account: DemoStaff): Promise<void> {
  const login = await post(page, '/api/v1/auth/login', { identifier: account.username, password: DEMO_PASSWORD });
  expect(login.status(), await login.text()).toBe(200);
  expect(((await login.json()) as { status: string }).status).toBe('totp_required');
  let answer = await post(page, '/api/v1/auth/totp', { code: totpCode(account) });
  // An earlier sign-in of the same account (another test, a retry) may already have used this window's code; the
  // next window's code is still accepted. When that one is used too, the code after it is accepted once the next
  // window has begun: wait for it (at most one period).
  if (answer.status() === 401) answer = await post(page, '/api/v1/auth/totp', { code: totpCode(account, 1) });
  if (answer.status() === 401) {
    await page.waitForTimeout(TOTP_PERIOD_MS - (Date.now() % TOTP_PERIOD_MS) + 200);
    answer = await post(page, '/api/v1/auth/totp', { code: totpCode(account, 1) });
  }
  expect(answer.status(), await answer.text()).toBe(200);
}

export interface NewCitizen {
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
}

export function newCitizen(): NewCitizen {
  return { name: `测试${digits(4)}`, idNumber: uniqueResidentId(), mobile: uniqueMobile(), password: `Pass${digits(6)}word` };
}

/** Registers a new citizen and signs them in, both through the API. */
export async function registerAndSignInCitizen(page: Page): Promise<NewCitizen> {
  const citizen = newCitizen();
  const created = await page.request.post('/api/v1/citizens', {
    data: { name: citizen.name, idNumber: citizen.idNumber, mobile: citizen.mobile, password: citizen.password },
  });
  expect(created.status(), await created.text()).toBe(201);
  const login = await post(page, '/api/v1/auth/login', { identifier: citizen.mobile, password: citizen.password });
  expect(login.status(), await login.text()).toBe(200);
  return citizen;
}
