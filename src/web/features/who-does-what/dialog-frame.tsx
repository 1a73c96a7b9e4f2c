import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { FormDialogProps } from './form-dialog';

/**
 * The react-aria modal behind FormDialog, in its own chunk: pages load it only when a dialog
 * opens. Focus is trapped inside and returns to the button that opened it; Escape closes it. A
 * click outside does not, so a half-filled form is never lost by accident.
 */
export default function DialogFrame({
  isOpen,
  onClose,
  title,
  children,
  role,
  className,
}: FormDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className={['modal', 'modal--form', className].filter(Boolean).join(' ')}>
        <Dialog role={role ?? 'dialog'} className="dialog">
          <Heading slot="title" level={2} className="dialog__title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
