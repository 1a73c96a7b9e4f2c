import '../../i18n/areas/workshops';
import { useEffect, useState } from 'react';
import type { WorkshopView } from '../../../contracts/workshops';
import { CheckboxField } from '../../components/fields';
import { useTranslation } from '../../i18n';
import { setWordingHelper, useSetOwnView, workshopErrorOf } from './participant-api';
import '../../styles/workshop-helpers.css';

/** A box ticked or unticked by the facilitator, until the view shows the server's answer. */
interface Pending {
  helper: boolean;
  answered: boolean;
}

/**
 * The facilitator invites members taking part to write the proposed wording with them (issue
 * 17): a checkbox per member; an invited member's phone or laptop gets the wording field at
 * once. Guests are not offered: live edits of the wording are audited by account.
 */
export function PresenterHelpers({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const setOwn = useSetOwnView(view.id);
  // Ticked at once (the request follows). The mark stays after the answer until the view has
  // it: the query hands new data to the page a task after the answer arrives, and dropping the
  // mark at the answer unticked the box for that moment.
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const invited = view.members.filter((m) => m.wordingHelper).length;

  useEffect(() => {
    // New members from the server (the answer, or a later fetch): answered marks have served.
    void view.members;
    setPending((marks) => {
      const waiting = Object.entries(marks).filter(([, mark]) => !mark.answered);
      return waiting.length === Object.keys(marks).length ? marks : Object.fromEntries(waiting);
    });
  }, [view.members]);

  const toggle = async (participantId: string, helper: boolean) => {
    setPending((marks) => ({ ...marks, [participantId]: { helper, answered: false } }));
    setProblem(null);
    try {
      setOwn(await setWordingHelper(view.id, participantId, { helper }));
      setPending((marks) => ({ ...marks, [participantId]: { helper, answered: true } }));
    } catch (error) {
      setProblem(workshopErrorOf(error, t));
      setPending(({ [participantId]: _failed, ...rest }) => rest);
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
                checked={pending[m.participantId]?.helper ?? m.wordingHelper}
                disabled={pending[m.participantId]?.answered === false}
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
