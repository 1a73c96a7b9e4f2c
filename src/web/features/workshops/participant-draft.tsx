import '../../i18n/areas/workshops';
import { useEffect, useRef, useState } from 'react';
import { WORKSHOP_LIMITS } from '../../../contracts/limits';
import type { WorkshopView } from '../../../contracts/workshops';
import { ApiError } from '../../api/client';
import { FieldShell } from '../../components/form';
import { useFormatTime } from '../../components/use-format';
import { useTranslation } from '../../i18n';
import { saveDraft, useSetOwnView, workshopErrorOf } from './participant-api';
import { SendAnyway } from './send-anyway';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string; isPersonalData: boolean };

/** How long typing may pause before the draft is saved by itself. */
const AUTOSAVE_MS = 1200;

/**
 * The participant's private draft: saved by itself while they type (and with the button), its
 * state in words. A reload or a phone that slept gets the saved draft back from the server.
 */
export function ParticipantDraft({
  view,
  questionId,
  initial,
}: {
  view: WorkshopView;
  questionId: string;
  initial: string;
}) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const setOwn = useSetOwnView(view.id);
  const [text, setText] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saved = useRef(initial);
  const timer = useRef<number | undefined>(undefined);
  const id = `draft-${questionId}`;

  const save = async (acknowledgePersonalData = false) => {
    window.clearTimeout(timer.current);
    const value = text;
    if (value === saved.current && !acknowledgePersonalData) return;
    setState({ kind: 'saving' });
    try {
      const next = await saveDraft(view.id, questionId, {
        text: value,
        ...(acknowledgePersonalData ? { acknowledgePersonalData: true } : {}),
      });
      saved.current = value;
      setOwn(next);
      setState({ kind: 'saved', at: new Date() });
    } catch (error) {
      setState({
        kind: 'error',
        message: workshopErrorOf(error, t),
        isPersonalData: error instanceof ApiError && error.code === 'PERSONAL_DATA_SUSPECTED',
      });
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    if (text === saved.current) return;
    // A flagged text waits for the person's answer; any edit clears the flag (as elsewhere).
    timer.current = window.setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer.current);
  }, [text]);

  const stateText =
    state.kind === 'saving'
      ? t('workshops.participant.saving')
      : state.kind === 'saved'
        ? t('workshops.participant.saved', { time: formatTime(state.at) })
        : text === saved.current && saved.current !== ''
          ? t('workshops.participant.savedEarlier')
          : state.kind === 'idle'
            ? t('workshops.participant.notSaved')
            : '';
  return (
    <form
      className="participant-draft"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FieldShell
        id={id}
        label={t('workshops.participant.yourDraft')}
        hint={t('workshops.participant.draftHint')}
        error={state.kind === 'error' ? state.message : undefined}
      >
        {(describedBy) => (
          <textarea
            id={id}
            className="textarea participant-draft__text"
            rows={6}
            maxLength={WORKSHOP_LIMITS.draft}
            value={text}
            spellCheck
            aria-describedby={describedBy}
            aria-invalid={state.kind === 'error' ? true : undefined}
            onChange={(event) => {
              setText(event.target.value);
              if (state.kind !== 'saving') setState({ kind: 'idle' });
            }}
            onBlur={() => void save()}
          />
        )}
      </FieldShell>
      <p className="participant-draft__state" role="status">
        {stateText}
      </p>
      <div className="button-group">
        <button type="submit" className="button participant-big" disabled={state.kind === 'saving'}>
          {t('workshops.participant.saveDraft')}
        </button>
        {state.kind === 'error' && state.isPersonalData ? (
          <SendAnyway onSend={() => void save(true)} />
        ) : null}
      </div>
    </form>
  );
}
