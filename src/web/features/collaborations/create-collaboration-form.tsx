import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LIMITS } from '../../../contracts/limits';
import { isApiError } from '../../api/client';
import { useCollaborationsCreated, useCreateCollaboration } from '../../api/queries';
import { CapStatus, isAtCap, limitReachedMessage } from '../../components/cap-status';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { PersonalDataNotice, usePersonalDataGuard } from '../../components/personal-data-notice';

const FIELD = { name: 'collaboration-name', area: 'collaboration-area' } as const;
const CAP_ID = 'collaborations-cap';

/** Creates a collaboration (the creator becomes its coordinator) and opens it. */
export function CreateCollaborationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCollaboration();
  const created = useCollaborationsCreated().data?.created;
  const atCap = created !== undefined && isAtCap('collaborationsPerAccount', created);
  const errors = useFormErrors();
  const guard = usePersonalDataGuard();
  const [name, setName] = useState('');
  const [area, setArea] = useState('');

  async function save(acknowledgePersonalData: boolean) {
    if (create.isPending || atCap) return;
    const problems: FormError[] = [];
    if (!name.trim())
      problems.push({ fieldId: FIELD.name, message: t('createCollaboration.nameMissing') });
    if (name.trim().length > LIMITS.name) {
      problems.push({ fieldId: FIELD.name, message: t('form.tooLong', { max: LIMITS.name }) });
    }
    if (area.trim().length > LIMITS.area) {
      problems.push({ fieldId: FIELD.area, message: t('form.tooLong', { max: LIMITS.area }) });
    }
    if (problems.length > 0) return errors.show(problems);
    errors.clear();
    try {
      const created = await create.mutateAsync({
        name: name.trim(),
        ...(area.trim() ? { area: area.trim() } : {}),
        ...(acknowledgePersonalData ? { acknowledgePersonalData } : {}),
      });
      guard.clear();
      navigate(`/samverkan/${created.id}`);
    } catch (error) {
      if (guard.catch(error)) return errors.clear();
      guard.clear();
      if (isApiError(error, 'VALIDATION_FAILED') && error.fieldErrors.length > 0) {
        errors.show(
          error.fieldErrors.map((f) =>
            f.field === 'area'
              ? { fieldId: FIELD.area, message: t('createCollaboration.areaInvalid') }
              : { fieldId: FIELD.name, message: t('createCollaboration.nameInvalid') },
          ),
        );
      } else if (isApiError(error, 'LIMIT_REACHED')) {
        errors.show([{ message: limitReachedMessage(t, error.details) }]);
      } else {
        errors.show([{ message: t('createCollaboration.failed') }]);
      }
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <PersonalDataNotice
        guard={guard}
        textOf={(field) => (field === 'area' ? area.trim() : name.trim())}
        labelOf={(field) =>
          field === 'area' ? t('createCollaboration.areaLabel') : t('createCollaboration.name')
        }
        fieldIdOf={(field) => (field === 'area' ? FIELD.area : FIELD.name)}
        onAcknowledge={() => void save(true)}
        isBusy={create.isPending}
      />
      <TextInput
        id={FIELD.name}
        label={t('createCollaboration.name')}
        hint={t('createCollaboration.nameHint')}
        error={errors.of(FIELD.name)}
        value={name}
        onValueChange={(value) => {
          guard.clear();
          setName(value);
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
        }}
        autoComplete="off"
      />
      {created === undefined ? null : (
        <CapStatus cap="collaborationsPerAccount" count={created} id={CAP_ID} />
      )}
      <button
        type="submit"
        className="button"
        disabled={atCap}
        aria-describedby={created === undefined ? undefined : CAP_ID}
      >
        {t('createCollaboration.submit')}
      </button>
    </form>
  );
}
