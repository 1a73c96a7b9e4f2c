import '../../i18n/areas/publish';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import type { Routine } from '../../../contracts/routines';
import { isApiError } from '../../api/client';
import { useUpdateRoutine } from '../../api/queries';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';
import { staleField } from './routine-stale';

// The dialog (and react-aria with it) loads only when a conflict happens.
const ConflictDialog = lazy(() => import('../../components/conflict-dialog'));

type Visibility = Routine['visibility'];
const CHOICES: readonly Visibility[] = ['public', 'members'];

/** Who may read the published page: everyone, or members only (coordinators choose). */
export function VisibilityForm({ routine }: { routine: Routine }) {
  const { t } = useTranslation();
  const update = useUpdateRoutine(routine.id);
  const [choice, setChoice] = useState<Visibility>(routine.visibility);
  const [saved, setSaved] = useState('');
  const [failure, setFailure] = useState('');
  const [conflict, setConflict] = useState<{ now: Routine; mine: Visibility } | null>(null);

  const label = (v: Visibility) =>
    v === 'public' ? t('publish.visibility.public') : t('publish.visibility.members');
  const savedWord = (v: Visibility) =>
    v === 'public' ? t('publish.visibility.savedPublic') : t('publish.visibility.savedMembers');
  const hint = (v: Visibility) =>
    v === 'public' ? t('publish.visibility.publicHint') : t('publish.visibility.membersHint');

  async function save(value: Visibility, baseRevision: number, base: Visibility) {
    if (update.isPending) return;
    setSaved('');
    setFailure('');
    try {
      await update.mutateAsync({ visibility: value, baseRevision });
      setSaved(t('publish.visibility.saved', { choice: savedWord(value) }));
    } catch (error) {
      const stale = staleField(error, 'visibility', base, value);
      if (stale && !stale.isConflict) {
        // Someone changed something else (a main rule, a title): save again on their revision.
        if (stale.now.visibility === value)
          return setSaved(t('publish.visibility.saved', { choice: savedWord(value) }));
        return void save(value, stale.now.revision, stale.now.visibility);
      }
      if (stale) return setConflict({ now: stale.now, mine: value });
      setFailure(
        isApiError(error, 'FORBIDDEN')
          ? t('publish.visibility.forbidden')
          : t('publish.visibility.failed'),
      );
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(choice, routine.revision, routine.visibility);
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <fieldset className="choice-fieldset field">
        <legend className="field__label">{t('publish.visibility.legend')}</legend>
        <div className="choices">
          {CHOICES.map((value) => {
            const id = `visibility-${value}`;
            return (
              <div key={value} className="checkbox checkbox--radio">
                <input
                  type="radio"
                  id={id}
                  name="visibility"
                  className="checkbox__input"
                  value={value}
                  checked={choice === value}
                  aria-describedby={`${id}-hint`}
                  onChange={() => {
                    setChoice(value);
                    setSaved('');
                  }}
                />
                <label className="checkbox__label" htmlFor={id}>
                  {label(value)}
                </label>
                <div className="checkbox__hint field__hint" id={`${id}-hint`}>
                  {hint(value)}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      {failure ? (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      ) : null}
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictDialog
            questionLabel={t('publish.visibility.legend')}
            fields={[
              {
                key: 'visibility',
                label: t('publish.visibility.legend'),
                mine: label(conflict.mine),
                theirs: label(conflict.now.visibility),
              },
            ]}
            isOpen
            onClose={() => setConflict(null)}
            onKeepMine={() => {
              setConflict(null);
              void save(conflict.mine, conflict.now.revision, conflict.now.visibility);
            }}
            onTakeTheirs={() => {
              setConflict(null);
              setChoice(conflict.now.visibility);
              setSaved(
                t('publish.visibility.tookTheirs', { choice: savedWord(conflict.now.visibility) }),
              );
            }}
            onMergeFields={() => setConflict(null)}
          />
        </Suspense>
      ) : null}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
          {t('publish.visibility.save')}
        </button>
        <p className="save-confirmation" role="status">
          {saved ? (
            <>
              <Icon name="check" /> {saved}
            </>
          ) : null}
        </p>
      </div>
    </form>
  );
}

/** The choice in words, for those who may not change it. */
export function VisibilityText({ routine }: { routine: Routine }) {
  const { t } = useTranslation();
  const isPublic = routine.visibility === 'public';
  return (
    <>
      <p>
        {t('publish.visibility.current', {
          choice: isPublic ? t('publish.visibility.public') : t('publish.visibility.members'),
        })}{' '}
        {isPublic ? t('publish.visibility.publicHint') : t('publish.visibility.membersHint')}
      </p>
      <p className="muted">{t('publish.visibility.onlyCoordinators')}</p>
    </>
  );
}
