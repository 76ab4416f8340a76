import { useTranslation } from 'react-i18next';
import { ChecklistPicker } from './checklist-picker';
import { searchSectors, sectorLabel } from './sectors';

type SectorPickerProps = {
  legend: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: { message?: string };
};

/** DAC purpose codes by name or number; the common ones of city cooperation before any search. */
export function SectorPicker(props: SectorPickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ChecklistPicker
      {...props}
      hint={t('cooperation.hints.sectors')}
      labelOf={(code) => sectorLabel(code, language)}
      search={(text) =>
        searchSectors(text, language).map((code) => ({ value: code, label: sectorLabel(code, language) }))
      }
    />
  );
}
