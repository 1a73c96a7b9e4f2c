import '../../i18n/areas/versions';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import { isApiError } from '../../api/client';
import { useVerifyVersion, useVersion, useVersionDiff, useVersions } from '../../api/versions';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { routinePath, useWorkspace } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { NotFound } from '../errors/not-found';
import { DiffView, lookupOf } from './diff-view';
import { shortHash } from './version-state';
import { comparePath } from './versions-page';

function VerifyResult({ rid, n }: { rid: string; n: number }) {
  const { t } = useTranslation();
  const verify = useVerifyVersion(rid, n);
  if (verify.isPending) return <p className="loading">{t('versions.verify.checking')}</p>;
  if (verify.isError) return <p className="muted">{t('versions.verify.failed')}</p>;
  const result = verify.data;
  if (result.ok) {
    return (
      <div className="notice notice--success verify-result">
        <p className="notice__title">
          <Icon name="check" /> {t('versions.verify.ok')}
        </p>
        <p>
          {t('versions.verify.okText', { count: result.signOffs.length })}{' '}
          <code className="hash">{shortHash(result.hash)}</code>
        </p>
      </div>
    );
  }
  const badSignOffs = result.signOffs.filter((s) => !s.ok).length;
  return (
    <div className="notice notice--error verify-result" role="alert">
      <h2 className="notice__title">
        <Icon name="warning" /> {t('versions.verify.alarmTitle')}
      </h2>
      <p>
        {result.hash !== result.computedHash
          ? t('versions.verify.hashMismatch', { number: n })
          : t('versions.verify.signOffMismatch', { count: badSignOffs })}
      </p>
      <p>{t('versions.verify.whatToDo')}</p>
      <dl className="meta">
        <div>
          <dt>{t('versions.verify.stored')}</dt>
          <dd>
            <code className="hash">{shortHash(result.hash)}</code>
          </dd>
        </div>
        <div>
          <dt>{t('versions.verify.computed')}</dt>
          <dd>
            <code className="hash">{shortHash(result.computedHash)}</code>
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** Jämför versioner: what changed between two versions, and whether a version is intact. */
export function ComparePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { routine, template } = useWorkspace();
  const params = useParams();
  const [search] = useSearchParams();
  const n = Number(params.n);
  const mot = search.get('mot');
  const against = mot ? Number(mot) : n > 1 ? n - 1 : undefined;
  const isValid =
    Number.isInteger(n) && n >= 1 && (against === undefined || Number.isInteger(against));
  const versions = useVersions(routine.id);
  const diff = useVersionDiff(routine.id, isValid ? n : 0, against);
  const newer = useVersion(routine.id, isValid ? n : null);
  const older = useVersion(routine.id, isValid && against ? against : null);
  const [chosenN, setChosenN] = useState(String(n));
  const [chosenAgainst, setChosenAgainst] = useState(against ? String(against) : '');
  const title = against
    ? t('versions.compare.title', { number: n, against })
    : t('versions.compare.titleFirst', { number: n });
  useDocumentTitle([title, routine.title]);

  if (!isValid) return <NotFound />;
  if (
    diff.isError &&
    isApiError(diff.error) &&
    (diff.error.status === 404 || diff.error.status === 400)
  )
    return <NotFound />;

  const numbers = versions.data?.map((v) => v.number) ?? [];
  const onCompare = (event: FormEvent) => {
    event.preventDefault();
    const a = Number(chosenN);
    const b = chosenAgainst ? Number(chosenAgainst) : null;
    navigate(comparePath(routine.id, a, b));
  };

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>
        <Link to={routinePath(routine.id, 'versioner')}>{t('versions.backToList')}</Link>
      </p>
      {numbers.length > 1 ? (
        <form className="compare-form" onSubmit={onCompare}>
          <div className="field">
            <label className="field__label" htmlFor="compare-n">
              {t('versions.compare.show')}
            </label>
            <select
              id="compare-n"
              className="input select"
              value={chosenN}
              onChange={(event) => setChosenN(event.target.value)}
            >
              {numbers.map((v) => (
                <option key={v} value={v}>
                  {t('versions.versionN', { number: v })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="compare-against">
              {t('versions.compare.against')}
            </label>
            <select
              id="compare-against"
              className="input select"
              value={chosenAgainst}
              onChange={(event) => setChosenAgainst(event.target.value)}
            >
              <option value="">{t('versions.compare.nothing')}</option>
              {numbers.map((v) => (
                <option key={v} value={v}>
                  {t('versions.versionN', { number: v })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('versions.compare.submit')}
          </button>
        </form>
      ) : null}

      <VerifyResult rid={routine.id} n={n} />

      <div className="notice diff-legend">
        <h2 className="notice__title">{t('versions.diff.legendTitle')}</h2>
        <p>
          <ins className="diff-ins">
            <span className="diff-mark" aria-hidden="true">
              +
            </span>
            {t('versions.diff.legendInsertedSample')}
          </ins>{' '}
          {t('versions.diff.legendInserted')}
        </p>
        <p>
          <del className="diff-del">
            <span className="diff-mark" aria-hidden="true">
              −
            </span>
            {t('versions.diff.legendDeletedSample')}
          </del>{' '}
          {t('versions.diff.legendDeleted')}
        </p>
      </div>

      {diff.isPending ? (
        <Loading />
      ) : diff.isError ? (
        <LoadError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <DiffView
          diff={diff.data}
          template={template}
          lookup={lookupOf(
            newer.data?.snapshot as Partial<RoutineSnapshot> | undefined,
            older.data?.snapshot as Partial<RoutineSnapshot> | undefined,
          )}
        />
      )}
    </>
  );
}

export { ComparePage as Component };
