import '../../i18n/areas/workshops';
import type { WorkshopView } from '../../../contracts/workshops';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';

/*
 * What the room sees of a question, on the projector and on the phones alike: the revealed
 * drafts (organisation, never a name) and the agreement round's tally with the block reasons.
 */

type Question = WorkshopView['questions'][number];

export function DraftList({ drafts }: { drafts: Question['drafts'] }) {
  const { t } = useTranslation();
  return (
    <section className="workshop-drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('workshops.drafts')}</h2>
      {drafts.length === 0 ? (
        <p className="muted">{t('workshops.noDrafts')}</p>
      ) : (
        <ul className="workshop-drafts__list">
          {drafts.map((d, i) => (
            // Drafts have no id of their own; their order is fixed (alphabetical) by the server.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} className="workshop-draft">
              <p className="workshop-draft__text">{d.text}</p>
              <p className="workshop-draft__org">
                {d.name ? `${d.name}, ` : ''}
                {d.organisation ?? t('workshops.noOrganisation')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Står bakom / kan leva med det / blockerar as numbers with words, and every block's reason. */
export function Tally({ question }: { question: Question }) {
  const { t } = useTranslation();
  const { support, accept, block } = question.tally;
  const total = support + accept + block;
  return (
    <section className="workshop-tally" aria-labelledby="tally-title">
      <h2 id="tally-title">
        {t('workshops.tally.title')} · {t('workshops.tally.votes', { count: total })}
      </h2>
      <ul className="workshop-tally__counts">
        <li className="workshop-tally__count workshop-tally__count--support">
          <Icon name="check" /> <span className="workshop-tally__number">{support}</span>{' '}
          {t('workshops.tally.support')}
        </li>
        <li className="workshop-tally__count workshop-tally__count--accept">
          <Icon name="half" /> <span className="workshop-tally__number">{accept}</span>{' '}
          {t('workshops.tally.accept')}
        </li>
        <li className="workshop-tally__count workshop-tally__count--block">
          <Icon name="stop" /> <span className="workshop-tally__number">{block}</span>{' '}
          {t('workshops.tally.block')}
        </li>
      </ul>
      {question.blocks.length > 0 ? (
        <>
          <h3>{t('workshops.tally.blocksTitle')}</h3>
          <ul className="workshop-tally__blocks">
            {question.blocks.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id; the order is the server's
              <li key={i}>
                {b.reason}{' '}
                <span className="workshop-draft__org">
                  ({b.organisation ?? t('workshops.noOrganisation')})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
