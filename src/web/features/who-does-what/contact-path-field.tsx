import '../../i18n/areas/first-hour';
import '../../i18n/areas/who-does-what';
import type { Actor, ContactPath } from '../../../contracts/actors';
import type { Audience } from '../../../contracts/vocabularies';
import { SelectField } from '../../components/fields';
import { useContactPathText } from '../../components/labels';
import { useTranslation } from '../../i18n';
import { isOtherAudience, pathsForAudience } from './contact-choice';

/** A contact path as the action dialog names it: channel, address, label and audience. */
export function usePathOption() {
  const { t } = useTranslation();
  const pathText = useContactPathText();
  return (p: ContactPath) =>
    [
      t(`whoDoesWhat.channel.${p.channel}`),
      ': ',
      pathText(p),
      p.label ? ` – ${p.label}` : '',
      ` – ${t(`whoDoesWhat.audience.${p.audience}`)}`,
    ].join('');
}

/**
 * How the action's organisation is reached: its paths for the audience, with notes on the
 * order, a path chosen for the person (`pathNote`) and a path meant for another audience.
 */
export function ContactPathField({
  id,
  actor,
  audience,
  value,
  pathNote,
  error,
  onValueChange,
}: {
  id: string;
  actor: Actor | undefined;
  audience: Audience;
  value: string;
  /** Says which path the form chose when the audience changed; empty for none. */
  pathNote: string;
  error?: string;
  onValueChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const pathOption = usePathOption();
  const paths = actor?.contactPaths ?? [];
  const chosenPath = paths.find((p) => p.id === value);
  const audienceWord = t(`whoDoesWhat.audience.${audience}`).toLowerCase();
  return (
    <SelectField
      id={id}
      label={t('whoDoesWhat.form.contactPath')}
      hint={
        <>
          {actor && paths.length === 0
            ? t('whoDoesWhat.form.contactPathNone', { actor: actor.name })
            : t('whoDoesWhat.form.contactPathHint')}
          {audience !== 'all' && paths.length > 0 ? (
            <span className="contact-path-note">
              {' '}
              {t('firstHour.contactPath.order', { audience: audienceWord })}
            </span>
          ) : null}
          {pathNote ? (
            <span className="contact-path-note contact-path-note--changed" role="status">
              {' '}
              {pathNote}
            </span>
          ) : null}
          {isOtherAudience(chosenPath, audience) ? (
            <strong className="contact-path-note contact-path-note--warning">
              {' '}
              {t('firstHour.contactPath.otherAudience', {
                path: chosenPath ? pathOption(chosenPath) : '',
                audience: audienceWord,
              })}
            </strong>
          ) : null}
        </>
      }
      error={error}
      value={value}
      onValueChange={onValueChange}
      options={[
        { value: '', label: t('whoDoesWhat.form.contactPathEmpty') },
        ...pathsForAudience(paths, audience).map((p) => ({
          value: p.id,
          label: pathOption(p),
        })),
      ]}
    />
  );
}
