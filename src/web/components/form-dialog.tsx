import { lazy, type ReactNode, Suspense } from 'react';

export interface FormDialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** 'alertdialog' for a question that needs an answer (remove …?). */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

// react-aria's modal loads only when a dialog opens: step pages stay light.
const DialogFrame = lazy(() => import('./dialog-frame'));

/** A modal dialog as the conflict dialog draws it, for the who-does-what forms. */
export function FormDialog(props: FormDialogProps) {
  if (!props.isOpen) return null;
  return (
    <Suspense fallback={null}>
      <DialogFrame {...props} />
    </Suspense>
  );
}
