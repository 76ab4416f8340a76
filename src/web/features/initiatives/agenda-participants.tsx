import {
  type Control,
  Controller,
  type FieldErrors,
  type UseFormRegister,
  useFieldArray,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  budgetSources,
  departmentRoles,
  type InitiativeInput,
  initiativePartnerRoles,
} from '../../../contracts/initiatives';
import { enumLabel, enumOptions } from '../../lib/enum-options';
import { translateMessage } from '../../lib/form-errors';
import { useCodelistOptions } from '../../lib/use-codelist';
import { CheckboxGroup, Select, TextInput } from '../../ui/field';
import { useDepartments } from '../departments/use-departments';
import { useLinks } from '../links/use-links';
import { PartnerPicker } from '../partners/partner-picker';
import { useGovernmentProfile } from '../territory/use-territory';
import type { AgendaValues } from './agenda-values';

type FieldsetProps = {
  control: Control<AgendaValues, unknown, InitiativeInput>;
  register: UseFormRegister<AgendaValues>;
  errors: FieldErrors<AgendaValues>;
  isReadOnly: boolean;
};

/** Instruments: the government's links (agreements, memberships) this initiative puts to work. */
export function InstrumentsFieldset({ control, isReadOnly }: Pick<FieldsetProps, 'control' | 'isReadOnly'>) {
  const { t } = useTranslation();
  const links = useLinks({ pageSize: 200, sort: 'title', direction: 'asc' });
  return (
    <fieldset className="fieldset" disabled={isReadOnly}>
      <legend>{t('initiatives.sections.instruments')}</legend>
      <p className="field-hint">{t('initiatives.hints.instruments')}</p>
      <Controller
        control={control}
        name="linkIds"
        render={({ field }) =>
          (links.data?.items ?? []).length === 0 ? (
            <p className="muted">{t('initiatives.noLinks')}</p>
          ) : (
            <CheckboxGroup
              legend={t('initiatives.fields.links')}
              options={(links.data?.items ?? []).map((link) => ({
                value: link.id,
                label: `${link.title} (${enumLabel(t, 'linkStatus', link.status)})`,
              }))}
              value={field.value}
              onChange={field.onChange}
            />
          )
        }
      />
    </fieldset>
  );
}

/** Resources: budget lines by source, each amount in its own currency (typed with comma or point). */
export function BudgetFieldset({ control, register, errors, isReadOnly }: FieldsetProps) {
  const { t } = useTranslation();
  const currencies = useCodelistOptions('currencies', true);
  const profile = useGovernmentProfile();
  const lines = useFieldArray({ control, name: 'budget' });
  return (
    <fieldset className="fieldset" disabled={isReadOnly}>
      <legend>{t('initiatives.sections.budget')}</legend>
      {lines.fields.length === 0 ? <p className="muted">{t('initiatives.noBudget')}</p> : null}
      {lines.fields.map((line, index) => (
        <fieldset key={line.id} className="nested-fieldset">
          <legend>{t('initiatives.budgetLine', { number: index + 1 })}</legend>
          <div className="form-grid">
            <Select
              label={t('initiatives.fields.budgetSource')}
              options={enumOptions(t, 'budgetSource', budgetSources)}
              error={errors.budget?.[index]?.source}
              {...register(`budget.${index}.source`)}
            />
            <TextInput
              label={t('initiatives.fields.amount')}
              inputMode="decimal"
              hint={t('initiatives.hints.amount')}
              error={errors.budget?.[index]?.amount}
              {...register(`budget.${index}.amount`)}
            />
            <Select
              label={t('initiatives.fields.currency')}
              options={currencies.options}
              error={errors.budget?.[index]?.currency}
              {...register(`budget.${index}.currency`)}
            />
            <TextInput
              label={t('initiatives.fields.budgetDescription')}
              error={errors.budget?.[index]?.description}
              {...register(`budget.${index}.description`)}
            />
          </div>
          {isReadOnly ? null : (
            <button
              type="button"
              className="button button-danger-outline button-small"
              onClick={() => lines.remove(index)}
            >
              {t('initiatives.removeBudgetLine', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {isReadOnly ? null : (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() =>
            lines.append({
              source: 'own',
              amount: '',
              currency: profile.data?.reportingCurrency ?? 'COP',
              description: '',
            })
          }
        >
          {t('initiatives.addBudgetLine')}
        </button>
      )}
    </fieldset>
  );
}

/** Partners involved and the role each plays (funder, implementer...). */
export function PartnersFieldset({
  control,
  register,
  isReadOnly,
}: Pick<FieldsetProps, 'control' | 'register' | 'isReadOnly'>) {
  const { t } = useTranslation();
  const partners = useFieldArray({ control, name: 'partners' });
  return (
    <fieldset className="fieldset" disabled={isReadOnly}>
      <legend>{t('initiatives.sections.partners')}</legend>
      {partners.fields.length === 0 ? <p className="muted">{t('initiatives.noPartners')}</p> : null}
      <ul className="item-list">
        {partners.fields.map((partner, index) => (
          <li key={partner.id} className="item-row">
            <span className="item-title">{partner.name}</span>
            <Select
              label={t('initiatives.fields.partnerRole', { name: partner.name })}
              className="field-inline"
              options={enumOptions(t, 'initiativePartnerRole', initiativePartnerRoles)}
              {...register(`partners.${index}.role`)}
            />
            {isReadOnly ? null : (
              <button
                type="button"
                className="button button-danger-outline button-small"
                onClick={() => partners.remove(index)}
              >
                {t('initiatives.removePartner', { name: partner.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {isReadOnly ? null : (
        <PartnerPicker
          label={t('initiatives.addPartner')}
          excludeIds={partners.fields.map((partner) => partner.partnerId)}
          onPick={(partner) =>
            partners.append({ partnerId: partner.id, name: partner.name, role: 'counterpart' })
          }
        />
      )}
    </fieldset>
  );
}

/** Departments (dependencias) taking part: one leads, the others participate. */
export function DepartmentsFieldset({ control, register, errors, isReadOnly }: FieldsetProps) {
  const { t } = useTranslation();
  const departments = useDepartments({ pageSize: 200 });
  const rows = useFieldArray({ control, name: 'departments' });
  const options = (departments.data?.items ?? []).map((department) => ({
    value: department.id,
    label: department.name,
  }));
  return (
    <fieldset className="fieldset" disabled={isReadOnly}>
      <legend>{t('initiatives.sections.departments')}</legend>
      {rows.fields.length === 0 ? <p className="muted">{t('initiatives.noDepartments')}</p> : null}
      {rows.fields.map((row, index) => (
        <div key={row.id} className="form-grid">
          <Select
            label={t('initiatives.fields.departmentNumber', { number: index + 1 })}
            placeholder={t('common.none')}
            options={options}
            error={errors.departments?.[index]?.departmentId}
            {...register(`departments.${index}.departmentId`)}
          />
          <Select
            label={t('initiatives.fields.departmentRole', { number: index + 1 })}
            options={enumOptions(t, 'departmentRole', departmentRoles)}
            {...register(`departments.${index}.role`)}
          />
          {isReadOnly ? null : (
            <button
              type="button"
              className="button button-danger-outline button-small"
              onClick={() => rows.remove(index)}
            >
              {t('initiatives.removeDepartment', { number: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {errors.departments?.message ? (
        <p className="field-error">{translateMessage(t, errors.departments.message)}</p>
      ) : null}
      {isReadOnly ? null : (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() =>
            rows.append({ departmentId: '', role: rows.fields.length === 0 ? 'lead' : 'participant' })
          }
        >
          {t('initiatives.addDepartment')}
        </button>
      )}
    </fieldset>
  );
}
