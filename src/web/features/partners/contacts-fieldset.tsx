import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactChannels, type PartnerInput } from '../../../contracts/partners';
import { enumOptions } from '../../lib/enum-options';
import { useCodelistOptions } from '../../lib/use-codelist';
import { Checkbox, Select, TextInput } from '../../ui/field';
import { emptyContact, type PartnerFormValues } from './partner-form-values';

type ContactsFieldsetProps = {
  control: Control<PartnerFormValues, unknown, PartnerInput>;
  register: UseFormRegister<PartnerFormValues>;
  errors: FieldErrors<PartnerFormValues>;
};

/** The editable list of contacts of a partner: add, edit, remove. */
export function ContactsFieldset({ control, register, errors }: ContactsFieldsetProps) {
  const { t } = useTranslation();
  const languages = useCodelistOptions('languages');
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts', keyName: 'fieldKey' });
  return (
    <fieldset className="fieldset">
      <legend>{t('partners.contacts.title')}</legend>
      {fields.length === 0 ? <p className="muted">{t('partners.contacts.none')}</p> : null}
      {fields.map((field, index) => {
        const contactErrors = errors.contacts?.[index];
        const number = index + 1;
        return (
          <fieldset key={field.fieldKey} className="fieldset nested-fieldset">
            <legend>{t('partners.contacts.item', { number })}</legend>
            <div className="form-grid">
              <TextInput
                label={t('partners.contacts.name')}
                isRequired
                error={contactErrors?.name}
                {...register(`contacts.${index}.name`)}
              />
              <TextInput
                label={t('partners.contacts.position')}
                error={contactErrors?.position}
                {...register(`contacts.${index}.position`)}
              />
              <TextInput
                label={t('partners.contacts.email')}
                type="email"
                error={contactErrors?.email}
                {...register(`contacts.${index}.email`)}
              />
              <TextInput
                label={t('partners.contacts.phone')}
                type="tel"
                error={contactErrors?.phone}
                {...register(`contacts.${index}.phone`)}
              />
              <Select
                label={t('partners.contacts.language')}
                placeholder={t('common.none')}
                options={languages.options}
                error={contactErrors?.language}
                {...register(`contacts.${index}.language`)}
              />
              <Select
                label={t('partners.contacts.channel')}
                placeholder={t('common.none')}
                options={enumOptions(t, 'contactChannel', contactChannels)}
                error={contactErrors?.channel}
                {...register(`contacts.${index}.channel`)}
              />
            </div>
            <Checkbox label={t('partners.contacts.isPrimary')} {...register(`contacts.${index}.isPrimary`)} />
            <button type="button" className="button button-secondary" onClick={() => remove(index)}>
              {t('partners.contacts.remove', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button-secondary" onClick={() => append({ ...emptyContact })}>
        {t('partners.contacts.add')}
      </button>
    </fieldset>
  );
}
