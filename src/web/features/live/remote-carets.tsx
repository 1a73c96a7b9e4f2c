import { type RefObject, useLayoutEffect, useState } from 'react';
import getCaretCoordinates from 'textarea-caret';
import type { Peer } from './live-context';

interface Placed {
  id: string;
  name: string;
  color: string;
  top: number;
  left: number;
  height: number;
}

/**
 * The other people's carets in one live text area, each a thin line in the person's colour with
 * their name above it. Drawn over the text area, never in it: nothing here takes focus, moves
 * this person's caret or reaches a screen reader (the field's "… skriver här" line says who
 * writes). Placed with the text area's own metrics (textarea-caret's mirror element), again
 * whenever the text, the carets, the scroll position or the size change.
 */
export function RemoteCarets(props: {
  /** Where a shared caret position stands now in the text (Live.locate). */
  locate: (position: unknown) => number | null;
  peers: Peer[];
  field: string;
  /** The text shown: a change re-places the carets. */
  text: string;
  target: RefObject<HTMLTextAreaElement | null>;
}) {
  const { locate, peers, field, text, target } = props;
  const [placed, setPlaced] = useState<Placed[]>([]);
  const [frame, setFrame] = useState(0);
  const carets = peers.filter((p) => !p.isMe && p.cursor?.field === field);
  const key = carets.map((p) => `${p.id}:${JSON.stringify(p.cursor?.head)}`).join('|');

  // Scroll and resize move the text under the carets.
  useLayoutEffect(() => {
    const element = target.current;
    if (!element) return;
    const bump = () => setFrame((n) => n + 1);
    element.addEventListener('scroll', bump);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(bump);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', bump);
      observer?.disconnect();
    };
  }, [target]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key`, `text` and `frame` are the triggers
  useLayoutEffect(() => {
    const element = target.current;
    if (!element || carets.length === 0) {
      setPlaced((old) => (old.length === 0 ? old : []));
      return;
    }
    const length = element.value.length;
    const next: Placed[] = [];
    for (const p of carets) {
      const index = locate(p.cursor?.head);
      if (index === null) continue;
      const at = getCaretCoordinates(element, Math.min(index, length));
      const top = element.offsetTop + at.top - element.scrollTop;
      const left = element.offsetLeft + at.left - element.scrollLeft;
      // Scrolled out of the visible part of the text area: no caret on the border.
      if (top < element.offsetTop || top + at.height > element.offsetTop + element.clientHeight) {
        continue;
      }
      next.push({ id: p.id, name: p.name, color: p.color, top, left, height: at.height });
    }
    setPlaced(next);
  }, [key, text, frame, locate, target]);

  if (placed.length === 0) return null;
  return (
    <div className="remote-carets" aria-hidden="true">
      {placed.map((c) => (
        <span
          key={c.id}
          className="remote-caret"
          data-person={c.name}
          style={{ top: c.top, left: c.left, height: c.height, borderColor: c.color }}
        >
          <span className="remote-caret__name" style={{ backgroundColor: c.color }}>
            {c.name}
          </span>
        </span>
      ))}
    </div>
  );
}
