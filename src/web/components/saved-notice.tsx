import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import { focusWhenReady } from './focus';
import { Icon } from './icons';

/** Shows "Sparat: …" and highlights the saved item (by DOM id) where it now stands. */
type ConfirmSaved = (message: string, targetId?: string) => void;

const SavedNoticeContext = createContext<ConfirmSaved>(() => {});

const SHOWN_MS = 6000;

/**
 * A save in a dialog (an actor, an action, an obstacle, a milestone, a knowledge item) is
 * confirmed where everyone sees it, not only in the screen reader's live region: a notice at
 * the bottom of the window (itself a polite status region) and the saved item highlighted and
 * focused in its list.
 */
export function SavedNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<{ message: string; key: number } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const confirmSaved = useCallback<ConfirmSaved>((message, targetId) => {
    setNotice({ message, key: Date.now() });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setNotice(null), SHOWN_MS);
    if (!targetId) return;
    focusWhenReady(targetId, (element) => {
      element.classList.add('is-just-saved');
      window.setTimeout(() => element.classList.remove('is-just-saved'), SHOWN_MS);
    });
  }, []);
  return (
    <SavedNoticeContext.Provider value={confirmSaved}>
      {children}
      <div className="saved-notice" role="status" aria-live="polite" aria-atomic="true">
        {notice ? (
          <p className="saved-notice__box" key={notice.key}>
            <Icon name="check" />
            {notice.message}
          </p>
        ) : null}
      </div>
    </SavedNoticeContext.Provider>
  );
}

export const useConfirmSaved = (): ConfirmSaved => useContext(SavedNoticeContext);
