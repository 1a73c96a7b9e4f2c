import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../contracts/limits';
import { useUpdateCollaboration } from '../../api/queries';
import { type FormError, TextInput } from '../../components/form';
import { useDocumentTitle } from '../../components/page-heading';
import { SaveFormTop, useSaveForm } from '../../components/save-form';
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
  const unsaved = useUnsavedChanges();
  const [name, setName] = useState(collaboration.name);
  const [area, setArea] = useState(collaboration.area ?? '');
  const [savedMessage, setSavedMessage] = useState('');
  useDocumentTitle([t('collaboration.nav.settings'), collaboration.name]);
  const canEdit = collaboration.role === 'coordinator';

  function validate(): FormError[] {
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
    return problems;
  }

  const form = useSaveForm({
    validate,
    isBusy: update.isPending,
    send: (ack) =>
      update.mutateAsync({
        name: name.trim(),
        area: area.trim() || null,
        baseRevision: collaboration.revision,
        ...ack,
      }),
    onSaved: () => {
      unsaved.markSaved();
      setSavedMessage(t('settings.saved'));
    },
    words: {
      fieldIdOf: (field) => (field === 'area' ? FIELD.area : FIELD.name),
      invalidField: () => t('createCollaboration.nameInvalid'),
      invalidForm: { fieldId: FIELD.name, message: t('createCollaboration.nameInvalid') },
      refusal: (code, details) => {
        if (code === 'FORBIDDEN') return { message: t('settings.forbidden') };
        if (code !== 'STALE_REVISION') return undefined;
        const saved = details as { name?: string; area?: string | null } | undefined;
        return {
          message: t('settings.stale', { name: saved?.name ?? '', area: saved?.area ?? '' }),
        };
      },
      failed: t('settings.failed'),
    },
  });
  const { errors, guard } = form;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.save(false);
  }

  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('collaboration.nav.settings')}</h2>
      {canEdit ? (
        <form {...unsaved.formProps} className="form" noValidate onSubmit={onSubmit}>
          <SaveFormTop
            form={form}
            textOf={(field) => (field === 'area' ? area.trim() : name.trim())}
            labelOf={(field) =>
              field === 'area' ? t('createCollaboration.areaLabel') : t('createCollaboration.name')
            }
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
