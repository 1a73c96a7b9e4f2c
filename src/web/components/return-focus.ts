import { useEffect, useRef } from 'react';
import { deliberateFocus } from './focus';

/**
 * Gives focus back to the element that had it when a modal opened, once the modal has closed and
 * focus fell to the page. react-aria's focus scope restores it from a layout-effect cleanup that
 * must run before the modal's DOM is removed; the production build runs on Preact
 * (vite.config.ts), which removes a portal's DOM first, so react-aria finds focus already on
 * <body> and leaves it there: a keyboard user would lose their place (WCAG 2.4.3).
 *
 * This looks right after the close has been committed (a microtask after the cleanup): if focus
 * is on <body>, it goes back to the opener at once. That is also where react-aria would put it a
 * frame later, so on React nothing changes. A deliberate move (focusWhenReady: the saved row,
 * the add button after a delete) wins: one still waiting for its element is left to happen, and
 * one made just before is made again, because on Preact the closing modal's focus containment,
 * still mounted after its DOM is gone, takes focus from it.
 */
export function useReturnFocus(isOpen: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (isOpen && !wasOpen.current && typeof document !== 'undefined') {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  wasOpen.current = isOpen;
  useEffect(() => {
    if (!isOpen) return;
    return () => {
      const element = opener.current;
      if (!element) return;
      queueMicrotask(() => {
        const active = document.activeElement;
        if (active !== null && active !== document.body) return;
        const deliberate = deliberateFocus();
        if (deliberate === 'wait') return;
        const target = deliberate ?? element;
        if (target.isConnected) target.focus({ preventScroll: deliberate !== null });
      });
    };
  }, [isOpen]);
}
