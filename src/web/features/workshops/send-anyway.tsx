import '../../i18n/areas/workshops';
import { useTranslation } from '../../i18n';

/**
 * After the personal-data guard refused a workshop text: "it is not a personal identity number –
 * send anyway", which sends it again acknowledged. Drafts, votes, proposals and the facilitator's
 * wording share it.
 */
export function SendAnyway({ onSend, isBusy }: { onSend: () => void; isBusy?: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--secondary" disabled={isBusy} onClick={onSend}>
      {t('workshops.errors.notPersonalData')}
    </button>
  );
}
