import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from '../i18n';
import { ConfirmDialog } from './confirm-dialog';
import type { FormDialogProps } from './form-dialog';
import { useReturnFocus } from './return-focus';
import { useUnsavedChanges } from './unsaved-changes';

const FIELDS =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';

/**
 * The react-aria modal behind FormDialog, in its own chunk: pages load it only when a dialog
 * opens. Focus starts on the first field (or the heading when there is none), is trapped inside
 * and returns to the button that opened it. A click outside does not close it; Escape and the
 * form's "Avbryt" (a button marked `data-dialog-cancel`) close an untouched dialog at once and
 * ask "Släng ändringarna?" once something was typed, so a half-filled form is never lost.
 */
export default function DialogFrame({
  isOpen,
  onClose,
  title,
  children,
  role,
  className,
}: FormDialogProps) {
  const { t } = useTranslation();
  const unsaved = useUnsavedChanges();
  useReturnFocus(isOpen);
  const [isAsking, setAsking] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // After react-aria's own focus scope has focused the dialog.
    const timer = window.setTimeout(() => {
      const field = bodyRef.current?.querySelector<HTMLElement>(FIELDS);
      (field ?? headingRef.current)?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, []);

  const requestClose = () => {
    if (unsaved.isDirty) setAsking(true);
    else onClose();
  };

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) requestClose();
      }}
    >
      <Modal className={['modal', 'modal--form', className].filter(Boolean).join(' ')}>
        <Dialog role={role ?? 'dialog'} className="dialog">
          <Heading slot="title" level={2} className="dialog__title" ref={headingRef} tabIndex={-1}>
            {title}
          </Heading>
          <div
            ref={bodyRef}
            onInput={unsaved.markDirty}
            onClickCapture={(event) => {
              const button = (event.target as HTMLElement).closest('[data-dialog-cancel]');
              if (!button || !unsaved.isDirty) return;
              event.preventDefault();
              event.stopPropagation();
              setAsking(true);
            }}
          >
            {children}
          </div>
          <ConfirmDialog
            isOpen={isAsking}
            title={t('unsaved.discardTitle')}
            confirmLabel={t('unsaved.discard')}
            cancelLabel={t('unsaved.keepEditing')}
            isDestructive
            onConfirm={() => {
              setAsking(false);
              unsaved.markSaved();
              onClose();
            }}
            onCancel={() => setAsking(false)}
          >
            <p>{t('unsaved.discardBody')}</p>
          </ConfirmDialog>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
