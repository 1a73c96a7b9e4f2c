import '../../i18n/areas/workshops';
import { useState } from 'react';
import type { WorkshopView } from '../../../contracts/workshops';
import { CheckboxField } from '../../components/fields';
import { useTranslation } from '../../i18n';
import { setWordingHelper, useSetOwnView, workshopErrorOf } from './participant-api';
import '../../styles/workshop-helpers.css';

/**
 * The facilitator invites members taking part to write the proposed wording with them (issue
 * 17): a checkbox per member; an invited member's phone or laptop gets the wording field at
 * once. Guests are not offered: live edits of the wording are audited by account.
 */
export function PresenterHelpers({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const setOwn = useSetOwnView(view.id);
  // Ticked at once (the request follows); the server's answer then stands.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const invited = view.members.filter((m) => m.wordingHelper).length;

  const toggle = async (participantId: string, helper: boolean) => {
    setPending((p) => ({ ...p, [participantId]: helper }));
    setProblem(null);
    try {
      setOwn(await setWordingHelper(view.id, participantId, { helper }));
    } catch (error) {
      setProblem(workshopErrorOf(error, t));
    } finally {
      setPending(({ [participantId]: _done, ...rest }) => rest);
    }
  };

  return (
    <details className="presenter-helpers">
      <summary>{t('workshops.presenter.helpers', { count: invited })}</summary>
      <p className="field__hint">{t('workshops.presenter.helpersLead')}</p>
      {view.members.length === 0 ? (
        <p className="muted">{t('workshops.presenter.noMembers')}</p>
      ) : (
        <ul className="plain-list">
          {view.members.map((m) => (
            <li key={m.participantId}>
              <CheckboxField
                id={`helper-${m.participantId}`}
                label={m.organisation ? `${m.name} (${m.organisation})` : m.name}
                checked={pending[m.participantId] ?? m.wordingHelper}
                disabled={m.participantId in pending}
                onCheckedChange={(checked) => void toggle(m.participantId, checked)}
              />
            </li>
          ))}
        </ul>
      )}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </details>
  );
}
