import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  useFieldArray,
  useWatch,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LinkInput } from '../../../contracts/links';
import { Select, TextInput } from '../../ui/field';
import { emptySignatory, type LinkFormValues } from './link-form-values';

type Props = {
  control: Control<LinkFormValues, unknown, LinkInput>;
  register: UseFormRegister<LinkFormValues>;
  errors: FieldErrors<LinkFormValues>;
};

/** Who signed, for which side; a counterpart signatory may name the party they signed for. */
export function LinkSignatoriesFieldset({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'signatories', keyName: 'fieldKey' });
  const parties = useWatch({ control, name: 'parties' });
  const partyOptions = parties.map((party) => ({ value: party.partnerId, label: party.partnerName }));
  return (
    <fieldset className="fieldset">
      <legend>{t('links.sections.signatories')}</legend>
      {fields.length === 0 ? <p className="muted">{t('links.noSignatories')}</p> : null}
      {fields.map((field, index) => {
        const number = index + 1;
        const itemErrors = errors.signatories?.[index];
        return (
          <fieldset key={field.fieldKey} className="fieldset nested-fieldset">
            <legend>{t('links.signatoryItem', { number })}</legend>
            <div className="form-grid">
              <TextInput
                label={t('links.fields.signatoryName')}
                isRequired
                error={itemErrors?.name}
                {...register(`signatories.${index}.name`)}
              />
              <TextInput
                label={t('links.fields.signatoryPosition')}
                error={itemErrors?.position}
                {...register(`signatories.${index}.position`)}
              />
              <Select
                label={t('links.fields.signatorySide')}
                options={[
                  { value: 'own', label: t('enums.signatorySide.own') },
                  { value: 'counterpart', label: t('enums.signatorySide.counterpart') },
                ]}
                error={itemErrors?.side}
                {...register(`signatories.${index}.side`)}
              />
              <Select
                label={t('links.fields.signatoryPartner')}
                placeholder={t('common.none')}
                options={partyOptions}
                error={itemErrors?.partnerId}
                {...register(`signatories.${index}.partnerId`)}
              />
            </div>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => remove(index)}
            >
              {t('links.removeSignatory', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button-secondary" onClick={() => append({ ...emptySignatory })}>
        {t('links.addSignatory')}
      </button>
    </fieldset>
  );
}
