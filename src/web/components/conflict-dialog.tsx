import '../i18n/areas/conflict';
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from '../i18n';
import { useReturnFocus } from './return-focus';

/** One answer's conflict: the user's text and the one saved first. */
export interface Conflict {
  mine: string;
  theirs: { text: string; revision: number };
}

/** One field of a record form (settings, visibility) whose saved value differs from the user's. */
export interface ConflictField {
  key: string;
  label: string;
  /** The values as the user reads them ("Alla", "Bara medlemmar"…); empty shows "no text". */
  mine: string;
  theirs: string;
}

/** Per changed field: keep the user's value or take the saved one. */
export type FieldChoice = Record<string, 'mine' | 'theirs'>;

interface CommonProps {
  /** What the conflict is about (the question, "Inställningar"), so the user knows where. */
  questionLabel: string;
  isOpen: boolean;
  onClose: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** An answer: one text, merged by editing both texts into one. */
interface TextConflictProps extends CommonProps {
  conflict: Conflict | null;
  onMerge: (merged: string) => void;
}

/** A record: several fields, merged by choosing mine or theirs for each (when more than one). */
interface FieldsConflictProps extends CommonProps {
  fields: ConflictField[] | null;
  onMergeFields: (choice: FieldChoice) => void;
}

type ConflictDialogProps = TextConflictProps | FieldsConflictProps;

function TextPanel({ title, text, level = 3 }: { title: string; text: string; level?: 3 | 4 }) {
  const { t } = useTranslation();
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <section className="compare__panel">
      <H className="compare__title">{title}</H>
      <div className="compare__text">{text ? text : <em>{t('conflict.empty')}</em>}</div>
    </section>
  );
}

/**
 * Someone else saved the same thing first (409 STALE_REVISION). Shows mine and theirs side by
 * side (for a record, field by field) and lets the user keep theirs, take the saved one, or
 * merge: an answer's two texts edited into one, a record's fields chosen one by one. A modal
 * alert dialog: focus is trapped inside, and "decide later" leaves the change unsaved.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const { t } = useTranslation();
  const { isOpen, onClose } = props;
  const isRecord = 'fields' in props;
  const fields = isRecord ? props.fields : null;
  const conflict = isRecord ? null : props.conflict;
  const words = isRecord ? 'conflict.record' : 'conflict';
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState('');
  const [choice, setChoice] = useState<FieldChoice>({});

  function close() {
    setMerging(false);
    onClose();
  }

  function startMerging() {
    if (conflict) setMerged(mergeDraft(conflict.mine, conflict.theirs.text));
    if (fields) setChoice(Object.fromEntries(fields.map((f) => [f.key, 'mine' as const])));
    setMerging(true);
  }

  const canMerge = conflict !== null || (fields !== null && fields.length > 1);
  const hasContent = conflict !== null || (fields !== null && fields.length > 0);
  useReturnFocus(isOpen && hasContent);

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen && hasContent}
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) close();
      }}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          {hasContent ? (
            <>
              <Heading slot="title" className="dialog__title">
                {t(`${words}.title`)}
              </Heading>
              <p>{t(`${words}.intro`)}</p>
              <p className="dialog__question">{props.questionLabel}</p>
              {conflict ? (
                <div className="compare">
                  <TextPanel title={t('conflict.mine')} text={conflict.mine} />
                  <TextPanel title={t('conflict.theirs')} text={conflict.theirs.text} />
                </div>
              ) : null}
              {fields?.map((field) => (
                <section key={field.key} className="conflict-field">
                  <h3 className="conflict-field__label">{field.label}</h3>
                  <div className="compare">
                    <TextPanel title={t('conflict.record.mine')} text={field.mine} level={4} />
                    <TextPanel title={t('conflict.record.theirs')} text={field.theirs} level={4} />
                  </div>
                </section>
              ))}
              {merging && conflict && !isRecord ? (
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
                  <MergeButtons
                    saveLabel={t('conflict.saveMerged')}
                    onSave={() => {
                      setMerging(false);
                      props.onMerge(merged);
                    }}
                    onBack={() => setMerging(false)}
                  />
                </div>
              ) : merging && fields && isRecord ? (
                <div className="field">
                  {fields.map((field, index) => (
                    <fieldset key={field.key} className="choice-fieldset field">
                      <legend className="field__label">{field.label}</legend>
                      <div className="choices">
                        {(['mine', 'theirs'] as const).map((side) => {
                          const id = `conflict-${field.key}-${side}`;
                          return (
                            <div key={side} className="checkbox checkbox--radio">
                              <input
                                type="radio"
                                id={id}
                                name={`conflict-${field.key}`}
                                className="checkbox__input"
                                checked={choice[field.key] === side}
                                autoFocus={index === 0 && side === 'mine'}
                                onChange={() => setChoice((c) => ({ ...c, [field.key]: side }))}
                              />
                              <label className="checkbox__label" htmlFor={id}>
                                {side === 'mine'
                                  ? t('conflict.record.pickMine', {
                                      value: field.mine || t('conflict.empty'),
                                    })
                                  : t('conflict.record.pickTheirs', {
                                      value: field.theirs || t('conflict.empty'),
                                    })}
                              </label>
                            </div>
                          );
                        })}
                      </div>
                    </fieldset>
                  ))}
                  <MergeButtons
                    saveLabel={t('conflict.record.saveChosen')}
                    onSave={() => {
                      setMerging(false);
                      props.onMergeFields(choice);
                    }}
                    onBack={() => setMerging(false)}
                  />
                </div>
              ) : (
                <div className="button-group">
                  <button type="button" className="button" onClick={props.onKeepMine}>
                    {t(`${words}.keepMine`)}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={props.onTakeTheirs}
                  >
                    {t(`${words}.takeTheirs`)}
                  </button>
                  {canMerge ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={startMerging}
                    >
                      {t(`${words}.merge`)}
                    </button>
                  ) : null}
                </div>
              )}
              <p>
                <button type="button" className="link-button" onClick={close}>
                  {t(`${words}.decideLater`)}
                </button>
              </p>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function MergeButtons(props: { saveLabel: string; onSave: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-group">
      <button type="button" className="button" onClick={props.onSave}>
        {props.saveLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={props.onBack}>
        {t('conflict.back')}
      </button>
    </div>
  );
}

/** Both texts, the other person's first (it was saved first), for the user to edit into one. */
export function mergeDraft(mine: string, theirs: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim()) return theirs;
  return `${theirs.trimEnd()}\n\n${mine.trimStart()}`;
}

export default ConflictDialog;
