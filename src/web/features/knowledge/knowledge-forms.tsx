import '../../i18n/areas/knowledge';
import '../../i18n/areas/step';
import '../../i18n/areas/who-does-what';
import { type FormEvent, useState } from 'react';
import type { KnowledgeItem } from '../../../contracts/knowledge';
import { LIMITS } from '../../../contracts/limits';
import type { KnowledgeKind } from '../../../contracts/vocabularies';
import { useTemplate } from '../../api/queries';
import { useCreateKnowledgeItem, useUpdateKnowledgeItem } from '../../api/who-does-what';
import { CheckboxGroupField, SelectField, TextAreaField } from '../../components/fields';
import { type FormError, TextInput } from '../../components/form';
import { KNOWLEDGE_KIND_LIST } from '../../components/labels';
import { type SaveErrorWords, SaveFormTop, useSaveForm } from '../../components/save-form';
import { useLocalized, useTranslation } from '../../i18n';

const FIELD = {
  title: 'knowledge-item-title',
  kind: 'knowledge-item-kind',
  url: 'knowledge-item-url',
  notes: 'knowledge-item-notes',
  steps: 'knowledge-item-steps',
  annotation: 'knowledge-annotation',
} as const;
const MAX_TITLE = LIMITS.itemTitle;
const MAX_NOTES = LIMITS.notes;
const MAX_ANNOTATION = LIMITS.description;
const URL_PATTERN = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

/** The knowledge forms' words for the API's refusals. */
function useSaveWords() {
  const { t } = useTranslation();
  return (fieldIdOf: (field: string) => string | undefined): SaveErrorWords => ({
    fieldIdOf,
    invalidField: (field) =>
      field === 'url'
        ? t('knowledge.form.urlInvalid')
        : t('whoDoesWhat.form.invalidField', { field }),
    refusal: (code) =>
      code === 'STALE_REVISION'
        ? { message: t('knowledge.form.stale') }
        : code === 'FORBIDDEN'
          ? { message: t('knowledge.onlyCoordinators') }
          : undefined,
    failed: t('knowledge.form.failed'),
  });
}

/** Add or change one of the collaboration's own items (title, kind, URL, notes, steps). */
export function KnowledgeItemForm({
  collaborationId,
  item,
  onCancel,
  onSaved,
}: {
  collaborationId: string;
  item?: KnowledgeItem;
  onCancel: () => void;
  onSaved: (item: KnowledgeItem, isNew: boolean) => void;
}) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const template = useTemplate();
  const create = useCreateKnowledgeItem(collaborationId);
  const update = useUpdateKnowledgeItem(collaborationId);
  const saveWords = useSaveWords();
  const [title, setTitle] = useState(item ? pick(item.title) : '');
  const [kind, setKind] = useState<KnowledgeKind>(item?.kind ?? 'document');
  const [url, setUrl] = useState(item?.url ?? '');
  const [notes, setNotes] = useState(item?.notes ?? '');
  const [steps, setSteps] = useState<string[]>(item?.steps.map(String) ?? []);
  const isBusy = create.isPending || update.isPending;

  const fieldIdOf = (field: string) => (FIELD as Record<string, string>)[field.split('.')[0] ?? ''];
  const labelOf = (field: string) =>
    field === 'notes' ? t('knowledge.form.notes') : t('knowledge.form.title');

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!title.trim())
      problems.push({ fieldId: FIELD.title, message: t('knowledge.form.titleMissing') });
    else if (title.trim().length > MAX_TITLE)
      problems.push({ fieldId: FIELD.title, message: t('form.tooLong', { max: MAX_TITLE }) });
    if (url.trim() && !URL_PATTERN.test(url.trim()))
      problems.push({ fieldId: FIELD.url, message: t('knowledge.form.urlInvalid') });
    if (notes.trim().length > MAX_NOTES)
      problems.push({ fieldId: FIELD.notes, message: t('form.tooLong', { max: MAX_NOTES }) });
    return problems;
  }

  const stepNumbers = () => steps.map(Number).sort((a, b) => a - b);
  const form = useSaveForm({
    validate,
    isBusy,
    send: (ack) =>
      item
        ? update.mutateAsync({
            id: item.id,
            body: {
              title: title.trim(),
              kind,
              url: url.trim() || null,
              notes: notes.trim() || null,
              steps: stepNumbers(),
              baseRevision: item.revision,
              ...ack,
            },
          })
        : create.mutateAsync({
            title: title.trim(),
            kind,
            ...(url.trim() ? { url: url.trim() } : {}),
            ...(notes.trim() ? { notes: notes.trim() } : {}),
            steps: stepNumbers(),
            ...ack,
          }),
    onSaved: (saved) => onSaved(saved, !item),
    words: saveWords(fieldIdOf),
  });
  const { errors, guard } = form;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.save(false);
  }

  return (
    <form className="form form--dialog" noValidate onSubmit={onSubmit}>
      <SaveFormTop
        form={form}
        textOf={(field) => (field === 'notes' ? notes : title)}
        labelOf={labelOf}
      />
      <TextInput
        id={FIELD.title}
        label={t('knowledge.form.title')}
        hint={t('knowledge.form.titleHint')}
        error={errors.of(FIELD.title)}
        value={title}
        onValueChange={(value) => {
          guard.clear();
          setTitle(value);
        }}
        autoComplete="off"
      />
      <SelectField
        id={FIELD.kind}
        label={t('knowledge.form.kind')}
        value={kind}
        onValueChange={setKind}
        options={KNOWLEDGE_KIND_LIST.map((value) => ({
          value,
          label: t(`knowledge.kind.${value}`),
        }))}
      />
      <TextInput
        id={FIELD.url}
        type="url"
        label={t('knowledge.form.url')}
        hint={t('knowledge.form.urlHint')}
        error={errors.of(FIELD.url)}
        value={url}
        onValueChange={setUrl}
        autoComplete="off"
      />
      <TextAreaField
        id={FIELD.notes}
        label={t('knowledge.form.notes')}
        hint={t('knowledge.form.notesHint')}
        error={errors.of(FIELD.notes)}
        value={notes}
        onValueChange={(value) => {
          guard.clear();
          setNotes(value);
        }}
      />
      <CheckboxGroupField
        id={FIELD.steps}
        legend={t('knowledge.form.steps')}
        hint={t('knowledge.form.stepsHint')}
        values={steps}
        onValuesChange={setSteps}
        options={(template.data?.steps ?? []).map((s) => ({
          value: String(s.number),
          label: t('step.heading', { number: s.number, title: pick(s.title) }),
        }))}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={isBusy}>
          {item ? t('whoDoesWhat.form.save') : t('knowledge.form.add')}
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

/** A note of the collaboration's own on a national entry ("we call them first"). */
export function AnnotationForm({
  collaborationId,
  item,
  onCancel,
  onSaved,
}: {
  collaborationId: string;
  item: KnowledgeItem;
  onCancel: () => void;
  onSaved: (item: KnowledgeItem) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateKnowledgeItem(collaborationId);
  const saveWords = useSaveWords();
  const [annotation, setAnnotation] = useState(item.annotation ?? '');

  const form = useSaveForm({
    validate: () =>
      annotation.trim().length > MAX_ANNOTATION
        ? [{ fieldId: FIELD.annotation, message: t('form.tooLong', { max: MAX_ANNOTATION }) }]
        : [],
    isBusy: update.isPending,
    send: (ack) =>
      update.mutateAsync({
        id: item.id,
        body: { annotation: annotation.trim() || null, baseRevision: item.revision, ...ack },
      }),
    onSaved,
    words: saveWords(() => FIELD.annotation),
  });
  const { errors, guard } = form;

  return (
    <form
      className="form form--dialog"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.save(false);
      }}
    >
      <SaveFormTop
        form={form}
        textOf={() => annotation}
        labelOf={() => t('knowledge.annotation.label')}
      />
      <TextAreaField
        id={FIELD.annotation}
        label={t('knowledge.annotation.label')}
        hint={t('knowledge.annotation.hint')}
        error={errors.of(FIELD.annotation)}
        value={annotation}
        onValueChange={(value) => {
          guard.clear();
          setAnnotation(value);
        }}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('whoDoesWhat.form.save')}
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
