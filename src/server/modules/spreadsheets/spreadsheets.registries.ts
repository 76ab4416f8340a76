import type { SheetRegistry } from '../../../contracts/spreadsheets';
import { activitySheets } from './registries/activity.sheets';
import { partnersSheet } from './registries/partners.sheet';
import type { AnySheetRegistry } from './sheet-registry';

/** Every registry that goes out to and comes back from spreadsheets. */
export const sheetRegistryDefinitions: Partial<Record<SheetRegistry, AnySheetRegistry>> = {
  partners: partnersSheet,
  ...activitySheets,
};
