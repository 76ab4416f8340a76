import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimilarPartner } from '../../../contracts/partner-duplicates';
import { type PartnerInput, partnerInputSchema, partnerKinds } from '../../../contracts/partners';
import { enumOptions } from '../../lib/enum-options';
import { useCodelistOptions } from '../../lib/use-codelist';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { CityField } from './city-field';
import { ContactsFieldset } from './contacts-fieldset';
import { DuplicateWarning } from './duplicate-warning';
import { formValuesToPartnerInput, mapPartnerPath, type PartnerFormValues } from './partner-form-values';

type PartnerFormProps = {
  defaultValues: PartnerFormValues;
  submitLabel: string;
  onSubmit: (input: PartnerInput) => Promise<unknown>;
  onCancel: () => void;
  /** Reloads the record after a version conflict; returns its values, or nothing to keep the form as is. */
  onReload?: () => Promise<PartnerFormValues | undefined>;
  onOverwrite?: () => Promise<void>;
  /** Likely duplicates of what is about to be saved: when any, the form asks before saving. */
  findDuplicates?: (input: PartnerInput) => Promise<SimilarPartner[]>;
};

/** What duplicates are looked for by: a confirmation holds while these stay the same. */
const duplicateSignature = (input: PartnerInput) =>
  JSON.stringify([input.name.trim().toLowerCase(), input.countryCode ?? null, input.iatiOrgId ?? null]);

/** Create and edit form of a partner, validated with the contract schema as the user types. */
export function PartnerForm({
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
  onOverwrite,
  findDuplicates,
}: PartnerFormProps) {
  const { t } = useTranslation();
  const countries = useCodelistOptions('countries');
  const organisationTypes = useCodelistOptions('organisation-types', true);
  const [duplicates, setDuplicates] = useState<SimilarPartner[] | null>(null);
  const confirmedSignature = useRef<string | null>(null);
  const warnedSignature = useRef<string | null>(null);
  const { form, submit, alert } = useContractForm<PartnerFormValues, PartnerInput>({
    defaultValues,
    schema: partnerInputSchema,
    toInput: formValuesToPartnerInput,
    mapPath: mapPartnerPath,
    // Likely duplicates hold the save until the user confirms them for this name, country and IATI id.
    onSubmit: async (input) => {
      if (findDuplicates && confirmedSignature.current !== duplicateSignature(input)) {
        const found = await findDuplicates(input);
        if (found.length > 0) {
          warnedSignature.current = duplicateSignature(input);
          setDuplicates(found);
          return;
        }
      }
      setDuplicates(null);
      await onSubmit(input);
    },
    onReload,
    onOverwrite,
  });
  const { register, formState, control } = form;
  const { errors, isSubmitting } = formState;

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
      <fieldset className="fieldset">
        <legend>{t('partners.sections.identity')}</legend>
        <div className="form-grid">
          <TextInput label={t('partners.fields.name')} isRequired error={errors.name} {...register('name')} />
          <TextInput label={t('partners.fields.acronym')} error={errors.acronym} {...register('acronym')} />
          <Select
            label={t('partners.fields.kind')}
            isRequired
            options={enumOptions(t, 'partnerKind', partnerKinds)}
            error={errors.kind}
            {...register('kind')}
          />
          <Select
            label={t('partners.fields.iatiOrgType')}
            hint={t('partners.hints.iatiOrgType')}
            placeholder={t('common.none')}
            options={organisationTypes.options}
            error={errors.iatiOrgType}
            {...register('iatiOrgType')}
          />
          <TextInput
            label={t('partners.fields.iatiOrgId')}
            hint={t('partners.hints.iatiOrgId')}
            error={errors.iatiOrgId}
            {...register('iatiOrgId')}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('partners.sections.location')}</legend>
        <div className="form-grid">
          <Select
            label={t('partners.fields.country')}
            placeholder={t('common.none')}
            options={countries.options}
            error={errors.countryCode}
            {...register('countryCode')}
          />
          <CityField form={form} />
          <TextInput
            label={t('partners.fields.latitude')}
            hint={t('partners.hints.latitude')}
            inputMode="decimal"
            error={errors.latitude}
            {...register('latitude')}
          />
          <TextInput
            label={t('partners.fields.longitude')}
            hint={t('partners.hints.longitude')}
            inputMode="decimal"
            error={errors.longitude}
            {...register('longitude')}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('partners.sections.contact')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('partners.fields.website')}
            type="url"
            error={errors.website}
            {...register('website')}
          />
          <TextInput
            label={t('partners.fields.email')}
            type="email"
            error={errors.email}
            {...register('email')}
          />
          <TextInput
            label={t('partners.fields.tags')}
            hint={t('partners.hints.tags')}
            error={errors.tagsText}
            {...register('tagsText')}
          />
        </div>
        <Textarea label={t('partners.fields.notes')} error={errors.notes} {...register('notes')} />
      </fieldset>
      <ContactsFieldset control={control} register={register} errors={errors} />
      {duplicates ? (
        <DuplicateWarning
          duplicates={duplicates}
          isSaving={isSubmitting}
          onReview={() => setDuplicates(null)}
          onSaveAnyway={() => {
            confirmedSignature.current = warnedSignature.current;
            void submit();
          }}
        />
      ) : null}
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
