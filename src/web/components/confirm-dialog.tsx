import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useReturnFocus } from './return-focus';

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
  /**
   * Why the confirmed action failed (e.g. what still uses the thing). While shown, the
   * confirm button goes away, focus moves to the explanation and cancel reads `closeLabel`.
   */
  problem?: ReactNode;
  closeLabel?: string;
}

/**
 * "Are you sure?" before something that cannot be undone (remove a member, an actor, an
 * action, revoke an invitation, delete a milestone). A modal alert dialog: focus is trapped,
 * Escape cancels, and focus returns to the button that opened it (react-aria restores it).
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
  problem,
  closeLabel,
}: ConfirmDialogProps) {
  const problemRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasProblem = Boolean(problem);
  useReturnFocus(isOpen);
  // No field to start on: focus starts on the question itself (after react-aria's focus scope).
  useEffect(() => {
    if (!isOpen) return;
    const timer = window.setTimeout(() => headingRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [isOpen]);
  useLayoutEffect(() => {
    if (hasProblem) problemRef.current?.focus();
  }, [hasProblem]);
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
          <Heading slot="title" className="dialog__title" ref={headingRef} tabIndex={-1}>
            {title}
          </Heading>
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
                className={isDestructive ? 'button button--destructive' : 'button'}
                disabled={isBusy}
                onClick={onConfirm}
              >
                {confirmLabel}
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {problem && closeLabel ? closeLabel : cancelLabel}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
