// The classifier's live suggestion for a text being typed: asked 600 ms after the last keystroke, older asks dropped.
import { useEffect, useState } from 'react';
import { classify, type Suggestion } from './governance-api';

export function useSuggestion(text: string): Suggestion | null {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed.length < 4) {
      setSuggestion(null);
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      classify(trimmed, controller.signal)
        .then(setSuggestion)
        // A failed suggestion only means none is shown; the operator picks the category.
        .catch(() => setSuggestion(null));
    }, 600);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return suggestion;
}
