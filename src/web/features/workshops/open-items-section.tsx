import '../../i18n/areas/workshop-records';
import type { WorkshopOpenItem } from '../../../contracts/workshop-records';
import type { TemplateStep } from '../../api/types';
import { useWorkshopOpenItems, workshopSummaryUrl } from '../../api/workshop-records';
import { Icon } from '../../components/icons';
import { useFormatDate } from '../../components/use-format';
import { useLanguage, useLocalized, useTranslation } from '../../i18n';

function ItemState({ item, date }: { item: WorkshopOpenItem; date: string }) {
  const { t } = useTranslation();
  const key =
    item.kind === 'blocked' ? 'blocked' : item.workshopState === 'open' ? 'parkedOpen' : 'parked';
  return (
    <p className="open-items__state">
      <Icon name={item.kind === 'blocked' ? 'stop' : 'clock'} />
      <span>{t(`workshopRecords.openItems.${key}`, { date })}</span>
    </p>
  );
}

/**
 * "Öppna frågor från workshoppar": this step's questions that a workshop parked or left with
 * blocks (reasons and organisations, never names), each with the workshop's summary. Nothing is
 * shown while there are none.
 */
export function WorkshopOpenItems({ routineId, step }: { routineId: string; step: TemplateStep }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const lang = useLanguage();
  const formatDate = useFormatDate();
  const items = (useWorkshopOpenItems(routineId).data ?? []).filter((i) => i.step === step.number);
  if (items.length === 0) return null;
  return (
    <section className="open-items" aria-labelledby="workshop-open-items-title">
      <h2 id="workshop-open-items-title">{t('workshopRecords.openItems.title')}</h2>
      <p>{t('workshopRecords.openItems.intro')}</p>
      <ul className="card-list">
        {items.map((item) => {
          const question = step.questions.find((q) => q.id === item.questionId);
          const date = formatDate(item.workshopStartedAt);
          return (
            <li key={`${item.workshopId}:${item.questionId}`} className="card open-items__item">
              <h3 className="card__title">
                {question
                  ? t('workshopRecords.openItems.question', {
                      number: question.number,
                      text: pick(question.text),
                    })
                  : item.questionId}
              </h3>
              <ItemState item={item} date={date} />
              {item.blocks.length > 0 ? (
                <ul
                  className="open-items__blocks"
                  aria-label={t('workshopRecords.openItems.blocksTitle')}
                >
                  {item.blocks.map((block, i) => (
                    // Blocks have no id of their own; their order is the record's.
                    // biome-ignore lint/suspicious/noArrayIndexKey: stable order from the server
                    <li key={i}>
                      {t('workshopRecords.openItems.blockedBy', { reason: block.reason })}{' '}
                      <span className="muted">
                        {block.organisation
                          ? t('workshopRecords.openItems.blockOrganisation', {
                              organisation: block.organisation,
                            })
                          : t('workshopRecords.openItems.unknownOrganisation')}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="open-items__summary">
                <a href={workshopSummaryUrl(item.workshopId, 'pdf', lang)} download>
                  <Icon name="download" />
                  {t('workshopRecords.openItems.summary', { date })}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
