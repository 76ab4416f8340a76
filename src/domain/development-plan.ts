import { parse } from 'csv-parse/sync';

/**
 * The local development plan as a spreadsheet, the way planning offices keep it: one row per programme
 * with its axis (eje) in the first columns; an axis without programmes takes a row of its own.
 * Headers may be Spanish, English or Portuguese; the separator may be a comma or a semicolon (Excel
 * in Spanish saves with semicolons).
 */
export type PlanRow = {
  axisCode: string;
  axisName: string;
  programmeCode: string | null;
  programmeName: string | null;
};
export type PlanParseIssue = { line: number; column: string; key: string };
export type ParsedPlan = {
  axes: { code: string; name: string; sortOrder: number }[];
  programmes: { code: string; name: string; parentCode: string; sortOrder: number }[];
  issues: PlanParseIssue[];
};

const headerAliases: Record<keyof PlanRow, string[]> = {
  axisCode: ['eje_codigo', 'codigo_eje', 'axis_code', 'eixo_codigo', 'codigo_eixo'],
  axisName: ['eje_nombre', 'eje', 'nombre_eje', 'axis_name', 'axis', 'eixo_nome', 'eixo'],
  programmeCode: ['programa_codigo', 'codigo_programa', 'programme_code', 'program_code'],
  programmeName: [
    'programa_nombre',
    'programa',
    'nombre_programa',
    'programme_name',
    'program_name',
    'programa_nome',
  ],
};

const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const maxPlanRows = 2_000;
const maxNameLength = 200;

function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Parses and checks a plan file; never throws on bad content, it reports each problem by line and column. */
export function parsePlanCsv(text: string): ParsedPlan {
  const result: ParsedPlan = { axes: [], programmes: [], issues: [] };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      to: maxPlanRows + 2,
    }) as string[][];
  } catch {
    result.issues.push({ line: 1, column: '', key: 'validation.csvUnreadable' });
    return result;
  }
  const [header, ...rows] = records;
  if (!header) {
    result.issues.push({ line: 1, column: '', key: 'validation.csvEmpty' });
    return result;
  }
  const names = header.map(normaliseHeader);
  const indexOf = (field: keyof PlanRow) => names.findIndex((name) => headerAliases[field].includes(name));
  const columns = {
    axisCode: indexOf('axisCode'),
    axisName: indexOf('axisName'),
    programmeCode: indexOf('programmeCode'),
    programmeName: indexOf('programmeName'),
  };
  for (const field of ['axisCode', 'axisName'] as const) {
    if (columns[field] < 0)
      result.issues.push({
        line: 1,
        column: headerAliases[field][0] ?? field,
        key: 'validation.csvMissingColumn',
      });
  }
  if (result.issues.length > 0) return result;
  if (rows.length > maxPlanRows) {
    result.issues.push({ line: maxPlanRows + 2, column: '', key: 'validation.csvTooManyRows' });
    return result;
  }
  const axisNames = new Map<string, string>();
  const programmeCodes = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const cell = (field: keyof PlanRow) => (columns[field] >= 0 ? (row[columns[field]] ?? '').trim() : '');
    const axisCode = cell('axisCode');
    const axisName = cell('axisName');
    const programmeCode = cell('programmeCode');
    const programmeName = cell('programmeName');
    const problems: PlanParseIssue[] = [];
    if (!codePattern.test(axisCode))
      problems.push({ line, column: 'eje_codigo', key: 'validation.invalidTermCode' });
    if (!axisName) problems.push({ line, column: 'eje_nombre', key: 'validation.required' });
    if (axisName.length > maxNameLength)
      problems.push({ line, column: 'eje_nombre', key: 'validation.tooLong' });
    if (axisName && axisNames.has(axisCode) && axisNames.get(axisCode) !== axisName) {
      problems.push({ line, column: 'eje_nombre', key: 'validation.planAxisNameDiffers' });
    }
    if (programmeCode || programmeName) {
      if (!codePattern.test(programmeCode)) {
        problems.push({ line, column: 'programa_codigo', key: 'validation.invalidTermCode' });
      }
      if (!programmeName) problems.push({ line, column: 'programa_nombre', key: 'validation.required' });
      if (programmeName.length > maxNameLength) {
        problems.push({ line, column: 'programa_nombre', key: 'validation.tooLong' });
      }
      if (programmeCodes.has(programmeCode)) {
        problems.push({ line, column: 'programa_codigo', key: 'validation.planDuplicateCode' });
      }
    }
    if (problems.length > 0) {
      result.issues.push(...problems);
      return;
    }
    if (!axisNames.has(axisCode)) {
      axisNames.set(axisCode, axisName);
      result.axes.push({ code: axisCode, name: axisName, sortOrder: result.axes.length + 1 });
    }
    if (programmeCode) {
      programmeCodes.add(programmeCode);
      result.programmes.push({
        code: programmeCode,
        name: programmeName,
        parentCode: axisCode,
        sortOrder: result.programmes.length + 1,
      });
    }
  });
  return result;
}
