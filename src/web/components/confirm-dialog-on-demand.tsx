import { type ComponentProps, lazy, Suspense, useState } from 'react';

const ConfirmDialogCode = lazy(() =>
  import('./confirm-dialog').then((module) => ({ default: module.ConfirmDialog })),
);

type ConfirmDialogProps = ComponentProps<typeof ConfirmDialogCode>;

/**
 * ConfirmDialog for pages that seldom ask (delete an action or an obstacle on a step page): its
 * code and the dialog library (react-aria, ~25 KB gzip) are fetched the first time it opens,
 * not with the page. Once opened it stays mounted, so closing it restores focus as usual.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [wasOpened, setWasOpened] = useState(false);
  if (props.isOpen && !wasOpened) setWasOpened(true);
  if (!props.isOpen && !wasOpened) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogCode {...props} />
    </Suspense>
  );
}
