/** Small decorative icons; the text next to them always carries the meaning (aria-hidden). */
const PATHS = {
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zm11-15 4 4',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5l3 2',
  check: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm-4.5 9 3 3 6-6',
  archive: 'M3 5h18v4H3zM5 9v10h14V9M10 13h4',
  circle: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z',
  half: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  warning: 'M12 3 2 20h20L12 3zm0 6v5m0 3v.5',
  arrowLeft: 'M19 12H5m6-6-6 6 6 6',
  arrowRight: 'M5 12h14m-6-6 6 6-6 6',
  menu: 'M4 6h16M4 12h16M4 18h16',
  close: 'M6 6l12 12M18 6 6 18',
  arrowUp: 'M12 19V5m-6 6 6-6 6 6',
  arrowDown: 'M12 5v14m-6-6 6 6 6-6',
  chevronDown: 'M6 9l6 6 6-6',
  stop: 'M8.5 3h7L21 8.5v7L15.5 21h-7L3 15.5v-7zM12 7.5v5.5m0 3v.5',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 8v5m0-8.5V8',
  download: 'M12 4v11m-5-5 5 5 5-5M5 20h14',
} as const;

/** Shapes drawn filled on top of the outline (the half-full circle of "in progress"). */
const FILLS: Partial<Record<keyof typeof PATHS, string>> = {
  half: 'M12 3a9 9 0 0 0 0 18z',
};

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={['icon', className].filter(Boolean).join(' ')}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {FILLS[name] ? <path d={FILLS[name]} fill="currentColor" /> : null}
    </svg>
  );
}
