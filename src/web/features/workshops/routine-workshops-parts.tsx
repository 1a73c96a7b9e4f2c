import '../../i18n/areas/workshop-records';
import type { WorkshopListItem, WorkshopOutcomes } from '../../../contracts/workshop-records';
import { workshopSummaryUrl } from '../../api/workshop-records';
import { Icon } from '../../components/icons';
import { useLanguage, useTranslation } from '../../i18n';

/** "Pågår" / "Avslutad": words and an icon, colour only as a second cue. */
export function WorkshopStateTag({ state }: { state: WorkshopListItem['state'] }) {
  const { t } = useTranslation();
  return (
    <span className={`status ${state === 'open' ? 'status--in_review' : 'status--archived'}`}>
      <Icon name={state === 'open' ? 'clock' : 'check'} />
      <span>{t(`workshopRecords.state.${state}`)}</span>
    </span>
  );
}

const OUTCOMES = ['accepted', 'parked', 'blocked', 'undecided'] as const;

/** "3 överens · 1 parkerad · 1 blockerad", leaving out what did not happen. */
export function OutcomeCounts({ outcomes }: { outcomes: WorkshopOutcomes }) {
  const { t } = useTranslation();
  const shown = OUTCOMES.filter((o) => outcomes[o] > 0);
  return (
    <>
      {shown.map((o) => t(`workshopRecords.outcome.${o}`, { count: outcomes[o] })).join(' · ') ||
        t('workshopRecords.outcome.undecided', { count: 0 })}
    </>
  );
}

/** The summary's two files, each a download in the UI language. */
export function SummaryDownloads({ wid, date }: { wid: string; date: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labelId = `workshop-${wid}-files`;
  return (
    <p className="workshop-card__downloads">
      <span id={labelId}>{t('workshopRecords.summaryOf', { date })}</span>{' '}
      {(['pdf', 'md'] as const).map((format, i) => (
        <span key={format}>
          {i > 0 ? ' · ' : null}
          <a href={workshopSummaryUrl(wid, format, lang)} download aria-describedby={labelId}>
            <Icon name="download" />
            {t(`workshopRecords.file.${format}`)}
          </a>
        </span>
      ))}
    </p>
  );
}
