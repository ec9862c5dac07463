import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { decide } from './policy';

function actor(overrides: Partial<Actor> = {}): Actor {
  return { userId: 'u', kind: 'staff', name: '测试', username: 'x', roles: new Set(['window_clerk']), departmentIds: ['d'], regionScopes: [], sessionState: 'active', ...overrides };
}

describe('access policy decisions', () => {
  it('lets anyone through a public route', () => {
    expect(decide({ public: true }, null)).toBe('allow');
    expect(decide({ public: true }, actor({ sessionState: 'pending_totp' }))).toBe('allow');
  });

  it('asks for a sign-in when there is no actor', () => {
    expect(decide({ signedIn: true }, null)).toBe('unauthenticated');
    expect(decide({ pending: true }, null)).toBe('unauthenticated');
  });

  it('lets only a pending session use the second-factor routes', () => {
    expect(decide({ pending: true }, actor({ sessionState: 'pending_totp' }))).toBe('allow');
    expect(decide({ pending: true }, actor({ sessionState: 'pending_enrolment' }))).toBe('allow');
    expect(decide({ pending: true }, actor())).toBe('forbidden');
  });

  it('asks a pending session for its second factor everywhere else', () => {
    expect(decide({ signedIn: true }, actor({ sessionState: 'pending_totp' }))).toBe('second_factor');
    expect(decide({ signedIn: true, kinds: ['staff'], anyRole: ['window_clerk'] }, actor({ sessionState: 'pending_enrolment' }))).toBe('second_factor');
  });

  it('checks the kind of actor and that staff hold one of the roles', () => {
    const clerkOnly = { signedIn: true, kinds: ['staff'], anyRole: ['window_clerk', 'reviewer'] } as const;
    expect(decide(clerkOnly, actor())).toBe('allow');
    expect(decide(clerkOnly, actor({ roles: new Set(['reviewer', 'grid_worker']) }))).toBe('allow');
    expect(decide(clerkOnly, actor({ roles: new Set(['grid_worker']) }))).toBe('forbidden');
    expect(decide(clerkOnly, actor({ roles: new Set() }))).toBe('forbidden');
    expect(decide(clerkOnly, actor({ kind: 'citizen', roles: new Set(['window_clerk']) }))).toBe('forbidden');
    expect(decide({ signedIn: true }, actor({ kind: 'citizen', roles: new Set() }))).toBe('allow');
  });
});
