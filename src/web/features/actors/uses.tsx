import '../../i18n/areas/actors';
import { Link } from 'react-router';
import { domIds, type FocusState } from '../../components/focus';
import { stepPath } from '../../components/workspace-context';
import { type TFunction, useTranslation } from '../../i18n';

/** The details of a 409 IN_USE on an actor or a contact path (actors.service.ts). */
export interface Uses {
  actions?: { id: string; routineId: string; routineTitle: string; step: number; what: string }[];
  obstacles?: {
    id: string;
    routineId: string;
    routineTitle: string;
    step: number;
    description: string;
  }[];
  members?: { userId: string; name: string }[];
}

/** The uses in one sentence, for an error summary. */
export function describeUses(t: TFunction, uses: Uses | undefined): string {
  const parts = [
    ...(uses?.actions ?? []).map((a) =>
      t('actors.uses.action', { routine: a.routineTitle, step: a.step, what: a.what }),
    ),
    ...(uses?.obstacles ?? []).map((o) =>
      t('actors.uses.obstacle', { routine: o.routineTitle, step: o.step, what: o.description }),
    ),
    ...(uses?.members ?? []).map((m) => t('actors.uses.member', { name: m.name })),
  ];
  return parts.join('; ');
}

/** The uses as a list, each action and obstacle linking to its place in its routine. */
export function UsesList({ uses }: { uses: Uses }) {
  const { t } = useTranslation();
  return (
    <ul className="list-bullet">
      {(uses.actions ?? []).map((a) => (
        <li key={`action-${a.id}`}>
          <Link
            to={stepPath(a.routineId, a.step)}
            state={{ focusId: domIds.action(a.id) } satisfies FocusState}
          >
            {t('actors.uses.action', { routine: a.routineTitle, step: a.step, what: a.what })}
          </Link>
        </li>
      ))}
      {(uses.obstacles ?? []).map((o) => (
        <li key={`obstacle-${o.id}`}>
          <Link
            to={stepPath(o.routineId, o.step)}
            state={{ focusId: domIds.obstacle(o.id) } satisfies FocusState}
          >
            {t('actors.uses.obstacle', {
              routine: o.routineTitle,
              step: o.step,
              what: o.description,
            })}
          </Link>
        </li>
      ))}
      {(uses.members ?? []).map((m) => (
        <li key={`member-${m.userId}`}>{t('actors.uses.member', { name: m.name })}</li>
      ))}
    </ul>
  );
}
