// Keeps the wizard's answers in a server draft: 1.5 s after the last change, at once on a page change, and one last
// time when the browser leaves the page. Saves run one after another; the first one creates the draft.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplicationInput } from '../../shared/application-types';
import { ApiError } from '../../shared/api';
import { createDraft, saveDraft, saveDraftOnLeave } from './applications-api';

export const AUTOSAVE_DELAY_MS = 1500;

type DraftBody = Omit<ApplicationInput, 'draftId'>;

export interface DraftAutosave {
  draftId: string | null;
  savedAt: Date | null;
  isSaving: boolean;
  error: ApiError | null;
  /** Something changed: save after a pause. */
  markChanged: () => void;
  /** Save now (page change); resolves when the draft is stored. */
  saveNow: () => Promise<void>;
  /** Stops saving (after the application was submitted). */
  stop: () => void;
}

export function useDraftAutosave(initialDraftId: string | null, getBody: () => DraftBody, onCreated: (id: string) => void): DraftAutosave {
  const [draftId, setDraftId] = useState<string | null>(initialDraftId);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const idRef = useRef<string | null>(initialDraftId);
  const isDirty = useRef(false);
  const isStopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const getBodyRef = useRef(getBody);
  const onCreatedRef = useRef(onCreated);
  getBodyRef.current = getBody;
  onCreatedRef.current = onCreated;

  const runSave = useCallback(async () => {
    if (!isDirty.current || isStopped.current) return;
    isDirty.current = false;
    setIsSaving(true);
    try {
      const body = getBodyRef.current();
      const id = idRef.current;
      const saved = id === null ? await createDraft(body) : await saveDraft(id, body);
      if (id === null) {
        idRef.current = saved.id;
        setDraftId(saved.id);
        onCreatedRef.current(saved.id);
      }
      setSavedAt(new Date(saved.updatedAt));
      setError(null);
    } catch (cause) {
      // Kept dirty: the next change or page turn tries again, and the answers stay on the page meanwhile.
      isDirty.current = true;
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'client.failed', String(cause)));
    } finally {
      setIsSaving(false);
    }
  }, []);

  const saveNow = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(runSave);
    return chain.current;
  }, [runSave]);

  const markChanged = useCallback(() => {
    if (isStopped.current) return;
    isDirty.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  const stop = useCallback(() => {
    isStopped.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);

  useEffect(() => {
    // Reload, closing the tab, or leaving the wizard inside the app: what was typed since the last save goes too.
    const onLeave = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      if (!isDirty.current || isStopped.current) return;
      isDirty.current = false;
      saveDraftOnLeave(idRef.current, getBodyRef.current());
    };
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, []);

  return { draftId, savedAt, isSaving, error, markChanged, saveNow, stop };
}
