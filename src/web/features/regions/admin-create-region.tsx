import '../../i18n/areas/regions';
import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../contracts/common';
import type { AdminCreatedRegion } from '../../../contracts/regions';
import { useAdminCreateRegion } from '../../api/regions';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { useTranslation } from '../../i18n';

const NAME_FIELD = 'admin-region-name';
const EMAIL_FIELD = 'admin-region-email';

/**
 * Instance administrators (ADMIN_EMAILS): create a region and invite its first regional
 * coordinator by e-mail; the administrator does not become a member of it.
 */
export function AdminCreateRegion() {
  const { t } = useTranslation();
  const create = useAdminCreateRegion();
  const errors = useFormErrors();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<(AdminCreatedRegion & { email: string }) | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const list = [];
    if (!name.trim()) list.push({ fieldId: NAME_FIELD, message: t('regions.nameMissing') });
    else if (name.trim().length > LIMITS.name)
      list.push({ fieldId: NAME_FIELD, message: t('form.tooLong', { max: LIMITS.name }) });
    if (!email.trim())
      list.push({ fieldId: EMAIL_FIELD, message: t('regions.admin.emailMissing') });
    if (list.length > 0) return errors.show(list);
    errors.clear();
    try {
      const result = await create.mutateAsync({
        name: name.trim(),
        coordinatorEmail: email.trim(),
      });
      setCreated({ ...result, email: email.trim() });
      setName('');
      setEmail('');
    } catch {
      errors.show([{ message: t('regions.failed') }]);
    }
  }

  return (
    <section className="section" aria-labelledby="admin-region-title">
      <h2 id="admin-region-title">{t('regions.admin.title')}</h2>
      <p className="prose">{t('regions.admin.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <TextInput
          id={NAME_FIELD}
          label={t('regions.name')}
          hint={t('regions.nameHint')}
          error={errors.of(NAME_FIELD)}
          value={name}
          onValueChange={setName}
          autoComplete="off"
        />
        <TextInput
          id={EMAIL_FIELD}
          type="email"
          label={t('regions.admin.email')}
          error={errors.of(EMAIL_FIELD)}
          value={email}
          onValueChange={setEmail}
          autoComplete="off"
        />
        <button type="submit" className="button">
          {t('regions.admin.submit')}
        </button>
      </form>
      <div role="status">
        {created ? (
          <div className="notice">
            <p>{t('regions.admin.created', { name: created.region.name, email: created.email })}</p>
            {created.invitation.emailed ? (
              <p>{t('regions.admin.emailed')}</p>
            ) : (
              <p>
                <label htmlFor="admin-region-link">{t('regions.admin.notEmailed')}</label>
                <input
                  id="admin-region-link"
                  className="input"
                  readOnly
                  value={created.invitation.url}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </p>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
