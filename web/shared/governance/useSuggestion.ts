// The classifier's live suggestion for a text being typed: asked 600 ms after the last keystroke, older asks
// dropped. A suggestion is a help, not a step: without one the person chooses (or leaves it to the dispatcher).
import { useEffect, useState } from 'react';
import type { Static } from 'typebox';
import type { Suggestion } from '../../../server/modules/governance/incidents/schemas';
import { apiRequest } from '../api';

export type SuggestionView = Static<typeof Suggestion>;

const DEBOUNCE_MS = 600;
const MIN_TEXT = 4;

/** POST /governance/classify: the suggested category and department for the text so far. */
export function classify(text: string, signal?: AbortSignal): Promise<SuggestionView> {
  return apiRequest<SuggestionView>('POST', '/governance/classify', { text }, signal);
}

export function useSuggestion(description: string): SuggestionView | null {
  const [suggestion, setSuggestion] = useState<SuggestionView | null>(null);
  const text = description.trim();
  useEffect(() => {
    if (text.length < MIN_TEXT) {
      setSuggestion(null);
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      classify(text, controller.signal)
        .then(setSuggestion)
        .catch(() => {
          if (!controller.signal.aborted) setSuggestion(null);
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return suggestion;
}
