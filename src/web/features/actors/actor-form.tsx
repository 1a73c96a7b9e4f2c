import '../../i18n/areas/actors';
import '../../i18n/areas/who-does-what';
import { type FormEvent, useState } from 'react';
import type { Actor, ContactPathInput } from '../../../contracts/actors';
import { LIMITS } from '../../../contracts/limits';
import type { ActorKind } from '../../../contracts/vocabularies';
import { useCreateActor, useUpdateActor } from '../../api/who-does-what';
import { SelectField, TextAreaField } from '../../components/fields';
import { focusWhenReady } from '../../components/focus';
import { type FormError, TextInput } from '../../components/form';
import { ACTOR_KIND_LIST } from '../../components/labels';
import { SaveFormTop, useSaveForm } from '../../components/save-form';
import { useTranslation } from '../../i18n';
import { ContactPathRows, emptyPath, type PathDraft, pathFieldId } from './contact-path-rows';
import { describeUses, type Uses } from './uses';

const FIELD = { name: 'actor-name', kind: 'actor-kind', description: 'actor-description' } as const;
const MAX_NAME = LIMITS.name;
const MAX_DESCRIPTION = LIMITS.description;

function draftsOf(actor: Actor | undefined): PathDraft[] {
  if (!actor) return [];
  return actor.contactPaths.map((p) => ({
    key: p.id,
    id: p.id,
    channel: p.channel,
    // Phones are shown as people write them, not as stored (E.164).
    value: p.channel === 'phone' ? p.display : p.value,
    label: p.label ?? '',
    hours: p.hours ?? '',
    always: p.always,
    audience: p.audience,
    notes: p.notes ?? '',
  }));
}

function toInput(path: PathDraft): ContactPathInput {
  return {
    ...(path.id ? { id: path.id } : {}),
    channel: path.channel,
    value: path.value.trim(),
    label: path.label.trim() || null,
    hours: path.always ? null : path.hours.trim() || null,
    always: path.always,
    audience: path.audience,
    notes: path.notes.trim() || null,
  };
}

export interface ActorFormDefaults {
  name?: string;
  kind?: ActorKind;
  description?: string;
  paths?: PathDraft[];
}

interface ActorFormProps {
  collaborationId: string;
  /** The actor to change; none to add one. */
  actor?: Actor;
  /** Prefilled values for a new actor (e.g. the knowledge bank's prompt). */
  defaults?: ActorFormDefaults;
  /** Editors may change their organisation's contact paths, not its name or kind. */
  canRename: boolean;
  onCancel: () => void;
  onSaved: (actor: Actor, isNew: boolean) => void;
}

/** Add or change an organisation and its contact paths (paths inline, in their order). */
export function ActorForm({
  collaborationId,
  actor,
  defaults,
  canRename,
  onCancel,
  onSaved,
}: ActorFormProps) {
  const { t } = useTranslation();
  const create = useCreateActor(collaborationId);
  const update = useUpdateActor(collaborationId);
  const [name, setName] = useState(actor?.name ?? defaults?.name ?? '');
  const [kind, setKind] = useState<ActorKind>(actor?.kind ?? defaults?.kind ?? 'other');
  const [description, setDescription] = useState(actor?.description ?? defaults?.description ?? '');
  const [paths, setPaths] = useState<PathDraft[]>(() =>
    actor ? draftsOf(actor) : (defaults?.paths ?? [emptyPath()]),
  );
  const isBusy = create.isPending || update.isPending;

  const rowOf = (field: string) => {
    const match = /^contactPaths\.(\d+)(?:\.(\w+))?/.exec(field);
    if (!match) return undefined;
    return { index: Number(match[1]), part: match[2] ?? 'value' };
  };
  const fieldIdOf = (field: string): string | undefined => {
    if (field === 'name') return FIELD.name;
    if (field === 'kind') return FIELD.kind;
    if (field === 'description') return FIELD.description;
    const row = rowOf(field);
    const path = row ? paths[row.index] : undefined;
    return path && row ? pathFieldId(path.key, row.part) : undefined;
  };
  const labelOf = (field: string): string => {
    if (field === 'name') return t('actors.form.name');
    if (field === 'kind') return t('actors.form.kind');
    if (field === 'description') return t('actors.form.description');
    const row = rowOf(field);
    if (!row) return field;
    const part = ['value', 'label', 'hours', 'notes'].includes(row.part) ? row.part : 'value';
    return t('actors.path.fieldOf', {
      number: row.index + 1,
      field: t(`actors.path.part.${part as 'value' | 'label' | 'hours' | 'notes'}`),
    });
  };
  const textOf = (field: string): string | undefined => {
    if (field === 'description') return description;
    const row = rowOf(field);
    const path = row ? paths[row.index] : undefined;
    if (!path || !row) return undefined;
    const part = row.part as 'value' | 'label' | 'hours' | 'notes';
    return typeof path[part] === 'string' ? path[part] : undefined;
  };

  /** The message for a bad field the API named, in the form's words. */
  function messageFor(field: string): string {
    const row = rowOf(field);
    if (row && row.part === 'value') {
      const channel = paths[row.index]?.channel ?? 'other';
      return t(`actors.path.invalid.${channel}`, { number: row.index + 1 });
    }
    return t('whoDoesWhat.form.invalidField', { field: labelOf(field) });
  }

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!name.trim()) problems.push({ fieldId: FIELD.name, message: t('actors.form.nameMissing') });
    else if (name.trim().length > MAX_NAME)
      problems.push({ fieldId: FIELD.name, message: t('form.tooLong', { max: MAX_NAME }) });
    if (description.trim().length > MAX_DESCRIPTION)
      problems.push({
        fieldId: FIELD.description,
        message: t('form.tooLong', { max: MAX_DESCRIPTION }),
      });
    paths.forEach((path, index) => {
      if (!path.value.trim())
        problems.push({
          fieldId: pathFieldId(path.key, 'value'),
          message: t('actors.path.valueMissing', { number: index + 1 }),
        });
    });
    return problems;
  }

  const form = useSaveForm({
    validate,
    isBusy,
    send: (ack) =>
      actor
        ? update.mutateAsync({
            id: actor.id,
            body: {
              ...(canRename ? { name: name.trim(), kind } : {}),
              description: description.trim() || null,
              contactPaths: paths.map(toInput),
              baseRevision: actor.revision,
              ...ack,
            },
          })
        : create.mutateAsync({
            name: name.trim(),
            kind,
            ...(description.trim() ? { description: description.trim() } : {}),
            contactPaths: paths.map(toInput),
            ...ack,
          }),
    onSaved: (saved) => onSaved(saved, !actor),
    words: {
      fieldIdOf,
      invalidField: messageFor,
      refusal: (code, details) => {
        if (code === 'CONFLICT')
          return {
            fieldId: FIELD.name,
            message: t('actors.form.nameTaken', { name: name.trim() }),
          };
        if (code === 'IN_USE')
          return {
            message: t('actors.form.pathInUse', { uses: describeUses(t, details as Uses) }),
          };
        if (code === 'STALE_REVISION') return { message: t('actors.form.stale') };
        if (code === 'FORBIDDEN') return { message: t('actors.form.forbidden') };
        return undefined;
      },
      failed: t('actors.form.failed'),
    },
  });
  const { errors, guard } = form;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.save(false);
  }

  return (
    <form className="form form--dialog" noValidate onSubmit={onSubmit}>
      <SaveFormTop form={form} textOf={textOf} labelOf={labelOf} />
      <div className="notice actor-tip">
        <p>{t('actors.tip')}</p>
      </div>
      {canRename ? (
        <>
          <TextInput
            id={FIELD.name}
            label={t('actors.form.name')}
            hint={t('actors.form.nameHint')}
            error={errors.of(FIELD.name)}
            value={name}
            onValueChange={setName}
            autoComplete="off"
          />
          <SelectField
            id={FIELD.kind}
            label={t('actors.form.kind')}
            value={kind}
            onValueChange={setKind}
            options={ACTOR_KIND_LIST.map((value) => ({
              value,
              label: t(`whoDoesWhat.actorKind.${value}`),
            }))}
          />
        </>
      ) : null}
      <TextAreaField
        id={FIELD.description}
        label={t('actors.form.description')}
        hint={t('actors.form.descriptionHint')}
        error={errors.of(FIELD.description)}
        value={description}
        onValueChange={(value) => {
          guard.clear();
          setDescription(value);
        }}
      />
      <ContactPathRows
        paths={paths}
        errorOf={(fieldId) => errors.of(fieldId)}
        onChange={(next) => {
          guard.clear();
          setPaths(next);
        }}
        onAdded={(path) => focusWhenReady(pathFieldId(path.key, 'channel'))}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={isBusy}>
          {actor ? t('actors.form.save') : t('actors.form.add')}
        </button>
        <button
          data-dialog-cancel
          type="button"
          className="button button--secondary"
          onClick={onCancel}
        >
          {t('whoDoesWhat.form.cancel')}
        </button>
      </div>
    </form>
  );
}
