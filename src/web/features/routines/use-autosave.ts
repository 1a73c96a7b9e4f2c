import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';

export type SaveFailure =
  | 'network'
  | 'tooLong'
  | 'forbidden'
  | 'notFound'
  | 'signedOut'
  | 'personalData'
  | 'failed';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; failure: SaveFailure }
  | { kind: 'conflict'; mine: string; theirs: { text: string; revision: number } };

export interface AutosaveOptions {
  initialText: string;
  initialRevision: number;
  /**
   * Saves `text` on top of `baseRevision`; resolves to the new revision, rejects with ApiError.
   * `acknowledgePersonalData` is true when the user said a suspected personnummer is not one.
   */
  save: (text: string, baseRevision: number, acknowledgePersonalData: boolean) => Promise<number>;
  maxLength: number;
  /** Called after each successful save. */
  onSaved?: (text: string, revision: number) => void;
  delayMs?: number;
}

function failureOf(error: unknown): SaveFailure {
  if (!(error instanceof ApiError)) return 'failed';
  if (error.code === 'NETWORK_ERROR' || error.status >= 500) return 'network';
  if (error.status === 401) return 'signedOut';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'notFound';
  if (error.code === 'PERSONAL_DATA_SUSPECTED') return 'personalData';
  if (error.status === 400 || error.status === 413) return 'tooLong';
  return 'failed';
}

/** The answer as it stands on the server, from a 409's details (Zod loads on demand, as in api/). */
async function parseStaleDetails(
  details: unknown,
): Promise<{ text: string; revision: number } | null> {
  const { ZStaleRevisionDetails } = await import('../../../contracts/routines');
  const parsed = ZStaleRevisionDetails.safeParse(details);
  return parsed.success ? parsed.data : null;
}

/**
 * Debounced autosave of one text with optimistic concurrency.
 *
 * - Saves `delayMs` after typing stops, and at once on `flush()` (blur, unmount).
 * - At most one request in flight; edits made meanwhile are sent when it returns.
 * - Keeps the last revision the server confirmed and sends it as `baseRevision`.
 * - A 409 STALE_REVISION pauses saving and exposes both texts until the user resolves it.
 */
export function useAutosave(options: AutosaveOptions) {
  const { maxLength, delayMs = 800 } = options;
  const [text, setTextState] = useState(options.initialText);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const textRef = useRef(options.initialText);
  const savedTextRef = useRef(options.initialText);
  const revisionRef = useRef(options.initialRevision);
  const inFlightRef = useRef(false);
  const pendingRef = useRef(false);
  const conflictRef = useRef(false);
  const timerRef = useRef<number | undefined>(undefined);
  const lastSavedAtRef = useRef<Date | undefined>(undefined);
  const acknowledgeRef = useRef(false);
  /** A text the server refused for a reason that resending cannot fix (not sent again on blur). */
  const refusedTextRef = useRef<string | null>(null);
  // The latest callbacks, so the stable functions below never call stale ones.
  const saveRef = useRef(options.save);
  const onSavedRef = useRef(options.onSaved);
  saveRef.current = options.save;
  onSavedRef.current = options.onSaved;

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timerRef.current);
    if (conflictRef.current) return;
    if (inFlightRef.current) {
      pendingRef.current = true;
      return;
    }
    const sending = textRef.current;
    if (sending === savedTextRef.current) {
      // Typed and undone: nothing to send, show the last save again.
      const at = lastSavedAtRef.current;
      setState((current) =>
        current.kind === 'dirty' ? (at ? { kind: 'saved', at } : { kind: 'idle' }) : current,
      );
      return;
    }
    if (sending === refusedTextRef.current && !acknowledgeRef.current) return;
    if (sending.length > maxLength) {
      setState({ kind: 'error', failure: 'tooLong' });
      return;
    }
    inFlightRef.current = true;
    setState({ kind: 'saving' });
    try {
      const revision = await saveRef.current(sending, revisionRef.current, acknowledgeRef.current);
      acknowledgeRef.current = false;
      refusedTextRef.current = null;
      revisionRef.current = revision;
      savedTextRef.current = sending;
      lastSavedAtRef.current = new Date();
      onSavedRef.current?.(sending, revision);
      setState(textRef.current === sending ? { kind: 'saved', at: new Date() } : { kind: 'dirty' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'STALE_REVISION') {
        const theirs = await parseStaleDetails(error.details);
        if (theirs) {
          conflictRef.current = true;
          pendingRef.current = false;
          setState({ kind: 'conflict', mine: textRef.current, theirs });
          return;
        }
      }
      pendingRef.current = false;
      acknowledgeRef.current = false;
      const failure = failureOf(error);
      if (failure !== 'network' && failure !== 'failed') refusedTextRef.current = sending;
      setState({ kind: 'error', failure });
    } finally {
      inFlightRef.current = false;
      if (pendingRef.current) {
        pendingRef.current = false;
        void flush();
      }
    }
  }, [maxLength]);

  const setText = useCallback(
    (next: string) => {
      // An acknowledgement covers the text the user saw flagged, not later edits.
      acknowledgeRef.current = false;
      textRef.current = next;
      setTextState(next);
      if (conflictRef.current) return;
      setState((current) => (current.kind === 'saving' ? current : { kind: 'dirty' }));
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  /** Take a newer text someone else saved, when nothing of ours is unsaved. */
  const adopt = useCallback((serverText: string, serverRevision: number) => {
    if (serverRevision <= revisionRef.current) return;
    if (inFlightRef.current || conflictRef.current) return;
    if (textRef.current !== savedTextRef.current) return;
    revisionRef.current = serverRevision;
    savedTextRef.current = serverText;
    textRef.current = serverText;
    setTextState(serverText);
  }, []);

  /** Ends a conflict: the server's text becomes our base, then `next` (if any) is saved on top. */
  const resolveWith = useCallback(
    (theirs: { text: string; revision: number }, next: string | null) => {
      conflictRef.current = false;
      revisionRef.current = theirs.revision;
      savedTextRef.current = theirs.text;
      const value = next ?? theirs.text;
      textRef.current = value;
      setTextState(value);
      if (value === theirs.text) {
        setState({ kind: 'saved', at: new Date() });
        onSavedRef.current?.(theirs.text, theirs.revision);
      } else {
        void flush();
      }
    },
    [flush],
  );

  /** The user says the suspected personal identity number is not one: send again, acknowledged. */
  const saveAcknowledged = useCallback(() => {
    acknowledgeRef.current = true;
    void flush();
  }, [flush]);

  // Save what is left when the field goes away (navigation); the request outlives the component.
  useEffect(() => () => void flush(), [flush]);

  // Warn before closing the tab while something is not saved yet.
  const hasUnsaved =
    state.kind === 'dirty' ||
    state.kind === 'saving' ||
    state.kind === 'conflict' ||
    state.kind === 'error';
  useEffect(() => {
    if (!hasUnsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasUnsaved]);

  return { text, setText, state, flush, adopt, resolveWith, saveAcknowledged };
}

export type Autosave = ReturnType<typeof useAutosave>;
