import '../../i18n/areas/review';
import type { CSSProperties } from 'react';
import type { TimelineView } from '../../../domain/timeline';
import type { Template } from '../../api/types';
import { useFormatDay } from '../../components/dates';
import { useLocalized, useTranslation } from '../../i18n';

/** Chronological number of each milestone: the figure and the list below show the same one. */
export function milestoneNumbers(view: TimelineView): Map<string, number> {
  const all = view.phases.flatMap((p) => p.milestones);
  all.sort((a, b) => a.position - b.position || a.plannedDate.localeCompare(b.plannedDate));
  return new Map(all.map((m, index) => [m.id, index + 1]));
}

const at = (position: number): CSSProperties => ({ left: `${(position * 100).toFixed(2)}%` });

/**
 * The timeline as a picture: the four phases as lanes along one time axis, each milestone a
 * numbered marker (filled when done, a warning shape when overdue) and the "Här är vi nu" line
 * at today. A figure with a summary as its accessible name; the list after it is the full text.
 */
export function TimelineFigure({ view, template }: { view: TimelineView; template: Template }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const formatDay = useFormatDay();
  const numbers = milestoneNumbers(view);
  const phaseTitle = (key: string) =>
    pick(template.timeline.phases.find((p) => p.key === key)?.title);
  const summary = t('review.figure.summary', {
    start: formatDay(view.start),
    end: formatDay(view.end),
    today: formatDay(view.today),
    phase: view.now.phase ? phaseTitle(view.now.phase) : t('review.allDone'),
    count: view.overdueCount,
  });

  return (
    <figure className="timeline-figure" aria-labelledby="timeline-figure-caption">
      <div className="timeline-chart" role="img" aria-label={summary}>
        {/* The label above the tracks, the line through each track: never through a phase name. */}
        <div className="timeline-chart__now-row">
          <div className="timeline-chart__now-inner">
            <span
              className={`timeline-chart__now-label${view.now.position > 0.7 ? ' timeline-chart__now-label--end' : ''}`}
              style={at(view.now.position)}
            >
              {t('review.hereWeAre')}
            </span>
          </div>
        </div>
        <div className="timeline-chart__lanes">
          {view.phases.map((phase, index) => (
            <div key={phase.phase} className={`timeline-lane timeline-lane--${phase.state}`}>
              <div className="timeline-lane__label">
                {index + 1}. {phaseTitle(phase.phase)}
              </div>
              <div className="timeline-lane__track">
                <div className="timeline-lane__inner">
                  <span className="timeline-chart__now" style={at(view.now.position)} />
                  {phase.milestones.map((m) => (
                    <span
                      key={m.id}
                      className={`timeline-marker ${
                        m.isDone
                          ? 'timeline-marker--done'
                          : m.isOverdue
                            ? 'timeline-marker--overdue'
                            : 'timeline-marker--planned'
                      }`}
                      style={at(m.position)}
                    >
                      {numbers.get(m.id)}
                    </span>
                  ))}
                </div>
              </div>
            </div>
          ))}
        </div>
        <div className="timeline-chart__axis">
          <span>{formatDay(view.start)}</span>
          <span>{formatDay(view.end)}</span>
        </div>
      </div>
      <figcaption id="timeline-figure-caption" className="timeline-figure__caption">
        {t('review.figure.caption')}
      </figcaption>
      <ul className="timeline-legend" aria-label={t('review.figure.legend')}>
        <li>
          <span
            className="timeline-marker timeline-marker--done timeline-marker--static"
            aria-hidden="true"
          >
            1
          </span>
          {t('review.state.done')}
        </li>
        <li>
          <span
            className="timeline-marker timeline-marker--planned timeline-marker--static"
            aria-hidden="true"
          >
            1
          </span>
          {t('review.state.planned')}
        </li>
        <li>
          <span
            className="timeline-marker timeline-marker--overdue timeline-marker--static"
            aria-hidden="true"
          >
            1
          </span>
          {t('review.state.overdue')}
        </li>
        <li>
          <span className="timeline-legend__now" aria-hidden="true" />
          {t('review.hereWeAre')}
        </li>
      </ul>
    </figure>
  );
}
