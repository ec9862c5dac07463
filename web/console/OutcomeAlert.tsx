import { Alert } from 'antd';

/** The result of saving a form: a title and, for a refusal, the problems one per line. */
export interface Outcome {
  type: 'success' | 'error';
  title: string;
  lines: string[];
}

/** The outcome above an editor form, in a live region so that screen readers announce it. */
export function OutcomeAlert({ outcome }: { outcome: Outcome | null }) {
  return (
    <div aria-live="polite">
      {outcome !== null && (
        <Alert
          className="yw-form-alert"
          type={outcome.type}
          showIcon
          title={outcome.title}
          description={outcome.lines.length === 0 ? undefined : <ul className="yw-problem-list">{outcome.lines.map((line) => <li key={line}>{line}</li>)}</ul>}
        />
      )}
    </div>
  );
}
