import type { SheetRegistry } from '../../../contracts/spreadsheets';
import { activitySheets } from './registries/activity.sheets';
import { departmentsSheet } from './registries/departments.sheet';
import { linksSheet } from './registries/links.sheet';
import { partnersSheet } from './registries/partners.sheet';
import { territorialUnitsSheet } from './registries/territorial-units.sheet';
import type { AnySheetRegistry } from './sheet-registry';

/** Every registry that goes out to and comes back from spreadsheets. */
export const sheetRegistryDefinitions: Partial<Record<SheetRegistry, AnySheetRegistry>> = {
  partners: partnersSheet,
  links: linksSheet,
  departments: departmentsSheet,
  'territorial-units': territorialUnitsSheet,
  ...activitySheets,
};
