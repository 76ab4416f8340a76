import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  indexComponentKeys,
  type UtilitySettings,
  type UtilitySettingsInput,
  utilitySettingsInputSchema,
} from '../../../contracts/utility';
import { applyServerErrors, contractResolver, isVersionConflict } from '../../lib/form-errors';
import { currencyDigits, formatDateTime, formatNumber } from '../../lib/format';
import { minorToDecimalString } from '../../lib/money';
import { TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useSaveUtilitySettings, useUtilitySettings } from './use-utility';
import './utility.css';

type WeightKey = (typeof indexComponentKeys)[number];

type SettingsValues = {
  linkGraceMonths: string;
  eventGraceMonths: string;
  atRiskWindowDays: string;
  weights: Record<WeightKey, string>;
  resourcesPerInhabitant: string;
  beneficiaryPercent: string;
  investmentPerInhabitant: string;
  jobsPer100k: string;
  reachPercent: string;
};

/** A whole number as typed ("1.000" or "1000"); NaN when it is not one, so the contract says why. */
function readWhole(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return Number.NaN;
  // "1.000" and "1 000" are thousands; "12.5" stays a decimal, which the contract then refuses.
  const cleaned = /^\d{1,3}([.\s]\d{3})+$/.test(trimmed)
    ? trimmed.replace(/[.\s]/g, '')
    : trimmed.replace(',', '.');
  return Number(cleaned);
}

/** An amount in major units as typed ("8.000,50" or "8000.5") into minor units. */
function readMajor(text: string, digits: number): number {
  const trimmed = text.trim().replace(/\s/g, '');
  const normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  if (normalised === '' || !/^\d+(\.\d+)?$/.test(normalised)) return Number.NaN;
  return Math.round(Number(normalised) * 10 ** digits);
}

function toValues(settings: UtilitySettings): SettingsValues {
  const digits = currencyDigits(settings.reportingCurrency);
  const major = (minor: number) => minorToDecimalString(minor, digits).replace(/\.0+$/, '');
  return {
    linkGraceMonths: String(settings.linkGraceMonths),
    eventGraceMonths: String(settings.eventGraceMonths),
    atRiskWindowDays: String(settings.atRiskWindowDays),
    weights: Object.fromEntries(
      indexComponentKeys.map((key) => [key, String(settings.weights[key])]),
    ) as Record<WeightKey, string>,
    resourcesPerInhabitant: major(settings.targets.resourcesPerInhabitantMinor),
    beneficiaryPercent: String(settings.targets.beneficiaryPercent),
    investmentPerInhabitant: major(settings.targets.investmentPerInhabitantMinor),
    jobsPer100k: String(settings.targets.jobsPer100k),
    reachPercent: String(settings.targets.reachPercent),
  };
}

function toInput(values: SettingsValues, currency: string): UtilitySettingsInput {
  const digits = currencyDigits(currency);
  return {
    linkGraceMonths: readWhole(values.linkGraceMonths),
    eventGraceMonths: readWhole(values.eventGraceMonths),
    atRiskWindowDays: readWhole(values.atRiskWindowDays),
    weights: Object.fromEntries(
      indexComponentKeys.map((key) => [key, readWhole(values.weights[key])]),
    ) as UtilitySettingsInput['weights'],
    targets: {
      resourcesPerInhabitantMinor: readMajor(values.resourcesPerInhabitant, digits),
      beneficiaryPercent: readWhole(values.beneficiaryPercent),
      investmentPerInhabitantMinor: readMajor(values.investmentPerInhabitant, digits),
      jobsPer100k: readWhole(values.jobsPer100k),
      reachPercent: readWhole(values.reachPercent),
    },
  };
}

// The form's field names for the money targets differ from the contract's (major vs minor units).
function mapPath(path: string): string {
  if (path === 'targets.resourcesPerInhabitantMinor') return 'resourcesPerInhabitant';
  if (path === 'targets.investmentPerInhabitantMinor') return 'investmentPerInhabitant';
  if (path.startsWith('targets.')) return path.slice('targets.'.length);
  return path;
}

/** Admins set the grace periods of the verdict, the weights of the index and its targets. */
export function UtilitySettingsPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const query = useUtilitySettings();
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/utility/method">{t('utility.method.title')}</Link>
      </p>
      <PageHeader title={t('utility.settings.title')} description={t('utility.settings.intro')} />
      {!isAdmin ? (
        <EmptyState
          title={t('utility.settings.adminOnlyTitle')}
          description={t('utility.settings.adminOnlyText')}
        />
      ) : null}
      {isAdmin && query.isLoading ? <Loading /> : null}
      {isAdmin && query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {isAdmin && query.data ? (
        <SettingsForm key={query.data.version} settings={query.data} onReload={() => void query.refetch()} />
      ) : null}
    </div>
  );
}

function SettingsForm({ settings, onReload }: { settings: UtilitySettings; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { showToast } = useToast();
  const save = useSaveUtilitySettings();
  const query = useUtilitySettings();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const currency = settings.reportingCurrency;
  const form = useForm<SettingsValues, unknown, UtilitySettingsInput>({
    defaultValues: toValues(settings),
    mode: 'onTouched',
    resolver: contractResolver(utilitySettingsInputSchema, (values) => toInput(values, currency), {
      mapPath,
    }),
  });
  const { errors, isSubmitting } = form.formState;
  const weights = useWatch({ control: form.control, name: 'weights' });
  const sum = indexComponentKeys.reduce((total, key) => total + (readWhole(weights[key]) || 0), 0);

  const send = async (body: UtilitySettingsInput, version: number) => {
    setSubmitError(null);
    // Each weight says the sum is wrong, before asking the server (which checks it too).
    const total = indexComponentKeys.reduce((sum, key) => sum + body.weights[key], 0);
    if (total !== 100) {
      const message = t('utility.settings.weightsMustSum', { sum: formatNumber(total, language) });
      indexComponentKeys.forEach((key, index) => {
        form.setError(`weights.${key}`, { type: 'sum', message }, { shouldFocus: index === 0 });
      });
      return;
    }
    try {
      await save.mutateAsync({ ...body, version });
      showToast(t('utility.settings.saved'));
    } catch (error) {
      if (!isVersionConflict(error)) applyServerErrors(error, form.setError, mapPath);
      setSubmitError(error);
    }
  };
  const submit = form.handleSubmit((body) => send(body, settings.version));
  // Keep what the admin typed and save it over the version someone else saved meanwhile.
  const overwrite = form.handleSubmit(async (body) => {
    const latest = await query.refetch();
    await send(body, latest.data?.version ?? settings.version);
  });

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} onReload={onReload} onOverwrite={() => void overwrite()} />
      {settings.isDefault ? <p className="alert alert-info">{t('utility.settings.defaultsNotice')}</p> : null}
      <fieldset className="fieldset">
        <legend>{t('utility.settings.graceLegend')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('utility.settings.linkGraceMonths')}
            hint={t('utility.settings.linkGraceHint')}
            inputMode="numeric"
            isRequired
            error={errors.linkGraceMonths}
            {...form.register('linkGraceMonths')}
          />
          <TextInput
            label={t('utility.settings.eventGraceMonths')}
            hint={t('utility.settings.eventGraceHint')}
            inputMode="numeric"
            isRequired
            error={errors.eventGraceMonths}
            {...form.register('eventGraceMonths')}
          />
          <TextInput
            label={t('utility.settings.atRiskWindowDays')}
            hint={t('utility.settings.atRiskWindowHint')}
            inputMode="numeric"
            isRequired
            error={errors.atRiskWindowDays}
            {...form.register('atRiskWindowDays')}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('utility.settings.weightsLegend')}</legend>
        <p className="field-hint">{t('utility.settings.weightsHint')}</p>
        <div className="form-grid">
          {indexComponentKeys.map((key) => (
            <TextInput
              key={key}
              label={t(`utility.components.${key}`)}
              inputMode="numeric"
              isRequired
              error={errors.weights?.[key]}
              {...form.register(`weights.${key}`)}
            />
          ))}
        </div>
        <p className={`weights-total ${sum === 100 ? '' : 'weights-total-invalid'}`} aria-live="polite">
          {t('utility.settings.weightsTotal', { sum: formatNumber(sum, language) })}
        </p>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('utility.settings.targetsLegend')}</legend>
        <p className="field-hint">{t('utility.settings.targetsHint')}</p>
        <div className="form-grid">
          <TextInput
            label={t('utility.settings.resourcesPerInhabitant', { currency })}
            hint={t('utility.settings.resourcesHint')}
            inputMode="decimal"
            isRequired
            error={errors.resourcesPerInhabitant}
            {...form.register('resourcesPerInhabitant')}
          />
          <TextInput
            label={t('utility.settings.beneficiaryPercent')}
            hint={t('utility.settings.beneficiaryHint')}
            inputMode="numeric"
            isRequired
            error={errors.beneficiaryPercent}
            {...form.register('beneficiaryPercent')}
          />
          <TextInput
            label={t('utility.settings.investmentPerInhabitant', { currency })}
            inputMode="decimal"
            isRequired
            error={errors.investmentPerInhabitant}
            {...form.register('investmentPerInhabitant')}
          />
          <TextInput
            label={t('utility.settings.jobsPer100k')}
            inputMode="numeric"
            isRequired
            error={errors.jobsPer100k}
            {...form.register('jobsPer100k')}
          />
          <TextInput
            label={t('utility.settings.reachPercent')}
            hint={t('utility.settings.reachHint')}
            inputMode="numeric"
            isRequired
            error={errors.reachPercent}
            {...form.register('reachPercent')}
          />
        </div>
      </fieldset>
      {settings.updatedAt ? (
        <p className="muted">
          {t('utility.settings.lastSaved', { date: formatDateTime(settings.updatedAt, language) })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('common.saveChanges')}
        </button>
      </div>
    </form>
  );
}
