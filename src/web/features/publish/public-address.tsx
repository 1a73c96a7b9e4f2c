import '../../i18n/areas/first-hour';
import '../../i18n/areas/publish';
import { useRef, useState } from 'react';
import type { Routine } from '../../../contracts/routines';
import { usePublicOrigin } from '../../api/origin';
import { publishedPath, qrUrl } from '../../api/publish';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';

/**
 * The published page's full address, as the people it is shared with will type it: on the
 * server's one origin for outgoing addresses (BASE_URL, else the address in use), the same as
 * the card's QR code and the invitation links.
 */
export function usePublicUrl(slug: string): string {
  const origin = usePublicOrigin().data?.origin ?? window.location.origin;
  return `${origin}${publishedPath(slug)}`;
}

/** For a coordinator: BASE_URL is not set, so the addresses follow the one in use right now. */
export function OriginWarning() {
  const { t } = useTranslation();
  const origin = usePublicOrigin().data;
  if (!origin || origin.isConfigured) return null;
  return (
    <div className="notice notice--warning origin-warning">
      <p>
        <Icon name="warning" /> <strong>{t('firstHour.origin.title')}</strong>
      </p>
      <p>{t('firstHour.origin.body', { origin: origin.origin })}</p>
    </div>
  );
}

/** Copies text to the clipboard; falls back to selecting the field for browsers without the API. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** The address with a copy button, and links to the published page and the draft's preview. */
export function PublicAddress({ routine, isAdopted }: { routine: Routine; isAdopted: boolean }) {
  const { t } = useTranslation();
  const url = usePublicUrl(routine.slug);
  const field = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'' | 'copied' | 'failed'>('');

  async function onCopy() {
    setCopyState('');
    const ok = await copyText(url, field.current);
    setCopyState(ok ? 'copied' : 'failed');
  }

  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor="public-url">
          {t('publish.address.label')}
        </label>
        <div className="field__hint" id="public-url-hint">
          {t('publish.address.hint')}
          {!isAdopted ? ` ${t('publish.address.notYet')}` : null}
          {isAdopted && routine.visibility === 'members'
            ? ` ${t('publish.address.membersOnly')}`
            : null}
        </div>
        <div className="copy-field">
          <input
            ref={field}
            id="public-url"
            className="input copy-field__input"
            value={url}
            readOnly
            aria-describedby="public-url-hint"
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button button--secondary" onClick={() => void onCopy()}>
            {t('publish.address.copy')}
          </button>
        </div>
        <p className={copyState === 'failed' ? 'field__error' : 'save-confirmation'} role="status">
          {copyState === 'copied' ? (
            <>
              <Icon name="check" /> {t('publish.address.copied')}
            </>
          ) : copyState === 'failed' ? (
            t('publish.address.copyFailed')
          ) : null}
        </p>
      </div>
      <ul className="publish-links">
        {isAdopted ? (
          <>
            <li>
              <a href={publishedPath(routine.slug)}>{t('publish.address.open')}</a>
            </li>
            <li>
              <a href={publishedPath(routine.slug, { lang: 'en' })} hrefLang="en">
                {t('publish.address.openEnglish')}
              </a>
            </li>
          </>
        ) : null}
        <li>
          <a href={publishedPath(routine.slug, { draft: true })} aria-describedby="preview-hint">
            {t('publish.address.preview')}
          </a>
          <span className="publish-links__hint" id="preview-hint">
            {t('publish.address.previewHint')}
          </span>
        </li>
      </ul>
    </>
  );
}

/** The QR code of the address (the server draws it, the same as on the card). */
export function QrCode({ routine }: { routine: Routine }) {
  const { t } = useTranslation();
  const url = usePublicUrl(routine.slug);
  return (
    <figure className="qr">
      <img
        className="qr__image"
        src={qrUrl(routine.id)}
        alt={t('publish.qr.alt', { url })}
        width={176}
        height={176}
      />
      <figcaption className="qr__caption">{t('publish.qr.caption')}</figcaption>
    </figure>
  );
}
