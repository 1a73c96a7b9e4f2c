import '../../i18n/areas/regions';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LIMITS } from '../../../contracts/limits';
import { useMe } from '../../api/queries';
import { useCreateRegion, useMyRegions } from '../../api/regions';
import { ConfirmEmailFirst } from '../../components/email-verification';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useTranslation } from '../../i18n';
import { AdminCreateRegion } from './admin-create-region';

const NAME_FIELD = 'region-name';

function CreateRegionForm() {
  const { t } = useTranslation();
  const create = useCreateRegion();
  const errors = useFormErrors();
  const navigate = useNavigate();
  const [name, setName] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const trimmed = name.trim();
    if (!trimmed) return errors.show([{ fieldId: NAME_FIELD, message: t('regions.nameMissing') }]);
    if (trimmed.length > LIMITS.name) {
      return errors.show([
        { fieldId: NAME_FIELD, message: t('form.tooLong', { max: LIMITS.name }) },
      ]);
    }
    errors.clear();
    try {
      const region = await create.mutateAsync(trimmed);
      navigate(`/regioner/${region.id}`);
    } catch {
      errors.show([{ message: t('regions.failed') }]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <ConfirmEmailFirst />
      <TextInput
        id={NAME_FIELD}
        label={t('regions.name')}
        hint={t('regions.nameHint')}
        error={errors.of(NAME_FIELD)}
        value={name}
        onValueChange={setName}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {t('regions.create')}
      </button>
    </form>
  );
}

/** Regioner: the regions the user coordinates, and creating one. */
export function RegionsPage() {
  const { t } = useTranslation();
  const regions = useMyRegions();
  const me = useMe();
  useDocumentTitle([t('regions.title')]);
  if (regions.isPending) return <Loading />;
  if (regions.isError) {
    return <LoadError error={regions.error} onRetry={() => void regions.refetch()} />;
  }
  return (
    <div className="container">
      <PageHeading>{t('regions.title')}</PageHeading>
      <p className="prose lead">{t('regions.intro')}</p>
      <section className="section" aria-labelledby="my-regions-title">
        <h2 id="my-regions-title">{t('regions.mine')}</h2>
        {regions.data.length === 0 ? (
          <p className="prose">{t('regions.none')}</p>
        ) : (
          <ul className="link-list">
            {regions.data.map((region) => (
              <li key={region.id}>
                <Link to={`/regioner/${region.id}`}>{region.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="create-region-title">
        <h2 id="create-region-title">{t('regions.createTitle')}</h2>
        <p className="prose">{t('regions.createIntro')}</p>
        <CreateRegionForm />
      </section>
      {me.data?.isAdmin ? <AdminCreateRegion /> : null}
    </div>
  );
}

export { RegionsPage as Component };
