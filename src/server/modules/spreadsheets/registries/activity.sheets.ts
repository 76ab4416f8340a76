import type { SheetRegistry } from '../../../../contracts/spreadsheets';
import type { AnySheetRegistry } from '../sheet-registry';
import { auditSheet } from './audit.sheet';
import { demandsSheet, offersSheet } from './cooperation.sheets';
import { indicatorsSheet } from './indicators.sheet';
import { eventsSheet, projectsSheet } from './ledgers.sheets';
import { commitmentsSheet, initiativesSheet, investmentLeadsSheet, positionsSheet } from './programme.sheets';

/** The registries of the policy cycle, cooperation, agenda, investment, diplomacy and the audit trail. */
export const activitySheets: Partial<Record<SheetRegistry, AnySheetRegistry>> = {
  audit: auditSheet,
  demands: demandsSheet,
  offers: offersSheet,
  indicators: indicatorsSheet,
  commitments: commitmentsSheet,
  'investment-leads': investmentLeadsSheet,
  positions: positionsSheet,
  initiatives: initiativesSheet,
  events: eventsSheet,
  projects: projectsSheet,
};
