import '../../i18n/areas/who-does-what';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import type { Actor } from '../../../contracts/actors';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';

/** The action dialog's first field: the organisation that acts, chosen by typing its name. */
export function ActorComboBox({
  id,
  actors,
  value,
  error,
  isDisabled,
  onChange,
}: {
  /** The DOM id of the text input. */
  id: string;
  actors: Actor[];
  value: string;
  error?: string;
  isDisabled: boolean;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ComboBox
      className={['field', 'combobox', error ? 'field--error' : null].filter(Boolean).join(' ')}
      defaultItems={actors}
      value={value || null}
      onChange={(key) => onChange(key === null ? '' : String(key))}
      // The list opens on typing (as the hint says), the arrow button or ↓ — not on focus: the
      // dialog focuses this first field when it opens, and a list opened then would cover the
      // form, hide the rest of the dialog from screen readers (react-aria hides what lies
      // outside an open list) and take the first Escape meant for the dialog.
      menuTrigger="input"
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
      allowsEmptyCollection
    >
      <Label className="field__label">{t('whoDoesWhat.form.actor')}</Label>
      <Text slot="description" className="field__hint">
        {actors.length === 0 ? t('whoDoesWhat.form.actorNone') : t('whoDoesWhat.form.actorHint')}
      </Text>
      <FieldError className="field__error">{error}</FieldError>
      <div className="combobox__group">
        <Input id={id} className="input combobox__input" />
        <Button className="combobox__button">
          <Icon name="chevronDown" />
        </Button>
      </div>
      <Popover className="combobox__popover" placement="bottom start">
        <ListBox className="combobox__list" renderEmptyState={() => t('whoDoesWhat.form.noMatch')}>
          {(item: Actor) => (
            <ListBoxItem id={item.id} textValue={item.name} className="combobox__option">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
