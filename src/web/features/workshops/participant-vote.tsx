import '../../i18n/areas/workshops';
import { type FormEvent, useState } from 'react';
import { WORKSHOP_LIMITS } from '../../../contracts/limits';
import type { Stance, WorkshopView } from '../../../contracts/workshops';
import { ApiError } from '../../api/client';
import { ErrorSummary, FieldShell, useFormErrors } from '../../components/form';
import { useTranslation } from '../../i18n';
import { castVote, useSetOwnView, workshopErrorOf } from './participant-api';
import { SendAnyway } from './send-anyway';

type Question = WorkshopView['questions'][number];

const STANCES: Stance[] = ['support', 'accept', 'block'];

/**
 * The agreement round on a phone: three choices, a block needs its reason (checked here and by
 * the server, whose refusal is shown as it says it). Big radio targets, keyboard alone works.
 */
export function ParticipantVote({ view, question }: { view: WorkshopView; question: Question }) {
  const { t } = useTranslation();
  const setOwn = useSetOwnView(view.id);
  const errors = useFormErrors();
  const [stance, setStance] = useState<Stance | null>(question.myVote?.stance ?? null);
  const [reason, setReason] = useState(question.myVote?.reason ?? '');
  const [isBusy, setBusy] = useState(false);
  const [isPersonalData, setPersonalData] = useState(false);
  const id = `vote-${question.questionId}-${question.round}`;
  const reasonId = `${id}-reason`;

  const send = async (acknowledgePersonalData = false) => {
    if (!stance) {
      errors.show([{ fieldId: `${id}-support`, message: t('workshops.errors.chooseStance') }]);
      return;
    }
    // A block without its reason is the server's to refuse: its answer is shown as it says it.
    setBusy(true);
    setPersonalData(false);
    try {
      const next = await castVote(view.id, question.questionId, {
        stance,
        ...(stance === 'block' ? { reason: reason.trim() } : {}),
        ...(acknowledgePersonalData ? { acknowledgePersonalData: true } : {}),
      });
      errors.clear();
      setOwn(next);
    } catch (error) {
      const isGuard = error instanceof ApiError && error.code === 'PERSONAL_DATA_SUSPECTED';
      setPersonalData(isGuard);
      const message = workshopErrorOf(error, t);
      errors.show([{ fieldId: isGuard || stance === 'block' ? reasonId : undefined, message }]);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <form className="participant-vote" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <fieldset className="field participant-vote__choices">
        <legend className="field__label">{t('workshops.participant.yourStance')}</legend>
        {STANCES.map((value) => (
          <div key={value} className="participant-choice">
            <input
              type="radio"
              id={`${id}-${value}`}
              name={id}
              className="participant-choice__input"
              value={value}
              checked={stance === value}
              onChange={() => setStance(value)}
            />
            <label className="participant-choice__label" htmlFor={`${id}-${value}`}>
              {t(`workshops.stance.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {stance === 'block' ? (
        <FieldShell
          id={reasonId}
          label={t('workshops.participant.reason')}
          hint={t('workshops.participant.reasonHint')}
          error={errors.of(reasonId)}
        >
          {(describedBy) => (
            <textarea
              id={reasonId}
              className="textarea textarea--short"
              rows={3}
              maxLength={WORKSHOP_LIMITS.reason}
              value={reason}
              aria-describedby={describedBy}
              aria-invalid={errors.of(reasonId) ? true : undefined}
              onChange={(event) => {
                setReason(event.target.value);
                setPersonalData(false);
              }}
            />
          )}
        </FieldShell>
      ) : null}
      <div className="button-group">
        <button type="submit" className="button participant-big" disabled={isBusy}>
          {t('workshops.participant.sendStance')}
        </button>
        {isPersonalData ? <SendAnyway onSend={() => void send(true)} isBusy={isBusy} /> : null}
      </div>
      <p className="participant-vote__mine" role="status">
        {question.myVote
          ? t('workshops.participant.youAnswered', {
              stance: t(`workshops.stance.${question.myVote.stance}`),
            })
          : ''}
      </p>
      {question.myVote ? <p className="muted">{t('workshops.participant.changeHint')}</p> : null}
    </form>
  );
}
