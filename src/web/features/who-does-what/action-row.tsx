import '../../i18n/areas/who-does-what';
import type { ReactNode } from 'react';
import type { Action } from '../../../contracts/actions';
import type { Actor, ContactPath } from '../../../contracts/actors';
import { Icon } from '../../components/icons';
import { actorOf, contactPathOf } from '../../components/labels';
import { useTranslation } from '../../i18n';

/** A contact path as a link where it has one (tel:, mailto:, https:), with its hours. */
export function ContactPathLink({ path }: { path: ContactPath }) {
  const { t } = useTranslation();
  const hours = path.always ? t('whoDoesWhat.path.always') : path.hours;
  return (
    <>
      {path.href ? <a href={path.href}>{path.display}</a> : path.display}
      {hours ? ` (${hours})` : ''}
    </>
  );
}

/** "Polisen – Tar emot anmälan": how buttons and dialogs name an action. */
export function useActionName(actors: Actor[] | undefined): (action: Action) => string {
  const { t } = useTranslation();
  return (action) =>
    `${actorOf(actors, action.actorId)?.name ?? t('whoDoesWhat.unknownActor')} – ${action.what}`;
}

/** The receiving action's contact path, or else the receiving actor's first one. */
function receiverPath(actors: Actor[], receiver: Action): ContactPath | undefined {
  return contactPathOf(actors, receiver) ?? actorOf(actors, receiver.actorId)?.contactPaths[0];
}

/** "→ lämnar över till Socialtjänsten: gör en skyddsbedömning (08-… (vardagar 8–17))". */
export function HandoffList({
  action,
  actors,
  allActions,
}: {
  action: Action;
  actors: Actor[];
  allActions: Action[];
}) {
  const { t } = useTranslation();
  const receivers = action.handoffTo
    .map((id) => allActions.find((a) => a.id === id))
    .filter((a): a is Action => a !== undefined);
  if (receivers.length === 0) return null;
  return (
    <ul className="handoffs">
      {receivers.map((receiver) => {
        const path = receiverPath(actors, receiver);
        return (
          <li key={receiver.id}>
            <span aria-hidden="true">→ </span>
            {t('whoDoesWhat.row.handsOverTo')}{' '}
            <strong>
              {actorOf(actors, receiver.actorId)?.name ?? t('whoDoesWhat.unknownActor')}
            </strong>
            : {receiver.what}
            {path ? (
              <>
                {' '}
                (<ContactPathLink path={path} />)
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

interface ActionRowProps {
  action: Action;
  /** Unique on the page: an entry point for "all" shows under both Barn and Vuxna. */
  rowId: string;
  actors: Actor[];
  allActions: Action[];
  /** Show move up / down (when the list has more than one row). */
  canMove: boolean;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (direction: 'up' | 'down') => void;
  /** Room for more, e.g. a comment count (issue 4's UI). */
  children?: ReactNode;
}

/**
 * One line of "who does what": "**Actor** — what — för barn — via 114 14 (dygnet runt)", its
 * kind and trigger, the handoffs with the receiver's contact path, and its tools.
 */
export function ActionRow({
  action,
  rowId,
  actors,
  allActions,
  canMove,
  isFirst,
  isLast,
  canEdit,
  onEdit,
  onDelete,
  onMove,
  children,
}: ActionRowProps) {
  const { t } = useTranslation();
  const actionName = useActionName(actors);
  const actor = actorOf(actors, action.actorId);
  const path = contactPathOf(actors, action);
  const name = actionName(action);
  return (
    <li id={rowId} tabIndex={-1} className="action-row">
      <p className="action-row__line">
        <strong>{actor?.name ?? t('whoDoesWhat.unknownActor')}</strong>
        {' — '}
        {action.what}
        {' — '}
        {t(`whoDoesWhat.row.audience.${action.audience}`)}
        {' — '}
        {path ? (
          <>
            {t('whoDoesWhat.row.via')} <ContactPathLink path={path} />
          </>
        ) : (
          <span className="muted">{t('whoDoesWhat.row.noPath')}</span>
        )}
      </p>
      <p className="action-row__meta">
        <span>
          {t('whoDoesWhat.row.kind')}: {t(`whoDoesWhat.actionKind.${action.kind}`)}
        </span>
        {action.when ? (
          <span>
            {t('whoDoesWhat.row.when')}: {action.when}
          </span>
        ) : null}
        {action.isEntryPoint ? <span>{t('whoDoesWhat.row.entryPoint')}</span> : null}
      </p>
      <HandoffList action={action} actors={actors} allActions={allActions} />
      {children}
      {canEdit ? (
        <div className="action-row__tools">
          <button type="button" className="button button--secondary button--small" onClick={onEdit}>
            <Icon name="pencil" />
            {t('whoDoesWhat.row.edit')}
            <span className="visually-hidden"> {name}</span>
          </button>
          {canMove ? (
            <>
              <button
                type="button"
                id={`${rowId}-up`}
                className="button button--secondary button--small"
                aria-disabled={isFirst || undefined}
                onClick={() => {
                  if (!isFirst) onMove('up');
                }}
              >
                <Icon name="arrowUp" />
                {t('whoDoesWhat.row.moveUp')}
                <span className="visually-hidden"> {name}</span>
              </button>
              <button
                type="button"
                id={`${rowId}-down`}
                className="button button--secondary button--small"
                aria-disabled={isLast || undefined}
                onClick={() => {
                  if (!isLast) onMove('down');
                }}
              >
                <Icon name="arrowDown" />
                {t('whoDoesWhat.row.moveDown')}
                <span className="visually-hidden"> {name}</span>
              </button>
            </>
          ) : null}
          <button
            type="button"
            className="button button--secondary button--small button--danger"
            onClick={onDelete}
          >
            <Icon name="close" />
            {t('whoDoesWhat.row.delete')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
