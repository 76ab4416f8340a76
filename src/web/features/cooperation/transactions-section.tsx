import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Funding, Transaction } from '../../../contracts/funding';
import { describeError } from '../../lib/form-errors';
import { formatDate, formatMoney } from '../../lib/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { type Column, DataTable } from '../../ui/data-table';
import type { SelectOption } from '../../ui/field';
import { Badge, EmptyState } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernmentProfile } from '../territory/use-territory';
import { transactionToFormValues } from './funding-values';
import { TransactionForm } from './transaction-form';
import { useRemoveTransaction, useSaveTransaction } from './use-funding';

type Props = {
  funding: Funding;
  canEdit: boolean;
  currencyOptions: SelectOption[];
  partnerOptions: SelectOption[];
};

/** The money that moved, in its own currency and converted to the reporting one with the rate used. */
export function TransactionsSection({ funding, canEdit, currencyOptions, partnerOptions }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { showToast } = useToast();
  const timeZone = useGovernmentProfile().data?.timezone;
  const saveTransaction = useSaveTransaction(funding.initiativeId);
  const removeTransaction = useRemoveTransaction(funding.initiativeId);
  const [editing, setEditing] = useState<Transaction | 'new' | null>(null);
  const [removing, setRemoving] = useState<Transaction | null>(null);
  const reporting = funding.reportingCurrency;
  const rate = (value: string) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(Number(value));
  const columns: Column<Transaction>[] = [
    {
      key: 'type',
      header: t('funding.transactions.type'),
      isRowHeader: true,
      render: (row) => t(`funding.transactionType.${row.type}`),
    },
    {
      key: 'date',
      header: t('funding.transactions.transactionDate'),
      render: (row) => formatDate(row.transactionDate, language),
    },
    {
      key: 'amount',
      header: t('funding.transactions.original'),
      isNumeric: true,
      render: (row) => formatMoney(row.amountMinor, row.currency, language),
    },
    {
      key: 'converted',
      header: t('funding.transactions.converted', { currency: reporting }),
      isNumeric: true,
      render: (row) =>
        row.reportingAmountMinor === null ? (
          <>
            <Badge tone="warning">{t('funding.transactions.noRate')}</Badge>{' '}
            <Link to="/cooperation/rates">
              {t('funding.transactions.loadRates', { currency: row.currency })}
            </Link>
          </>
        ) : (
          <>
            {formatMoney(row.reportingAmountMinor, reporting, language)}
            {row.rateUsed && row.currency !== reporting ? (
              <span className="muted cell-note">
                {t('funding.transactions.rateNote', {
                  rate: rate(row.rateUsed),
                  date: formatDate(row.rateDate, language),
                })}
              </span>
            ) : null}
          </>
        ),
    },
    {
      key: 'parties',
      header: t('funding.transactions.parties'),
      render: (row) => [row.providerName, row.receiverName].map((name) => name ?? '—').join(' → '),
    },
    { key: 'reference', header: t('funding.transactions.reference'), render: (row) => row.reference ?? '—' },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            render: (row: Transaction) => (
              <div className="button-row">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setEditing(row)}
                >
                  {t('common.edit')}
                  <span className="visually-hidden">
                    {' '}
                    — {t(`funding.transactionType.${row.type}`)} {formatDate(row.transactionDate, language)}
                  </span>
                </button>
                <button
                  type="button"
                  className="button button-danger-outline button-small"
                  onClick={() => setRemoving(row)}
                >
                  {t('funding.remove')}
                  <span className="visually-hidden">
                    {' '}
                    — {t(`funding.transactionType.${row.type}`)} {formatDate(row.transactionDate, language)}
                  </span>
                </button>
              </div>
            ),
          },
        ]
      : []),
  ];
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  return (
    <section className="section" aria-labelledby="funding-transactions-title">
      <h3 id="funding-transactions-title">{t('funding.transactions.title')}</h3>
      {funding.transactions.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t('funding.transactions.emptyTitle')}
          description={t('funding.transactions.emptyText')}
        />
      ) : (
        <DataTable
          caption={t('funding.transactions.caption', { count: funding.transactions.length })}
          columns={columns}
          rows={funding.transactions}
          rowKey={(row) => row.id}
        />
      )}
      {canEdit && editing === null ? (
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('funding.transactions.add')}
        </button>
      ) : null}
      {editing !== null ? (
        <TransactionForm
          key={current?.id ?? 'new'}
          title={current ? t('funding.transactions.editTitle') : t('funding.transactions.addTitle')}
          defaultValues={transactionToFormValues(language, reporting, current, { timeZone })}
          currencyOptions={currencyOptions}
          partnerOptions={partnerOptions}
          submitLabel={current ? t('common.saveChanges') : t('funding.transactions.add')}
          onCancel={() => setEditing(null)}
          onSubmit={async (body) => {
            await saveTransaction.mutateAsync({
              transactionId: current?.id,
              body,
              version: current?.version,
            });
            showToast(current ? t('funding.transactions.updated') : t('funding.transactions.added'));
            setEditing(null);
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('funding.transactions.removeTitle')}
        description={
          removing
            ? t('funding.transactions.removeText', {
                amount: formatMoney(removing.amountMinor, removing.currency, language),
              })
            : undefined
        }
        confirmLabel={t('funding.remove')}
        isDanger
        isPending={removeTransaction.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          removeTransaction.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              showToast(t('funding.transactions.removed'));
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
