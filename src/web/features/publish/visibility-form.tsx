import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Routine } from '../../../contracts/routines';
import { isApiError } from '../../api/client';
import { useUpdateRoutine } from '../../api/queries';
import { Icon } from '../../components/icons';

type Visibility = Routine['visibility'];
const CHOICES: readonly Visibility[] = ['public', 'members'];

/** Who may read the published page: everyone, or members only (coordinators choose). */
export function VisibilityForm({ routine }: { routine: Routine }) {
  const { t } = useTranslation();
  const update = useUpdateRoutine(routine.id);
  const [choice, setChoice] = useState<Visibility>(routine.visibility);
  const [saved, setSaved] = useState('');
  const [failure, setFailure] = useState('');

  const label = (v: Visibility) =>
    v === 'public' ? t('publish.visibility.public') : t('publish.visibility.members');
  const hint = (v: Visibility) =>
    v === 'public' ? t('publish.visibility.publicHint') : t('publish.visibility.membersHint');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setSaved('');
    setFailure('');
    try {
      await update.mutateAsync({ visibility: choice, baseRevision: routine.revision });
      setSaved(
        t('publish.visibility.saved', {
          choice:
            choice === 'public'
              ? t('publish.visibility.savedPublic')
              : t('publish.visibility.savedMembers'),
        }),
      );
    } catch (error) {
      const theirs = isApiError(error, 'STALE_REVISION')
        ? (error.details as Routine | undefined)?.visibility
        : undefined;
      setFailure(
        isApiError(error, 'FORBIDDEN')
          ? t('publish.visibility.forbidden')
          : theirs
            ? t('publish.visibility.stale', {
                choice:
                  theirs === 'public'
                    ? t('publish.visibility.savedPublic')
                    : t('publish.visibility.savedMembers'),
              })
            : t('publish.visibility.failed'),
      );
    }
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
