import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useAnnounce } from './announcer';

const SITE_NAME = 'Samrutin';

/** The location key whose heading already took focus; the first page load keeps focus where it is. */
let handledLocationKey: string | undefined;

/** Called once while the app shell renders, so the initial page does not steal focus. */
export function rememberInitialLocation(key: string): void {
  if (handledLocationKey === undefined) handledLocationKey = key;
}

/** Sets document.title to "part – part – Samrutin" while the component is shown. */
export function useDocumentTitle(parts: ReadonlyArray<string | undefined>): void {
  const title = [...parts.filter(Boolean), SITE_NAME].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

interface PageHeadingProps {
  children: ReactNode;
  /** A caption above the heading, e.g. the collaboration a routine belongs to. */
  caption?: ReactNode;
  className?: string;
}

/**
 * The page's one h1. After a client-side navigation it takes focus (so keyboard and screen-reader
 * users start at the new content) and the page title is announced in the polite live region.
 * Render it only once the page's data is there, so focus lands on the real heading.
 */
export function PageHeading({ children, caption, className }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const announce = useAnnounce();
  useEffect(() => {
    if (handledLocationKey === location.key) return;
    handledLocationKey = location.key;
    ref.current?.focus({ preventScroll: false });
    // Read the title after every effect of this render ran (pages set it after their heading).
    window.setTimeout(() => {
      announce(document.title.replace(new RegExp(` – ${SITE_NAME}$`), ''));
    }, 100);
  }, [location.key, announce]);
  return (
    <div className={['page-heading', className].filter(Boolean).join(' ')}>
      {caption ? <p className="page-heading__caption">{caption}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
