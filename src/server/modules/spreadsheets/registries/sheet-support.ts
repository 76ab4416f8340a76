// What the registries of initiatives, cooperation, agenda, investment, diplomacy and the audit trail
// share on their way to a spreadsheet: money as a decimal amount beside its currency, and the stubs
// of a registry that only exports.
import { decimalStringToMinor, minorToDecimalString } from '../../../../domain/money';
import type { RecordInput, Resolution } from '../sheet-registry';

/** Minor units as the amount a person reads in a cell (1250050 EUR → 12500.5). */
export function moneyCell(minor: number | null | undefined, currency: string | null | undefined) {
  if (minor === null || minor === undefined) return null;
  return currency ? Number(minorToDecimalString(minor, currency)) : minor;
}

/**
 * An amount read from a cell back to minor units in its currency, by decimal text (never float
 * arithmetic); what cannot be read is passed on so that the contract names the problem.
 */
export function moneyInput(value: unknown, currency: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return value;
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  if (/e/i.test(text)) return value;
  return decimalStringToMinor(text, currency) ?? value;
}

/** Registries that go out to spreadsheets only: any file sent back is refused, row by row, changing nothing. */
export function exportOnly() {
  return {
    isExportOnly: true,
    toInput(record: { rows: { rowNumber: number }[] }): RecordInput<never> {
      const row = record.rows[0]?.rowNumber ?? 0;
      return {
        id: null,
        input: null,
        issues: [{ row, field: null, key: 'validation.sheetExportOnly' }],
        identities: [],
        label: '—',
      };
    },
    async resolve(): Promise<Resolution<never>[]> {
      return [];
    },
    changes: () => [],
    async add() {},
    async update() {},
  };
}

/** Keyset batches over any ordered query: `fetch` gets the last row of the previous batch. */
export async function* keysetBatches<Row>(
  fetch: (after: Row | null, limit: number) => Promise<Row[]>,
  limit = 1000,
): AsyncIterable<Row[]> {
  let after: Row | null = null;
  for (;;) {
    const batch = await fetch(after, limit);
    if (batch.length > 0) yield batch;
    if (batch.length < limit) return;
    after = batch[batch.length - 1] ?? null;
  }
}
