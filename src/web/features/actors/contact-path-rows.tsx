import '../../i18n/areas/actors';
import '../../i18n/areas/who-does-what';
import type { Audience, Channel } from '../../../contracts/vocabularies';
import {
  CheckboxField,
  RadioGroupField,
  SelectField,
  TextAreaField,
} from '../../components/fields';
import { focusWhenReady } from '../../components/focus';
import { TextInput } from '../../components/form';
import { Icon } from '../../components/icons';
import { AUDIENCE_LIST, CHANNEL_LIST } from '../../components/labels';
import { useTranslation } from '../../i18n';

/** A contact path as the form edits it (`id` for one that is saved already). */
export interface PathDraft {
  key: string;
  id?: string;
  channel: Channel;
  value: string;
  label: string;
  hours: string;
  always: boolean;
  audience: Audience;
  notes: string;
}

export const pathFieldId = (key: string, part: string) => `path-${key}-${part}`;

const INPUT_TYPE: Record<Channel, string> = {
  phone: 'tel',
  email: 'email',
  web: 'url',
  address: 'text',
  other: 'text',
};

let counter = 0;

/** A new, empty row (its key is local; saved rows use their id). */
export function emptyPath(channel: Channel = 'phone', audience: Audience = 'all'): PathDraft {
  counter += 1;
  return {
    key: `new-path-${counter}`,
    channel,
    value: '',
    label: '',
    hours: '',
    always: false,
    audience,
    notes: '',
  };
}

interface ContactPathRowsProps {
  paths: PathDraft[];
  errorOf: (fieldId: string) => string | undefined;
  onChange: (paths: PathDraft[]) => void;
  onAdded: (path: PathDraft) => void;
}

/**
 * The contact paths of an actor, inline in its form: one fieldset per path with channel, value,
 * what it is for, hours or "dygnet runt", audience and notes; add, remove and reorder with buttons.
 */
export function ContactPathRows({ paths, errorOf, onChange, onAdded }: ContactPathRowsProps) {
  const { t } = useTranslation();

  const set = (index: number, patch: Partial<PathDraft>) =>
    onChange(paths.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  function move(index: number, direction: -1 | 1) {
    const target = index + direction;
    if (target < 0 || target >= paths.length) return;
    const next = [...paths];
    const [row] = next.splice(index, 1);
    if (!row) return;
    next.splice(target, 0, row);
    onChange(next);
    focusWhenReady(pathFieldId(row.key, direction === -1 ? 'up' : 'down'));
  }

  function remove(index: number) {
    const next = paths.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusWhenReady(neighbour ? pathFieldId(neighbour.key, 'fieldset') : 'contact-paths-add');
  }

  function add() {
    const path = emptyPath();
    onChange([...paths, path]);
    onAdded(path);
  }

  return (
    <div className="contact-path-rows">
      <h3>{t('actors.path.title')}</h3>
      <p className="field__hint">{t('actors.path.intro')}</p>
      {paths.length === 0 ? <p className="muted">{t('actors.path.none')}</p> : null}
      {paths.map((path, index) => {
        const id = (part: string) => pathFieldId(path.key, part);
        const number = index + 1;
        return (
          <fieldset key={path.key} id={id('fieldset')} tabIndex={-1} className="path-row">
            <legend className="path-row__legend">{t('actors.path.legend', { number })}</legend>
            <div className="path-row__grid">
              <SelectField
                id={id('channel')}
                label={t('actors.path.channel')}
                value={path.channel}
                onValueChange={(channel) => set(index, { channel })}
                options={CHANNEL_LIST.map((value) => ({
                  value,
                  label: t(`whoDoesWhat.channel.${value}`),
                }))}
              />
              <TextInput
                id={id('value')}
                type={INPUT_TYPE[path.channel]}
                label={t(`actors.path.value.${path.channel}`)}
                hint={t(`actors.path.valueHint.${path.channel}`)}
                error={errorOf(id('value'))}
                value={path.value}
                onValueChange={(value) => set(index, { value })}
                autoComplete="off"
              />
            </div>
            <TextInput
              id={id('label')}
              label={t('actors.path.label')}
              hint={t('actors.path.labelHint')}
              error={errorOf(id('label'))}
              value={path.label}
              onValueChange={(label) => set(index, { label })}
              autoComplete="off"
            />
            <div className="path-row__grid">
              <TextInput
                id={id('hours')}
                label={t('actors.path.hours')}
                hint={t('actors.path.hoursHint')}
                error={errorOf(id('hours'))}
                value={path.always ? '' : path.hours}
                disabled={path.always}
                onValueChange={(hours) => set(index, { hours })}
                autoComplete="off"
              />
              <CheckboxField
                id={id('always')}
                label={t('actors.path.always')}
                checked={path.always}
                onCheckedChange={(always) => set(index, { always })}
              />
            </div>
            <RadioGroupField
              id={id('audience')}
              legend={t('actors.path.audience')}
              value={path.audience}
              onValueChange={(audience) => set(index, { audience })}
              options={AUDIENCE_LIST.map((value) => ({
                value,
                label: t(`whoDoesWhat.audience.${value}`),
              }))}
            />
            <TextAreaField
              id={id('notes')}
              label={t('actors.path.notes')}
              hint={t('actors.path.notesHint')}
              error={errorOf(id('notes'))}
              value={path.notes}
              onValueChange={(notes) => set(index, { notes })}
              rows={2}
            />
            <div className="action-row__tools">
              {paths.length > 1 ? (
                <>
                  <button
                    type="button"
                    id={id('up')}
                    className="button button--secondary button--small"
                    aria-disabled={index === 0 || undefined}
                    onClick={() => move(index, -1)}
                  >
                    <Icon name="arrowUp" />
                    {t('whoDoesWhat.row.moveUp')}
                    <span className="visually-hidden"> {t('actors.path.legend', { number })}</span>
                  </button>
                  <button
                    type="button"
                    id={id('down')}
                    className="button button--secondary button--small"
                    aria-disabled={index === paths.length - 1 || undefined}
                    onClick={() => move(index, 1)}
                  >
                    <Icon name="arrowDown" />
                    {t('whoDoesWhat.row.moveDown')}
                    <span className="visually-hidden"> {t('actors.path.legend', { number })}</span>
                  </button>
                </>
              ) : null}
              <button
                type="button"
                className="button button--secondary button--small button--danger"
                onClick={() => remove(index)}
              >
                <Icon name="close" />
                {t('actors.path.remove', { number })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        id="contact-paths-add"
        className="button button--secondary"
        onClick={add}
      >
        {t('actors.path.add')}
      </button>
    </div>
  );
}
