import { describe, expect, it } from 'vitest';
import { parsePlanCsv } from './development-plan';

describe('development plan import', () => {
  it('reads axes and programmes from a Spanish Excel export with semicolons, accents and a BOM', () => {
    const csv =
      '\uFEFFEje código;Eje nombre;Programa código;Programa nombre\n' +
      '1;Medellín, ciudad que cuida;1.1;Salud pública\n' +
      '1;Medellín, ciudad que cuida;1.2;Seguridad alimentaria\n' +
      '2;Ecociudad;;\n';
    const plan = parsePlanCsv(csv);
    expect(plan.issues).toEqual([]);
    expect(plan.axes).toEqual([
      { code: '1', name: 'Medellín, ciudad que cuida', sortOrder: 1 },
      { code: '2', name: 'Ecociudad', sortOrder: 2 },
    ]);
    expect(plan.programmes.map((programme) => [programme.code, programme.parentCode])).toEqual([
      ['1.1', '1'],
      ['1.2', '1'],
    ]);
  });

  it('accepts English headers and commas', () => {
    const plan = parsePlanCsv(
      'axis_code,axis_name,programme_code,programme_name\nA,Growth,A.1,"Jobs, skills"\n',
    );
    expect(plan.issues).toEqual([]);
    expect(plan.programmes[0]).toMatchObject({ code: 'A.1', name: 'Jobs, skills', parentCode: 'A' });
  });

  it('names the line and the column of every problem', () => {
    const csv =
      'eje_codigo,eje_nombre,programa_codigo,programa_nombre\n' +
      '1,Ciudad que cuida,1.1,Salud\n' +
      ',Sin código,,\n' +
      '1,Otro nombre del eje,1.1,\n';
    const plan = parsePlanCsv(csv);
    expect(plan.issues).toEqual([
      { line: 3, column: 'eje_codigo', key: 'validation.invalidTermCode' },
      { line: 4, column: 'eje_nombre', key: 'validation.planAxisNameDiffers' },
      { line: 4, column: 'programa_nombre', key: 'validation.required' },
      { line: 4, column: 'programa_codigo', key: 'validation.planDuplicateCode' },
    ]);
  });

  it('refuses a file without the axis columns, or with too many rows, before reading rows', () => {
    expect(parsePlanCsv('nombre,valor\nx,1\n').issues.map((issue) => issue.key)).toEqual([
      'validation.csvMissingColumn',
      'validation.csvMissingColumn',
    ]);
    const many = `eje_codigo,eje_nombre\n${Array.from({ length: 2_100 }, (_, i) => `${i},Eje ${i}`).join('\n')}`;
    expect(parsePlanCsv(many).issues).toEqual([
      { line: 2_002, column: '', key: 'validation.csvTooManyRows' },
    ]);
  });
});
