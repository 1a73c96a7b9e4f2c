import '../../i18n/areas/versions';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { startSsoReauth, useReauthMethod } from '../../api/identity-providers';
import { useSignVersion } from '../../api/versions';
import { ISO_DATE, todayIso } from '../../components/dates';
import { ConfirmEmailFirst } from '../../components/email-verification';
import {
  ErrorSummary,
  FieldShell,
  type FormError,
  TextInput,
  useFormErrors,
} from '../../components/form';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';

const FIELD = {
  actor: 'sign-actor',
  name: 'sign-name',
  title: 'sign-title',
  decision: 'sign-decision',
  date: 'sign-date',
  password: 'sign-password',
} as const;

export interface SignableActor {
  actorId: string;
  name: string;
  /** The user represents this organisation; otherwise a coordinator signs on its behalf. */
  represents: boolean;
}

interface SignOffFormProps {
  rid: string;
  versionNumber: number;
  actors: SignableActor[];
  /** Called after a sign-off was stored, with whether it made the routine adopted. */
  onSigned: (actorName: string, adopted: boolean) => void;
}

/** What the form holds while the signer logs in again at their identity provider. */
interface SavedFields {
  actorId: string;
  name: string;
  title: string;
  decision: string;
  date: string;
}
const savedKey = (rid: string, n: number) => `samrutin.sign-off.${rid}.${n}`;

/**
 * The confirmation (bekräftelse) of one organisation: representative's name and title, the
 * decision reference, the date, and the signer's own password again — or, for an account
 * without a password, a fresh login at its identity provider: the fields wait in this tab's
 * sessionStorage, the provider sends the signer back with `?reauth=<id>`, and Signera sends it.
 */
export function SignOffForm({ rid, versionNumber, actors, onSigned }: SignOffFormProps) {
  const { t } = useTranslation();
  const sign = useSignVersion(rid, versionNumber);
  const errors = useFormErrors();
  const [actorId, setActorId] = useState(actors[0]?.actorId ?? '');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [decision, setDecision] = useState('');
  const [date, setDate] = useState(todayIso());
  const [password, setPassword] = useState('');
  const [needsAck, setNeedsAck] = useState(false);
  const [reauthId, setReauthId] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [params, setParams] = useSearchParams();
  const reauthMethod = useReauthMethod();
  const provider = reauthMethod.data?.method === 'sso' ? reauthMethod.data.providerName : null;
  const today = todayIso();
  const actor = actors.find((a) => a.actorId === actorId) ?? actors[0];

  // Back from the identity provider: the fields as they were, and the login to sign with.
  const returnedWith = params.get('reauth');
  const returnedError = params.get('error');
  const handledReturn = useRef(false);
  useEffect(() => {
    if ((!returnedWith && !returnedError) || handledReturn.current) return;
    handledReturn.current = true;
    const stored = sessionStorage.getItem(savedKey(rid, versionNumber));
    if (stored) {
      const saved = JSON.parse(stored) as SavedFields;
      setActorId(saved.actorId);
      setName(saved.name);
      setTitle(saved.title);
      setDecision(saved.decision);
      setDate(saved.date);
    }
    if (returnedWith) setReauthId(returnedWith);
    else errors.show([{ message: t('versions.sign.reauthCancelled') }]);
    setParams(
      (current) => {
        current.delete('reauth');
        current.delete('error');
        current.delete('error_description');
        return current;
      },
      { replace: true },
    );
  }, [returnedWith, returnedError, rid, versionNumber, setParams, errors, t]);

  async function goToProvider() {
    sessionStorage.setItem(
      savedKey(rid, versionNumber),
      JSON.stringify({ actorId, name, title, decision, date } satisfies SavedFields),
    );
    setRedirecting(true);
    try {
      const { url } = await startSsoReauth(`${window.location.pathname}${window.location.search}`);
      window.location.assign(url);
    } catch {
      setRedirecting(false);
      errors.show([{ message: t('versions.sign.reauthUnavailable') }]);
    }
  }

  // A choice that was signed meanwhile disappears from the list: pick the first one left.
  useEffect(() => {
    if (!actors.some((a) => a.actorId === actorId)) setActorId(actors[0]?.actorId ?? '');
  }, [actors, actorId]);

  async function submit(acknowledge: boolean) {
    if (sign.isPending || !actor) return;
    const problems: FormError[] = [];
    if (!name.trim())
      problems.push({ fieldId: FIELD.name, message: t('versions.sign.nameMissing') });
    if (!title.trim())
      problems.push({ fieldId: FIELD.title, message: t('versions.sign.titleMissing') });
    if (!decision.trim())
      problems.push({ fieldId: FIELD.decision, message: t('versions.sign.decisionMissing') });
    if (!ISO_DATE.test(date))
      problems.push({ fieldId: FIELD.date, message: t('versions.sign.dateMissing') });
    else if (date > today)
      problems.push({ fieldId: FIELD.date, message: t('versions.sign.dateFuture') });
    if (!provider && !password)
      problems.push({ fieldId: FIELD.password, message: t('versions.sign.passwordMissing') });
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    if (provider && !reauthId) return goToProvider();
    try {
      const result = await sign.mutateAsync({
        actorId: actor.actorId,
        representativeName: name.trim(),
        representativeTitle: title.trim(),
        decisionReference: decision.trim(),
        date,
        ...(provider && reauthId ? { reauthId } : { password }),
        ...(acknowledge ? { acknowledgePersonalData: true } : {}),
      });
      sessionStorage.removeItem(savedKey(rid, versionNumber));
      setReauthId(null);
      setPassword('');
      setName('');
      setTitle('');
      setDecision('');
      setNeedsAck(false);
      onSigned(actor.name, result.adopted);
    } catch (error) {
      setPassword('');
      if (isApiError(error, 'REAUTHENTICATION_REQUIRED')) {
        setReauthId(null);
        errors.show([{ message: t('versions.sign.reauthExpired', { provider: provider ?? '' }) }]);
      } else if (isApiError(error, 'INVALID_CREDENTIALS')) {
        errors.show([{ fieldId: FIELD.password, message: t('versions.sign.wrongPassword') }]);
      } else if (isApiError(error, 'RATE_LIMITED')) {
        errors.show([{ fieldId: FIELD.password, message: t('versions.sign.rateLimited') }]);
      } else if (isApiError(error, 'EMAIL_NOT_VERIFIED')) {
        errors.show([{ message: t('verifyEmail.notConfirmed') }]);
      } else if (isApiError(error, 'ALREADY_SIGNED')) {
        errors.show([{ message: t('versions.sign.alreadySigned', { name: actor.name }) }]);
      } else if (isApiError(error, 'VERSION_SUPERSEDED')) {
        errors.show([{ message: t('versions.sign.superseded') }]);
      } else if (isApiError(error, 'FORBIDDEN')) {
        errors.show([{ message: t('versions.sign.forbidden', { name: actor.name }) }]);
      } else if (isApiError(error, 'PERSONAL_DATA_SUSPECTED')) {
        setNeedsAck(true);
        errors.show([{ fieldId: FIELD.name, message: t('versions.sign.personalData') }]);
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        const isDate = error.fieldErrors.some((f) => f.field.includes('date'));
        errors.show([
          isDate
            ? {
                fieldId: FIELD.date,
                message: t(
                  date > todayIso() ? 'versions.sign.dateFuture' : 'versions.sign.dateEarly',
                ),
              }
            : { message: t('versions.sign.invalid') },
        ]);
      } else {
        errors.show([{ message: t('versions.sign.failed') }]);
      }
    }
  }

  if (!actor) return null;
  return (
    <form
      className="form sign-off-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <ConfirmEmailFirst />
      {actors.length > 1 ? (
        <FieldShell id={FIELD.actor} label={t('versions.sign.organisation')}>
          {(describedBy) => (
            <select
              id={FIELD.actor}
              className="input select"
              value={actor.actorId}
              aria-describedby={describedBy}
              onChange={(event) => setActorId(event.target.value)}
            >
              {actors.map((a) => (
                <option key={a.actorId} value={a.actorId}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : (
        <p className="sign-off-form__organisation">
          {t('versions.sign.organisation')}: <strong>{actor.name}</strong>
        </p>
      )}
      {actor.represents ? null : (
        <div className="notice">
          <p>{t('versions.sign.onBehalfNote', { name: actor.name })}</p>
        </div>
      )}
      <TextInput
        id={FIELD.name}
        label={t('versions.sign.name')}
        hint={t('versions.sign.nameHint')}
        error={errors.of(FIELD.name)}
        value={name}
        onValueChange={setName}
        autoComplete="off"
      />
      <TextInput
        id={FIELD.title}
        label={t('versions.sign.title')}
        hint={t('versions.sign.titleHint')}
        error={errors.of(FIELD.title)}
        value={title}
        onValueChange={setTitle}
        autoComplete="off"
      />
      <TextInput
        id={FIELD.decision}
        label={t('versions.sign.decision')}
        hint={t('versions.sign.decisionHint')}
        error={errors.of(FIELD.decision)}
        value={decision}
        onValueChange={setDecision}
        autoComplete="off"
      />
      <TextInput
        id={FIELD.date}
        type="date"
        max={today}
        label={t('versions.sign.date')}
        error={errors.of(FIELD.date)}
        value={date}
        onValueChange={setDate}
      />
      {provider === null ? (
        <TextInput
          id={FIELD.password}
          type="password"
          label={t('versions.sign.password')}
          hint={t('versions.sign.passwordHint')}
          error={errors.of(FIELD.password)}
          value={password}
          onValueChange={setPassword}
          autoComplete="current-password"
        />
      ) : (
        <p className={reauthId ? 'notice notice--success' : 'notice'} role="status">
          {reauthId
            ? t('versions.sign.reauthDone', { provider })
            : t('versions.sign.reauthNeeded', { provider })}
        </p>
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={sign.isPending || redirecting}>
          <Icon name="check" />
          {provider && !reauthId
            ? t('versions.sign.submitWithProvider', { provider })
            : t('versions.sign.submit', { number: versionNumber, name: actor.name })}
        </button>
        {needsAck ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void submit(true)}
          >
            {t('versions.sign.sendAnyway')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
