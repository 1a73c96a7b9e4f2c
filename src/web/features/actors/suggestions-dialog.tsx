import '../../i18n/areas/actors';
import '../../i18n/areas/who-does-what';
import { type FormEvent, useState } from 'react';
import type { Actor } from '../../../contracts/actors';
import { ACTOR_SUGGESTIONS, type ActorSuggestion } from '../../../domain/national-resources';
import { isApiError } from '../../api/client';
import { useCreateActor } from '../../api/who-does-what';
import { CheckboxGroupField } from '../../components/fields';
import { ErrorSummary, useFormErrors } from '../../components/form';
import { FormDialog } from '../../components/form-dialog';
import { useLocalized, useTranslation } from '../../i18n';

const FIELD = 'actor-suggestions';

interface SuggestionsDialogProps {
  collaborationId: string;
  existing: Actor[];
  isOpen: boolean;
  onClose: () => void;
  /** The actors added (in the order of the list). */
  onAdded: (added: Actor[]) => void;
}

/**
 * The typical actors of DOMAIN.md to tick and add at once (UX.md, "Empty states that teach"):
 * national ones come with their published numbers, local ones without (the group adds those).
 */
export function SuggestionsDialog(props: SuggestionsDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog isOpen={props.isOpen} onClose={props.onClose} title={t('actors.suggest.title')}>
      <SuggestionsForm {...props} />
    </FormDialog>
  );
}

function SuggestionsForm({ collaborationId, existing, onClose, onAdded }: SuggestionsDialogProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const create = useCreateActor(collaborationId);
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const taken = new Set(existing.map((a) => a.name.toLocaleLowerCase('sv')));
  const available = ACTOR_SUGGESTIONS.filter(
    (s) => !taken.has(pick(s.name).toLocaleLowerCase('sv')),
  );
  const [picked, setChosen] = useState<string[]>(() => available.map((s) => s.key));
  const chosen = picked.filter((key) => available.some((s) => s.key === key));

  const prefilled = (s: ActorSuggestion) =>
    s.contactPaths.length > 0
      ? t('actors.suggest.prefilled', {
          numbers: s.contactPaths.map((p) => `${p.value} (${pick(p.label)})`).join(', '),
        })
      : t('actors.suggest.addNumberLater');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (chosen.length === 0) {
      return errors.show([{ fieldId: FIELD, message: t('actors.suggest.noneChosen') }]);
    }
    errors.clear();
    setBusy(true);
    const added: Actor[] = [];
    const failed: string[] = [];
    for (const suggestion of available.filter((s) => chosen.includes(s.key))) {
      try {
        added.push(
          await create.mutateAsync({
            name: pick(suggestion.name),
            kind: suggestion.kind,
            description: pick(suggestion.description),
            contactPaths: suggestion.contactPaths.map((p) => ({
              channel: p.channel,
              value: p.value,
              label: pick(p.label),
              hours: p.hours ? pick(p.hours) : null,
              always: p.always,
              audience: p.audience,
            })),
          }),
        );
      } catch (error) {
        failed.push(
          isApiError(error, 'CONFLICT')
            ? t('actors.suggest.exists', { name: pick(suggestion.name) })
            : pick(suggestion.name),
        );
      }
    }
    setBusy(false);
    if (failed.length > 0) {
      // Those that went through stay added (and leave the list); say which did not.
      errors.show([{ message: t('actors.suggest.failed', { names: failed.join(', ') }) }]);
      return;
    }
    onAdded(added);
  }

  if (available.length === 0) {
    return (
      <>
        <p>{t('actors.suggest.allAdded')}</p>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('whoDoesWhat.close')}
          </button>
        </div>
      </>
    );
  }

  return (
    <form className="form form--dialog" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <p>{t('actors.suggest.intro')}</p>
      <CheckboxGroupField
        id={FIELD}
        legend={t('actors.suggest.legend')}
        hint={t('actors.suggest.hint')}
        error={errors.of(FIELD)}
        values={chosen}
        onValuesChange={setChosen}
        options={available.map((s) => ({
          value: s.key,
          label: pick(s.name),
          hint: `${pick(s.description)} ${prefilled(s)}`,
        }))}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {t('actors.suggest.submit', { count: chosen.length })}
        </button>
        <button
          data-dialog-cancel
          type="button"
          className="button button--secondary"
          onClick={onClose}
        >
          {t('whoDoesWhat.form.cancel')}
        </button>
      </div>
    </form>
  );
}
