import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface Conflict {
  mine: string;
  theirs: { text: string; revision: number };
}

interface ConflictDialogProps {
  /** What the question asks, so the user knows which answer this is about. */
  questionLabel: string;
  conflict: Conflict | null;
  isOpen: boolean;
  onClose: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: (merged: string) => void;
}

function TextPanel({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <section className="compare__panel">
      <h3 className="compare__title">{title}</h3>
      <div className="compare__text">{text ? text : <em>{t('conflict.empty')}</em>}</div>
    </section>
  );
}

/**
 * Someone else saved the same answer first (409 STALE_REVISION). Shows both texts side by side
 * and lets the user keep theirs, take the saved one, or merge them by hand. A modal alert dialog:
 * focus is trapped inside, Escape closes it and leaves the answer unsaved until they choose.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const { t } = useTranslation();
  const { conflict, isOpen, onClose } = props;
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState('');

  function close() {
    setMerging(false);
    onClose();
  }

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen && conflict !== null}
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) close();
      }}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          {conflict ? (
            <>
              <Heading slot="title" className="dialog__title">
                {t('conflict.title')}
              </Heading>
              <p>{t('conflict.intro')}</p>
              <p className="dialog__question">{props.questionLabel}</p>
              <div className="compare">
                <TextPanel title={t('conflict.mine')} text={conflict.mine} />
                <TextPanel title={t('conflict.theirs')} text={conflict.theirs.text} />
              </div>
              {merging ? (
                <div className="field">
                  <label className="field__label" htmlFor="conflict-merged">
                    {t('conflict.mergedLabel')}
                  </label>
                  <div className="field__hint" id="conflict-merged-hint">
                    {t('conflict.mergedHint')}
                  </div>
                  <textarea
                    id="conflict-merged"
                    className="textarea textarea--tall"
                    aria-describedby="conflict-merged-hint"
                    value={merged}
                    autoFocus
                    onChange={(event) => setMerged(event.target.value)}
                  />
                  <div className="button-group">
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setMerging(false);
                        props.onMerge(merged);
                      }}
                    >
                      {t('conflict.saveMerged')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setMerging(false)}
                    >
                      {t('conflict.back')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="button-group">
                  <button type="button" className="button" onClick={props.onKeepMine}>
                    {t('conflict.keepMine')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={props.onTakeTheirs}
                  >
                    {t('conflict.takeTheirs')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setMerged(mergeDraft(conflict.mine, conflict.theirs.text));
                      setMerging(true);
                    }}
                  >
                    {t('conflict.merge')}
                  </button>
                </div>
              )}
              <p>
                <button type="button" className="link-button" onClick={close}>
                  {t('conflict.decideLater')}
                </button>
              </p>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Both texts, the other person's first (it was saved first), for the user to edit into one. */
export function mergeDraft(mine: string, theirs: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim()) return theirs;
  return `${theirs.trimEnd()}\n\n${mine.trimStart()}`;
}

export default ConflictDialog;
