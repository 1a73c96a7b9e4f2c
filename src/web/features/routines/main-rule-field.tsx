import '../../i18n/areas/step';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { LIMITS } from '../../../contracts/limits';
import type { Routine } from '../../../contracts/routines';
import { MAIN_RULE_FIELD } from '../../../domain/collab';
import { ApiError, isApiError } from '../../api/client';
import { updateRoutine } from '../../api/endpoints';
import { invalidateChecks } from '../../api/quality';
import { queryKeys } from '../../api/queries';
import { useTranslation } from '../../i18n';
import { useLive } from '../live/live-context';
import { LiveField } from '../live/live-field';
import { AutosaveField } from './autosave-field';
import { useAutosave } from './use-autosave';

const ConflictDialog = lazy(() => import('../../components/conflict-dialog'));

/**
 * Step 4's main rule (huvudregel): how the group wants to act at the first contact.
 * Saved with PATCH /api/routines/:rid on top of the routine's revision; a 409 STALE_REVISION
 * opens the same keep / take / merge dialog as an answer.
 */
export function MainRuleField(props: { routine: Routine; readOnly?: boolean }) {
  const live = useLive();
  const { t } = useTranslation();
  if (!live) return <RestMainRuleField {...props} />;
  return (
    <div className="main-rule">
      <LiveField
        live={live}
        id="main-rule"
        field={MAIN_RULE_FIELD}
        label={t('step.mainRuleLabel')}
        hint={t('step.mainRuleHint')}
        maxLength={LIMITS.mainRule}
        readOnly={props.readOnly}
        fallbackText={props.routine.mainRule ?? ''}
      />
    </div>
  );
}

function RestMainRuleField({ routine, readOnly }: { routine: Routine; readOnly?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isDialogOpen, setDialogOpen] = useState(false);
  const autosave = useAutosave({
    initialText: routine.mainRule ?? '',
    initialRevision: routine.revision,
    maxLength: LIMITS.mainRule,
    save: async (text, baseRevision, acknowledgePersonalData) => {
      try {
        const updated = await updateRoutine(routine.id, {
          mainRule: text.trim() ? text : null,
          baseRevision,
          ...(acknowledgePersonalData ? { acknowledgePersonalData } : {}),
        });
        return updated.revision;
      } catch (error) {
        // The routine as it stands → the answer-shaped details the autosave understands.
        if (isApiError(error, 'STALE_REVISION')) {
          const now = error.details as Routine | undefined;
          throw new ApiError(error.status, error.code, error.message, {
            text: now?.mainRule ?? '',
            revision: now?.revision ?? baseRevision,
          });
        }
        throw error;
      }
    },
    onSaved: (text, revision) => {
      queryClient.setQueryData<Routine>(queryKeys.routine(routine.id), (old) =>
        old ? { ...old, mainRule: text.trim() ? text : null, revision } : old,
      );
      // The quality check looks for a main rule: refresh it.
      void invalidateChecks(queryClient, routine.id);
    },
  });
  const { adopt, state, resolveWith, text } = autosave;
  const conflict = state.kind === 'conflict' ? { mine: text, theirs: state.theirs } : null;
  const hasConflict = conflict !== null;

  // A newer routine (someone else's main rule, or a new title or visibility) while nothing
  // of ours is unsaved: take it, so the next save is based on it.
  useEffect(() => {
    adopt(routine.mainRule ?? '', routine.revision);
  }, [routine.mainRule, routine.revision, adopt]);

  useEffect(() => {
    if (hasConflict) setDialogOpen(true);
  }, [hasConflict]);

  return (
    <div className="main-rule">
      <AutosaveField
        id="main-rule"
        label={t('step.mainRuleLabel')}
        hint={t('step.mainRuleHint')}
        autosave={autosave}
        maxLength={LIMITS.mainRule}
        onShowConflict={() => setDialogOpen(true)}
        readOnly={readOnly}
      />
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictDialog
            questionLabel={t('step.mainRuleLabel')}
            conflict={conflict}
            isOpen={isDialogOpen}
            onClose={() => setDialogOpen(false)}
            onKeepMine={() => {
              setDialogOpen(false);
              resolveWith(conflict.theirs, conflict.mine);
            }}
            onTakeTheirs={() => {
              setDialogOpen(false);
              resolveWith(conflict.theirs, null);
            }}
            onMerge={(merged) => {
              setDialogOpen(false);
              resolveWith(conflict.theirs, merged);
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
