import '../../i18n/areas/versions';
import { type FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CheckFinding } from '../../../contracts/check';
import { LIMITS } from '../../../contracts/limits';
import { isApiError } from '../../api/client';
import { useFreezeVersion } from '../../api/versions';
import { CapStatus, isAtCap, limitReachedMessage } from '../../components/cap-status';
import { FieldShell } from '../../components/form';
import { Icon } from '../../components/icons';
import { routinePath, stepPath } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';

const CAP_ID = 'versions-cap';

/** Where a blocking finding can be fixed: its step, or else the quality check's page. */
export function findingPath(rid: string, finding: CheckFinding): string {
  const { target } = finding;
  if (target.type === 'milestone') return routinePath(rid, 'tidslinje');
  if (target.type === 'evaluation_plan') return stepPath(rid, 6);
  if (target.step) return stepPath(rid, target.step);
  return routinePath(rid, 'kvalitetskontroll');
}

function asFindings(details: unknown): CheckFinding[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is CheckFinding =>
      typeof d === 'object' && d !== null && typeof (d as CheckFinding).message === 'string',
  );
}

type Outcome =
  | { kind: 'frozen'; number: number }
  | { kind: 'blocked'; findings: CheckFinding[] }
  | { kind: 'personalData' }
  | { kind: 'failed'; message: string };

/** Freeze the routine as a new version (coordinators); on 409 lists what blocks it. */
export function FreezeForm({
  rid,
  isFirst,
  versionCount,
}: {
  rid: string;
  isFirst: boolean;
  /** How many versions there are (the cap counts them); unknown while the list loads. */
  versionCount?: number;
}) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const freeze = useFreezeVersion(rid);
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [focusKey, setFocusKey] = useState(0);

  useLayoutEffect(() => {
    if (focusKey > 0) outcomeRef.current?.focus();
  }, [focusKey]);

  async function submit(acknowledge: boolean) {
    if (freeze.isPending) return;
    try {
      const created = await freeze.mutateAsync({
        ...(summary.trim() ? { summary: summary.trim() } : {}),
        ...(acknowledge ? { acknowledgePersonalData: true } : {}),
      });
      setSummary('');
      setOutcome({ kind: 'frozen', number: created.number });
    } catch (error) {
      if (isApiError(error, 'ROUTINE_HAS_BLOCKERS')) {
        setOutcome({ kind: 'blocked', findings: asFindings(error.details) });
      } else if (isApiError(error, 'PERSONAL_DATA_SUSPECTED')) {
        setOutcome({ kind: 'personalData' });
      } else if (isApiError(error, 'FORBIDDEN')) {
        setOutcome({ kind: 'failed', message: t('versions.freeze.forbidden') });
      } else if (isApiError(error, 'LIMIT_REACHED')) {
        setOutcome({ kind: 'failed', message: limitReachedMessage(t, error.details) });
      } else {
        setOutcome({ kind: 'failed', message: t('versions.freeze.failed') });
      }
    }
    setFocusKey((k) => k + 1);
  }

  return (
    <>
      <form
        className="form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        <FieldShell
          id="version-summary"
          label={t('versions.freeze.summaryLabel')}
          hint={isFirst ? t('versions.freeze.summaryHintFirst') : t('versions.freeze.summaryHint')}
        >
          {(describedBy) => (
            <input
              id="version-summary"
              className="input input--wide"
              maxLength={LIMITS.short}
              value={summary}
              autoComplete="off"
              aria-describedby={describedBy}
              onChange={(event) => setSummary(event.target.value)}
            />
          )}
        </FieldShell>
        {versionCount === undefined ? null : (
          <CapStatus cap="versionsPerRoutine" count={versionCount} id={CAP_ID} />
        )}
        <button
          type="submit"
          className="button"
          disabled={
            freeze.isPending ||
            (versionCount !== undefined && isAtCap('versionsPerRoutine', versionCount))
          }
          aria-describedby={versionCount === undefined ? undefined : CAP_ID}
        >
          <Icon name="lock" />
          {t('versions.freeze.submit')}
        </button>
      </form>
      <div ref={outcomeRef} tabIndex={-1} className="freeze-outcome">
        {outcome?.kind === 'frozen' ? (
          <div className="notice notice--success" role="status">
            <p className="notice__title">
              <Icon name="check" /> {t('versions.freeze.frozen', { number: outcome.number })}
            </p>
            <p>
              {t('versions.freeze.next')}{' '}
              <Link to={routinePath(rid, 'bekraftelse')}>{t('versions.toConfirmation')}</Link>
            </p>
          </div>
        ) : outcome?.kind === 'blocked' ? (
          <div className="notice notice--error" role="alert">
            <h3 className="notice__title">
              <Icon name="warning" /> {t('versions.freeze.blockedTitle')}
            </h3>
            <p>{t('versions.freeze.blockedText', { count: outcome.findings.length })}</p>
            <ul className="list-bullet blocker-list">
              {outcome.findings.map((finding, index) => {
                const to = findingPath(rid, finding);
                const message = finding.messages ? pick(finding.messages) : finding.message;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id
                  <li key={`${finding.rule}-${index}`}>
                    {finding.target.step ? (
                      <span className="blocker-list__step">
                        {t('versions.freeze.inStep', { step: finding.target.step })}:{' '}
                      </span>
                    ) : null}
                    <Link to={to}>{message}</Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : outcome?.kind === 'personalData' ? (
          <div className="notice notice--error" role="alert">
            <p>{t('versions.freeze.personalData')}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void submit(true)}
            >
              {t('versions.freeze.sendAnyway')}
            </button>
          </div>
        ) : outcome?.kind === 'failed' ? (
          <div className="notice notice--error" role="alert">
            <p>{outcome.message}</p>
          </div>
        ) : null}
      </div>
    </>
  );
}
