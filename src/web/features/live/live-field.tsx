import '../../i18n/areas/autosave';
import '../../i18n/areas/live';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { newPersonalNumbers, textEdit } from '../../../domain/collab';
import { withoutForbiddenCharacters } from '../../../domain/text';
import { Icon } from '../../components/icons';
import { useFormatTime } from '../../components/use-format';
import { useLanguage, useTranslation } from '../../i18n';
import type { Live } from './live-context';
import { RemoteCarets } from './remote-carets';

/** The origin of this browser's own typing (remote changes have other origins). */
const TYPING = Symbol('typing');

/** How long the caret rests before the others are told where it is. */
const CURSOR_PAUSE_MS = 120;

/** The character count appears once a text uses this share of its limit. */
const COUNT_FROM = 0.9;

interface LiveFieldProps {
  live: Live;
  id: string;
  /** The Y.Text's name: `answer:<questionId>` or `mainRule`. */
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  maxLength: number;
  readOnly?: boolean;
  /** The text as REST last reported it, shown until the live document arrives. */
  fallbackText: string;
  className?: string;
}

/** Moves a caret offset across a remote change (Yjs delta), so remote edits never move it. */
function shift(offset: number, delta: Y.YTextEvent['delta']): number {
  let pos = 0;
  let result = offset;
  for (const op of delta) {
    if (op.retain) pos += op.retain;
    else if (typeof op.insert === 'string') {
      if (pos < offset) result += op.insert.length;
      pos += op.insert.length;
    } else if (op.delete) {
      if (pos < offset) result -= Math.min(op.delete, offset - pos);
    }
  }
  return result;
}

/**
 * A text area bound to one Y.Text of the routine's live document: what is typed is sent as
 * it is typed; what others type appears without taking focus or moving the caret. A suspected
 * personal number is held back here, with an inline warning, until it is removed or confirmed.
 */
export function LiveField(props: LiveFieldProps) {
  const { live, id, field, label, hint, maxLength, readOnly, fallbackText, className } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLTextAreaElement>(null);
  // Null while the live code loads (CONNECTING): the field shows the stored text, locked.
  const ytext = live.doc?.getText(field) ?? null;
  const [value, setValue] = useState(live.ready && ytext ? ytext.toString() : fallbackText);
  const [held, setHeld] = useState<'personalData' | 'tooLong' | null>(null);
  // An acknowledged text waiting for the server to take the acknowledgement.
  const [isAcknowledging, setAcknowledging] = useState(false);
  // When this person last typed here, and when the server had confirmed it.
  const [typedAt, setTypedAt] = useState<Date | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (typedAt && live.unsynced === 0 && live.state === 'connected') setSavedAt(new Date());
  }, [typedAt, live.unsynced, live.state]);

  // Remote → text area, keeping this person's caret and selection where they were.
  useEffect(() => {
    const element = ref.current;
    if (!element || !ytext) return;
    if (live.ready) {
      element.value = ytext.toString();
      setValue(element.value);
    }
    const onChange = (event: Y.YTextEvent, tr: Y.Transaction) => {
      if (tr.origin === TYPING) return;
      const focused = document.activeElement === element;
      const start = shift(element.selectionStart, event.delta);
      const end = shift(element.selectionEnd, event.delta);
      element.value = ytext.toString();
      setValue(element.value);
      setHeld(null);
      if (focused) element.setSelectionRange(start, end);
    };
    ytext.observe(onChange);
    return () => ytext.unobserve(onChange);
  }, [ytext, live.ready]);

  // Grow with the text.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `value` is the trigger
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);

  const send = (next: string) => {
    const doc = live.doc;
    if (!doc || !ytext) return;
    const edit = textEdit(ytext.toString(), next);
    if (!edit) return;
    doc.transact(() => {
      if (edit.remove > 0) ytext.delete(edit.index, edit.remove);
      if (edit.insert) ytext.insert(edit.index, edit.insert);
    }, TYPING);
  };

  const onInput = (typed: string) => {
    // A paste from a word processor may carry its breaks as control characters: as the server
    // holds text, line breaks instead and nothing else (the caret keeps its place).
    const next = withoutForbiddenCharacters(typed);
    const element = ref.current;
    if (next !== typed && element) {
      const caret = element.selectionStart - (typed.length - next.length);
      element.value = next;
      element.setSelectionRange(Math.max(0, caret), Math.max(0, caret));
    }
    setValue(next);
    // Held back here, never sent: too long, or a suspected personal number (until confirmed).
    if (next.length > maxLength) {
      setHeld('tooLong');
      return;
    }
    if (newPersonalNumbers(ytext?.toString() ?? '', next).length > 0) {
      setHeld('personalData');
      return;
    }
    setHeld(null);
    setSavedAt(null);
    setTypedAt(new Date());
    send(next);
  };

  const acknowledge = () => {
    // The text the person saw flagged; it is sent only once the server has the acknowledgement
    // (sent right behind it, it could be checked first and refused).
    const acknowledged = ref.current?.value ?? value;
    if (!ytext) return;
    const base = ytext.toString();
    setHeld(null);
    setAcknowledging(true);
    live.acknowledgePersonalData(field).then(
      () => {
        setAcknowledging(false);
        // Someone else changed this text meanwhile: the field shows theirs now (as for any
        // held text), and sending ours would undo their edit.
        if (ytext.toString() !== base) return;
        setSavedAt(null);
        setTypedAt(new Date());
        send(acknowledged);
        // Typed on meanwhile: what follows is checked like any other typing.
        const now = ref.current?.value;
        if (now !== undefined && now !== acknowledged) onInput(now);
      },
      () => {
        setAcknowledging(false);
        setHeld('personalData');
      },
    );
  };

  const locked = readOnly || !live.ready;
  // This person's caret for the others: after a pause (not per keystroke), and only when it moved
  // to another character (typing keeps it on the same one, as a relative position).
  const cursorTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(cursorTimer.current), []);
  const shareCursor = () => {
    if (locked) return;
    window.clearTimeout(cursorTimer.current);
    cursorTimer.current = window.setTimeout(() => {
      const element = ref.current;
      if (!element || document.activeElement !== element) return;
      live.setCursor(field, element.selectionStart, element.selectionEnd);
    }, CURSOR_PAUSE_MS);
  };

  const writers = live.peers.filter((p) => !p.isMe && p.field === field);
  const hintId = `${id}-hint`;
  const stateId = `${id}-state`;
  const countId = `${id}-count`;
  const showCount = value.length >= maxLength * COUNT_FROM;
  const over = value.length - maxLength;
  const number = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB');

  return (
    <div
      className={['field', 'autosave-field', 'live-field', held ? 'field--error' : null, className]
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
      <div className="live-field__input">
        <textarea
          ref={ref}
          id={id}
          className="textarea"
          rows={4}
          defaultValue={value}
          spellCheck
          readOnly={locked}
          aria-describedby={[hint ? hintId : null, stateId, showCount ? countId : null]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={over > 0 || held ? true : undefined}
          onChange={(event) => onInput(event.target.value)}
          onFocus={() => {
            live.focusField(field);
            shareCursor();
          }}
          onBlur={() => {
            window.clearTimeout(cursorTimer.current);
            live.focusField(null);
          }}
          onSelect={shareCursor}
          onKeyUp={shareCursor}
          onMouseUp={shareCursor}
        />
        <RemoteCarets
          locate={live.locate}
          peers={live.peers}
          field={field}
          text={value}
          target={ref}
        />
      </div>
      <div className="autosave-field__footer">
        <p className="autosave-field__state" id={stateId}>
          <LiveSaveState
            held={held}
            waiting={!live.ready && !readOnly}
            pending={isAcknowledging || (typedAt !== null && savedAt === null)}
            offline={live.state !== 'connected'}
            savedAt={savedAt}
            onAcknowledge={acknowledge}
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
                  count: maxLength - value.length,
                  formatted: number.format(maxLength - value.length),
                  max: number.format(maxLength),
                })}
          </p>
        ) : null}
      </div>
      {writers.length > 0 ? (
        <p className="live-field__writers">
          {writers.map((p) => (
            <span
              key={p.id}
              className="presence-dot"
              style={{ backgroundColor: p.color }}
              aria-hidden="true"
            />
          ))}
          {t('live.writing', {
            names: writers
              .map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name))
              .join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}

function LiveSaveState(props: {
  held: 'personalData' | 'tooLong' | null;
  waiting: boolean;
  pending: boolean;
  offline: boolean;
  savedAt: Date | null;
  onAcknowledge: () => void;
}) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  if (props.held) {
    return (
      <span className="save-state save-state--error">
        <Icon name="warning" />
        {t(`autosave.failure.${props.held}`)}{' '}
        {props.held === 'personalData' ? (
          <button type="button" className="link-button" onClick={props.onAcknowledge}>
            {t('autosave.notPersonalData')}
          </button>
        ) : null}
      </span>
    );
  }
  if (props.waiting) return <span className="save-state">{t('live.waiting')}</span>;
  if (props.pending) {
    return (
      <span className="save-state">
        {props.offline ? t('live.state.offline') : t('autosave.saving')}
      </span>
    );
  }
  if (props.savedAt) {
    return (
      <span className="save-state save-state--saved">
        <Icon name="check" />
        {t('autosave.saved', { time: formatTime(props.savedAt) })}
      </span>
    );
  }
  return null;
}
