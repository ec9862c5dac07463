// The actions this staff member may take on the case now (availableActions from the server): one button each,
// a dialog where input is needed, the version seen sent as If-Match, the outcome said in words, then a reload.
import { Alert, Button, Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';
import type { CaseAction, CaseView } from '../../shared/application-types';
import { SectionCard } from '../SectionCard';
import { AssignDialog, DeliverDialog, DenyDialog, ExtendDialog, RefuseDialog, type DialogProps } from './ActionDialogs';
import { actOnCase, isVersionConflict, type ActionBody } from './case-api';
import { actionLabel, currentStepKind, formatDate } from './case-labels';
import { SupplementDialog } from './SupplementDialog';

/** The staff actions in the order the panel shows them; the applicant's own (supplement, withdraw) never show. */
const STAFF_ACTIONS: CaseAction[] = ['claim', 'accept', 'approve', 'deliver', 'complete', 'request-supplement', 'assign', 'extend', 'refuse', 'deny'];
const DIALOGS: Partial<Record<CaseAction, ComponentType<DialogProps>>> = {
  refuse: RefuseDialog,
  'request-supplement': SupplementDialog,
  deny: DenyDialog,
  deliver: DeliverDialog,
  extend: ExtendDialog,
  assign: AssignDialog,
};
/** Actions that take the optional comment typed in the panel. */
const WITH_NOTE: CaseAction[] = ['accept', 'approve'];
const PRIMARY: CaseAction[] = ['accept', 'approve', 'deliver', 'complete'];
const DANGER: CaseAction[] = ['refuse', 'deny'];

interface Outcome {
  type: 'success' | 'error';
  text: string;
}

function doneText(t: TFunction, action: CaseAction, result: CaseView, isDecision: boolean, language: string): string {
  if (action === 'approve' && isDecision) return t('console.applications.done.approveDecide');
  if (action === 'extend') return t('console.applications.done.extend', { date: result.dueOn === null ? '—' : formatDate(result.dueOn, language) });
  if (action === 'assign') return t('console.applications.done.assign', { name: result.assignee?.name ?? '—' });
  const text = t(`console.applications.done.${action}`, { defaultValue: actionLabel(t, action) });
  return typeof text === 'string' ? text : action;
}

export function ActionPanel({ view, isReloading, onChanged }: { view: CaseView; isReloading: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<CaseAction | null>(null);
  const [running, setRunning] = useState<CaseAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState('');
  const outcomeRef = useRef<HTMLDivElement>(null);
  const dialogTrigger = useRef<HTMLElement | null>(null);
  const isDecision = currentStepKind(view) === 'decide';
  const actions = STAFF_ACTIONS.filter((action) => view.availableActions.includes(action));
  const takesNote = actions.some((action) => WITH_NOTE.includes(action));

  function show(next: Outcome) {
    setOutcome(next);
    // The button pressed may be gone after the reload; the outcome is where the keyboard continues.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  /** Sends one action. A 412 (changed meanwhile) is handled here; any other refusal is thrown to the caller. */
  async function perform(action: CaseAction, body: ActionBody): Promise<void> {
    setOutcome(null);
    try {
      const result = await actOnCase(view.id, action, view.version, body);
      setDialog(null);
      setNote('');
      show({ type: 'success', text: doneText(t, action, result, isDecision, i18n.language) });
      onChanged();
    } catch (error) {
      if (isVersionConflict(error)) {
        setDialog(null);
        show({ type: 'error', text: t('console.applications.changedMeanwhile') });
        onChanged();
        return;
      }
      // Wrong role or state: the case moved on elsewhere, so what the page offers is out of date.
      if (error instanceof ApiError && (error.status === 403 || error.status === 409)) onChanged();
      throw error;
    }
  }

  function runDirect(action: CaseAction) {
    setRunning(action);
    const body = WITH_NOTE.includes(action) && note.trim() !== '' ? { note: note.trim() } : {};
    perform(action, body)
      .catch((error: unknown) => show({ type: 'error', text: t('console.applications.actionFailed', { message: error instanceof Error ? error.message : String(error) }) }))
      .finally(() => setRunning(null));
  }

  function openDialog(action: CaseAction, trigger: HTMLElement) {
    dialogTrigger.current = trigger;
    setDialog(action);
  }

  function closeDialog() {
    setDialog(null);
    // The dialog unmounts at once, before antd could give focus back: return it to the button that opened it.
    requestAnimationFrame(() => dialogTrigger.current?.focus());
  }

  const Dialog = dialog === null ? undefined : DIALOGS[dialog];
  const isBusy = running !== null || isReloading;
  return (
    <SectionCard title={t('console.applications.actionsHeading')} className="yw-case-actions">
      <div ref={outcomeRef} role="status" tabIndex={-1} className="yw-case-outcome">
        {outcome !== null && <Alert role="none" type={outcome.type} showIcon title={outcome.text} />}
      </div>
      {actions.length === 0 ? (
        <p className="yw-muted">{t('console.applications.noActions')}</p>
      ) : (
        <>
          {takesNote && (
            <Form layout="vertical" component="div">
              <Form.Item label={t('console.applications.opinion')} extra={t('console.applications.opinionHelp')} htmlFor="case-action-note">
                <Input.TextArea id="case-action-note" rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
              </Form.Item>
            </Form>
          )}
          <div className="yw-case-buttons">
            {actions.map((action) => (
              <Button
                key={action}
                type={PRIMARY.includes(action) ? 'primary' : 'default'}
                danger={DANGER.includes(action)}
                loading={running === action}
                disabled={isBusy && running !== action}
                onClick={(event) => (DIALOGS[action] === undefined ? runDirect(action) : openDialog(action, event.currentTarget))}
              >
                {actionLabel(t, action, isDecision)}
              </Button>
            ))}
          </div>
        </>
      )}
      {Dialog !== undefined && dialog !== null && <Dialog view={view} onSubmit={(body) => perform(dialog, body)} onClose={closeDialog} />}
    </SectionCard>
  );
}
