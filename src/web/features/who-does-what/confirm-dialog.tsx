import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from './form-dialog';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  isBusy?: boolean;
  /** Shown when the confirmed action failed (e.g. what still uses the thing). */
  problem?: ReactNode;
}

/** "Ta bort …?": a modal alert dialog with the consequence, a confirm and a cancel button. */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  isBusy,
  problem,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const problemRef = useRef<HTMLDivElement>(null);
  const hasProblem = Boolean(problem);
  // The confirm button goes away with a problem: move focus to the explanation instead.
  useEffect(() => {
    if (hasProblem) problemRef.current?.focus();
  }, [hasProblem]);
  return (
    <FormDialog isOpen={isOpen} onClose={onClose} title={title} role="alertdialog">
      {children}
      {problem ? (
        <div className="notice notice--error" ref={problemRef} tabIndex={-1}>
          {problem}
        </div>
      ) : null}
      <div className="button-group">
        {problem ? null : (
          <button
            type="button"
            className="button button--danger-solid"
            disabled={isBusy}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {problem ? t('whoDoesWhat.close') : t('whoDoesWhat.form.cancel')}
        </button>
      </div>
    </FormDialog>
  );
}
