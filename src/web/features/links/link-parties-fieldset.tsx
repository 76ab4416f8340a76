import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type LinkInput, partyRoles } from '../../../contracts/links';
import { enumOptions } from '../../lib/enum-options';
import { translateMessage } from '../../lib/form-errors';
import { Select } from '../../ui/field';
import { PartnerPicker } from '../partners/partner-picker';
import type { LinkFormValues } from './link-form-values';

type Props = {
  control: Control<LinkFormValues, unknown, LinkInput>;
  register: UseFormRegister<LinkFormValues>;
  errors: FieldErrors<LinkFormValues>;
};

/** The partners that are party to the link, each with its role; new ones are picked by search. */
export function LinkPartiesFieldset({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'parties', keyName: 'fieldKey' });
  const rootError = errors.parties?.root ?? (errors.parties as { message?: string } | undefined);
  return (
    <fieldset className="fieldset">
      <legend>{t('links.sections.parties')}</legend>
      {fields.length === 0 ? <p className="muted">{t('links.noParties')}</p> : null}
      <ul className="item-list">
        {fields.map((field, index) => (
          <li key={field.fieldKey} className="item-row">
            <span className="item-title">{field.partnerName}</span>
            <Select
              label={t('links.fields.partyRoleOf', { name: field.partnerName })}
              className="field-inline"
              options={enumOptions(t, 'partyRole', partyRoles)}
              error={errors.parties?.[index]?.role}
              {...register(`parties.${index}.role`)}
            />
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => remove(index)}
            >
              {t('links.removeParty', { name: field.partnerName })}
            </button>
          </li>
        ))}
      </ul>
      {rootError?.message ? <p className="field-error">{translateMessage(t, rootError.message)}</p> : null}
      <PartnerPicker
        label={t('links.addParty')}
        excludeIds={fields.map((field) => field.partnerId)}
        onPick={(partner) =>
          append({
            partnerId: partner.id,
            partnerName: partner.name,
            role: fields.length === 0 ? 'counterpart' : 'co_signer',
          })
        }
      />
    </fieldset>
  );
}
