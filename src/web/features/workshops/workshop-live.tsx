import '../../i18n/areas/workshops';
import { type ReactNode, useEffect, useState } from 'react';
import { LIMITS } from '../../../contracts/limits';
import { wordingField, workshopDocumentNameOf } from '../../../domain/collab';
import { useTranslation } from '../../i18n';
import { LiveRoutine, useLive } from '../live/live-context';
import { LiveField } from '../live/live-field';

/**
 * The workshop's live document `workshop:<id>` around a workshop page (docs/adr/0020): one
 * socket for the room's state (which the server writes) and the co-edited proposed wording,
 * a Y.Text per question that the coordinators and the members the facilitator invited write.
 */
export function WorkshopLive(props: {
  workshopId: string;
  routineId?: string;
  collaborationId?: string;
  children: ReactNode;
}) {
  return (
    <LiveRoutine
      routineId={props.routineId ?? ''}
      collaborationId={props.collaborationId ?? ''}
      documentName={workshopDocumentNameOf(props.workshopId)}
    >
      {props.children}
    </LiveRoutine>
  );
}

/** The proposed wording as it is being written, updated as others type (empty until it arrives). */
export function useLiveWording(questionId: string): string {
  const doc = useLive()?.doc;
  const [text, setText] = useState('');
  useEffect(() => {
    if (!doc) return;
    const ytext = doc.getText(wordingField(questionId));
    const read = () => setText(ytext.toString());
    read();
    ytext.observe(read);
    return () => ytext.unobserve(read);
  }, [doc, questionId]);
  return text;
}

/** Reads the wording now (for sending it with "open an agreement round"). */
export function useReadWording(questionId: string): () => string {
  const doc = useLive()?.doc;
  return () => doc?.getText(wordingField(questionId)).toString() ?? '';
}

/**
 * The proposed wording, co-edited: what is typed reaches everyone as it is typed, the others'
 * typing appears with their names, a personal number is held back until confirmed.
 */
export function WordingField(props: {
  id: string;
  questionId: string;
  /** The wording the room stands on (the last round's), shown until the live copy arrives. */
  fallbackText: string;
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  const live = useLive();
  if (!live) return null;
  return (
    <LiveField
      live={live}
      id={props.id}
      field={wordingField(props.questionId)}
      label={t('workshops.proposedWording')}
      hint={props.hint}
      maxLength={LIMITS.answerText}
      fallbackText={props.fallbackText}
    />
  );
}
