import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Session, signIn, type TestApp } from '../../testing/test-app';
import { notifyApplicationTransitioned } from './notify-application-transitioned';
import { emitted, newCitizen } from './notification-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface Page {
  items: { id: string; kind: string; titleZh: string; titleEn: string; bodyZh: string | null; link: string | null; createdAt: string; readAt: string | null }[];
  nextCursor: string | null;
  unreadCount: number;
}

/** A citizen signed in with `count` notices in their inbox (oldest first: submit, accept, …). */
async function citizenWithNotices(count: number) {
  const citizen = await newCitizen(t);
  const actions: [string, string][] = [
    ['submit', 'submitted'],
    ['accept', 'in_review'],
    ['request-supplement', 'supplement_requested'],
    ['approve', 'approved'],
    ['complete', 'completed'],
  ];
  for (const [action, toStatus] of actions.slice(0, count)) {
    const applicationId = randomUUID();
    const payload = { applicationId, caseNumber: 'YW3399022026000300', applicantId: citizen.userId, action, toStatus, titleZh: '居住证', titleEn: 'Residence permit', link: `/applications/${applicationId}` };
    const event = await emitted(t, 'applications.transitioned', payload);
    await t.jobs.runOnce(notifyApplicationTransitioned(t.services.cipher), event.payload, event.eventId);
  }
  const session = await signIn(t.app, citizen.mobile, { password: citizen.password });
  return { citizen, session };
}

describe('inbox API', () => {
  it('lists only my notices, newest first, page by page, with the unread count', async () => {
    const { session } = await citizenWithNotices(5);
    await citizenWithNotices(2); // someone else's
    const first = await session.request('GET', '/api/v1/notifications?limit=2');
    expect(first.statusCode).toBe(200);
    const page1 = first.json<Page>();
    expect(page1.unreadCount).toBe(5);
    expect(page1.items.map((n) => n.kind)).toEqual(['application.completed', 'application.approved']);
    expect(page1.items[0]).toMatchObject({ titleZh: '已办结：居住证', titleEn: 'Completed: Residence permit', readAt: null });
    expect(page1.items[0]?.link).toMatch(/^\/applications\//);
    const page2 = (await session.request('GET', `/api/v1/notifications?limit=2&cursor=${page1.nextCursor}`)).json<Page>();
    const page3 = (await session.request('GET', `/api/v1/notifications?limit=2&cursor=${page2.nextCursor}`)).json<Page>();
    expect(page2.items.map((n) => n.kind)).toEqual(['application.supplement_requested', 'application.accepted']);
    expect(page3.items.map((n) => n.kind)).toEqual(['application.submitted']);
    expect(page3.nextCursor).toBeNull();
    // Only declared fields leave the server.
    expect(Object.keys(page1.items[0] ?? {}).sort()).toEqual(['bodyEn', 'bodyZh', 'createdAt', 'id', 'kind', 'link', 'readAt', 'titleEn', 'titleZh']);
  });

  it('marks one notice read (again is fine) and all of them read', async () => {
    const { session } = await citizenWithNotices(3);
    const [newest] = (await session.request('GET', '/api/v1/notifications')).json<Page>().items;
    const read = await session.request('POST', `/api/v1/notifications/${newest?.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ unreadCount: 2 });
    expect((await session.request('POST', `/api/v1/notifications/${newest?.id}/read`)).json()).toEqual({ unreadCount: 2 });
    const page = (await session.request('GET', '/api/v1/notifications')).json<Page>();
    expect(page.items[0]?.readAt).not.toBeNull();
    expect(page.items.filter((n) => n.readAt === null)).toHaveLength(2);

    const all = await session.request('POST', '/api/v1/notifications/read-all');
    expect(all.json()).toEqual({ unreadCount: 0, marked: 2 });
    expect((await session.request('GET', '/api/v1/notifications')).json<Page>().unreadCount).toBe(0);
  });

  it("cannot read or mark another person's notice", async () => {
    const owner = await citizenWithNotices(1);
    const [theirs] = (await owner.session.request('GET', '/api/v1/notifications')).json<Page>().items;
    const { session: other } = await citizenWithNotices(1);
    const attempt = await other.request('POST', `/api/v1/notifications/${theirs?.id}/read`, undefined, { 'accept-language': 'en' });
    expect(attempt.statusCode).toBe(404);
    expect(attempt.json()).toMatchObject({ error: { code: 'notifications.not_found', message: 'No such notification' } });
    expect((await owner.session.request('GET', '/api/v1/notifications')).json<Page>().unreadCount).toBe(1);
    // Their id as a cursor shows nothing of theirs either.
    const page = (await other.request('GET', `/api/v1/notifications?cursor=${theirs?.id}`)).json<Page>();
    expect(page.items).toEqual([]);
    await other.request('POST', '/api/v1/notifications/read-all');
    expect((await owner.session.request('GET', '/api/v1/notifications')).json<Page>().unreadCount).toBe(1);
  });

  it('works for staff too, and refuses anonymous callers and bad ids', async () => {
    const staff = await signIn(t.app, 'clerk.hudong');
    const list = await staff.request('GET', '/api/v1/notifications');
    expect(list.statusCode).toBe(200);
    const anonymous = new Session(t.app);
    expect((await anonymous.request('GET', '/api/v1/notifications')).statusCode).toBe(401);
    expect((await anonymous.request('POST', '/api/v1/notifications/read-all')).statusCode).toBe(401);
    expect((await staff.request('POST', '/api/v1/notifications/not-a-uuid/read')).statusCode).toBe(400);
    expect((await staff.request('GET', '/api/v1/notifications?limit=0')).statusCode).toBe(400);
  });
});
