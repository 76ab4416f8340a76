import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type Government,
  governmentKinds,
  type UpdateGovernmentBody,
  updateGovernmentBodySchema,
} from '../../../contracts/territory';
import { enumLabel, enumOptions } from '../../lib/enum-options';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { countryName, formatNumber } from '../../lib/format';
import { useCodelistOptions } from '../../lib/use-codelist';
import { Select, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { DetailItem, ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useGovernmentProfile, useUpdateGovernment } from './use-territory';

type ProfileValues = {
  name: string;
  kind: string;
  countryCode: string;
  population: string;
  languagesText: string;
  reportingCurrency: string;
  timezone: string;
  website: string;
  iatiOrgId: string;
  reminderDaysText: string;
  renewalDaysText: string;
};

/** Where a contract field's error shows in the form: the lists are typed as text. */
function profilePath(path: string): string {
  if (path.startsWith('languages')) return 'languagesText';
  if (path.startsWith('reminderDaysBefore')) return 'reminderDaysText';
  if (path.startsWith('renewalAlertDays')) return 'renewalDaysText';
  return path;
}

/** "90, 30, 7" ⇄ [90, 30, 7]: lead times are typed as a short list. */
function parseDays(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function toValues(government: Government): ProfileValues {
  return {
    name: government.name,
    kind: government.kind,
    countryCode: government.countryCode,
    population: government.population?.toString() ?? '',
    languagesText: government.languages.join(', '),
    reportingCurrency: government.reportingCurrency,
    timezone: government.timezone,
    website: government.website ?? '',
    iatiOrgId: government.iatiOrgId ?? '',
    reminderDaysText: government.reminderDaysBefore.join(', '),
    renewalDaysText: government.renewalAlertDays.join(', '),
  };
}

/** The government's own profile; admins can edit it. */
export function GovernmentProfile() {
  const { t, i18n } = useTranslation();
  const { isAdmin } = useGovernment();
  const query = useGovernmentProfile();
  const [isEditing, setIsEditing] = useState(false);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const government = query.data;
  if (isEditing) return <ProfileForm government={government} onDone={() => setIsEditing(false)} />;
  return (
    <>
      <dl className="detail-grid">
        <DetailItem label={t('territory.fields.name')}>{government.name}</DetailItem>
        <DetailItem label={t('territory.fields.kind')}>
          {enumLabel(t, 'governmentKind', government.kind)}
        </DetailItem>
        <DetailItem label={t('territory.fields.country')}>
          {countryName(government.countryCode, i18n.language)}
        </DetailItem>
        <DetailItem label={t('territory.fields.population')}>
          {formatNumber(government.population, i18n.language)}
        </DetailItem>
        <DetailItem label={t('territory.fields.languages')}>
          {government.languages.join(', ') || '—'}
        </DetailItem>
        <DetailItem label={t('territory.fields.reportingCurrency')}>
          {government.reportingCurrency}
        </DetailItem>
        <DetailItem label={t('territory.fields.timezone')}>{government.timezone}</DetailItem>
        <DetailItem label={t('territory.fields.website')}>
          {government.website ? (
            <a href={government.website} target="_blank" rel="noreferrer noopener">
              {government.website}
            </a>
          ) : (
            '—'
          )}
        </DetailItem>
        <DetailItem label={t('territory.fields.iatiOrgId')}>{government.iatiOrgId ?? '—'}</DetailItem>
        <DetailItem label={t('territory.fields.reminderDaysBefore')}>
          {t('territory.daysList', { days: government.reminderDaysBefore.join(', ') || '—' })}
        </DetailItem>
        <DetailItem label={t('territory.fields.renewalAlertDays')}>
          {t('territory.daysList', { days: government.renewalAlertDays.join(', ') || '—' })}
        </DetailItem>
      </dl>
      {isAdmin ? (
        <button type="button" className="button button-primary" onClick={() => setIsEditing(true)}>
          {t('territory.editProfile')}
        </button>
      ) : null}
    </>
  );
}

function ProfileForm({ government, onDone }: { government: Government; onDone: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const update = useUpdateGovernment();
  const countries = useCodelistOptions('countries');
  const currencies = useCodelistOptions('currencies', true);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<ProfileValues, unknown, UpdateGovernmentBody>({
    defaultValues: toValues(government),
    mode: 'onTouched',
    resolver: contractResolver(
      updateGovernmentBodySchema,
      (values) => ({
        ...values,
        languages: values.languagesText
          .split(',')
          .map((language) => language.trim().toLowerCase())
          .filter(Boolean),
        reminderDaysBefore: parseDays(values.reminderDaysText),
        renewalAlertDays: parseDays(values.renewalDaysText),
        version: government.version,
      }),
      {
        mapPath: profilePath,
      },
    ),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      await update.mutateAsync(body);
      showToast(t('territory.profileSaved'));
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError, profilePath);
      setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} onReload={onDone} />
      <div className="form-grid">
        <TextInput
          label={t('territory.fields.name')}
          isRequired
          error={errors.name}
          {...form.register('name')}
        />
        <Select
          label={t('territory.fields.kind')}
          options={enumOptions(t, 'governmentKind', governmentKinds)}
          error={errors.kind}
          {...form.register('kind')}
        />
        <Select
          label={t('territory.fields.country')}
          isRequired
          options={countries.options}
          error={errors.countryCode}
          {...form.register('countryCode')}
        />
        <TextInput
          label={t('territory.fields.population')}
          inputMode="numeric"
          error={errors.population}
          {...form.register('population')}
        />
        <TextInput
          label={t('territory.fields.languages')}
          hint={t('territory.hints.languages')}
          error={errors.languagesText}
          {...form.register('languagesText')}
        />
        <Select
          label={t('territory.fields.reportingCurrency')}
          isRequired
          options={currencies.options}
          error={errors.reportingCurrency}
          {...form.register('reportingCurrency')}
        />
        <TextInput
          label={t('territory.fields.timezone')}
          isRequired
          hint={t('territory.hints.timezone')}
          error={errors.timezone}
          {...form.register('timezone')}
        />
        <TextInput
          label={t('territory.fields.website')}
          type="url"
          error={errors.website}
          {...form.register('website')}
        />
        <TextInput
          label={t('territory.fields.iatiOrgId')}
          hint={t('territory.hints.iatiOrgId')}
          error={errors.iatiOrgId}
          {...form.register('iatiOrgId')}
        />
        <TextInput
          label={t('territory.fields.reminderDaysBefore')}
          hint={t('territory.hints.reminderDaysBefore')}
          inputMode="numeric"
          error={errors.reminderDaysText}
          {...form.register('reminderDaysText')}
        />
        <TextInput
          label={t('territory.fields.renewalAlertDays')}
          hint={t('territory.hints.renewalAlertDays')}
          inputMode="numeric"
          error={errors.renewalDaysText}
          {...form.register('renewalDaysText')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('common.saveChanges')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
