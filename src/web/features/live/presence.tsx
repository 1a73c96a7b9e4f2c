import '../../i18n/areas/live';
import { useTranslation } from '../../i18n';
import type { ConnectionState, Live, Peer } from './live-context';

const label = (p: Peer) => (p.organisation ? `${p.name} (${p.organisation})` : p.name);

/** The routine header's "3 här nu": everyone here, with organisation and colour, and the connection. */
export function PresenceBar({ live }: { live: Live }) {
  const { t } = useTranslation();
  return (
    <div className="presence">
      <ConnectionBadge state={live.state} />
      {live.peers.length > 0 ? (
        <section className="presence__people" aria-label={t('live.presenceLabel')}>
          <p className="presence__count">{t('live.here', { count: live.peers.length })}</p>
          <ul className="presence__list">
            {live.peers.map((p) => (
              <li key={p.id} className="presence__person">
                <span
                  className="presence-avatar"
                  style={{ backgroundColor: p.color }}
                  aria-hidden="true"
                >
                  {initials(p.name)}
                </span>
                <span className="presence__name">
                  {label(p)}
                  {p.isMe ? ` (${t('live.you')})` : ''}
                  {p.role === 'reader' ? `, ${t('live.reader')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {live.notice ? (
        <p className="presence__notice" role="status">
          {live.notice}
        </p>
      ) : null}
    </div>
  );
}

function ConnectionBadge({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <p className={`connection-state connection-state--${state}`}>
      <span className="visually-hidden">{t('live.stateLabel')}: </span>
      <span className="connection-state__dot" aria-hidden="true" />
      {t(`live.state.${state}`)}
    </p>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return (
    (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}

/** Small coloured marks beside a step in the navigation: who is on that step now. */
export function StepPresence({ live, step }: { live: Live | null; step: number }) {
  const { t } = useTranslation();
  const here = live?.peers.filter((p) => !p.isMe && p.step === step) ?? [];
  if (here.length === 0) return null;
  return (
    <span className="step-presence">
      {here.map((p) => (
        <span
          key={p.id}
          className="presence-dot"
          style={{ backgroundColor: p.color }}
          aria-hidden="true"
        />
      ))}
      <span className="visually-hidden">
        {t('live.onStep', { step, names: here.map(label).join(', ') })}
      </span>
    </span>
  );
}
