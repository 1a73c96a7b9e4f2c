import '../../i18n/areas/create-collaboration';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { LIMITS } from '../../../contracts/limits';
import { useCollaborationsCreated, useCreateCollaboration } from '../../api/queries';
import { CapStatus, isAtCap } from '../../components/cap-status';
import { ConfirmEmailFirst } from '../../components/email-verification';
import { type FormError, TextInput } from '../../components/form';
import { SaveFormTop, useSaveForm } from '../../components/save-form';
import { useTranslation } from '../../i18n';

const FIELD = { name: 'collaboration-name', area: 'collaboration-area' } as const;
const CAP_ID = 'collaborations-cap';

/** Creates a collaboration (the creator becomes its coordinator) and opens it. */
export function CreateCollaborationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCollaboration();
  const created = useCollaborationsCreated().data?.created;
  const atCap = created !== undefined && isAtCap('collaborationsPerAccount', created);
  const [name, setName] = useState('');
  const [area, setArea] = useState('');

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!name.trim())
      problems.push({ fieldId: FIELD.name, message: t('createCollaboration.nameMissing') });
    if (name.trim().length > LIMITS.name) {
      problems.push({ fieldId: FIELD.name, message: t('form.tooLong', { max: LIMITS.name }) });
    }
    if (area.trim().length > LIMITS.area) {
      problems.push({ fieldId: FIELD.area, message: t('form.tooLong', { max: LIMITS.area }) });
    }
    return problems;
  }

  const form = useSaveForm({
    validate,
    isBusy: create.isPending,
    send: (ack) =>
      create.mutateAsync({
        name: name.trim(),
        ...(area.trim() ? { area: area.trim() } : {}),
        ...ack,
      }),
    onSaved: (created) => navigate(`/samverkan/${created.id}`),
    words: {
      fieldIdOf: (field) => (field === 'area' ? FIELD.area : FIELD.name),
      invalidField: (field) =>
        field === 'area'
          ? t('createCollaboration.areaInvalid')
          : t('createCollaboration.nameInvalid'),
      failed: t('createCollaboration.failed'),
      refusal: (code) =>
        code === 'EMAIL_NOT_VERIFIED' ? { message: t('verifyEmail.notConfirmed') } : undefined,
    },
  });
  const { errors, guard } = form;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (atCap) return;
    void form.save(false);
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <SaveFormTop
        form={form}
        textOf={(field) => (field === 'area' ? area.trim() : name.trim())}
        labelOf={(field) =>
          field === 'area' ? t('createCollaboration.areaLabel') : t('createCollaboration.name')
        }
      />
      <ConfirmEmailFirst />
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
