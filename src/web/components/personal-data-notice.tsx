import '../i18n/areas/quality';
import { useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useTranslation } from '../i18n';

/** One suspected number, as the API names it in PERSONAL_DATA_SUSPECTED's details. */
export interface SuspectedSpan {
  field: string;
  start: number;
  end: number;
}

function spansOf(details: unknown): SuspectedSpan[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is SuspectedSpan =>
      typeof d === 'object' &&
      d !== null &&
      typeof d.field === 'string' &&
      typeof d.start === 'number' &&
      typeof d.end === 'number',
  );
}

/**
 * The personal-data guard of a form (DESIGN.md): after a 400 PERSONAL_DATA_SUSPECTED the form
 * shows why it was not saved and lets the user send it again, acknowledged. As in the answer
 * field, an acknowledgement covers only the text the user saw flagged: any edit clears it.
 */
export function usePersonalDataGuard() {
  const [spans, setSpans] = useState<SuspectedSpan[] | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  return {
    spans,
    focusKey,
    /** True (and the notice shown) when the error is the guard's. */
    catch(error: unknown): boolean {
      if (!(error instanceof ApiError) || error.code !== 'PERSONAL_DATA_SUSPECTED') return false;
      setSpans(spansOf(error.details));
      setFocusKey((k) => k + 1);
      return true;
    },
    clear() {
      setSpans(null);
    },
  };
}

export type PersonalDataGuard = ReturnType<typeof usePersonalDataGuard>;

interface PersonalDataNoticeProps {
  guard: PersonalDataGuard;
  /** The text the API scanned in a field (`what`, `contactPaths.2.notes` …). */
  textOf: (field: string) => string | undefined;
  /** The label of that field as the form shows it. */
  labelOf: (field: string) => string;
  /** The DOM id of that field, to go back and change the text. */
  fieldIdOf: (field: string) => string | undefined;
  /** Sends the form again with acknowledgePersonalData: true. */
  onAcknowledge: () => void;
  isBusy?: boolean;
  /** The notice's heading level: 3 inside a section (the default), 2 on a page with only an h1. */
  headingLevel?: 2 | 3;
}

const CONTEXT = 24;

/** The flagged text around the number, with the number marked. */
function Excerpt({ text, span }: { text: string; span: SuspectedSpan }) {
  const before = text.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = text.slice(span.end, span.end + CONTEXT);
  return (
    <q className="personal-data__excerpt">
      {span.start > CONTEXT ? '…' : ''}
      {before}
      <mark>{text.slice(span.start, span.end)}</mark>
      {after}
      {span.end + CONTEXT < text.length ? '…' : ''}
    </q>
  );
}

/**
 * Explains in plain words why the form was not saved (the routine must not hold data about
 * individuals), shows where the suspected number is, and offers "det är inget personnummer".
 * It takes focus when it appears, like the error summary.
 */
export function PersonalDataNotice({
  guard,
  textOf,
  labelOf,
  fieldIdOf,
  onAcknowledge,
  isBusy,
  headingLevel = 3,
}: PersonalDataNoticeProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const { spans, focusKey } = guard;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again each time it is shown
  useLayoutEffect(() => {
    if (spans) ref.current?.focus();
  }, [focusKey]);
  if (!spans) return null;
  return (
    <section
      className="personal-data notice notice--error"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="personal-data-title"
    >
      <Heading className="notice__title" id="personal-data-title">
        {t('quality.personalData.title')}
      </Heading>
      <p>{t('quality.personalData.why')}</p>
      <ul className="personal-data__list">
        {spans.map((span) => {
          const text = textOf(span.field);
          const fieldId = fieldIdOf(span.field);
          return (
            <li key={`${span.field}-${span.start}`}>
              {fieldId ? (
                <a
                  href={`#${fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId)?.focus();
                  }}
                >
                  {labelOf(span.field)}
                </a>
              ) : (
                labelOf(span.field)
              )}
              {text ? (
                <>
                  : <Excerpt text={text} span={span} />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p>{t('quality.personalData.notOne')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={onAcknowledge}
        >
          {t('quality.personalData.acknowledge')}
        </button>
      </div>
    </section>
  );
}
