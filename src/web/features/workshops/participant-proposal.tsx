import '../../i18n/areas/workshops';
import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../contracts/limits';
import type { WorkshopView } from '../../../contracts/workshops';
import { useTemplate } from '../../api/queries';
import { SelectField, TextAreaField } from '../../components/fields';
import { ErrorSummary, useFormErrors } from '../../components/form';
import { useLocalized, useTranslation } from '../../i18n';
import { proposeAction, useSetOwnView, workshopErrorOf } from './participant-api';
import { SendAnyway } from './send-anyway';

/** The steps whose actions say who does what (the API's ZActionStep). */
const ACTION_STEPS = [2, 3, 4, 5] as const;
type ActionStep = (typeof ACTION_STEPS)[number];

/**
 * "Föreslå vad din organisation gör": a step and a sentence; the facilitator turns it into an
 * action with the organisation's actor and contact path. The current question's step is chosen
 * first when it has actions.
 */
export function ParticipantProposal({ view, step }: { view: WorkshopView; step: number }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const template = useTemplate();
  const setOwn = useSetOwnView(view.id);
  const errors = useFormErrors();
  const initial = (ACTION_STEPS as readonly number[]).includes(step) ? step : 2;
  const [chosen, setChosen] = useState(String(initial));
  const [what, setWhat] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [isPersonalData, setPersonalData] = useState(false);
  const mine = view.proposals.filter((p) => p.mine);

  const send = async (acknowledgePersonalData = false) => {
    if (!what.trim()) {
      errors.show([{ fieldId: 'proposal-what', message: t('workshops.participant.whatMissing') }]);
      return;
    }
    setBusy(true);
    setSent(false);
    try {
      const next = await proposeAction(view.id, {
        step: Number(chosen) as ActionStep,
        what: what.trim(),
        ...(acknowledgePersonalData ? { acknowledgePersonalData: true } : {}),
      });
      setOwn(next);
      setWhat('');
      setSent(true);
      setPersonalData(false);
      errors.clear();
    } catch (error) {
      setPersonalData((error as { code?: string }).code === 'PERSONAL_DATA_SUSPECTED');
      errors.show([{ fieldId: 'proposal-what', message: workshopErrorOf(error, t) }]);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <section className="participant-section" aria-labelledby="propose-title">
      <h2 id="propose-title">{t('workshops.participant.proposeTitle')}</h2>
      <p>{t('workshops.participant.proposeLead')}</p>
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <SelectField
          id="proposal-step"
          label={t('workshops.participant.step')}
          value={chosen}
          onValueChange={setChosen}
          options={ACTION_STEPS.map((n) => {
            const s = template.data?.steps.find((x) => x.number === n);
            return {
              value: String(n),
              label: s ? t('workshops.stepTitle', { number: n, title: pick(s.title) }) : String(n),
            };
          })}
        />
        <TextAreaField
          id="proposal-what"
          label={t('workshops.participant.what')}
          error={errors.of('proposal-what')}
          value={what}
          maxLength={LIMITS.description}
          onValueChange={(value) => {
            setWhat(value);
            setPersonalData(false);
          }}
        />
        <div className="button-group">
          <button type="submit" className="button participant-big" disabled={isBusy}>
            {t('workshops.participant.propose')}
          </button>
          {isPersonalData ? <SendAnyway onSend={() => void send(true)} isBusy={isBusy} /> : null}
        </div>
        <p className="save-confirmation" role="status">
          {sent ? t('workshops.participant.proposed') : ''}
        </p>
      </form>
      {mine.length > 0 ? (
        <>
          <h3>{t('workshops.participant.myProposals')}</h3>
          <ul className="participant-proposals">
            {mine.map((p) => (
              <li key={p.id}>
                {p.what}{' '}
                <span className="muted">
                  (
                  {t('workshops.presenter.proposalFrom', {
                    step: p.step,
                    organisation: p.organisation ?? t('workshops.noOrganisation'),
                  })}
                  {' · '}
                  {t(`workshops.presenter.proposalStatus.${p.status}`)})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
