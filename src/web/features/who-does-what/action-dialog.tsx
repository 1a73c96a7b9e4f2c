import '../../i18n/areas/first-hour';
import '../../i18n/areas/who-does-what';
import { type FormEvent, useState } from 'react';
import type { Action } from '../../../contracts/actions';
import type { Actor } from '../../../contracts/actors';
import { LIMITS } from '../../../contracts/limits';
import type { ActionKind, Audience } from '../../../contracts/vocabularies';
import { useCreateAction, useUpdateAction } from '../../api/who-does-what';
import {
  CheckboxField,
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextAreaField,
} from '../../components/fields';
import { type FormError, TextInput } from '../../components/form';
import { FormDialog } from '../../components/form-dialog';
import { ACTION_KIND_LIST, AUDIENCE_LIST, actorOf } from '../../components/labels';
import type { WhoDoesWhatPermissions } from '../../components/permissions';
import { SaveFormTop, useSaveForm } from '../../components/save-form';
import { useTranslation } from '../../i18n';
import { ActorComboBox } from './actor-combo-box';
import { defaultPathFor } from './contact-choice';
import { ContactPathField, usePathOption } from './contact-path-field';

const FIELD = {
  actor: 'action-actor',
  what: 'action-what',
  when: 'action-when',
  audience: 'action-audience',
  contactPath: 'action-contact-path',
  kind: 'action-kind',
  entryPoint: 'action-entry-point',
  handoffs: 'action-handoffs',
} as const;

const MAX_WHAT = LIMITS.description;
const MAX_WHEN = LIMITS.short;

/** The API's field names (contract) → the form's field ids. */
function fieldIdOf(field: string): string | undefined {
  if (field === 'actorId') return FIELD.actor;
  if (field === 'what') return FIELD.what;
  if (field === 'when') return FIELD.when;
  if (field === 'contactPathId') return FIELD.contactPath;
  if (field === 'isEntryPoint') return FIELD.entryPoint;
  if (field.startsWith('handoffTo')) return FIELD.handoffs;
  return undefined;
}

interface ActionDialogProps {
  routineId: string;
  step: number;
  /** The action to change; none to add one. */
  action?: Action;
  actors: Actor[];
  /** Every action of the routine: the handoff choices. */
  allActions: Action[];
  permissions: WhoDoesWhatPermissions;
  isOpen: boolean;
  onClose: () => void;
  onSaved: (action: Action, isNew: boolean) => void;
}

/** Add or change "who does what": actor, what, when, for whom, how reached, kind, handoffs. */
export function ActionDialog(props: ActionDialogProps) {
  const { t } = useTranslation();
  const { action, step, isOpen, onClose } = props;
  const title = action
    ? t('whoDoesWhat.form.editTitle', { step })
    : t('whoDoesWhat.form.addTitle', { step });
  return (
    <FormDialog isOpen={isOpen} onClose={onClose} title={title}>
      {/* Keyed so each opening starts from the action as it is now. */}
      <ActionForm key={action ? `${action.id}-${action.revision}` : 'new'} {...props} />
    </FormDialog>
  );
}

function ActionForm({
  routineId,
  step,
  action,
  actors,
  allActions,
  permissions,
  onClose,
  onSaved,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const pathOption = usePathOption();
  const create = useCreateAction(routineId);
  const update = useUpdateAction(routineId);

  // An editor acts for their own organisation only.
  const choosable = actors.filter(
    (a) => permissions.canEditActionsOf(a.id) || a.id === action?.actorId,
  );
  const initialActorId =
    action?.actorId ?? (choosable.length === 1 ? choosable[0]?.id : undefined) ?? '';
  const [actorId, setActorId] = useState(initialActorId);
  const [what, setWhat] = useState(action?.what ?? '');
  const [when, setWhen] = useState(action?.when ?? '');
  const [audience, setAudience] = useState<Audience>(action?.audience ?? 'all');
  const [contactPathId, setContactPathId] = useState(
    action
      ? (action.contactPathId ?? '')
      : (defaultPathFor(actorOf(actors, initialActorId)?.contactPaths ?? [], 'all')?.id ?? ''),
  );
  // A path the person chose by hand stays when the audience changes; a chosen-for-them one follows.
  const [isPathByHand, setPathByHand] = useState(Boolean(action?.contactPathId));
  const [pathNote, setPathNote] = useState('');
  const [kind, setKind] = useState<ActionKind>(action?.kind ?? 'other');
  const [isEntryPoint, setEntryPoint] = useState(action?.isEntryPoint ?? false);
  const [handoffTo, setHandoffTo] = useState<string[]>(action?.handoffTo ?? []);
  const isBusy = create.isPending || update.isPending;

  const actor = actorOf(actors, actorId);
  const paths = actor?.contactPaths ?? [];
  const handoffOptions = useHandoffOptions(step, action, actors, allActions);

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!actorId)
      problems.push({ fieldId: FIELD.actor, message: t('whoDoesWhat.form.actorMissing') });
    if (!what.trim())
      problems.push({ fieldId: FIELD.what, message: t('whoDoesWhat.form.whatMissing') });
    else if (what.trim().length > MAX_WHAT)
      problems.push({ fieldId: FIELD.what, message: t('form.tooLong', { max: MAX_WHAT }) });
    if (when.trim().length > MAX_WHEN)
      problems.push({ fieldId: FIELD.when, message: t('form.tooLong', { max: MAX_WHEN }) });
    return problems;
  }

  function labelOf(field: string): string {
    if (field === 'actorId') return t('whoDoesWhat.form.actor');
    if (field === 'what') return t('whoDoesWhat.form.what');
    if (field === 'when') return t('whoDoesWhat.form.when');
    if (field === 'contactPathId') return t('whoDoesWhat.form.contactPath');
    if (field === 'isEntryPoint') return t('whoDoesWhat.form.entryPoint');
    if (field.startsWith('handoffTo')) return t('whoDoesWhat.form.handoffs');
    return field;
  }

  const form = useSaveForm({
    validate,
    isBusy,
    send: (ack) => {
      const common = {
        actorId,
        what: what.trim(),
        audience,
        contactPathId: contactPathId || null,
        kind,
        handoffTo,
        ...(step === 3 ? { isEntryPoint } : {}),
        ...ack,
      };
      return action
        ? update.mutateAsync({
            id: action.id,
            body: { ...common, when: when.trim() || null, baseRevision: action.revision },
          })
        : create.mutateAsync({
            ...common,
            step: step as 2 | 3 | 4 | 5,
            ...(when.trim() ? { when: when.trim() } : {}),
          });
    },
    onSaved: (saved) => onSaved(saved, !action),
    words: {
      fieldIdOf,
      invalidField: (field) => t('whoDoesWhat.form.invalidField', { field: labelOf(field) }),
      refusal: (code) => {
        if (code === 'STALE_REVISION') return { message: t('whoDoesWhat.form.stale') };
        if (code === 'FORBIDDEN') return { message: t('whoDoesWhat.form.forbidden') };
        if (code === 'NOT_FOUND') return { message: t('whoDoesWhat.form.gone') };
        return undefined;
      },
      failed: t('whoDoesWhat.form.failed'),
    },
  });
  const { errors, guard } = form;

  /** Any change: the acknowledgement covered the text the user saw flagged, not this one. */
  function changed<V>(set: (value: V) => void) {
    return (value: V) => {
      guard.clear();
      set(value);
    };
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.save(false);
  }

  return (
    <form className="form form--dialog" noValidate onSubmit={onSubmit}>
      <SaveFormTop
        form={form}
        textOf={(field) => (field === 'what' ? what : field === 'when' ? when : undefined)}
        labelOf={labelOf}
      />

      <ActorComboBox
        id={FIELD.actor}
        actors={choosable}
        value={actorId}
        error={errors.of(FIELD.actor)}
        isDisabled={!permissions.canManageActors && choosable.length <= 1}
        onChange={(id) => {
          guard.clear();
          setActorId(id);
          // The contact path belongs to the actor: start from the new actor's path for the audience.
          setContactPathId(
            defaultPathFor(actorOf(actors, id)?.contactPaths ?? [], audience)?.id ?? '',
          );
          setPathByHand(false);
          setPathNote('');
        }}
      />

      <TextAreaField
        id={FIELD.what}
        label={t('whoDoesWhat.form.what')}
        hint={t('whoDoesWhat.form.whatHint')}
        error={errors.of(FIELD.what)}
        value={what}
        onValueChange={changed(setWhat)}
      />
      <TextInput
        id={FIELD.when}
        label={t('whoDoesWhat.form.when')}
        hint={t('whoDoesWhat.form.whenHint')}
        error={errors.of(FIELD.when)}
        value={when}
        onValueChange={changed(setWhen)}
        autoComplete="off"
      />
      <RadioGroupField
        id={FIELD.audience}
        legend={t('whoDoesWhat.form.audience')}
        value={audience}
        onValueChange={(next) => {
          setAudience(next);
          if (isPathByHand) return;
          const chosen = defaultPathFor(paths, next);
          if ((chosen?.id ?? '') === contactPathId) return;
          setContactPathId(chosen?.id ?? '');
          setPathNote(
            chosen
              ? t('firstHour.contactPath.changed', {
                  path: pathOption(chosen),
                  audience: t(`whoDoesWhat.audience.${next}`).toLowerCase(),
                })
              : t('firstHour.contactPath.noneFor', {
                  audience: t(`whoDoesWhat.audience.${next}`).toLowerCase(),
                }),
          );
        }}
        options={AUDIENCE_LIST.map((value) => ({
          value,
          label: t(`whoDoesWhat.audience.${value}`),
        }))}
      />
      <ContactPathField
        id={FIELD.contactPath}
        actor={actor}
        audience={audience}
        value={contactPathId}
        pathNote={pathNote}
        error={errors.of(FIELD.contactPath)}
        onValueChange={(id) => {
          setContactPathId(id);
          setPathByHand(true);
          setPathNote('');
        }}
      />
      <SelectField
        id={FIELD.kind}
        label={t('whoDoesWhat.form.kind')}
        hint={t('whoDoesWhat.form.kindHint')}
        value={kind}
        onValueChange={setKind}
        options={ACTION_KIND_LIST.map((value) => ({
          value,
          label: t(`whoDoesWhat.actionKind.${value}`),
        }))}
      />
      {step === 3 ? (
        <CheckboxField
          id={FIELD.entryPoint}
          label={t('whoDoesWhat.form.entryPoint')}
          hint={t('whoDoesWhat.form.entryPointHint')}
          checked={isEntryPoint}
          onCheckedChange={setEntryPoint}
        />
      ) : null}
      <CheckboxGroupField
        id={FIELD.handoffs}
        legend={t('whoDoesWhat.form.handoffs')}
        hint={t('whoDoesWhat.form.handoffsHint')}
        error={errors.of(FIELD.handoffs)}
        values={handoffTo}
        onValuesChange={setHandoffTo}
        options={handoffOptions}
        empty={t('whoDoesWhat.form.handoffsNone')}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={isBusy}>
          {action ? t('whoDoesWhat.form.save') : t('whoDoesWhat.form.add')}
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

/** The actions this one can hand over to, grouped by step. */
function useHandoffOptions(
  step: number,
  action: Action | undefined,
  actors: Actor[],
  allActions: Action[],
) {
  const { t } = useTranslation();
  // What follows comes first: this step and the later ones, grouped by step; a handoff back to
  // an earlier step is possible but listed last and marked.
  const isEarlier = (a: Action) => a.step < step;
  return allActions
    .filter((a) => a.id !== action?.id)
    .sort(
      (a, b) =>
        Number(isEarlier(a)) - Number(isEarlier(b)) || a.step - b.step || a.position - b.position,
    )
    .map((a) => ({
      value: a.id,
      group: isEarlier(a)
        ? t('firstHour.handoff.earlierGroup', { step: a.step })
        : a.step === step
          ? t('firstHour.handoff.sameGroup', { step: a.step })
          : t('firstHour.handoff.laterGroup', { step: a.step }),
      label: t('whoDoesWhat.form.handoffOption', {
        step: a.step,
        actor: actorOf(actors, a.actorId)?.name ?? t('whoDoesWhat.unknownActor'),
        what: a.what,
      }),
      hint: isEarlier(a) ? t('firstHour.handoff.earlierHint') : undefined,
    }));
}
