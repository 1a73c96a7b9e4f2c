import '../../i18n/areas/regions';
import { type FormEvent, useState } from 'react';
import type { CreatedRegionInvitation } from '../../../contracts/regions';
import { useInviteRegionCoordinator } from '../../api/regions';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { useTranslation } from '../../i18n';

const EMAIL_FIELD = 'region-invite-email';

/** Invites another regional coordinator: the link is shown to copy (bound to the address). */
export function RegionInviteForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const invite = useInviteRegionCoordinator(regionId);
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<(CreatedRegionInvitation & { email: string }) | null>(
    null,
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    const address = email.trim();
    if (!address)
      return errors.show([{ fieldId: EMAIL_FIELD, message: t('regions.invite.emailMissing') }]);
    errors.clear();
    try {
      const result = await invite.mutateAsync(address);
      setCreated({ ...result, email: address });
      setEmail('');
    } catch {
      errors.show([{ fieldId: EMAIL_FIELD, message: t('regions.failed') }]);
    }
  }

  return (
    <section className="section" aria-labelledby="region-invite-title">
      <h2 id="region-invite-title">{t('regions.invite.title')}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <TextInput
          id={EMAIL_FIELD}
          type="email"
          label={t('regions.invite.email')}
          error={errors.of(EMAIL_FIELD)}
          value={email}
          onValueChange={setEmail}
          autoComplete="off"
        />
        <button type="submit" className="button">
          {t('regions.invite.submit')}
        </button>
      </form>
      <div role="status">
        {created ? (
          <div className="notice">
            <p>{t('regions.invite.created', { email: created.email })}</p>
            {created.emailed ? <p>{t('regions.admin.emailed')}</p> : null}
            <p>
              <label htmlFor="region-invite-link">{t('regions.invite.link')}</label>
              <input
                id="region-invite-link"
                className="input"
                readOnly
                value={created.url}
                onFocus={(e) => e.currentTarget.select()}
              />
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
