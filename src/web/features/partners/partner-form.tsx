import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SimilarPartner } from '../../../contracts/partner-duplicates';
import { type PartnerInput, partnerInputSchema, partnerKinds } from '../../../contracts/partners';
import { enumOptions } from '../../lib/enum-options';
import { applyServerErrors, contractResolver, isVersionConflict } from '../../lib/form-errors';
import { useCodelistOptions } from '../../lib/use-codelist';
import { Select, Textarea, TextInput } from '../../ui/field';
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
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [duplicates, setDuplicates] = useState<SimilarPartner[] | null>(null);
  const confirmedSignature = useRef<string | null>(null);
  const warnedSignature = useRef<string | null>(null);
  const form = useForm<PartnerFormValues, unknown, PartnerInput>({
    defaultValues,
    mode: 'onTouched',
    resolver: contractResolver(partnerInputSchema, formValuesToPartnerInput, { mapPath: mapPartnerPath }),
  });
  const { register, formState, control } = form;
  const { errors, isSubmitting } = formState;

  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
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
    } catch (error) {
      applyServerErrors(error, form.setError, mapPartnerPath);
      setSubmitError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert
        error={submitError}
        onReload={
          onReload && isVersionConflict(submitError)
            ? async () => {
                const values = await onReload();
                if (values) form.reset(values);
                setSubmitError(null);
              }
            : undefined
        }
        onOverwrite={
          onOverwrite && isVersionConflict(submitError)
            ? async () => {
                await onOverwrite();
                setSubmitError(null);
                await submit();
              }
            : undefined
        }
      />
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
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
