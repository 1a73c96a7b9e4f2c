import '../../i18n/areas/publish';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import type { Routine } from '../../../contracts/routines';
import { isApiError } from '../../api/client';
import { usePublicOrigin } from '../../api/origin';
import { useUpdateRoutine } from '../../api/queries';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';
import { staleField } from './routine-stale';

// The dialog (and react-aria with it) loads only when a conflict happens.
const ConflictDialog = lazy(() => import('../../components/conflict-dialog'));

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
  const [conflict, setConflict] = useState<{ now: Routine; mine: string } | null>(null);

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
    await save(next, routine.revision, routine.slug);
  }

  async function save(next: string, baseRevision: number, base: string) {
    try {
      await update.mutateAsync({ slug: next, baseRevision });
      setSaved(t('publish.slug.saved', { old: base }));
    } catch (error) {
      const stale = staleField(error, 'slug', base, next);
      // Someone changed something else (a main rule, a title): save again on their revision.
      if (stale && !stale.isConflict) {
        if (stale.now.slug === next) return setSaved(t('publish.slug.saved', { old: base }));
        return void save(next, stale.now.revision, stale.now.slug);
      }
      if (stale) return setConflict({ now: stale.now, mine: next });
      const message = isApiError(error, 'CONFLICT')
        ? t('publish.slug.taken')
        : isApiError(error, 'VALIDATION_FAILED')
          ? t('publish.slug.reserved')
          : t('publish.slug.failed');
      errors.show([{ fieldId: FIELD, message }]);
    }
  }

  return (
    <details className="details slug-details">
      <summary>{t('publish.slug.summary')}</summary>
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictDialog
            questionLabel={t('publish.slug.label')}
            fields={[
              {
                key: 'slug',
                label: t('publish.slug.label'),
                mine: conflict.mine,
                theirs: conflict.now.slug,
              },
            ]}
            isOpen
            onClose={() => setConflict(null)}
            onKeepMine={() => {
              setConflict(null);
              void save(conflict.mine, conflict.now.revision, conflict.now.slug);
            }}
            onTakeTheirs={() => {
              setConflict(null);
              setSlug(conflict.now.slug);
            }}
            onMergeFields={() => setConflict(null)}
          />
        </Suspense>
      ) : null}
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
