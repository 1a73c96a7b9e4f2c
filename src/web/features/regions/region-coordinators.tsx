import '../../i18n/areas/regions';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RegionDetail } from '../../../contracts/regions';
import { isApiError } from '../../api/client';
import { useMe } from '../../api/queries';
import { useRemoveRegionCoordinator, useWithdrawRegionInvitation } from '../../api/regions';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useFormatDay } from '../../components/dates';
import { useTranslation } from '../../i18n';

type Pending =
  | { kind: 'remove'; userId: string; name: string }
  | { kind: 'withdraw'; invitationId: string; email: string };

/**
 * The region's coordinators and its open invitations. Any regional coordinator removes
 * another (or leaves) and withdraws an invitation, after a confirmation; the server refuses
 * to remove the last one (409 LAST_COORDINATOR), which the dialog then explains.
 */
export function RegionCoordinators({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const me = useMe();
  const navigate = useNavigate();
  const remove = useRemoveRegionCoordinator(region.id);
  const withdraw = useWithdrawRegionInvitation(region.id);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const myId = me.data?.id;
  const isLast = region.coordinators.length <= 1;

  const close = () => {
    setPending(null);
    setProblem('');
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'remove') {
        await remove.mutateAsync(pending.userId);
        if (pending.userId === myId) {
          navigate('/regioner');
          return;
        }
        setStatus(t('regions.members.removed', { name: pending.name }));
      } else {
        await withdraw.mutateAsync(pending.invitationId);
        setStatus(t('regions.members.withdrawn', { email: pending.email }));
      }
      close();
    } catch (error) {
      setProblem(
        isApiError(error, 'LAST_COORDINATOR')
          ? t('regions.members.last')
          : isApiError(error, 'INVITATION_USED')
            ? t('regions.members.used')
            : t('regions.failed'),
      );
    }
  };

  return (
    <section className="section" aria-labelledby="region-coordinators-title">
      <h2 id="region-coordinators-title">{t('regions.coordinatorsTitle')}</h2>
      <ul className="region-people">
        {region.coordinators.map((c) => (
          <li key={c.userId} className="region-people__item">
            <span>
              {c.name} ({c.email}){c.userId === myId ? ` – ${t('regions.members.you')}` : ''}
            </span>
            {isLast ? null : (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setPending({ kind: 'remove', userId: c.userId, name: c.name })}
              >
                {c.userId === myId
                  ? t('regions.members.leave')
                  : t('regions.members.remove', { name: c.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {isLast ? <p className="muted">{t('regions.members.onlyOne')}</p> : null}
      <h3>{t('regions.members.invitationsTitle')}</h3>
      {region.invitations.length === 0 ? (
        <p className="muted">{t('regions.members.noInvitations')}</p>
      ) : (
        <ul className="region-people">
          {region.invitations.map((i) => (
            <li key={i.id} className="region-people__item">
              <span>
                {t('regions.members.invited', { email: i.email, date: formatDay(i.expiresAt) })}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setPending({ kind: 'withdraw', invitationId: i.id, email: i.email })}
              >
                {t('regions.members.withdraw', { email: i.email })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="save-confirmation" role="status">
        {status}
      </p>
      <ConfirmDialog
        isOpen={pending !== null}
        title={
          pending?.kind === 'remove'
            ? pending.userId === myId
              ? t('regions.members.confirmLeave')
              : t('regions.members.confirmRemove', { name: pending.name })
            : t('regions.members.confirmWithdraw', { email: pending?.email ?? '' })
        }
        confirmLabel={
          pending?.kind === 'withdraw'
            ? t('regions.members.withdrawShort')
            : pending?.userId === myId
              ? t('regions.members.leave')
              : t('regions.members.removeShort')
        }
        cancelLabel={t('regions.members.cancel')}
        closeLabel={t('regions.members.close')}
        isDestructive
        isBusy={remove.isPending || withdraw.isPending}
        problem={problem || undefined}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>
          {pending?.kind === 'withdraw'
            ? t('regions.members.withdrawText')
            : t('regions.members.removeText')}
        </p>
      </ConfirmDialog>
    </section>
  );
}
