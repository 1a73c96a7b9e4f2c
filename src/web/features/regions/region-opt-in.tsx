import '../../i18n/areas/regions';
import { useState } from 'react';
import { useCollaborationRegions, useSetCollaborationRegion } from '../../api/regions';
import { useTranslation } from '../../i18n';

/**
 * Inställningar → Regional översikt: the collaboration's coordinators choose the regions that
 * may see its aggregates (and leave them). Other members see the choice.
 */
export function RegionOptIn({ cid, isCoordinator }: { cid: string; isCoordinator: boolean }) {
  const { t } = useTranslation();
  const regions = useCollaborationRegions(cid);
  const change = useSetCollaborationRegion(cid);
  const [failed, setFailed] = useState(false);
  const [done, setDone] = useState('');
  if (!regions.data) return null;
  return (
    <section className="section" aria-labelledby="region-opt-in-title">
      <h2 id="region-opt-in-title">{t('regions.optIn.title')}</h2>
      <p className="prose">{t('regions.optIn.intro')}</p>
      {!isCoordinator ? <p className="prose">{t('regions.optIn.onlyCoordinators')}</p> : null}
      {regions.data.length === 0 ? (
        <p className="prose">{t('regions.optIn.none')}</p>
      ) : (
        <ul className="region-opt-in">
          {regions.data.map((region) => (
            <li key={region.id}>
              <span className="region-opt-in__name">{region.name}</span>
              {region.joined ? (
                <span className="region-opt-in__state">{t('regions.optIn.joined')}</span>
              ) : null}
              {isCoordinator ? (
                <button
                  type="button"
                  className={region.joined ? 'button button--secondary' : 'button'}
                  onClick={() => {
                    setFailed(false);
                    setDone('');
                    const join = !region.joined;
                    change.mutate(
                      { regionId: region.id, join },
                      {
                        onError: () => setFailed(true),
                        onSuccess: () =>
                          setDone(
                            t(join ? 'regions.optIn.didJoin' : 'regions.optIn.didLeave', {
                              name: region.name,
                            }),
                          ),
                      },
                    );
                  }}
                >
                  {region.joined
                    ? t('regions.optIn.leave', { name: region.name })
                    : t('regions.optIn.join', { name: region.name })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="save-confirmation" role="status">
        {done}
      </p>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('regions.optIn.failed')}
        </p>
      ) : null}
    </section>
  );
}
