import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../contracts/funding';
import { formValuesToTransactionInput, transactionToFormValues } from './funding-values';

const stored = {
  id: '00000000-0000-4000-8000-000000000001',
  initiativeId: '00000000-0000-4000-8000-000000000002',
  type: '3',
  transactionDate: '2024-08-30',
  valueDate: '2024-08-30',
  amountMinor: 150_000,
  currency: 'USD',
} as Transaction;

describe('transaction form values', () => {
  it('leaves the value date empty on a new transaction, so the server uses the transaction date', () => {
    const values = transactionToFormValues('es', 'COP', '2026-11-30');
    expect(values.valueDate).toBe('');
    const input = formValuesToTransactionInput({ ...values, transactionDate: '2024-08-30', amount: '10' });
    expect(input).toMatchObject({ transactionDate: '2024-08-30', valueDate: null });
  });

  it('shows a stored value date only when it differs from the transaction date', () => {
    expect(transactionToFormValues('es', 'COP', '2026-11-30', stored).valueDate).toBe('');
    expect(
      transactionToFormValues('es', 'COP', '2026-11-30', { ...stored, valueDate: '2024-09-02' }).valueDate,
    ).toBe('2024-09-02');
  });

  it("pre-fills the transaction date with the government's today (useGovernmentToday), never UTC's", () => {
    // The caller passes the government's calendar day: 28 February in Medellín at 01:00 UTC on 1 March.
    expect(transactionToFormValues('es', 'COP', '2025-02-28')).toMatchObject({
      transactionDate: '2025-02-28',
      valueDate: '',
    });
  });
});
