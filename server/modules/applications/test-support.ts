import type { Session } from '../../testing/test-app';

/** A tiny valid PNG (1×1), for upload materials in tests. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export async function upload(session: Session, bytes: Buffer = PNG, name = 'photo.png'): Promise<string> {
  const res = await session.request('POST', '/api/v1/applications/uploads', bytes, { 'content-type': 'image/png', 'x-file-name': encodeURIComponent(name) });
  if (res.statusCode !== 201) throw new Error(`upload failed ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

interface CaseJson {
  id: string;
  version: number;
  status: string;
  availableActions: string[];
  children: { id: string; status: string; itemCode: string }[];
  licence: { id: string } | null;
}

export async function getCase(session: Session, id: string): Promise<CaseJson> {
  const res = await session.request('GET', `/api/v1/applications/${id}`);
  if (res.statusCode !== 200) throw new Error(`get failed ${res.statusCode} ${res.body}`);
  return res.json<CaseJson>();
}

/** Takes an action with the current version; returns the response (status and body). */
export async function act(session: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const current = await getCase(session, id);
  return session.request('POST', `/api/v1/applications/${id}/actions/${action}`, body, { 'if-match': `"${current.version}"` });
}

/** Runs a case through every remaining staff step: accept, approve until decided, deliver. */
export async function handleToEnd(session: Session, id: string): Promise<CaseJson> {
  for (let i = 0; i < 10; i++) {
    const c = await getCase(session, id);
    const next = ['accept', 'approve', 'deliver'].find((a) => c.availableActions.includes(a));
    if (!next) return c;
    const res = await act(session, id, next, next === 'deliver' ? { method: c.licence ? 'elicence' : 'counter' } : {});
    if (res.statusCode !== 200) throw new Error(`${next} failed ${res.statusCode} ${res.body}`);
  }
  return getCase(session, id);
}
