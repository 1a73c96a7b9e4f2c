import '../../i18n/areas/review';
import { useLayoutEffect, useRef, useState } from 'react';
import { PLAN_INDICATORS_MAX } from '../../../contracts/limits';
import { useTranslation } from '../../i18n';

/**
 * The evaluation plan's indicators: one text field each, in their order, with buttons to move,
 * remove and add; focus follows the row a button moved, removed or added.
 */
export function IndicatorList({
  indicators,
  error,
  onChange,
}: {
  indicators: string[];
  error?: string;
  onChange: (indicators: string[]) => void;
}) {
  const { t } = useTranslation();
  const [focusIndicator, setFocusIndicator] = useState<number | null>(null);
  const indicatorRefs = useRef<(HTMLInputElement | null)[]>([]);

  useLayoutEffect(() => {
    if (focusIndicator === null) return;
    indicatorRefs.current[focusIndicator]?.focus();
    setFocusIndicator(null);
  }, [focusIndicator]);

  const setIndicator = (index: number, value: string) =>
    onChange(indicators.map((v, i) => (i === index ? value : v)));
  const moveIndicator = (index: number, by: -1 | 1) => {
    const next = [...indicators];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item ?? '');
    onChange(next);
    setFocusIndicator(index + by);
  };

  return (
    <fieldset className="fieldset indicator-list">
      <legend className="field__label">{t('review.plan.indicators')}</legend>
      <p className="field__hint">{t('review.plan.indicatorsHint')}</p>
      {error ? (
        <p className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <ol className="indicator-list__items">
        {indicators.map((indicator, index) => {
          const id = `plan-indicator-${index}`;
          const label = t('review.plan.indicatorN', { number: index + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity of a row
            <li key={index} className="indicator-list__item">
              <label className="visually-hidden" htmlFor={id}>
                {label}
              </label>
              <input
                ref={(el) => {
                  indicatorRefs.current[index] = el;
                }}
                id={id}
                className="input"
                value={indicator}
                autoComplete="off"
                onChange={(event) => setIndicator(index, event.target.value)}
              />
              <div className="indicator-list__buttons">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={index === 0}
                  onClick={() => moveIndicator(index, -1)}
                >
                  {t('review.plan.moveUp')}
                  <span className="visually-hidden"> ({label})</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={index === indicators.length - 1}
                  onClick={() => moveIndicator(index, 1)}
                >
                  {t('review.plan.moveDown')}
                  <span className="visually-hidden"> ({label})</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={indicators.length === 1}
                  onClick={() => {
                    onChange(indicators.filter((_, i) => i !== index));
                    setFocusIndicator(Math.max(0, index - 1));
                  }}
                >
                  {t('review.plan.remove')}
                  <span className="visually-hidden"> ({label})</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={indicators.length >= PLAN_INDICATORS_MAX}
        onClick={() => {
          onChange([...indicators, '']);
          setFocusIndicator(indicators.length);
        }}
      >
        {t('review.plan.addIndicator')}
      </button>
    </fieldset>
  );
}
