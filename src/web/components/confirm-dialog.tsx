import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirm button does something that cannot be undone (red). */
  isDestructive?: boolean;
  isBusy?: boolean;
}

/**
 * "Are you sure?" before something that cannot be undone (remove a member, revoke an invitation,
 * delete a milestone). A modal alert dialog: focus is trapped, Escape cancels, and focus returns
 * to the button that opened it (react-aria restores it).
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  isDestructive,
  isBusy,
}: ConfirmDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Modal className="modal modal--small">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
          <div className="button-group">
            <button
              type="button"
              className={isDestructive ? 'button button--destructive' : 'button'}
              disabled={isBusy}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {cancelLabel}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
