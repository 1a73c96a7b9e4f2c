import '../../i18n/areas/versions';
import type { VersionSummary } from '../../../contracts/versions';
import { useFormatDay } from '../../components/dates';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';

/** A version's sign-off state in words with an icon: adopted, or how many have signed. */
export function SignOffState({
  version,
  isLatest,
}: {
  version: VersionSummary;
  isLatest: boolean;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (version.adoptedAt) {
    return (
      <span className="status status--adopted">
        <Icon name="check" />
        <span>{t('versions.state.adopted', { date: formatDay(version.adoptedAt) })}</span>
      </span>
    );
  }
  const signed = version.signOffs.length;
  const required = version.requiredActors.length;
  if (!isLatest) {
    return (
      <span className="status status--archived">
        <Icon name="archive" />
        <span>{t('versions.state.replaced', { signed, count: required })}</span>
      </span>
    );
  }
  return (
    <span className="status status--in_review">
      <Icon name="clock" />
      <span>{t('versions.state.signing', { signed, count: required })}</span>
    </span>
  );
}

/** The first 12 hex digits of a SHA-256, grouped for reading aloud. */
export const shortHash = (hash: string) =>
  `${hash.slice(0, 4)} ${hash.slice(4, 8)} ${hash.slice(8, 12)}`;
