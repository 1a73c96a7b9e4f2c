import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Routine } from '../../../contracts/routines';
import { isApiError } from '../../api/client';
import { usePublicOrigin } from '../../api/origin';
import { useUpdateRoutine } from '../../api/queries';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { Icon } from '../../components/icons';

const FIELD = 'routine-slug';
/** The contract's rule (ZSlug): a–z, digits, single dashes between them, 3–60 characters. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Changing the routine's address (coordinators), behind a disclosure: an address is printed on
 * cards and posters, so it is not changed in passing. The old address keeps leading here.
 */
export function SlugForm({ routine }: { routine: Routine }) {
  const { t } = useTranslation();
  const update = useUpdateRoutine(routine.id);
  const origin = usePublicOrigin().data?.origin ?? window.location.origin;
  const errors = useFormErrors();
  const [slug, setSlug] = useState(routine.slug);
  const [saved, setSaved] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setSaved('');
    const next = slug.trim();
    const problem =
      next.length < 3 || next.length > 60
        ? t('publish.slug.length')
        : !SLUG.test(next)
          ? t('publish.slug.characters')
          : null;
    if (problem) return errors.show([{ fieldId: FIELD, message: problem }]);
    errors.clear();
    if (next === routine.slug) return;
    try {
      await update.mutateAsync({ slug: next, baseRevision: routine.revision });
      setSaved(t('publish.slug.saved', { old: routine.slug }));
    } catch (error) {
      const message = isApiError(error, 'CONFLICT')
        ? t('publish.slug.taken')
        : isApiError(error, 'STALE_REVISION')
          ? t('publish.slug.stale')
          : isApiError(error, 'VALIDATION_FAILED')
            ? t('publish.slug.reserved')
            : t('publish.slug.failed');
      errors.show([{ fieldId: FIELD, message }]);
    }
  }

  return (
    <details className="details slug-details">
      <summary>{t('publish.slug.summary')}</summary>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <p>{t('publish.slug.intro')}</p>
        <TextInput
          id={FIELD}
          label={t('publish.slug.label')}
          hint={t('publish.slug.hint', { prefix: `${origin}/r/` })}
          error={errors.of(FIELD)}
          value={slug}
          onValueChange={(value) => {
            setSlug(value);
            setSaved('');
          }}
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
        />
        <div className="button-group">
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={update.isPending || undefined}
          >
            {t('publish.slug.save')}
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
    </details>
  );
}
