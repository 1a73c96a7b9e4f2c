import '../../i18n/areas/workshops';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LIMITS, WORKSHOP_LIMITS } from '../../../contracts/limits';
import { normaliseJoinCode } from '../../../domain/workshop';
import { ApiError, isApiError } from '../../api/client';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { SaveFormTop, useSaveForm } from '../../components/save-form';
import { useTranslation } from '../../i18n';
import { joinWorkshop } from './participant-api';
import { ParticipantView } from './participant-view';
import { WorkshopLive } from './workshop-live';
import '../../styles/workshops.css';

const joinKey = (code: string) => ['workshop-join', code] as const;

/** "Skriv koden från skärmen": the code, then the page the QR code opens. */
function CodeForm({ problem }: { problem?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const [code, setCode] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseJoinCode(code);
    if (!normalised)
      return errors.show([{ fieldId: 'join-code', message: t('workshops.join.codeMissing') }]);
    errors.clear();
    navigate(`/delta/${encodeURIComponent(normalised)}`);
  };
  return (
    <form className="participant-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      {problem ? (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      <TextInput
        id="join-code"
        label={t('workshops.join.code')}
        hint={t('workshops.join.codeHint')}
        error={errors.of('join-code')}
        value={code}
        onValueChange={setCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
      />
      <button type="submit" className="button participant-big">
        {t('workshops.join.submit')}
      </button>
    </form>
  );
}

/** A guest's name and organisation (only when the facilitator allows guests). */
function GuestForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const fieldIdOf = (field: string) =>
    field === 'organisation' ? 'guest-organisation' : 'guest-name';
  const form = useSaveForm({
    validate: () => {
      const problems: FormError[] = [];
      if (!name.trim())
        problems.push({ fieldId: 'guest-name', message: t('workshops.join.nameMissing') });
      if (!organisation.trim())
        problems.push({
          fieldId: 'guest-organisation',
          message: t('workshops.join.organisationMissing'),
        });
      return problems;
    },
    send: (ack) =>
      joinWorkshop({ code, name: name.trim(), organisation: organisation.trim(), ...ack }),
    onSaved: (result) => qc.setQueryData(joinKey(code), result),
    words: {
      fieldIdOf,
      invalidField: (field) =>
        field === 'organisation'
          ? t('workshops.join.organisationMissing')
          : t('workshops.join.nameMissing'),
      refusal: (c) =>
        c === 'RATE_LIMITED'
          ? { message: t('workshops.errors.rateLimited') }
          : c === 'NOT_FOUND'
            ? { message: t('workshops.join.unknown', { code }) }
            : undefined,
      failed: t('workshops.join.failed'),
    },
  });
  return (
    <section className="participant-section" aria-labelledby="guest-title">
      <h2 id="guest-title">{t('workshops.join.guestTitle')}</h2>
      <p>{t('workshops.join.guestLead')}</p>
      <form
        className="participant-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save(false);
        }}
      >
        <SaveFormTop
          form={form}
          textOf={(field) => (field === 'organisation' ? organisation : name)}
          labelOf={(field) =>
            field === 'organisation' ? t('workshops.join.organisation') : t('workshops.join.name')
          }
        />
        <TextInput
          id="guest-name"
          label={t('workshops.join.name')}
          error={form.errors.of('guest-name')}
          value={name}
          onValueChange={setName}
          autoComplete="name"
          maxLength={LIMITS.name}
        />
        <TextInput
          id="guest-organisation"
          label={t('workshops.join.organisation')}
          hint={t('workshops.join.organisationHint')}
          error={form.errors.of('guest-organisation')}
          value={organisation}
          onValueChange={setOrganisation}
          autoComplete="organization"
          maxLength={WORKSHOP_LIMITS.organisation}
        />
        <button type="submit" className="button participant-big" disabled={form.isBusy}>
          {t('workshops.join.guestSubmit')}
        </button>
      </form>
    </section>
  );
}

/** `/delta/:code`: joins with the session (a member) or the guest cookie, else asks who. */
function JoinByCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const joined = useQuery({
    queryKey: joinKey(code),
    // Joining twice is harmless: a participant's second join answers their first.
    queryFn: () => joinWorkshop({ code }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  if (joined.data) {
    return (
      <WorkshopLive workshopId={joined.data.workshopId}>
        <ParticipantView workshopId={joined.data.workshopId} />
      </WorkshopLive>
    );
  }
  if (joined.isPending) return <Loading label={t('workshops.join.joining')} />;
  const error = joined.error;
  const wrapper = (children: ReactNode) => (
    <div className="container participant">
      <PageHeading>{t('workshops.join.title')}</PageHeading>
      {children}
    </div>
  );
  if (isApiError(error, 'VALIDATION_FAILED')) return wrapper(<GuestForm code={code} />);
  if (isApiError(error, 'UNAUTHENTICATED')) {
    return wrapper(
      <div className="notice">
        <p>{t('workshops.join.membersOnly')}</p>
        <p>
          <Link
            className="button participant-big"
            to={`/logga-in?tillbaka=${encodeURIComponent(`/delta/${code}`)}`}
          >
            {t('workshops.join.signIn')}
          </Link>
        </p>
      </div>,
    );
  }
  if (isApiError(error, 'NOT_FOUND') || isApiError(error, 'RATE_LIMITED')) {
    const problem =
      error instanceof ApiError && error.code === 'RATE_LIMITED'
        ? t('workshops.errors.rateLimited')
        : t('workshops.join.unknown', { code });
    return wrapper(<CodeForm problem={problem} />);
  }
  return <LoadError error={error} onRetry={() => void joined.refetch()} />;
}

/** `/delta` and `/delta/:code` (the QR code's target): the participant's way in. */
export function JoinPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  useDocumentTitle([t('workshops.join.title')]);
  if (code) return <JoinByCode key={code} code={normaliseJoinCode(code)} />;
  return (
    <div className="container participant">
      <PageHeading>{t('workshops.join.title')}</PageHeading>
      <p className="lead">{t('workshops.join.lead')}</p>
      <CodeForm />
    </div>
  );
}

export { JoinPage as Component };
