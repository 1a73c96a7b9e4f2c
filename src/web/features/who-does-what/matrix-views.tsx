import '../../i18n/areas/first-hour';
import '../../i18n/areas/who-does-what';
import { Link } from 'react-router';
import type { Action, Matrix } from '../../../contracts/actions';
import type { Actor } from '../../../contracts/actors';
import { domIds, type FocusState } from '../../components/focus';
import { contactPathOf, useContactPathHours } from '../../components/labels';
import { stepPath } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';

interface MatrixViewProps {
  matrix: Matrix;
  actors: Actor[];
  routineId: string;
  stepTitle: (step: number) => string;
  canEdit: (action: Action) => boolean;
  onEdit: (action: Action) => void;
}

/** One action in a cell: what the actor does, for whom, and how the organisation is contacted. */
function CellAction({
  action,
  actors,
  routineId,
  canEdit,
  onEdit,
  withId,
}: Omit<MatrixViewProps, 'matrix' | 'stepTitle'> & { action: Action; withId: boolean }) {
  const { t } = useTranslation();
  const hoursOf = useContactPathHours();
  const path = contactPathOf(actors, action);
  // The number never breaks; its hours wrap like the rest of the narrow cell.
  const hours = path ? hoursOf(path) : null;
  const pathText = path ? (
    <>
      <span className="matrix__number">{path.display}</span>
      {hours ? ` (${hours})` : ''}
    </>
  ) : null;
  return (
    <li>
      {canEdit(action) ? (
        <button
          type="button"
          id={withId ? `matrix-action-${action.id}` : undefined}
          className="link-button matrix__action"
          onClick={() => onEdit(action)}
        >
          {action.what}
        </button>
      ) : (
        <Link
          className="matrix__action"
          to={stepPath(routineId, action.step)}
          state={{ focusId: domIds.action(action.id) } satisfies FocusState}
        >
          {action.what}
        </Link>
      )}
      <span className="matrix__audience">
        {' '}
        ({t(`whoDoesWhat.audience.${action.audience}`).toLowerCase()}
        {action.isEntryPoint ? `, ${t('whoDoesWhat.matrix.entryPoint')}` : ''})
      </span>
      {path ? (
        <span className="matrix__contact">
          {t('firstHour.matrix.via')}{' '}
          {path.label ? <span className="matrix__contact-label">{path.label}: </span> : null}
          {path.href ? <a href={path.href}>{pathText}</a> : pathText}
        </span>
      ) : (
        <span className="matrix__contact matrix__contact--missing">
          {t('firstHour.matrix.noContact')}
        </span>
      )}
    </li>
  );
}

function Cell(
  props: Omit<MatrixViewProps, 'stepTitle'> & { actorId: string; step: number; withId: boolean },
) {
  const { t } = useTranslation();
  const { matrix, actorId, step } = props;
  const list = matrix.cells.find((c) => c.actorId === actorId && c.step === step)?.actions ?? [];
  if (list.length === 0)
    return (
      <span className="matrix__empty">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('whoDoesWhat.matrix.empty')}</span>
      </span>
    );
  return (
    <ul className="matrix__actions">
      {list.map((action) => (
        <CellAction key={action.id} {...props} action={action} />
      ))}
    </ul>
  );
}

/**
 * Wide screens: actors (rows) × steps 2–5 (columns) in a table that takes the page's width
 * (fixed layout, wrapping cells), so all four steps fit a 1280 px window without scrolling.
 */
export function MatrixTable(props: MatrixViewProps) {
  const { t } = useTranslation();
  const { matrix, stepTitle } = props;
  return (
    <section className="matrix-wrap matrix-wrap--table" aria-labelledby="matrix-caption">
      <table className="table matrix">
        <caption className="table__caption" id="matrix-caption">
          {t('whoDoesWhat.matrix.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__actor-col">
              {t('whoDoesWhat.matrix.actor')}
            </th>
            {matrix.steps.map((n) => (
              <th key={n} scope="col">
                {stepTitle(n)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">{actor.name}</th>
              {matrix.steps.map((n) => (
                <td key={n}>
                  <Cell {...props} actorId={actor.id} step={n} withId />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A phone: one card per actor with that actor's steps (the table is hidden there). */
export function MatrixCards(props: MatrixViewProps) {
  const { matrix, stepTitle } = props;
  return (
    <ul className="matrix-cards">
      {matrix.actors.map((actor) => {
        const steps = matrix.steps.filter((n) =>
          matrix.cells.some((c) => c.actorId === actor.id && c.step === n && c.actions.length > 0),
        );
        return (
          <li key={actor.id} className="matrix-card">
            <h2 className="matrix-card__title">{actor.name}</h2>
            <MatrixCardSteps {...props} actorId={actor.id} steps={steps} stepTitle={stepTitle} />
          </li>
        );
      })}
    </ul>
  );
}

function MatrixCardSteps(props: MatrixViewProps & { actorId: string; steps: number[] }) {
  const { t } = useTranslation();
  if (props.steps.length === 0)
    return <p className="matrix__empty">{t('firstHour.matrix.noActions')}</p>;
  return (
    <dl className="matrix-card__steps">
      {props.steps.map((n) => (
        <div key={n}>
          <dt>{props.stepTitle(n)}</dt>
          <dd>
            <Cell {...props} actorId={props.actorId} step={n} withId={false} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
