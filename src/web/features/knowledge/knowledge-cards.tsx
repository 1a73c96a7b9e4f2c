import '../../i18n/areas/knowledge';
import '../../i18n/areas/who-does-what';
import type { KnowledgeItem } from '../../../contracts/knowledge';
import { findNationalResource } from '../../../domain/national-resources';
import { useUpdateKnowledgeItem } from '../../api/who-does-what';
import { useAnnounce } from '../../components/announcer';
import { focusWhenReady } from '../../components/focus';
import { Icon } from '../../components/icons';
import { useFormatDate } from '../../components/use-format';
import { useLocalized, useTranslation } from '../../i18n';

/** The DOM id of an item's card, where focus goes back after changing it. */
export const itemDomId = (id: string) => `knowledge-${id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

function StepsLine({ steps }: { steps: number[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return null;
  return <p className="muted">{t('knowledge.steps', { steps: steps.join(', ') })}</p>;
}

/** A national entry: read-only facts with their source and date; hide or annotate it. */
export function NationalCard({
  item,
  canManage,
  collaborationId,
  onAnnotate,
}: {
  item: KnowledgeItem;
  canManage: boolean;
  collaborationId: string;
  onAnnotate: () => void;
}) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const formatDate = useFormatDate();
  const announce = useAnnounce();
  const update = useUpdateKnowledgeItem(collaborationId);
  const resource = findNationalResource(item.id.replace(/^national:/, ''));
  const title = pick(item.title);
  async function toggleHidden() {
    try {
      await update.mutateAsync({ id: item.id, body: { hidden: !item.hidden } });
      announce(
        item.hidden ? t('knowledge.shownAgain', { title }) : t('knowledge.hiddenNow', { title }),
      );
      focusWhenReady(item.hidden ? itemDomId(item.id) : 'knowledge-title');
    } catch {
      announce(t('knowledge.form.failed'));
    }
  }
  return (
    <li id={itemDomId(item.id)} tabIndex={-1} className="card knowledge-card">
      <h4 className="card__title">{title}</h4>
      {resource ? <p>{pick(resource.description)}</p> : null}
      {item.contact ? (
        <p>
          <strong>{t('knowledge.contact')}:</strong> {item.contact}
        </p>
      ) : null}
      {item.url ? (
        <p>
          <a href={item.url} rel="noopener noreferrer" target="_blank">
            {item.url}
            <span className="visually-hidden"> {t('knowledge.opensNewTab')}</span>
          </a>
        </p>
      ) : null}
      <StepsLine steps={item.steps} />
      <p className="knowledge-card__source">
        {t('knowledge.source')}: {item.sourceName}.{' '}
        {item.lastChecked
          ? t('knowledge.lastChecked', { date: formatDate(item.lastChecked) })
          : null}
      </p>
      {item.annotation ? (
        <div className="inset">
          <p>
            <strong>{t('knowledge.annotation.yours')}:</strong> {item.annotation}
          </p>
        </div>
      ) : null}
      {canManage ? (
        <div className="action-row__tools">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onAnnotate}
          >
            <Icon name="pencil" />
            {item.annotation ? t('knowledge.annotation.edit') : t('knowledge.annotation.add')}
            <span className="visually-hidden"> {title}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={update.isPending}
            onClick={() => void toggleHidden()}
          >
            {item.hidden ? t('knowledge.show') : t('knowledge.hide')}
            <span className="visually-hidden"> {title}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** One of the collaboration's own items. */
export function LocalCard({
  item,
  canManage,
  onEdit,
  onDelete,
}: {
  item: KnowledgeItem;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const title = pick(item.title);
  return (
    <li id={itemDomId(item.id)} tabIndex={-1} className="card knowledge-card">
      <h4 className="card__title">{title}</h4>
      <p className="muted">{t(`knowledge.kind.${item.kind}`)}</p>
      {item.url ? (
        <p>
          <a href={item.url} rel="noopener noreferrer" target="_blank">
            {item.url}
            <span className="visually-hidden"> {t('knowledge.opensNewTab')}</span>
          </a>
        </p>
      ) : null}
      {item.notes ? <p>{item.notes}</p> : null}
      <StepsLine steps={item.steps} />
      {canManage ? (
        <div className="action-row__tools">
          <button type="button" className="button button--secondary button--small" onClick={onEdit}>
            <Icon name="pencil" />
            {t('whoDoesWhat.row.edit')}
            <span className="visually-hidden"> {title}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small button--danger"
            onClick={onDelete}
          >
            <Icon name="close" />
            {t('whoDoesWhat.row.delete')}
            <span className="visually-hidden"> {title}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
