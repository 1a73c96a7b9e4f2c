import '../../i18n/areas/create-collaboration';
import '../../i18n/areas/settings';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import type { Collaboration } from '../../../contracts/collaborations';
import { LIMITS } from '../../../contracts/limits';
import { isApiError } from '../../api/client';
import { useUpdateCollaboration } from '../../api/queries';
import type { ConflictField } from '../../components/conflict-dialog';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { useDocumentTitle } from '../../components/page-heading';
import { PersonalDataNotice, usePersonalDataGuard } from '../../components/personal-data-notice';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useTranslation } from '../../i18n';
import { JobsPanel } from '../notifications/jobs-panel';
import { NationalOptIn } from '../regions/national-opt-in';
import { RegionOptIn } from '../regions/region-opt-in';
import { useCollaborationContext } from './collaboration-layout';

const FIELD = { name: 'settings-name', area: 'settings-area' } as const;

// The dialog (and react-aria with it) loads only when a conflict happens.
const ConflictDialog = lazy(() => import('../../components/conflict-dialog'));

interface Values {
  name: string;
  area: string;
}

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
  const [stale, setStale] = useState<{ now: Collaboration; fields: ConflictField[] } | null>(null);
  useDocumentTitle([t('collaboration.nav.settings'), collaboration.name]);
  const canEdit = collaboration.role === 'coordinator';

  /** The fields that differ between the form and the collaboration someone else saved. */
  function conflictFields(now: Collaboration): ConflictField[] {
    const fields: ConflictField[] = [];
    if (name.trim() !== now.name)
      fields.push({
        key: 'name',
        label: t('createCollaboration.name'),
        mine: name.trim(),
        theirs: now.name,
      });
    if ((area.trim() || null) !== now.area)
      fields.push({
        key: 'area',
        label: t('createCollaboration.areaLabel'),
        mine: area.trim(),
        theirs: now.area ?? '',
      });
    return fields;
  }

  async function save(
    acknowledgePersonalData: boolean,
    values: Values = { name, area },
    baseRevision = collaboration.revision,
  ) {
    if (update.isPending) return;
    setSavedMessage('');
    const problems: FormError[] = [];
    if (!values.name.trim())
      problems.push({ fieldId: FIELD.name, message: t('createCollaboration.nameMissing') });
    else if (values.name.trim().length > LIMITS.name) {
      problems.push({ fieldId: FIELD.name, message: t('form.tooLong', { max: LIMITS.name }) });
    }
    if (values.area.trim().length > LIMITS.area) {
      problems.push({ fieldId: FIELD.area, message: t('form.tooLong', { max: LIMITS.area }) });
    }
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    try {
      await update.mutateAsync({
        name: values.name.trim(),
        area: values.area.trim() || null,
        baseRevision,
        ...(acknowledgePersonalData ? { acknowledgePersonalData } : {}),
      });
      guard.clear();
      unsaved.markSaved();
      setSavedMessage(t('settings.saved'));
    } catch (error) {
      if (guard.catch(error)) return errors.clear();
      guard.clear();
      if (isApiError(error, 'STALE_REVISION') && error.details) {
        // The collaboration as it stands (the query now holds it): keep, take or merge.
        const now = error.details as Collaboration;
        const fields = conflictFields(now);
        if (fields.length > 0) return setStale({ now, fields });
        // Someone saved exactly what this form says: nothing to choose.
        unsaved.markSaved();
        return setSavedMessage(t('settings.saved'));
      }
      errors.show([
        isApiError(error, 'FORBIDDEN')
          ? { message: t('settings.forbidden') }
          : isApiError(error, 'VALIDATION_FAILED')
            ? { fieldId: FIELD.name, message: t('createCollaboration.nameInvalid') }
            : { message: t('settings.failed') },
      ]);
    }
  }

  /** Resolves the conflict: saves `values` on top of the collaboration as it stands. */
  function saveOnTopOf(now: Collaboration, values: Values) {
    setStale(null);
    setName(values.name);
    setArea(values.area);
    void save(false, values, now.revision);
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
      {stale ? (
        <Suspense fallback={null}>
          <ConflictDialog
            questionLabel={t('settings.conflictAbout')}
            fields={stale.fields}
            isOpen
            onClose={() => setStale(null)}
            onKeepMine={() => saveOnTopOf(stale.now, { name, area })}
            onTakeTheirs={() => {
              setStale(null);
              setName(stale.now.name);
              setArea(stale.now.area ?? '');
              unsaved.markSaved();
              setSavedMessage(t('settings.tookTheirs'));
            }}
            onMergeFields={(choice) =>
              saveOnTopOf(stale.now, {
                name: choice.name === 'theirs' ? stale.now.name : name,
                area: choice.area === 'theirs' ? (stale.now.area ?? '') : area,
              })
            }
          />
        </Suspense>
      ) : null}
      <RegionOptIn cid={collaboration.id} isCoordinator={canEdit} />
      <NationalOptIn cid={collaboration.id} isCoordinator={canEdit} />
      <JobsPanel cid={collaboration.id} isCoordinator={canEdit} />
    </section>
  );
}

export { SettingsSection as Component };
