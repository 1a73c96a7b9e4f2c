import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** DOM ids of the things a quality finding (or a matrix cell) can point at. */
export const domIds = {
  action: (id: string) => `action-${id}`,
  obstacle: (id: string) => `obstacle-${id}`,
  actor: (id: string) => `actor-${id}`,
  contactPath: (id: string) => `contact-path-${id}`,
  /** The answer field's id, as answer-field.tsx builds it. */
  question: (questionId: string) => `answer-${questionId.replace(/[^a-zA-Z0-9_-]/g, '-')}`,
  /** Step 4's main rule (main-rule-field.tsx). */
  mainRule: 'main-rule',
  /** The "Vem gör vad i detta steg" panel of a step page. */
  stepActions: 'who-does-what',
  obstacles: 'obstacles',
  /** The evaluation plan's first field on step 6 (features/review/evaluation-plan-form.tsx). */
  evaluationPlan: 'plan-method',
} as const;

/** Router state that asks the next page to move focus to an element once it is there. */
export interface FocusState {
  focusId?: string;
}

const MAX_FRAMES = 180;

/** How many focusWhenReady moves are still waiting for their element (components/return-focus.ts). */
let pendingMoves = 0;

/** The element focusWhenReady last moved focus to, and when. */
let lastMove: { element: HTMLElement; at: number } | null = null;

/**
 * Where a closing modal should leave focus (components/return-focus.ts): 'wait' while a
 * focusWhenReady move still waits for its element, the element it moved focus to in the last
 * second (the saved row), or null: back to the modal's opener.
 */
export function deliberateFocus(): 'wait' | HTMLElement | null {
  if (pendingMoves > 0) return 'wait';
  if (lastMove?.element.isConnected && performance.now() - lastMove.at < 1000) {
    return lastMove.element;
  }
  return null;
}

/**
 * Moves focus to the element with this id as soon as it exists (its data may still be loading)
 * and no dialog is open any more, scrolling it into view. Gives up quietly after about three
 * seconds.
 */
export function focusWhenReady(id: string, onFocused?: (element: HTMLElement) => void): () => void {
  let frame = 0;
  let handle = 0;
  let pending = true;
  pendingMoves += 1;
  const settle = () => {
    if (!pending) return;
    pending = false;
    pendingMoves -= 1;
  };
  const attempt = () => {
    const element = document.getElementById(id);
    // A modal still open would pull focus back into itself (react-aria's focus containment), and
    // restore it to its trigger when it closes: wait until it is gone, unless the element is in it.
    const modal = document.querySelector('.modal-overlay');
    if (element && (!modal || modal.contains(element))) {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
      lastMove = { element, at: performance.now() };
      onFocused?.(element);
      settle();
      return;
    }
    frame += 1;
    if (frame < MAX_FRAMES) handle = window.requestAnimationFrame(attempt);
    else settle();
  };
  // One frame later: after the page heading has taken focus on arrival (page-heading.tsx).
  handle = window.requestAnimationFrame(attempt);
  return () => {
    window.cancelAnimationFrame(handle);
    settle();
  };
}

/**
 * On arrival through a link that carries `state.focusId` (a quality finding, a matrix cell),
 * moves focus to that element once the page has rendered it.
 */
export function useFocusFromLocation(): void {
  const location = useLocation();
  const focusId = (location.state as FocusState | null)?.focusId;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per arrival (location key)
  useEffect(() => {
    if (!focusId) return;
    return focusWhenReady(focusId);
  }, [location.key]);
}
