import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../contracts/common';
import type { Routine } from '../../../contracts/routines';
import { MAIN_RULE_FIELD } from '../../../domain/collab';
import { updateRoutine } from '../../api/endpoints';
import { invalidateChecks } from '../../api/quality';
import { queryKeys } from '../../api/queries';
import { LiveField } from '../live/live-field';
import { useLive } from '../live/live-routine';
import { AutosaveField } from './autosave-field';
import { useAutosave } from './use-autosave';

/**
 * Step 4's main rule (huvudregel): how the group wants to act at the first contact.
 * Saved with PATCH /api/routines/:rid; it has no revision, the last save wins.
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
  const autosave = useAutosave({
    initialText: routine.mainRule ?? '',
    initialRevision: 0,
    maxLength: LIMITS.mainRule,
    save: async (text, _baseRevision, acknowledgePersonalData) => {
      await updateRoutine(routine.id, {
        mainRule: text.trim() ? text : null,
        ...(acknowledgePersonalData ? { acknowledgePersonalData } : {}),
      });
      return 0;
    },
    onSaved: (text) => {
      queryClient.setQueryData<Routine>(queryKeys.routine(routine.id), (old) =>
        old ? { ...old, mainRule: text.trim() ? text : null } : old,
      );
      // The quality check looks for a main rule: refresh it.
      void invalidateChecks(queryClient, routine.id);
    },
  });
  return (
    <div className="main-rule">
      <AutosaveField
        id="main-rule"
        label={t('step.mainRuleLabel')}
        hint={t('step.mainRuleHint')}
        autosave={autosave}
        maxLength={LIMITS.mainRule}
        readOnly={readOnly}
      />
    </div>
  );
}
