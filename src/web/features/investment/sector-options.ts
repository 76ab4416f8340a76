import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../ui/field';
import { commonSectors } from './lead-values';

/** The curated investment sectors as options "Name (DAC code)"; an extra code in use is kept as is. */
export function useSectorOptions(extraCode?: string): SelectOption[] {
  const { t } = useTranslation();
  const options: SelectOption[] = commonSectors.map((code) => ({
    value: code,
    label: `${t(`investment.sectors.${code}`)} (${code})`,
  }));
  if (extraCode && !(commonSectors as readonly string[]).includes(extraCode))
    options.push({ value: extraCode, label: t('investment.sectorCode', { code: extraCode }) });
  return options;
}
