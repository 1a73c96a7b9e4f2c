import '../../i18n/areas/autosave';
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { useAnnounce } from '../../components/announcer';
import { Icon } from '../../components/icons';
import { useFormatTime } from '../../components/use-format';
import { useLanguage, useTranslation } from '../../i18n';
import type { Autosave, SaveState } from './use-autosave';

/** The character count appears once a text uses this share of its limit. */
const COUNT_FROM = 0.9;

function SaveStatus({
  state,
  onRetry,
  onShowConflict,
  onAcknowledge,
}: {
  state: SaveState;
  onRetry: () => void;
  onShowConflict?: () => void;
  onAcknowledge: () => void;
}) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'dirty':
      return <span className="save-state">{t('autosave.unsaved')}</span>;
    case 'saving':
      return <span className="save-state">{t('autosave.saving')}</span>;
    case 'saved':
      return (
        <span className="save-state save-state--saved">
          <Icon name="check" />
          {t('autosave.saved', { time: formatTime(state.at) })}
        </span>
      );
    case 'conflict':
      return (
        <span className="save-state save-state--error">
          <Icon name="warning" />
          {t('autosave.conflict')}{' '}
          {onShowConflict ? (
            <button type="button" className="link-button" onClick={onShowConflict}>
              {t('autosave.showConflict')}
            </button>
          ) : null}
        </span>
      );
    case 'error': {
      const canRetry = state.failure === 'network' || state.failure === 'failed';
      return (
        <span className="save-state save-state--error">
          <Icon name="warning" />
          {t(`autosave.failure.${state.failure}`)}{' '}
          {canRetry ? (
            <button type="button" className="link-button" onClick={onRetry}>
              {t('autosave.retry')}
            </button>
          ) : null}
          {state.failure === 'personalData' ? (
            <button type="button" className="link-button" onClick={onAcknowledge}>
              {t('autosave.notPersonalData')}
            </button>
          ) : null}
        </span>
      );
    }
  }
}

interface AutosaveFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  autosave: Autosave;
  maxLength: number;
  onShowConflict?: () => void;
  className?: string;
  readOnly?: boolean;
}

/** A labelled text area that grows with its text, autosaves, and tells its save state. */
export function AutosaveField({
  id,
  label,
  hint,
  autosave,
  maxLength,
  onShowConflict,
  className,
  readOnly,
}: AutosaveFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLTextAreaElement>(null);
  const { text, setText, state, flush, saveAcknowledged } = autosave;
  const announce = useAnnounce();
  const failure = state.kind === 'error' ? state.failure : null;

  // A failed save happens in the background: say so without moving focus.
  useEffect(() => {
    if (failure) announce(t(`autosave.failure.${failure}`));
  }, [failure, announce, t]);

  // Grow with the text: measure again whenever it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `text` is the trigger, not an input
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [text]);

  const hintId = `${id}-hint`;
  const stateId = `${id}-state`;
  const countId = `${id}-count`;
  const showCount = text.length >= maxLength * COUNT_FROM;
  const over = text.length - maxLength;
  const number = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB');
  const isError = state.kind === 'error' || state.kind === 'conflict';

  return (
    <div
      className={['field', 'autosave-field', isError ? 'field--error' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        className="textarea"
        rows={4}
        value={text}
        spellCheck
        readOnly={readOnly}
        aria-describedby={[hint ? hintId : null, stateId, showCount ? countId : null]
          .filter(Boolean)
          .join(' ')}
        aria-invalid={over > 0 ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void flush()}
      />
      <div className="autosave-field__footer">
        <p className="autosave-field__state" id={stateId}>
          <SaveStatus
            state={state}
            onRetry={() => void flush()}
            onShowConflict={onShowConflict}
            onAcknowledge={saveAcknowledged}
          />
        </p>
        {showCount ? (
          <p className={over > 0 ? 'char-count char-count--over' : 'char-count'} id={countId}>
            {over > 0
              ? t('autosave.charsOver', {
                  count: over,
                  formatted: number.format(over),
                  max: number.format(maxLength),
                })
              : t('autosave.charsLeft', {
                  count: maxLength - text.length,
                  formatted: number.format(maxLength - text.length),
                  max: number.format(maxLength),
                })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
