import '../../i18n/areas/workshops';
import { Link } from 'react-router';
import type { WorkshopView } from '../../../contracts/workshops';
import type { Template } from '../../api/types';
import { PageHeading } from '../../components/page-heading';
import { routinePath } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';

/** After the end: what became of each question, and the summary to download. */
export function PresenterEnded({
  view,
  template,
  routineId,
}: {
  view: WorkshopView;
  template: Template;
  routineId: string;
}) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const questionOf = (id: string) =>
    template.steps.flatMap((s) => s.questions).find((q) => q.id === id);
  return (
    <>
      <PageHeading caption={t('workshops.title')}>{t('workshops.ended')}</PageHeading>
      <ul className="presenter__downloads">
        <li>
          <a href={`/api/workshops/${view.id}/summary.pdf`}>
            {t('workshops.presenter.summaryPdf')}
          </a>
        </li>
        <li>
          <a href={`/api/workshops/${view.id}/summary.md`}>{t('workshops.presenter.summaryMd')}</a>
        </li>
        <li>
          <Link to={routinePath(routineId)}>{t('workshops.presenter.backToRoutine')}</Link>
        </li>
      </ul>
      <section className="presenter-panel" aria-labelledby="outcomes-title">
        <h2 id="outcomes-title">{t('workshops.presenter.outcomes')}</h2>
        <ol className="presenter-outcomes">
          {view.questions.map((q) => {
            const question = questionOf(q.questionId);
            return (
              <li key={q.questionId}>
                <h3>{question ? pick(question.text) : q.questionId}</h3>
                <p className="presenter__meta">
                  {t(`workshops.phase.${q.phase}`, { round: q.round })}
                </p>
                {q.agreedText ? <p className="presenter-outcomes__text">{q.agreedText}</p> : null}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
