import type { MirRow } from '../../../contracts/initiatives';

export type LabelledMirRow = { row: MirRow; label: string };

const byPosition = (a: MirRow, b: MirRow) => a.position - b.position || a.id.localeCompare(b.id);

/**
 * The matrix in the CONEVAL reading order: Fin, Propósito, then each component (C1, C2…) followed by
 * its activities (A1.1, A1.2…). Activities without a component come last (A0.1…) so none is hidden.
 */
export function orderMirRows(rows: MirRow[], names: { goal: string; purpose: string }): LabelledMirRow[] {
  const ordered: LabelledMirRow[] = [];
  for (const row of rows.filter((item) => item.level === 'goal').sort(byPosition))
    ordered.push({ row, label: names.goal });
  for (const row of rows.filter((item) => item.level === 'purpose').sort(byPosition))
    ordered.push({ row, label: names.purpose });
  const components = rows.filter((item) => item.level === 'component').sort(byPosition);
  const activities = rows.filter((item) => item.level === 'activity').sort(byPosition);
  components.forEach((component, index) => {
    ordered.push({ row: component, label: `C${index + 1}` });
    activities
      .filter((activity) => activity.parentId === component.id)
      .forEach((activity, activityIndex) => {
        ordered.push({ row: activity, label: `A${index + 1}.${activityIndex + 1}` });
      });
  });
  const componentIds = new Set(components.map((component) => component.id));
  activities
    .filter((activity) => !activity.parentId || !componentIds.has(activity.parentId))
    .forEach((activity, index) => {
      ordered.push({ row: activity, label: `A0.${index + 1}` });
    });
  return ordered;
}
