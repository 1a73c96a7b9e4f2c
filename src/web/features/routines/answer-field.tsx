import '../../i18n/areas/step';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { LIMITS } from '../../../contracts/limits';
import type { Answer, Routine } from '../../../contracts/routines';
import { answerField } from '../../../domain/collab';
import { saveAnswer } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import type { TemplateQuestion } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { CommentsButton } from '../comments/comments-button';
import { type Live, useLive } from '../live/live-context';
import { LiveField } from '../live/live-field';
import { AutosaveField } from './autosave-field';
import { useAutosave } from './use-autosave';

interface AnswerFieldProps {
  routineId: string;
  question: TemplateQuestion;
  /** The answer as the server last reported it. */
  answer: Answer | undefined;
  readOnly?: boolean;
}

// The dialog (and react-aria with it) loads only when a conflict happens.
const ConflictDialog = lazy(() => import('../../components/conflict-dialog'));

/** One template question: co-edited live in a routine's workspace, autosaved over REST otherwise. */
export function AnswerField(props: AnswerFieldProps) {
  const live = useLive();
  return live ? <LiveAnswerField {...props} live={live} /> : <RestAnswerField {...props} />;
}

function LiveAnswerField({
  routineId,
  question,
  answer,
  readOnly,
  live,
}: AnswerFieldProps & { live: Live }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const id = `answer-${question.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const questionText = pick(question.text);
  return (
    <>
      <LiveField
        live={live}
        id={id}
        field={answerField(question.id)}
        className="question"
        label={
          <>
            <span className="question__number">
              <span className="visually-hidden">{t('step.questionPrefix')} </span>
              {question.number}
            </span>{' '}
            <span className="question__text">{questionText}</span>
          </>
        }
        hint={question.hint ? pick(question.hint) : undefined}
        maxLength={LIMITS.answerText}
        readOnly={readOnly}
        fallbackText={answer?.text ?? ''}
      />
      <CommentsButton
        routineId={routineId}
        targetType="question"
        targetId={question.id}
        targetLabel={`${t('step.questionPrefix')} ${question.number}. ${questionText}`}
      />
    </>
  );
}

/** One template question: its numbered label, hint, and an autosaving answer. */
function RestAnswerField({ routineId, question, answer, readOnly }: AnswerFieldProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const queryClient = useQueryClient();
  const [isDialogOpen, setDialogOpen] = useState(false);

  const autosave = useAutosave({
    initialText: answer?.text ?? '',
    initialRevision: answer?.revision ?? 0,
    maxLength: LIMITS.answerText,
    save: async (text, baseRevision, acknowledgePersonalData) =>
      (
        await saveAnswer(routineId, question.id, {
          text,
          baseRevision,
          ...(acknowledgePersonalData ? { acknowledgePersonalData } : {}),
        })
      ).revision,
    onSaved: (text, revision) => {
      queryClient.setQueryData<Routine>(queryKeys.routine(routineId), (old) =>
        old ? { ...old, answers: { ...old.answers, [question.id]: { text, revision } } } : old,
      );
      // The server counts progress; fetch it (and any other news) in the background.
      void queryClient.invalidateQueries({ queryKey: queryKeys.routine(routineId) });
    },
  });

  const { adopt, state, resolveWith, text } = autosave;
  // "Din text" is what the field holds now (it stays editable while the dialog is closed).
  const conflict = state.kind === 'conflict' ? { mine: text, theirs: state.theirs } : null;
  const hasConflict = conflict !== null;

  // Someone else's newer save reached us while we have nothing unsaved: show it.
  useEffect(() => {
    if (answer) adopt(answer.text, answer.revision);
  }, [answer, adopt]);

  useEffect(() => {
    if (hasConflict) setDialogOpen(true);
  }, [hasConflict]);

  const id = `answer-${question.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const questionText = pick(question.text);

  return (
    <>
      <AutosaveField
        id={id}
        className="question"
        label={
          <>
            <span className="question__number">
              <span className="visually-hidden">{t('step.questionPrefix')} </span>
              {question.number}
            </span>{' '}
            <span className="question__text">{questionText}</span>
          </>
        }
        hint={question.hint ? pick(question.hint) : undefined}
        autosave={autosave}
        maxLength={LIMITS.answerText}
        onShowConflict={() => setDialogOpen(true)}
        readOnly={readOnly}
      />
      <CommentsButton
        routineId={routineId}
        targetType="question"
        targetId={question.id}
        targetLabel={`${t('step.questionPrefix')} ${question.number}. ${questionText}`}
      />
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictDialog
            questionLabel={`${question.number}. ${questionText}`}
            conflict={conflict}
            isOpen={isDialogOpen}
            onClose={() => setDialogOpen(false)}
            onKeepMine={() => {
              setDialogOpen(false);
              if (conflict) resolveWith(conflict.theirs, conflict.mine);
            }}
            onTakeTheirs={() => {
              setDialogOpen(false);
              if (conflict) resolveWith(conflict.theirs, null);
            }}
            onMerge={(merged) => {
              setDialogOpen(false);
              if (conflict) resolveWith(conflict.theirs, merged);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
