import '../../i18n/areas/publish';
import '../../i18n/areas/routines';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LIMITS } from '../../../contracts/limits';
import { isApiError } from '../../api/client';
import { useCreateRoutine, useRoutines } from '../../api/queries';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { LoadError, Loading } from '../../components/loading';
import { useDocumentTitle } from '../../components/page-heading';
import { RoutineStatusBadge } from '../../components/status-badge';
import { useFormatDate } from '../../components/use-format';
import { useTranslation } from '../../i18n';
import { ImportRoutine } from '../publish/import-routine';
import { useCollaborationContext } from './collaboration-layout';

const TITLE_FIELD = 'routine-title';

function CreateRoutineForm({ cid }: { cid: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRoutine(cid);
  const errors = useFormErrors();
  const [title, setTitle] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const value = title.trim();
    if (!value) return errors.show([{ fieldId: TITLE_FIELD, message: t('routines.titleMissing') }]);
    if (value.length > LIMITS.title) {
      return errors.show([
        { fieldId: TITLE_FIELD, message: t('form.tooLong', { max: LIMITS.title }) },
      ]);
    }
    errors.clear();
    try {
      const created = await create.mutateAsync({ title: value });
      navigate(`/rutiner/${created.id}`);
    } catch (error) {
      errors.show([
        isApiError(error, 'VALIDATION_FAILED')
          ? { fieldId: TITLE_FIELD, message: t('routines.titleInvalid') }
          : { message: t('routines.createFailed') },
      ]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <TextInput
        id={TITLE_FIELD}
        label={t('routines.titleLabel')}
        hint={t('routines.titleHint')}
        error={errors.of(TITLE_FIELD)}
        value={title}
        onValueChange={setTitle}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {t('routines.create')}
      </button>
    </form>
  );
}

/** Rutiner: the collaboration's routines with their status, and a new one. */
export function RoutinesSection() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const routines = useRoutines(collaboration.id);
  const formatDate = useFormatDate();
  useDocumentTitle([t('collaboration.nav.routines'), collaboration.name]);
  return (
    <>
      <section className="section" aria-labelledby="routines-title">
        <h2 id="routines-title">{t('collaboration.nav.routines')}</h2>
        {routines.isPending ? (
          <Loading />
        ) : routines.isError ? (
          <LoadError error={routines.error} onRetry={() => void routines.refetch()} />
        ) : routines.data.length === 0 ? (
          <p className="prose">{t('routines.empty')}</p>
        ) : (
          <ul className="card-list">
            {routines.data.map((routine) => (
              <li key={routine.id} className="card card--row">
                <div>
                  <h3 className="card__title">
                    <Link to={`/rutiner/${routine.id}`}>{routine.title}</Link>
                  </h3>
                  <p className="muted">
                    {t('routines.updated', { date: formatDate(routine.updatedAt) })}
                  </p>
                </div>
                <RoutineStatusBadge status={routine.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {collaboration.role === 'coordinator' ? (
        <section className="section" aria-labelledby="create-routine-title">
          <h2 id="create-routine-title">{t('routines.createTitle')}</h2>
          <p className="prose">{t('routines.createIntro')}</p>
          <CreateRoutineForm cid={collaboration.id} />
        </section>
      ) : null}
      {collaboration.role === 'coordinator' ? (
        <section className="section" aria-labelledby="import-routine-title">
          <h2 id="import-routine-title">{t('publish.import.title')}</h2>
          <p className="prose">{t('publish.import.intro')}</p>
          <ImportRoutine cid={collaboration.id} />
        </section>
      ) : null}
    </>
  );
}

export { RoutinesSection as Component };
