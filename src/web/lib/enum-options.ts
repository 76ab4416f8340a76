import type { TFunction } from 'i18next';
import type { SelectOption } from '../ui/field';

/** Options for a closed vocabulary of the contracts, labelled from enums.<group>.<value> in the i18n files. */
export function enumOptions(t: TFunction, group: string, values: readonly string[]): SelectOption[] {
  return values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
}

export function enumLabel(t: TFunction, group: string, value: string | null | undefined): string {
  if (!value) return '—';
  return t(`enums.${group}.${value}`, { defaultValue: value });
}
