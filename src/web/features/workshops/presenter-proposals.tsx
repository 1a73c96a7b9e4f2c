import '../../i18n/areas/who-does-what';
import '../../i18n/areas/workshops';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Audience } from '../../../contracts/vocabularies';
import type { Proposal } from '../../../contracts/workshops';
import { useActors, wdwKeys } from '../../api/who-does-what';
import { RadioGroupField, SelectField } from '../../components/fields';
import { AUDIENCE_LIST, useContactPathText } from '../../components/labels';
import { useTranslation } from '../../i18n';
import { acceptProposal, discardProposal, workshopErrorOf } from './participant-api';

/** One proposal the facilitator decides: accept it as an action (actor, audience, path) or discard. */
function ProposalRow({
  proposal,
  workshopId,
  collaborationId,
  routineId,
  isEnded,
}: {
  proposal: Proposal;
  workshopId: string;
  collaborationId: string;
  routineId: string;
  isEnded: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const actors = useActors(collaborationId);
  const pathText = useContactPathText();
  const list = actors.data ?? [];
  const byOrganisation = list.find((a) => a.name === proposal.organisation);
  const [actorId, setActorId] = useState(byOrganisation?.id ?? '');
  const [audience, setAudience] = useState<Audience>('all');
  const [pathId, setPathId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const chosenActor = list.find((a) => a.id === (actorId || list[0]?.id));
  const id = (part: string) => `proposal-${proposal.id}-${part}`;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      void qc.invalidateQueries({ queryKey: wdwKeys.actions(routineId) });
    } catch (error) {
      setProblem(workshopErrorOf(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="presenter-proposal">
      <p className="presenter-proposal__meta">
        {t('workshops.presenter.proposalFrom', {
          step: proposal.step,
          organisation: proposal.organisation ?? t('workshops.noOrganisation'),
        })}
        {' · '}
        <strong>{t(`workshops.presenter.proposalStatus.${proposal.status}`)}</strong>
      </p>
      <p className="presenter-proposal__what">{proposal.what}</p>
      {proposal.status === 'proposed' && !isEnded && list.length === 0 ? (
        <p className="muted">{t('workshops.presenter.noActors')}</p>
      ) : null}
      {proposal.status === 'proposed' && !isEnded && chosenActor ? (
        <div className="presenter-proposal__decide">
          <SelectField
            id={id('actor')}
            label={t('workshops.presenter.actor')}
            value={chosenActor.id}
            options={list.map((a) => ({ value: a.id, label: a.name }))}
            onValueChange={(value) => {
              setActorId(value);
              setPathId('');
            }}
          />
          <RadioGroupField<Audience>
            id={id('audience')}
            legend={t('workshops.presenter.audience')}
            value={audience}
            onValueChange={setAudience}
            options={AUDIENCE_LIST.map((value) => ({
              value,
              label: t(`whoDoesWhat.audience.${value}`),
            }))}
          />
          <SelectField
            id={id('path')}
            label={t('workshops.presenter.contactPath')}
            value={pathId}
            options={[
              { value: '', label: t('workshops.presenter.noContactPath') },
              ...chosenActor.contactPaths.map((p) => ({ value: p.id, label: pathText(p) })),
            ]}
            onValueChange={setPathId}
          />
          <div className="button-group">
            <button
              type="button"
              className="button"
              disabled={isBusy}
              onClick={() =>
                void run(() =>
                  acceptProposal(workshopId, proposal.id, {
                    actorId: chosenActor.id,
                    audience,
                    contactPathId: pathId || null,
                  }),
                )
              }
            >
              {t('workshops.presenter.acceptProposal')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={isBusy}
              onClick={() => void run(() => discardProposal(workshopId, proposal.id))}
            >
              {t('workshops.presenter.discardProposal')}
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}

/** The proposals of who does what, newest last, each decided by the facilitator. */
export function PresenterProposals(props: {
  proposals: Proposal[];
  workshopId: string;
  collaborationId: string;
  routineId: string;
  /** After the end nothing more is decided: the list only. */
  isEnded?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="presenter-panel" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('workshops.presenter.proposals')}</h2>
      {props.proposals.length === 0 ? (
        <p className="muted">{t('workshops.presenter.noProposals')}</p>
      ) : (
        <ul className="presenter-proposals">
          {props.proposals.map((p) => (
            <ProposalRow
              key={p.id}
              proposal={p}
              workshopId={props.workshopId}
              collaborationId={props.collaborationId}
              routineId={props.routineId}
              isEnded={props.isEnded ?? false}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
