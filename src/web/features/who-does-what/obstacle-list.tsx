import '../../i18n/areas/who-does-what';
import { type FormEvent, useState } from 'react';
import type { Obstacle } from '../../../contracts/actions';
import type { Actor } from '../../../contracts/actors';
import { LIMITS } from '../../../contracts/limits';
import {
  useActors,
  useCreateObstacle,
  useDeleteObstacle,
  useObstacles,
  useUpdateObstacle,
} from '../../api/who-does-what';
import { useAnnounce } from '../../components/announcer';
import { CapStatus, isAtCap } from '../../components/cap-status';
import { ConfirmDialog } from '../../components/confirm-dialog-on-demand';
import { SelectField, TextAreaField } from '../../components/fields';
import { domIds, focusWhenReady } from '../../components/focus';
import type { FormError } from '../../components/form';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icons';
import { actorOf } from '../../components/labels';
import { LoadError, Loading } from '../../components/loading';
import { SaveFormTop, useSaveForm } from '../../components/save-form';
import { useConfirmSaved } from '../../components/saved-notice';
import { useTranslation } from '../../i18n';

const MAX_TEXT = LIMITS.description;
const FIELD = {
  description: 'obstacle-description',
  remedy: 'obstacle-remedy',
  owner: 'obstacle-owner',
} as const;

interface ObstacleListProps {
  routineId: string;
  collaborationId: string;
  step: number;
  canEdit: boolean;
  /** h3 beside the obstacle questions of steps 3 and 4; h2 as a section of its own elsewhere. */
  headingLevel: 2 | 3;
  /** what the list is for where it stands (beside the questions that ask for it) */
  intro?: string;
}

/** The step's obstacles, each with its remedy and the organisation responsible for it. */
export function ObstacleList(props: ObstacleListProps) {
  const { routineId, collaborationId, step, canEdit, headingLevel, intro } = props;
  const { t } = useTranslation();
  const obstacles = useObstacles(routineId);
  const actors = useActors(collaborationId);
  const announce = useAnnounce();
  const confirmSaved = useConfirmSaved();
  const [editing, setEditing] = useState<Obstacle | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Obstacle | null>(null);
  const addId = `obstacles-add-${step}`;
  const capId = `obstacles-cap-${step}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  if (obstacles.isPending || actors.isPending) return <Loading />;
  if (obstacles.isError)
    return <LoadError error={obstacles.error} onRetry={() => void obstacles.refetch()} />;
  if (actors.isError)
    return <LoadError error={actors.error} onRetry={() => void actors.refetch()} />;

  const list = obstacles.data.filter((o) => o.step === step);
  return (
    <section
      className={headingLevel === 2 ? 'obstacles obstacles--section' : 'obstacles'}
      id={domIds.obstacles}
      tabIndex={-1}
      aria-labelledby="obstacles-title"
    >
      <Heading id="obstacles-title" className="obstacles__title">
        {t('whoDoesWhat.obstacles.title')}
      </Heading>
      {intro ? <p className="obstacles__intro">{intro}</p> : null}
      {list.length === 0 ? (
        <p className="muted">{t('whoDoesWhat.obstacles.empty')}</p>
      ) : (
        <ul className="obstacle-list">
          {list.map((obstacle) => (
            <ObstacleItem
              key={obstacle.id}
              obstacle={obstacle}
              actors={actors.data}
              canEdit={canEdit}
              onEdit={() => setEditing(obstacle)}
              onDelete={() => setDeleting(obstacle)}
            />
          ))}
        </ul>
      )}
      {canEdit ? (
        <>
          <CapStatus cap="obstaclesPerRoutine" count={obstacles.data.length} id={capId} />
          <button
            type="button"
            id={addId}
            className="button button--secondary"
            disabled={isAtCap('obstaclesPerRoutine', obstacles.data.length)}
            aria-describedby={capId}
            onClick={() => setEditing('new')}
          >
            {t('whoDoesWhat.obstacles.add')}
          </button>
        </>
      ) : null}
      <FormDialog
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new'
            ? t('whoDoesWhat.obstacles.addTitle')
            : t('whoDoesWhat.obstacles.editTitle')
        }
      >
        {editing ? (
          <ObstacleForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.revision}`}
            routineId={routineId}
            step={step}
            obstacle={editing === 'new' ? undefined : editing}
            actors={actors.data}
            onClose={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              confirmSaved(t('whoDoesWhat.obstacles.saved'), domIds.obstacle(saved.id));
            }}
          />
        ) : null}
      </FormDialog>
      <DeleteObstacleDialog
        routineId={routineId}
        obstacle={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          announce(t('whoDoesWhat.obstacles.deleted'));
          focusWhenReady(canEdit ? addId : domIds.obstacles);
        }}
      />
    </section>
  );
}

function ObstacleItem({
  obstacle,
  actors,
  canEdit,
  onEdit,
  onDelete,
}: {
  obstacle: Obstacle;
  actors: Actor[];
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const owner = obstacle.ownerActorId ? actorOf(actors, obstacle.ownerActorId) : undefined;
  return (
    <li id={domIds.obstacle(obstacle.id)} tabIndex={-1} className="obstacle">
      <dl className="obstacle__pair">
        <div>
          <dt>{t('whoDoesWhat.obstacles.obstacle')}</dt>
          <dd>{obstacle.description}</dd>
        </div>
        <div>
          <dt>
            <span aria-hidden="true">→ </span>
            {t('whoDoesWhat.obstacles.remedy')}
          </dt>
          <dd>
            {obstacle.remedy ? (
              obstacle.remedy
            ) : (
              <span className="obstacle__missing">
                <Icon name="warning" />
                {t('whoDoesWhat.obstacles.noRemedy')}
              </span>
            )}
          </dd>
        </div>
        {owner ? (
          <div>
            <dt>{t('whoDoesWhat.obstacles.owner')}</dt>
            <dd>{owner.name}</dd>
          </div>
        ) : null}
      </dl>
      {canEdit ? (
        <div className="action-row__tools">
          <button type="button" className="button button--secondary button--small" onClick={onEdit}>
            <Icon name="pencil" />
            {t('whoDoesWhat.row.edit')}
            <span className="visually-hidden"> {obstacle.description}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small button--danger"
            onClick={onDelete}
          >
            <Icon name="close" />
            {t('whoDoesWhat.row.delete')}
            <span className="visually-hidden"> {obstacle.description}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}

function ObstacleForm({
  routineId,
  step,
  obstacle,
  actors,
  onClose,
  onSaved,
}: {
  routineId: string;
  step: number;
  obstacle?: Obstacle;
  actors: Actor[];
  onClose: () => void;
  onSaved: (obstacle: Obstacle) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateObstacle(routineId);
  const update = useUpdateObstacle(routineId);
  const [description, setDescription] = useState(obstacle?.description ?? '');
  const [remedy, setRemedy] = useState(obstacle?.remedy ?? '');
  const [owner, setOwner] = useState(obstacle?.ownerActorId ?? '');
  const isBusy = create.isPending || update.isPending;

  const labelOf = (field: string) =>
    field === 'remedy'
      ? t('whoDoesWhat.obstacles.remedyLabel')
      : field === 'ownerActorId'
        ? t('whoDoesWhat.obstacles.ownerLabel')
        : t('whoDoesWhat.obstacles.descriptionLabel');
  const fieldIdOf = (field: string) =>
    field === 'remedy' ? FIELD.remedy : field === 'ownerActorId' ? FIELD.owner : FIELD.description;

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!description.trim())
      problems.push({
        fieldId: FIELD.description,
        message: t('whoDoesWhat.obstacles.descriptionMissing'),
      });
    else if (description.trim().length > MAX_TEXT)
      problems.push({ fieldId: FIELD.description, message: t('form.tooLong', { max: MAX_TEXT }) });
    if (remedy.trim().length > MAX_TEXT)
      problems.push({ fieldId: FIELD.remedy, message: t('form.tooLong', { max: MAX_TEXT }) });
    return problems;
  }

  const form = useSaveForm({
    validate,
    isBusy,
    send: (ack) =>
      obstacle
        ? update.mutateAsync({
            id: obstacle.id,
            body: {
              description: description.trim(),
              remedy: remedy.trim() || null,
              ownerActorId: owner || null,
              baseRevision: obstacle.revision,
              ...ack,
            },
          })
        : create.mutateAsync({
            step,
            description: description.trim(),
            ...(remedy.trim() ? { remedy: remedy.trim() } : {}),
            ownerActorId: owner || null,
            ...ack,
          }),
    onSaved,
    words: {
      fieldIdOf,
      invalidField: (field) => t('whoDoesWhat.form.invalidField', { field: labelOf(field) }),
      refusal: (code) =>
        code === 'STALE_REVISION'
          ? { message: t('whoDoesWhat.obstacles.stale') }
          : code === 'FORBIDDEN'
            ? { message: t('whoDoesWhat.obstacles.forbidden') }
            : undefined,
      failed: t('whoDoesWhat.form.failed'),
    },
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
        textOf={(field) => (field === 'remedy' ? remedy : description)}
        labelOf={labelOf}
      />
      <TextAreaField
        id={FIELD.description}
        label={t('whoDoesWhat.obstacles.descriptionLabel')}
        hint={t('whoDoesWhat.obstacles.descriptionHint')}
        error={errors.of(FIELD.description)}
        value={description}
        onValueChange={(value) => {
          guard.clear();
          setDescription(value);
        }}
      />
      <TextAreaField
        id={FIELD.remedy}
        label={t('whoDoesWhat.obstacles.remedyLabel')}
        hint={t('whoDoesWhat.obstacles.remedyHint')}
        error={errors.of(FIELD.remedy)}
        value={remedy}
        onValueChange={(value) => {
          guard.clear();
          setRemedy(value);
        }}
      />
      <SelectField
        id={FIELD.owner}
        label={t('whoDoesWhat.obstacles.ownerLabel')}
        hint={t('whoDoesWhat.obstacles.ownerHint')}
        value={owner}
        onValueChange={setOwner}
        options={[
          { value: '', label: t('whoDoesWhat.obstacles.ownerNone') },
          ...actors.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={isBusy}>
          {obstacle ? t('whoDoesWhat.form.save') : t('whoDoesWhat.obstacles.addSubmit')}
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

function DeleteObstacleDialog({
  routineId,
  obstacle,
  onClose,
  onDeleted,
}: {
  routineId: string;
  obstacle: Obstacle | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteObstacle(routineId);
  const [failed, setFailed] = useState(false);
  return (
    <ConfirmDialog
      isOpen={obstacle !== null}
      title={t('whoDoesWhat.obstacles.deleteTitle')}
      confirmLabel={t('whoDoesWhat.obstacles.deleteConfirm')}
      isBusy={remove.isPending}
      cancelLabel={t('whoDoesWhat.form.cancel')}
      closeLabel={t('whoDoesWhat.close')}
      isDestructive
      onCancel={() => {
        setFailed(false);
        onClose();
      }}
      problem={failed ? <p>{t('whoDoesWhat.delete.failed')}</p> : null}
      onConfirm={async () => {
        if (!obstacle) return;
        try {
          await remove.mutateAsync(obstacle.id);
          onDeleted();
        } catch {
          setFailed(true);
        }
      }}
    >
      {obstacle ? <p className="dialog__question">{obstacle.description}</p> : null}
    </ConfirmDialog>
  );
}
