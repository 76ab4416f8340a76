import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { budgetInputSchema, type Funding } from '../../../contracts/funding';
import { applyServerErrors, contractResolver, describeError } from '../../lib/form-errors';
import { formatDate, formatMoney } from '../../lib/format';
import { parseAmountToMinor } from '../../lib/money';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DataTable } from '../../ui/data-table';
import { Select, type SelectOption, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { EmptyState } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { digitsOf } from './demand-values';
import { useAddBudget, useRemoveBudget } from './use-funding';

type Budget = Funding['budgets'][number];
type BudgetOutput = z.output<typeof budgetInputSchema>;
type BudgetFormValues = {
  kind: 'original' | 'revised';
  status: 'indicative' | 'committed';
  periodStart: string;
  periodEnd: string;
  amount: string;
  currency: string;
  valueDate: string;
};

function toInput(values: BudgetFormValues): unknown {
  const parsed = parseAmountToMinor(values.amount, digitsOf(values.currency));
  return {
    ...values,
    amount: undefined,
    amountMinor: parsed.ok ? parsed.minor : null,
    valueDate: values.valueDate || values.periodStart,
  };
}

type Props = { funding: Funding; canEdit: boolean; currencyOptions: SelectOption[] };

/** The planned money by period, as IATI budgets: original or revised, indicative or committed. */
export function BudgetsSection({ funding, canEdit, currencyOptions }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { showToast } = useToast();
  const addBudget = useAddBudget(funding.initiativeId);
  const removeBudget = useRemoveBudget(funding.initiativeId);
  const [isAdding, setIsAdding] = useState(false);
  const [removing, setRemoving] = useState<Budget | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<BudgetFormValues, unknown, BudgetOutput>({
    defaultValues: {
      kind: 'original',
      status: 'indicative',
      periodStart: '',
      periodEnd: '',
      amount: '',
      currency: funding.reportingCurrency,
      valueDate: '',
    },
    mode: 'onTouched',
    resolver: contractResolver(budgetInputSchema, toInput, {
      mapPath: (path) => (path === 'amountMinor' ? 'amount' : path),
    }),
  });
  const { register, formState } = form;
  const { errors } = formState;
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      await addBudget.mutateAsync(input);
      showToast(t('funding.budgets.added'));
      form.reset();
      setIsAdding(false);
    } catch (error) {
      applyServerErrors(error, form.setError, (path) => (path === 'amountMinor' ? 'amount' : path));
      setSubmitError(error);
    }
  });
  const period = (row: Budget) =>
    `${formatDate(row.periodStart, language)} – ${formatDate(row.periodEnd, language)}`;
  return (
    <section className="section" aria-labelledby="funding-budgets-title">
      <h3 id="funding-budgets-title">{t('funding.budgets.title')}</h3>
      {funding.budgets.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t('funding.budgets.emptyTitle')}
          description={t('funding.budgets.emptyText')}
        />
      ) : (
        <DataTable
          caption={t('funding.budgets.caption')}
          isCaptionHidden
          rows={funding.budgets}
          rowKey={(row) => row.id}
          columns={[
            { key: 'period', header: t('funding.budgets.period'), isRowHeader: true, render: period },
            {
              key: 'kind',
              header: t('funding.budgets.kind'),
              render: (row) => t(`funding.budgetKind.${row.kind}`),
            },
            {
              key: 'status',
              header: t('funding.budgets.status'),
              render: (row) => t(`funding.budgetStatus.${row.status}`),
            },
            {
              key: 'amount',
              header: t('funding.budgets.amount'),
              isNumeric: true,
              render: (row) => formatMoney(row.amountMinor, row.currency, language),
            },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    header: t('common.actions'),
                    render: (row: Budget) => (
                      <button
                        type="button"
                        className="button button-danger-outline button-small"
                        onClick={() => setRemoving(row)}
                      >
                        {t('funding.remove')}
                        <span className="visually-hidden"> — {period(row)}</span>
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canEdit && !isAdding ? (
        <button type="button" className="button button-secondary" onClick={() => setIsAdding(true)}>
          {t('funding.budgets.add')}
        </button>
      ) : null}
      {isAdding ? (
        <form onSubmit={submit} noValidate className="form inline-form" aria-label={t('funding.budgets.add')}>
          <FormAlert error={submitError} />
          <div className="form-grid">
            <TextInput
              type="date"
              label={t('funding.budgets.periodStart')}
              isRequired
              error={errors.periodStart}
              {...register('periodStart')}
            />
            <TextInput
              type="date"
              label={t('funding.budgets.periodEnd')}
              isRequired
              error={errors.periodEnd}
              {...register('periodEnd')}
            />
            <TextInput
              label={t('funding.budgets.amount')}
              hint={t('cooperation.hints.amount')}
              isRequired
              inputMode="decimal"
              error={errors.amount}
              {...register('amount')}
            />
            <Select
              label={t('cooperation.fields.currency')}
              options={currencyOptions}
              error={errors.currency}
              {...register('currency')}
            />
            <Select
              label={t('funding.budgets.kind')}
              options={(['original', 'revised'] as const).map((value) => ({
                value,
                label: t(`funding.budgetKind.${value}`),
              }))}
              {...register('kind')}
            />
            <Select
              label={t('funding.budgets.status')}
              options={(['indicative', 'committed'] as const).map((value) => ({
                value,
                label: t(`funding.budgetStatus.${value}`),
              }))}
              {...register('status')}
            />
            <TextInput
              type="date"
              label={t('funding.budgets.valueDate')}
              hint={t('funding.budgets.valueDateHint')}
              error={errors.valueDate}
              {...register('valueDate')}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('common.saving') : t('funding.budgets.add')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIsAdding(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('funding.budgets.removeTitle')}
        description={removing ? period(removing) : undefined}
        confirmLabel={t('funding.remove')}
        isDanger
        isPending={removeBudget.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          removeBudget.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              showToast(t('funding.budgets.removed'));
            },
            onError: (error) => {
              setRemoving(null);
              showToast(describeError(t, error), 'error');
            },
          });
        }}
      />
    </section>
  );
}
