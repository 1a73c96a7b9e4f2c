import '../../i18n/areas/admin';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { IdentityProvider } from '../../../contracts/identity-providers';
import { isApiError } from '../../api/client';
import {
  useDeleteIdentityProvider,
  useIdentityProviders,
  useSaveIdentityProvider,
} from '../../api/identity-providers';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { LoadError, Loading } from '../../components/loading';
import { useTranslation } from '../../i18n';

const FIELD = {
  displayName: 'idp-name',
  domains: 'idp-domains',
  issuer: 'idp-issuer',
  clientId: 'idp-client-id',
  clientSecret: 'idp-client-secret',
} as const;
const DOMAIN = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The instance administrator's sign-in services (single sign-on with OpenID Connect per
 * e-mail domain): the list, a form to add or change one, and removing one. The client secret
 * goes in and only "Sparad" comes back.
 */
export function IdentityProviders() {
  const { t } = useTranslation();
  const providers = useIdentityProviders(true);
  const remove = useDeleteIdentityProvider();
  const [editing, setEditing] = useState<IdentityProvider | 'new' | null>(null);
  const [removing, setRemoving] = useState<IdentityProvider | null>(null);
  const [removeFailed, setRemoveFailed] = useState(false);
  const [status, setStatus] = useState('');

  return (
    <section className="section" aria-labelledby="admin-idp-title">
      <h2 id="admin-idp-title">{t('admin.providers.title')}</h2>
      <p className="prose">{t('admin.providers.intro')}</p>
      <p className="notice notice--success" role="status" hidden={!status}>
        {status}
      </p>
      {providers.isPending ? (
        <Loading />
      ) : providers.isError ? (
        <LoadError error={providers.error} onRetry={() => void providers.refetch()} />
      ) : providers.data.length === 0 ? (
        <p className="prose">{t('admin.providers.none')}</p>
      ) : (
        <ul className="card-list" aria-label={t('admin.providers.listLabel')}>
          {providers.data.map((p) => (
            <li key={p.id} className="card">
              <h3>{p.displayName}</h3>
              <dl className="summary-list">
                <div>
                  <dt>{t('admin.providers.domains')}</dt>
                  <dd>{p.domains.join(', ')}</dd>
                </div>
                <div>
                  <dt>{t('admin.providers.issuer')}</dt>
                  <dd>{p.issuer}</dd>
                </div>
                <div>
                  <dt>{t('admin.providers.clientId')}</dt>
                  <dd>{p.clientId}</dd>
                </div>
                <div>
                  <dt>{t('admin.providers.clientSecret')}</dt>
                  <dd>{t('admin.providers.secretSaved')}</dd>
                </div>
                <div>
                  <dt>{t('admin.providers.redirectUri')}</dt>
                  <dd>
                    <code>{p.redirectUri}</code>
                  </dd>
                </div>
              </dl>
              <div className="button-group">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setEditing(p)}
                >
                  {t('admin.providers.edit', { name: p.displayName })}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setRemoveFailed(false);
                    setRemoving(p);
                  }}
                >
                  {t('admin.providers.remove', { name: p.displayName })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ProviderForm
          key={editing === 'new' ? 'new' : editing.id}
          provider={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setStatus(t('admin.providers.saved', { name: saved.displayName }));
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('admin.providers.add')}
        </button>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('admin.providers.removeTitle', { name: removing?.displayName ?? '' })}
        confirmLabel={t('admin.providers.removeConfirm')}
        cancelLabel={t('admin.providers.cancel')}
        isDestructive
        isBusy={remove.isPending}
        problem={removeFailed ? t('admin.providers.removeFailed') : undefined}
        closeLabel={t('admin.providers.cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              setStatus(t('admin.providers.removed', { name: removing.displayName }));
              setRemoving(null);
            },
            onError: () => setRemoveFailed(true),
          });
        }}
      >
        <p>{t('admin.providers.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function ProviderForm({
  provider,
  onDone,
}: {
  provider: IdentityProvider | null;
  onDone: (saved: IdentityProvider | null) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveIdentityProvider();
  const errors = useFormErrors();
  const [displayName, setDisplayName] = useState(provider?.displayName ?? '');
  const [domains, setDomains] = useState(provider?.domains.join(', ') ?? '');
  const [issuer, setIssuer] = useState(provider?.issuer ?? '');
  const [clientId, setClientId] = useState(provider?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const domainList = domains
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  const redirectUri = `${window.location.origin}/api/auth/sso/callback/${
    provider?.id ?? (domainList[0] ?? 'kommun.se').replace(/[^a-z0-9]+/g, '-')
  }`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const problems: FormError[] = [];
    const need = (ok: boolean, fieldId: string, message: string) => {
      if (!ok) problems.push({ fieldId, message });
    };
    need(displayName.trim() !== '', FIELD.displayName, t('admin.providers.nameMissing'));
    need(
      domainList.length > 0 && domainList.every((d) => DOMAIN.test(d)),
      FIELD.domains,
      t('admin.providers.domainsInvalid'),
    );
    need(/^https?:\/\/\S+$/.test(issuer.trim()), FIELD.issuer, t('admin.providers.issuerInvalid'));
    need(clientId.trim() !== '', FIELD.clientId, t('admin.providers.clientIdMissing'));
    need(
      provider !== null || clientSecret !== '',
      FIELD.clientSecret,
      t('admin.providers.clientSecretMissing'),
    );
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    try {
      const saved = await save.mutateAsync({
        ...(provider ? { id: provider.id, baseRevision: provider.revision } : {}),
        displayName: displayName.trim(),
        domains: domainList,
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        ...(clientSecret ? { clientSecret } : {}),
      } as Parameters<typeof save.mutateAsync>[0]);
      onDone(saved);
    } catch (error) {
      errors.show([saveError(error)]);
    }
  }

  function saveError(error: unknown): FormError {
    if (isApiError(error, 'CONFLICT')) {
      const taken = error.fieldErrors.find((f) => f.field === 'domains')?.message ?? '';
      return {
        fieldId: FIELD.domains,
        message: t('admin.providers.domainTaken', { domains: taken.replace(/^.*: /, '') }),
      };
    }
    if (isApiError(error, 'STALE_REVISION')) return { message: t('admin.providers.stale') };
    if (isApiError(error, 'VALIDATION_FAILED')) {
      const onIssuer = error.fieldErrors.find((f) => f.field === 'issuer') as
        | { reason?: string; discovered?: string; url?: string }
        | undefined;
      if (onIssuer) {
        const message =
          onIssuer.reason === 'issuer_mismatch'
            ? t('admin.providers.issuerMismatch', { discovered: onIssuer.discovered ?? '' })
            : onIssuer.reason === 'unreadable'
              ? t('admin.providers.discoveryUnreadable', { url: onIssuer.url ?? '' })
              : onIssuer.reason === 'incomplete'
                ? t('admin.providers.discoveryIncomplete', { url: onIssuer.url ?? '' })
                : t('admin.providers.issuerInvalid');
        return { fieldId: FIELD.issuer, message };
      }
      const field = error.fieldErrors[0]?.field ?? '';
      if (field.startsWith('domains')) {
        return { fieldId: FIELD.domains, message: t('admin.providers.domainsInvalid') };
      }
    }
    return { message: t('admin.providers.failed') };
  }

  return (
    <form className="form card" noValidate onSubmit={onSubmit} aria-labelledby="idp-form-title">
      <h3 id="idp-form-title" ref={heading} tabIndex={-1}>
        {provider
          ? t('admin.providers.editTitle', { name: provider.displayName })
          : t('admin.providers.addTitle')}
      </h3>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <TextInput
        id={FIELD.displayName}
        label={t('admin.providers.displayName')}
        hint={t('admin.providers.displayNameHint')}
        error={errors.of(FIELD.displayName)}
        value={displayName}
        onValueChange={setDisplayName}
        autoComplete="off"
        maxLength={100}
      />
      <TextInput
        id={FIELD.domains}
        label={t('admin.providers.domains')}
        hint={t('admin.providers.domainsHint')}
        error={errors.of(FIELD.domains)}
        value={domains}
        onValueChange={setDomains}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        id={FIELD.issuer}
        type="url"
        label={t('admin.providers.issuer')}
        hint={t('admin.providers.issuerHint')}
        error={errors.of(FIELD.issuer)}
        value={issuer}
        onValueChange={setIssuer}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        id={FIELD.clientId}
        label={t('admin.providers.clientId')}
        error={errors.of(FIELD.clientId)}
        value={clientId}
        onValueChange={setClientId}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        id={FIELD.clientSecret}
        type="password"
        label={t('admin.providers.clientSecret')}
        hint={
          provider ? t('admin.providers.clientSecretKeep') : t('admin.providers.clientSecretHint')
        }
        error={errors.of(FIELD.clientSecret)}
        value={clientSecret}
        onValueChange={setClientSecret}
        autoComplete="new-password"
      />
      <p className="prose">{t('admin.providers.redirectHint', { uri: redirectUri })}</p>
      <div className="button-group">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('admin.providers.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('admin.providers.cancel')}
        </button>
      </div>
    </form>
  );
}
