import '../../i18n/areas/admin';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useAdminResetLink } from '../../api/admin';
import { isApiError } from '../../api/client';
import { CopyField } from '../../components/copy-field';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { useFormatDate, useFormatTime } from '../../components/use-format';
import { useTranslation } from '../../i18n';
import { EMAIL_PATTERN } from '../auth/auth-errors';

const EMAIL_FIELD = 'admin-reset-email';

/** An administrator creates a single-use password link for a user (instances without e-mail). */
export function AdminResetLink() {
  const { t } = useTranslation();
  const create = useAdminResetLink();
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<{ url: string; expiresAt: string; email: string } | null>(
    null,
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const address = email.trim();
    if (!address)
      return errors.show([{ fieldId: EMAIL_FIELD, message: t('admin.reset.emailMissing') }]);
    if (!EMAIL_PATTERN.test(address)) {
      return errors.show([{ fieldId: EMAIL_FIELD, message: t('admin.reset.emailInvalid') }]);
    }
    errors.clear();
    setCreated(null);
    try {
      const link = await create.mutateAsync(address);
      setCreated({ ...link, email: address });
      setEmail('');
    } catch (error) {
      errors.show([
        isApiError(error, 'NOT_FOUND')
          ? { fieldId: EMAIL_FIELD, message: t('admin.reset.noAccount') }
          : isApiError(error, 'VALIDATION_FAILED')
            ? { fieldId: EMAIL_FIELD, message: t('admin.reset.emailInvalid') }
            : { message: t('admin.reset.failed') },
      ]);
    }
  }

  return (
    <section className="section" aria-labelledby="admin-reset-title">
      <h2 id="admin-reset-title">{t('admin.reset.title')}</h2>
      <p className="prose">{t('admin.reset.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <TextInput
          id={EMAIL_FIELD}
          type="email"
          label={t('admin.reset.email')}
          error={errors.of(EMAIL_FIELD)}
          value={email}
          onValueChange={setEmail}
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {t('admin.reset.submit')}
        </button>
      </form>
      {created ? <CreatedLink created={created} /> : null}
    </section>
  );
}

function CreatedLink({ created }: { created: { url: string; expiresAt: string; email: string } }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatTime = useFormatTime();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice invite-result" ref={ref} tabIndex={-1}>
      <CopyField
        id="admin-reset-link"
        labelClassName="admin-reset__label"
        label={t('admin.reset.created', {
          email: created.email,
          time: `${formatDate(created.expiresAt)} ${formatTime(new Date(created.expiresAt))}`,
        })}
        value={created.url}
        copyLabel={t('admin.reset.copy')}
        copiedLabel={t('admin.reset.copied')}
      />
    </div>
  );
}
