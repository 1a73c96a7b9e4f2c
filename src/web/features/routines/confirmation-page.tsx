import '../../i18n/areas/confirmation';
import '../../i18n/areas/versions';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { SignOff } from '../../../contracts/versions';
import { useMembers } from '../../api/members';
import { useMe } from '../../api/queries';
import { useSignOffs, useVersions } from '../../api/versions';
import { useActors } from '../../api/who-does-what';
import { useFormatDay } from '../../components/dates';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useFormatDate, useFormatList } from '../../components/use-format';
import { routinePath, useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { type SignableActor, SignOffForm } from '../versions/sign-off-form';
import { shortHash } from '../versions/version-state';
import { comparePath } from '../versions/versions-page';

function Signature({ signOff }: { signOff: SignOff }) {
  const { t } = useTranslation();
  return (
    <span className="signature">
      <span className="signature__state">
        <Icon name="check" />
        {t('versions.confirmation.signed')}
      </span>
      <span className="signature__by">
        {signOff.onBehalf
          ? signOff.signedByName
            ? t('versions.confirmation.onBehalf', {
                name: signOff.signedByName,
                organisation: signOff.actorName,
              })
            : t('versions.confirmation.onBehalfUnknown', { organisation: signOff.actorName })
          : t('versions.confirmation.signedBy', {
              name: signOff.signedByName ?? signOff.representativeName,
            })}
      </span>
    </span>
  );
}

/**
 * Who signs and why: the organisations with actions in the version sign it; the others of the
 * collaboration are named, with the way to make one of them a signer (give it an action).
 */
function WhoSigns(props: {
  rid: string;
  required: string[];
  others: string[];
  number: number;
  isCoordinator: boolean;
}) {
  const { t } = useTranslation();
  const formatList = useFormatList();
  return (
    <div className="prose confirmation-who">
      <p>
        {t('versions.confirmation.whoSigns', {
          count: props.required.length,
          number: props.number,
        })}
      </p>
      {props.others.length > 0 ? (
        <p>
          {t('versions.confirmation.notSigners', {
            count: props.others.length,
            names: formatList(props.others),
          })}{' '}
          {props.isCoordinator ? (
            <Link to={routinePath(props.rid, 'vem-gor-vad')}>
              {t('versions.confirmation.addSigner')}
            </Link>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** Bekräftelse: the template's form – date, organisation, representative, signature – per organisation. */
export function ConfirmationPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const formatDay = useFormatDay();
  const formatDate = useFormatDate();
  const { routine, template, collaboration } = useWorkspace();
  const { confirmation } = template;
  const title = pick(confirmation.title) || t('workspace.confirmation');
  useDocumentTitle([title, routine.title]);
  const me = useMe();
  const members = useMembers(routine.collaborationId);
  const versions = useVersions(routine.id);
  const actors = useActors(routine.collaborationId);
  const latest = versions.data?.[0];
  const overview = useSignOffs(routine.id, latest?.number);
  const [message, setMessage] = useState<{ text: string; adopted: boolean } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const header = (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="prose">
        <p className="lead">{pick(confirmation.intro)}</p>
      </div>
    </>
  );
  if (versions.isPending || (latest && overview.isPending)) {
    return (
      <>
        {header}
        <Loading />
      </>
    );
  }
  if (versions.isError || overview.isError) {
    const retry = () => void (versions.isError ? versions.refetch() : overview.refetch());
    return (
      <>
        {header}
        <LoadError error={versions.error ?? overview.error} onRetry={retry} />
      </>
    );
  }
  if (!latest || !overview.data) {
    return (
      <>
        {header}
        {/* The template's empty form: the rows come with the first frozen version. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable (WCAG 2.1.1) */}
        <section className="table-wrap" aria-labelledby="confirmation-caption" tabIndex={0}>
          <table className="table">
            <caption className="table__caption" id="confirmation-caption">
              {t('confirmation.caption')}
            </caption>
            <thead>
              <tr>
                {confirmation.fields.map((field) => (
                  <th key={field.key} scope="col">
                    {pick(field.label)}
                  </th>
                ))}
              </tr>
            </thead>
          </table>
        </section>
        <div className="notice notice--info">
          <p>{t('confirmation.empty')}</p>
          <p>
            <Link to={routinePath(routine.id, 'versioner')}>
              {t('versions.confirmation.toVersions')}
            </Link>
          </p>
        </div>
      </>
    );
  }

  const data = overview.data;
  const myActorId = members.data?.find((m) => m.userId === me.data?.id)?.actorId ?? null;
  const isCoordinator = collaboration?.role === 'coordinator';
  const signable: SignableActor[] = data.required
    .filter((r) => r.signOff === null && (isCoordinator || r.actorId === myActorId))
    .map((r) => ({ actorId: r.actorId, name: r.name, represents: r.actorId === myActorId }))
    // The organisation I represent first.
    .sort((a, b) => Number(b.represents) - Number(a.represents));
  const signedCount = data.required.filter((r) => r.signOff).length;
  const adoptedVersion = versions.data.find((v) => v.adoptedAt);
  const fields = new Map(confirmation.fields.map((f) => [f.key, pick(f.label)]));

  return (
    <>
      {header}
      <dl className="meta confirmation-meta">
        <div>
          <dt>{t('versions.confirmation.version')}</dt>
          <dd>
            {t('versions.versionN', { number: data.versionNumber })},{' '}
            {t('versions.confirmation.frozenOn', { date: formatDate(latest.createdAt) })}
          </dd>
        </div>
        <div>
          <dt>
            <abbr title={t('versions.hashTitle')}>{t('versions.hash')}</abbr>
          </dt>
          <dd>
            <code className="hash">{shortHash(data.hash)}</code>
          </dd>
        </div>
      </dl>
      <WhoSigns
        rid={routine.id}
        required={data.required.map((r) => r.actorId)}
        others={(actors.data ?? [])
          .filter((a) => !data.required.some((r) => r.actorId === a.id))
          .map((a) => a.name)}
        number={data.versionNumber}
        isCoordinator={isCoordinator}
      />
      {data.complete ? (
        <div className="notice notice--success">
          <p className="notice__title">
            <Icon name="check" />{' '}
            {t('versions.confirmation.complete', { number: data.versionNumber })}
          </p>
        </div>
      ) : (
        <>
          <p>
            {t('versions.confirmation.progress', {
              signed: signedCount,
              count: data.required.length,
              number: data.versionNumber,
            })}
          </p>
          {adoptedVersion && adoptedVersion.number !== data.versionNumber ? (
            <p>
              {t('versions.confirmation.stillAdopted', {
                adopted: adoptedVersion.number,
                number: data.versionNumber,
              })}
            </p>
          ) : null}
        </>
      )}

      <div ref={messageRef} tabIndex={-1} className="confirmation-message">
        {message ? (
          <div className="notice notice--success" role="status">
            <p className="notice__title">
              <Icon name="check" /> {message.text}
            </p>
            {message.adopted ? <p>{t('versions.confirmation.nowAdopted')}</p> : null}
          </div>
        ) : null}
      </div>

      {/* A labelled region, focusable so the keyboard can scroll it sideways on a narrow phone. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable (WCAG 2.1.1) */}
      <section className="table-wrap" aria-labelledby="confirmation-caption" tabIndex={0}>
        <table className="table confirmation-table">
          <caption className="table__caption" id="confirmation-caption">
            {t('versions.confirmation.caption', { number: data.versionNumber })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{fields.get('date')}</th>
              <th scope="col">{fields.get('organisation')}</th>
              <th scope="col">{fields.get('representative')}</th>
              <th scope="col">{fields.get('signature')}</th>
            </tr>
          </thead>
          <tbody>
            {data.required.map((row) => (
              <tr key={row.actorId}>
                <td>{row.signOff ? formatDay(row.signOff.signedDate) : '–'}</td>
                <th scope="row">{row.name}</th>
                <td>
                  {row.signOff ? (
                    <>
                      <span className="representative__name">{row.signOff.representativeName}</span>
                      , {row.signOff.representativeTitle}
                      <span className="representative__decision">
                        {t('versions.confirmation.decision')}: {row.signOff.decisionReference}
                      </span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {row.signOff ? (
                    <Signature signOff={row.signOff} />
                  ) : (
                    <span className="signature">
                      <span className="signature__state signature__state--waiting">
                        <Icon name="clock" />
                        {t('versions.confirmation.notSigned')}
                      </span>
                      {row.lastSignedVersion ? (
                        <Link
                          className="signature__diff"
                          to={comparePath(routine.id, data.versionNumber, row.lastSignedVersion)}
                        >
                          {t('versions.confirmation.whatChanged', {
                            number: row.lastSignedVersion,
                          })}
                        </Link>
                      ) : null}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {signable.length > 0 ? (
        <section className="section" aria-labelledby="sign-off-heading">
          <h2 id="sign-off-heading">
            {signable.length === 1
              ? t('versions.sign.titleFor', { name: signable[0]?.name ?? '' })
              : t('versions.sign.titleMany')}
          </h2>
          <p className="prose">{t('versions.sign.intro', { number: data.versionNumber })}</p>
          {signable.map((a) => {
            const row = data.required.find((r) => r.actorId === a.actorId);
            return row?.lastSignedVersion ? (
              <p key={a.actorId} className="notice">
                {t('versions.sign.changedSince', {
                  name: a.name,
                  number: row.lastSignedVersion,
                })}{' '}
                <Link to={comparePath(routine.id, data.versionNumber, row.lastSignedVersion)}>
                  {t('versions.confirmation.whatChanged', { number: row.lastSignedVersion })}
                </Link>
              </p>
            ) : null;
          })}
          <SignOffForm
            rid={routine.id}
            versionNumber={data.versionNumber}
            actors={signable}
            onSigned={(name, adopted) =>
              setMessage({ text: t('versions.confirmation.saved', { name }), adopted })
            }
          />
        </section>
      ) : !data.complete ? (
        <p className="muted">
          {myActorId || isCoordinator
            ? t('versions.confirmation.nothingToSign')
            : t('versions.confirmation.noOrganisation')}
        </p>
      ) : null}
    </>
  );
}

export { ConfirmationPage as Component };
