import '../../i18n/areas/regions';
import { useState } from 'react';
import { useNationalListing, useSetNationalListing } from '../../api/regions';
import { useTranslation } from '../../i18n';

/** Inställningar → Den nationella sidan: list the collaboration's adopted public routines. */
export function NationalOptIn({ cid, isCoordinator }: { cid: string; isCoordinator: boolean }) {
  const { t } = useTranslation();
  const listing = useNationalListing(cid);
  const change = useSetNationalListing(cid);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  // The box follows the click at once; the server's answer confirms it (or puts it back).
  const [pending, setPending] = useState<boolean | null>(null);
  if (!listing.data) return null;
  const checked = pending ?? listing.data.listed;
  return (
    <section className="section" aria-labelledby="national-opt-in-title">
      <h2 id="national-opt-in-title">{t('regions.national.optInTitle')}</h2>
      <p className="prose">{t('regions.national.optInIntro')}</p>
      <div className="checkbox">
        <input
          id="national-listed"
          className="checkbox__input"
          type="checkbox"
          checked={checked}
          disabled={!isCoordinator}
          onChange={(event) => {
            const listed = event.target.checked;
            setMessage('');
            setFailed(false);
            setPending(listed);
            change.mutate(listed, {
              onSuccess: () =>
                setMessage(t(listed ? 'regions.national.didList' : 'regions.national.didUnlist')),
              onError: () => setFailed(true),
              onSettled: () => setPending(null),
            });
          }}
        />
        <label htmlFor="national-listed" className="checkbox__label">
          {t('regions.national.listed')}
        </label>
      </div>
      <p className="save-confirmation" role="status">
        {message}
      </p>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('regions.optIn.failed')}
        </p>
      ) : null}
    </section>
  );
}
