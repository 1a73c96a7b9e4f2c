import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LIMITS } from '../../../contracts/limits';
import { isApiError } from '../../api/client';
import { useCreateCollaboration } from '../../api/queries';
import { ConfirmEmailFirst } from '../../components/email-verification';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { PersonalDataNotice, usePersonalDataGuard } from '../../components/personal-data-notice';

const FIELD = { name: 'collaboration-name', area: 'collaboration-area' } as const;

/** Creates a collaboration (the creator becomes its coordinator) and opens it. */
export function CreateCollaborationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCollaboration();
  const errors = useFormErrors();
  const guard = usePersonalDataGuard();
  const [name, setName] = useState('');
  const [area, setArea] = useState('');

  async function save(acknowledgePersonalData: boolean) {
    if (create.isPending) return;
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
      } else if (isApiError(error, 'EMAIL_NOT_VERIFIED')) {
        errors.show([{ message: t('account.verifyEmail.notConfirmed') }]);
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
      <ConfirmEmailFirst />
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
      <button type="submit" className="button">
        {t('createCollaboration.submit')}
      </button>
    </form>
  );
}
