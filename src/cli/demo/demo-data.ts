import { buildCdmx } from './cdmx';
import type { DemoGovernment } from './demo-types';
import { buildMedellin } from './medellin';

export { loadCdmxAlcaldias } from './cdmx-alcaldias';
export type { DemoGovernment, DemoLink, DemoPartner, DemoRelation, DemoUser } from './demo-types';

/**
 * The demo dataset used by `vinculo seed --demo` and `npm start`: Medellín and Ciudad de México with
 * their real territorial units, sister cities and international partners. Dates are computed from
 * `today`, so that every seed shows agreements about to expire and others long expired.
 */
export function buildDemoGovernments(today: Date): DemoGovernment[] {
  return [buildMedellin(today), buildCdmx(today)];
}
