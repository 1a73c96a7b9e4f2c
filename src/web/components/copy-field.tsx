import '../i18n/areas/members';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { Icon } from './icons';

/**
 * A link to hand on (an invitation, a reset link): read-only, selected on focus, with a copy
 * button and a polite confirmation; when the clipboard is refused the text is selected instead.
 */
export function CopyField(props: {
  id: string;
  label: ReactNode;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  labelClassName?: string;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className="copy-field">
      <label
        className={['field__label', props.labelClassName].filter(Boolean).join(' ')}
        htmlFor={props.id}
      >
        {props.label}
      </label>
      <div className="copy-field__row">
        <input
          ref={inputRef}
          id={props.id}
          className="input copy-field__input"
          readOnly
          value={props.value}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(props.value);
              setCopied('yes');
            } catch {
              inputRef.current?.select();
              setCopied('failed');
            }
          }}
        >
          {props.copyLabel}
        </button>
      </div>
      <p className="save-confirmation" role="status">
        {copied === 'yes' ? (
          <>
            <Icon name="check" /> {props.copiedLabel}
          </>
        ) : copied === 'failed' ? (
          t('members.invite.copyFailed')
        ) : null}
      </p>
    </div>
  );
}
