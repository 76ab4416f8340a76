import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Funding, participantRoles, projectProfileInputSchema } from '../../../contracts/funding';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { useCodelistOptions } from '../../lib/use-codelist';
import { Checkbox, Select, type SelectOption, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { usePartners } from '../partners/use-partners';
import {
  formValuesToProfileInput,
  type ProfileFormValues,
  profileToFormValues,
  sumHundredths,
} from './funding-values';
import { allSectorCodes, sectorLabel } from './sectors';
import { useSaveProfile } from './use-funding';

type ProfileOutput = z.output<typeof projectProfileInputSchema>;
type Props = { funding: Funding; defaultCountry: string; orgId: string | null; canEdit: boolean };

/** The IATI face of the project: identifier, status, sectors, country, dates and who takes part. */
export function FundingProfileForm(props: Props) {
  const countries = useCodelistOptions('countries');
  const partners = usePartners({ pageSize: 200, sort: 'name', direction: 'asc' });
  if (countries.isLoading || partners.isLoading) return <Loading />;
  const partnerOptions = (partners.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }));
  // A participant archived or beyond the first 200 is still offered under its stored name.
  for (const participant of props.funding.profile?.participants ?? [])
    if (!partnerOptions.some((option) => option.value === participant.partnerId))
      partnerOptions.push({ value: participant.partnerId, label: participant.partnerName });
  return <ProfileFields {...props} countryOptions={countries.options} partnerOptions={partnerOptions} />;
}

function ProfileFields({
  funding,
  defaultCountry,
  orgId,
  canEdit,
  countryOptions,
  partnerOptions,
}: Props & { countryOptions: SelectOption[]; partnerOptions: SelectOption[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { showToast } = useToast();
  const saveProfile = useSaveProfile(funding.initiativeId);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<ProfileFormValues, unknown, ProfileOutput>({
    defaultValues: profileToFormValues(funding, defaultCountry, orgId),
    mode: 'onTouched',
    resolver: contractResolver(projectProfileInputSchema, formValuesToProfileInput),
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const sectors = useFieldArray({ control, name: 'sectors' });
  const participants = useFieldArray({ control, name: 'participants' });
  const sectorValues = useWatch({ control, name: 'sectors' });
  const participantValues = useWatch({ control, name: 'participants' });
  const sectorOptions = [...new Set([...sectorValues.map((item) => item.code), ...allSectorCodes()])]
    .filter(Boolean)
    .map((code) => ({ value: code, label: sectorLabel(code, language) }));
  const sectorSum = sumHundredths(sectorValues.map((item) => item.percentage));
  const percent = (hundredths: number | null) =>
    hundredths === null
      ? '—'
      : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hundredths / 100);
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      await saveProfile.mutateAsync({ ...input, version: funding.profile?.version });
      showToast(t('funding.profile.saved'));
    } catch (error) {
      applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form section" aria-labelledby="funding-profile-title">
      <h3 id="funding-profile-title">{t('funding.profile.title')}</h3>
      <p className="muted">{t('funding.profile.intro')}</p>
      <FormAlert error={submitError} />
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('funding.profile.activity')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('funding.profile.iatiIdentifier')}
            hint={t('funding.profile.iatiIdentifierHint')}
            isRequired
            error={errors.iatiIdentifier}
            {...register('iatiIdentifier')}
          />
          <Select
            label={t('funding.profile.activityStatus')}
            options={(['1', '2', '3', '4', '5', '6'] as const).map((value) => ({
              value,
              label: t(`funding.activityStatus.${value}`),
            }))}
            error={errors.activityStatus}
            {...register('activityStatus')}
          />
          <Select
            label={t('funding.profile.recipientCountry')}
            placeholder={t('common.none')}
            options={countryOptions}
            error={errors.recipientCountryCode}
            {...register('recipientCountryCode')}
          />
          <TextInput
            type="date"
            label={t('funding.profile.startPlanned')}
            error={errors.startPlanned}
            {...register('startPlanned')}
          />
          <TextInput
            type="date"
            label={t('funding.profile.endPlanned')}
            error={errors.endPlanned}
            {...register('endPlanned')}
          />
          <TextInput
            type="date"
            label={t('funding.profile.startActual')}
            error={errors.startActual}
            {...register('startActual')}
          />
          <TextInput
            type="date"
            label={t('funding.profile.endActual')}
            error={errors.endActual}
            {...register('endActual')}
          />
        </div>
        <Checkbox
          label={t('funding.profile.isPublished')}
          hint={t('funding.profile.isPublishedHint')}
          {...register('isPublished')}
        />
      </fieldset>
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('funding.profile.sectors')}</legend>
        <p className="field-hint" role="status">
          {t('funding.profile.sum', { sum: percent(sectorSum) })}
          {sectorValues.length > 0 && sectorSum !== 10_000 ? ` ${t('funding.profile.mustBe100')}` : ''}
        </p>
        {errors.sectors?.message ? <p className="field-error">{errors.sectors.message}</p> : null}
        {sectors.fields.map((field, index) => (
          <div key={field.id} className="form-grid nested-fieldset">
            <Select
              label={t('funding.profile.sectorN', { n: index + 1 })}
              options={sectorOptions}
              error={errors.sectors?.[index]?.code}
              {...register(`sectors.${index}.code`)}
            />
            <TextInput
              label={t('funding.profile.percentageN', { n: index + 1 })}
              inputMode="decimal"
              error={errors.sectors?.[index]?.percentage}
              {...register(`sectors.${index}.percentage`)}
            />
            <div className="field">
              <button
                type="button"
                className="button button-danger-outline button-small"
                onClick={() => sectors.remove(index)}
              >
                {t('funding.profile.removeSector', { n: index + 1 })}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() =>
            sectors.append({
              code: sectorOptions[0]?.value ?? '',
              percentage: sectors.fields.length === 0 ? '100' : '',
            })
          }
        >
          {t('funding.profile.addSector')}
        </button>
      </fieldset>
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('funding.profile.participants')}</legend>
        <p className="field-hint">{t('funding.profile.participantsHint')}</p>
        <ul className="item-list">
          {participantRoles.map((role) => {
            const shares = participantValues.filter(
              (item) => item.role === role && item.sharePercent.trim() !== '',
            );
            if (shares.length === 0) return null;
            const sum = sumHundredths(shares.map((item) => item.sharePercent));
            return (
              <li key={role}>
                {t('funding.profile.roleSum', { role: t(`funding.role.${role}`), sum: percent(sum) })}
                {sum !== 10_000 ? ` ${t('funding.profile.mustBe100')}` : ''}
              </li>
            );
          })}
        </ul>
        {participants.fields.map((field, index) => (
          <div key={field.id} className="form-grid nested-fieldset">
            <Select
              label={t('funding.profile.partnerN', { n: index + 1 })}
              options={partnerOptions}
              error={errors.participants?.[index]?.partnerId}
              {...register(`participants.${index}.partnerId`)}
            />
            <Select
              label={t('funding.profile.roleN', { n: index + 1 })}
              options={participantRoles.map((role) => ({ value: role, label: t(`funding.role.${role}`) }))}
              error={errors.participants?.[index]?.role}
              {...register(`participants.${index}.role`)}
            />
            <TextInput
              label={t('funding.profile.shareN', { n: index + 1 })}
              inputMode="decimal"
              error={errors.participants?.[index]?.sharePercent}
              {...register(`participants.${index}.sharePercent`)}
            />
            <div className="field">
              <button
                type="button"
                className="button button-danger-outline button-small"
                onClick={() => participants.remove(index)}
              >
                {t('funding.profile.removeParticipant', { n: index + 1 })}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={partnerOptions.length === 0}
          onClick={() =>
            participants.append({
              partnerId: partnerOptions[0]?.value ?? '',
              role: 'funding',
              sharePercent: '',
            })
          }
        >
          {t('funding.profile.addParticipant')}
        </button>
      </fieldset>
      {canEdit ? (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('funding.profile.save')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
