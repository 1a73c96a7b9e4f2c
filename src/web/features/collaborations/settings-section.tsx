import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../contracts/limits';
import { isApiError } from '../../api/client';
import { useUpdateCollaboration } from '../../api/queries';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { useDocumentTitle } from '../../components/page-heading';
import { PersonalDataNotice, usePersonalDataGuard } from '../../components/personal-data-notice';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { JobsPanel } from '../notifications/jobs-panel';
import { NationalOptIn } from '../regions/national-opt-in';
import { RegionOptIn } from '../regions/region-opt-in';
import { useCollaborationContext } from './collaboration-layout';

const FIELD = { name: 'settings-name', area: 'settings-area' } as const;

/** Inställningar: rename the collaboration and set its area (coordinators only). */
export function SettingsSection() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const update = useUpdateCollaboration(collaboration.id);
  const errors = useFormErrors();
  const guard = usePersonalDataGuard();
  const unsaved = useUnsavedChanges();
  const [name, setName] = useState(collaboration.name);
  const [area, setArea] = useState(collaboration.area ?? '');
  const [savedMessage, setSavedMessage] = useState('');
  useDocumentTitle([t('collaboration.nav.settings'), collaboration.name]);
  const canEdit = collaboration.role === 'coordinator';

  async function save(acknowledgePersonalData: boolean) {
    if (update.isPending) return;
    setSavedMessage('');
    const problems: FormError[] = [];
    if (!name.trim())
      problems.push({ fieldId: FIELD.name, message: t('createCollaboration.nameMissing') });
    else if (name.trim().length > LIMITS.name) {
      problems.push({ fieldId: FIELD.name, message: t('form.tooLong', { max: LIMITS.name }) });
    }
    if (area.trim().length > LIMITS.area) {
      problems.push({ fieldId: FIELD.area, message: t('form.tooLong', { max: LIMITS.area }) });
    }
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    try {
      await update.mutateAsync({
        name: name.trim(),
        area: area.trim() || null,
        baseRevision: collaboration.revision,
        ...(acknowledgePersonalData ? { acknowledgePersonalData } : {}),
      });
      guard.clear();
      unsaved.markSaved();
      setSavedMessage(t('settings.saved'));
    } catch (error) {
      if (guard.catch(error)) return errors.clear();
      guard.clear();
      errors.show([
        isApiError(error, 'FORBIDDEN')
          ? { message: t('settings.forbidden') }
          : isApiError(error, 'STALE_REVISION')
            ? {
                message: t('settings.stale', {
                  name: (error.details as { name?: string } | undefined)?.name ?? '',
                  area: (error.details as { area?: string | null } | undefined)?.area ?? '',
                }),
              }
            : isApiError(error, 'VALIDATION_FAILED')
              ? { fieldId: FIELD.name, message: t('createCollaboration.nameInvalid') }
              : { message: t('settings.failed') },
      ]);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('collaboration.nav.settings')}</h2>
      {canEdit ? (
        <form {...unsaved.formProps} className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
          <PersonalDataNotice
            guard={guard}
            textOf={(field) => (field === 'area' ? area.trim() : name.trim())}
            labelOf={(field) =>
              field === 'area' ? t('createCollaboration.areaLabel') : t('createCollaboration.name')
            }
            fieldIdOf={(field) => (field === 'area' ? FIELD.area : FIELD.name)}
            onAcknowledge={() => void save(true)}
            isBusy={update.isPending}
          />
          <TextInput
            id={FIELD.name}
            label={t('createCollaboration.name')}
            error={errors.of(FIELD.name)}
            value={name}
            onValueChange={(value) => {
              guard.clear();
              setName(value);
              setSavedMessage('');
            }}
            autoComplete="off"
          />
          <TextInput
            id={FIELD.area}
            label={t('createCollaboration.areaLabel')}
            hint={t('createCollaboration.areaHint')}
            error={errors.of(FIELD.area)}
            value={area}
            onValueChange={(value) => {
              guard.clear();
              setArea(value);
              setSavedMessage('');
            }}
            autoComplete="off"
          />
          <div className="button-group">
            <button type="submit" className="button">
              {t('settings.save')}
            </button>
            <p className="save-confirmation" role="status">
              {savedMessage}
            </p>
          </div>
        </form>
      ) : (
        <p className="prose">{t('settings.onlyCoordinators')}</p>
      )}
      <RegionOptIn cid={collaboration.id} isCoordinator={canEdit} />
      <NationalOptIn cid={collaboration.id} isCoordinator={canEdit} />
      <JobsPanel cid={collaboration.id} isCoordinator={canEdit} />
    </section>
  );
}

export { SettingsSection as Component };
