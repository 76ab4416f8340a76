import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/link-lifecycle';
import { createMember, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

function shiftDays(date: string, days: number) {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

const today = () => todayIn('America/Bogota');

async function post(client: Client, url: string, body: unknown, expected = 201) {
  const response = await client.post(url, body);
  if (response.statusCode !== expected) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A government with an admin, a department and a comuna, and an initiative in problematización. */
async function setUp() {
  const world = await createWorld(testApp.app, 'admin');
  const { client, base } = world;
  const department = await post(client, `${base}/departments`, {
    name: 'Secretaría de Seguridad y Convivencia',
    acronym: 'SSC',
  });
  const unit = await post(client, `${base}/territorial-units`, {
    code: '01',
    name: 'Popular',
    kind: 'comuna',
    population: 130_000,
  });
  const initiative = await post(client, `${base}/initiatives`, {
    title: 'Prevención de la violencia juvenil en la zona nororiental',
    strategyLine: 'international_cooperation',
    themes: ['security', 'social'],
    sdgGoals: ['16'],
    sdgTargets: ['16.1'],
    departments: [{ departmentId: department.id, role: 'lead' }],
  });
  return { ...world, department, unit, initiative };
}

const problemFields = (unitId: string) => ({
  problemStatement: 'Tasas de homicidio juvenil por encima del promedio de la ciudad.',
  problemTree: {
    causes: [
      {
        id: 'c1',
        text: 'Falta de oportunidades',
        children: [{ id: 'c1a', text: 'Deserción escolar', children: [] }],
      },
    ],
    effects: [{ id: 'e1', text: 'Homicidios de jóvenes', children: [] }],
  },
  affectedPopulation: 45_000,
  affectedPopulationDescription: 'Jóvenes de 14 a 28 años',
  territorialUnitIds: [unitId],
  agendaSetter: 'mayor',
  agendaDate: '2024-02-01',
  approach: 'bottom_up',
  approachJustification: 'Las juntas de acción comunal participan en la implementación.',
});

async function update(
  client: Client,
  base: string,
  initiative: { id: string },
  fields: Record<string, unknown>,
) {
  const current = (await client.get(`${base}/initiatives/${initiative.id}`)).json();
  const body = {
    title: current.title,
    strategyLine: current.strategyLine,
    themes: current.themes,
    sdgGoals: current.sdgGoals,
    sdgTargets: current.sdgTargets,
    departments: current.departments.map((item: { departmentId: string; role: string }) => ({
      departmentId: item.departmentId,
      role: item.role,
    })),
    territorialUnitIds: current.territorialUnits.map((unit: { id: string }) => unit.id),
    problemTree: current.problemTree,
    ...fields,
    version: current.version,
  };
  const response = await client.put(`${base}/initiatives/${initiative.id}`, body);
  if (response.statusCode !== 200) throw new Error(`update: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function move(client: Client, base: string, id: string, stage: string, reason?: string) {
  const current = (await client.get(`${base}/initiatives/${id}`)).json();
  return client.post(`${base}/initiatives/${id}/stage`, { stage, reason, version: current.version });
}

async function buildMatrix(client: Client, base: string, id: string) {
  const url = `${base}/initiatives/${id}`;
  const cell = (summary: string) => ({
    narrativeSummary: summary,
    meansOfVerification: 'Informes de Medicina Legal',
    assumptions: 'Se mantiene la financiación',
  });
  const goal = await post(client, `${url}/mir-rows`, {
    level: 'goal',
    ...cell('Contribuir a la convivencia pacífica'),
  });
  const purpose = await post(client, `${url}/mir-rows`, {
    level: 'purpose',
    ...cell('Jóvenes de la zona nororiental viven sin violencia'),
  });
  const component = await post(client, `${url}/mir-rows`, {
    level: 'component',
    ...cell('Oportunidades de empleo juvenil'),
  });
  const activityRow = await post(client, `${url}/mir-rows`, {
    level: 'activity',
    parentId: component.id,
    ...cell('Talleres de formación'),
  });
  const indicator = (mirRowId: string, extra: Record<string, unknown> = {}) => ({
    mirRowId,
    name: 'Tasa de homicidios de jóvenes por 100.000',
    unit: 'homicidios por 100.000 jóvenes',
    baselineValue: '80',
    baselineDate: '2023-12-31',
    targetValue: '40',
    targetDate: '2027-12-31',
    frequency: 'quarterly',
    direction: 'decrease',
    ...extra,
  });
  await post(client, `${url}/indicators`, indicator(goal.id));
  const purposeIndicator = await post(client, `${url}/indicators`, indicator(purpose.id));
  await post(
    client,
    `${url}/indicators`,
    indicator(component.id, {
      name: 'Jóvenes vinculados a empleo',
      unit: 'personas',
      baselineValue: '0',
      targetValue: '1200',
      direction: 'increase',
      disaggregations: ['sex', 'territorial_unit'],
    }),
  );
  return { goal, purpose, component, activityRow, purposeIndicator };
}

describe('initiatives through the policy cycle', () => {
  it('starts in problematización with its first history entry', async () => {
    const { initiative } = await setUp();
    expect(initiative).toMatchObject({ stage: 'problematization', version: 1 });
    expect(initiative.history).toHaveLength(1);
    expect(initiative.history[0]).toMatchObject({ fromStage: null, toStage: 'problematization' });
    const agendaGate = initiative.gates.find((gate: { stage: string }) => gate.stage === 'agenda');
    expect(agendaGate.isReachable).toBe(true);
    expect(agendaGate.problems.length).toBeGreaterThan(0);
  });

  it('refuses a gate with every missing item named and explained in Spanish', async () => {
    const { client, base, initiative } = await setUp();
    const response = await move(client, base, initiative.id, 'agenda');
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('gate_refused');
    expect(problem.title).toBe('La iniciativa aún no puede pasar a esa etapa');
    const byField = Object.fromEntries(
      problem.errors.map((error: { field: string; message: string }) => [error.field, error.message]),
    );
    expect(byField.problemStatement).toBe('Falta el enunciado del problema.');
    expect(byField['problemTree.causes']).toBe('El árbol de problemas necesita al menos una causa.');
    expect(byField.approach).toContain('top-down');
    expect((await client.get(`${base}/initiatives/${initiative.id}`)).json().stage).toBe('problematization');
  });

  it('cannot skip a stage, even with everything filled in', async () => {
    const { client, base, initiative, unit } = await setUp();
    await update(client, base, initiative, problemFields(unit.id));
    const response = await move(client, base, initiative.id, 'design');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      field: 'stage',
      code: 'gates.transitionNotAllowed',
      message: 'No se puede pasar de «Problematización» a «Diseño»: las etapas avanzan de una en una.',
    });
  });

  it('walks from problematización to closed, recording who moved it and why', async () => {
    const { client, base, initiative, unit, department } = await setUp();
    await update(client, base, initiative, problemFields(unit.id));
    expect((await move(client, base, initiative.id, 'agenda')).statusCode).toBe(200);

    const refusedDesign = await move(client, base, initiative.id, 'design');
    expect(refusedDesign.json().errors.map((error: { message: string }) => error.message)).toContain(
      'La matriz de indicadores (MIR) no tiene fila de Fin.',
    );
    const { purposeIndicator } = await buildMatrix(client, base, initiative.id);
    expect((await move(client, base, initiative.id, 'design')).statusCode).toBe(200);

    const url = `${base}/initiatives/${initiative.id}`;
    expect((await move(client, base, initiative.id, 'implementation')).json().errors[0].field).toBe(
      'activities',
    );
    await post(client, `${url}/activities`, {
      title: 'Mesas de interpretación con líderes comunales',
      kind: 'interpretation',
      ownerDepartmentId: department.id,
      startDate: '2024-03-01',
      endDate: '2024-06-30',
    });
    expect((await move(client, base, initiative.id, 'implementation')).statusCode).toBe(200);

    const refusedEvaluation = (await move(client, base, initiative.id, 'evaluation')).json();
    expect(refusedEvaluation.errors.map((error: { code: string }) => error.code)).toEqual([
      'gates.purposeMeasurement',
      'gates.assessment',
    ]);
    await post(client, `${url}/indicators/${purposeIndicator.id}/measurements`, {
      date: '2024-06-30',
      value: '64',
      unit: 'homicidios por 100.000 jóvenes',
      source: 'Medicina Legal',
    });
    await update(client, base, initiative, {
      ...problemFields(unit.id),
      assessment: 'La tasa bajó un 20 %; se recomienda ampliar a la comuna 3.',
    });
    const evaluation = await move(client, base, initiative.id, 'evaluation');
    expect(evaluation.statusCode).toBe(200);
    expect(evaluation.json().progress.purpose.own).toBeCloseTo(0.4);
    expect((await move(client, base, initiative.id, 'closed')).statusCode).toBe(200);

    const detail = (await client.get(url)).json();
    expect(detail.stage).toBe('closed');
    expect(detail.history.map((change: { toStage: string }) => change.toStage)).toEqual([
      'closed',
      'evaluation',
      'implementation',
      'design',
      'agenda',
      'problematization',
    ]);
    expect(detail.history[0].actorName).toBe('Persona admin');
    // Closed is history: reopen before changing anything.
    const edit = await client.post(`${url}/activities`, { title: 'Otra', kind: 'application' });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().errors[0].message).toContain('cerrada o cancelada');
  });

  it('goes back, cancels and reopens only with a reason', async () => {
    const { client, base, initiative, unit } = await setUp();
    await update(client, base, initiative, problemFields(unit.id));
    await move(client, base, initiative.id, 'agenda');
    const noReason = await move(client, base, initiative.id, 'problematization');
    expect(noReason.json().errors[0].code).toBe('gates.reasonRequired');
    expect(
      (await move(client, base, initiative.id, 'problematization', 'El Concejo pidió revisar el diagnóstico'))
        .statusCode,
    ).toBe(200);
    expect(
      (await move(client, base, initiative.id, 'cancelled', 'Se retiró la financiación')).statusCode,
    ).toBe(200);
    const reopened = await move(
      client,
      base,
      initiative.id,
      'problematization',
      'Nueva convocatoria de cooperación',
    );
    expect(reopened.json().history[0]).toMatchObject({
      toStage: 'problematization',
      reason: 'Nueva convocatoria de cooperación',
    });
  });

  it('answers a stale stage move with 409', async () => {
    const { client, base, initiative } = await setUp();
    const first = await client.post(`${base}/initiatives/${initiative.id}/stage`, {
      stage: 'cancelled',
      reason: 'x',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const stale = await client.post(`${base}/initiatives/${initiative.id}/stage`, {
      stage: 'cancelled',
      reason: 'y',
      version: 1,
    });
    expect([409, 422]).toContain(stale.statusCode);
  });

  it('lists the board with what each initiative needs for its next stage', async () => {
    const { client, base, initiative } = await setUp();
    const board = (await client.get(`${base}/initiatives`)).json();
    const card = board.items.find((item: { id: string }) => item.id === initiative.id);
    expect(card).toMatchObject({
      stage: 'problematization',
      nextStage: 'agenda',
      leadDepartmentName: 'Secretaría de Seguridad y Convivencia',
    });
    expect(card.nextStageProblems.length).toBe(8);
    expect((await client.get(`${base}/initiatives?stage=design`)).json().total).toBe(0);
    expect((await client.get(`${base}/initiatives?q=violencia juvenil`)).json().total).toBe(1);
  });

  it('refuses references from another government and unknown SDG codes', async () => {
    const { client, base, initiative } = await setUp();
    const other = await setUp();
    const response = await client.put(`${base}/initiatives/${initiative.id}`, {
      title: 'x',
      departments: [{ departmentId: other.department.id, role: 'lead' }],
      sdgGoals: ['16'],
      sdgTargets: ['16.99'],
      version: 1,
    });
    expect(response.statusCode).toBe(400);
    const invalid = await client.put(`${base}/initiatives/${initiative.id}`, {
      title: 'x',
      departments: [{ departmentId: other.department.id, role: 'lead' }],
      sdgGoals: ['16'],
      sdgTargets: ['16.9'],
      version: 1,
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors[0].field).toBe('departments.0');
  });
});

describe('measurements', () => {
  async function designed() {
    const world = await setUp();
    const matrix = await buildMatrix(world.client, world.base, world.initiative.id);
    const mir = (await world.client.get(`${world.base}/initiatives/${world.initiative.id}/mir`)).json();
    const jobs = mir.rows.find((row: { level: string }) => row.level === 'component').indicators[0];
    return { ...world, ...matrix, jobs, url: `${world.base}/initiatives/${world.initiative.id}` };
  }

  it('returns the MIR in CONEVAL order with computed indicator fields', async () => {
    const { client, url } = await designed();
    const mir = (await client.get(`${url}/mir`)).json();
    expect(mir.rows.map((row: { level: string }) => row.level)).toEqual([
      'goal',
      'purpose',
      'component',
      'activity',
    ]);
    expect(mir.rows[1].indicators[0]).toMatchObject({
      baselineValue: '80',
      targetValue: '40',
      measurementCount: 0,
      progress: null,
    });
  });

  it('refuses a unit that does not match, naming the field', async () => {
    const { client, url, purposeIndicator } = await designed();
    const response = await client.post(`${url}/indicators/${purposeIndicator.id}/measurements`, {
      date: '2024-03-31',
      value: '70',
      unit: 'porcentaje',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        field: 'unit',
        code: 'unitMismatch',
        message:
          'La unidad de la medición (porcentaje) no coincide con la del indicador (homicidios por 100.000 jóvenes).',
      },
    ]);
  });

  it('refuses dates outside the indicator range or in the future', async () => {
    const { client, url, purposeIndicator } = await designed();
    const unit = 'homicidios por 100.000 jóvenes';
    const before = await client.post(`${url}/indicators/${purposeIndicator.id}/measurements`, {
      date: '2023-01-01',
      value: '70',
      unit,
    });
    expect(before.json().errors[0]).toMatchObject({ field: 'date', code: 'measurementDateOutOfRange' });
    const future = await client.post(`${url}/indicators/${purposeIndicator.id}/measurements`, {
      date: shiftDays(today(), 5),
      value: '70',
      unit,
    });
    expect(future.json().errors[0]).toMatchObject({ field: 'date', code: 'measurementInFuture' });
  });

  it('refuses disaggregations that do not add up or were not declared', async () => {
    const { client, url, jobs, unit, purposeIndicator } = await designed();
    const notAddingUp = await client.post(`${url}/indicators/${jobs.id}/measurements`, {
      date: '2024-06-30',
      value: '100',
      unit: 'personas',
      disaggregatedValues: [
        { dimension: 'sex', category: 'female', value: '60' },
        { dimension: 'sex', category: 'male', value: '30' },
        { dimension: 'territorial_unit', category: unit.id, value: '100' },
      ],
    });
    expect(notAddingUp.statusCode).toBe(422);
    expect(notAddingUp.json().errors[0]).toMatchObject({
      field: 'disaggregatedValues',
      message: 'Los valores desagregados por sexo suman 90, pero el total es 100.',
    });
    const undeclared = await client.post(`${url}/indicators/${purposeIndicator.id}/measurements`, {
      date: '2024-06-30',
      value: '70',
      unit: 'homicidios por 100.000 jóvenes',
      disaggregatedValues: [{ dimension: 'age_group', category: '14-17', value: '70' }],
    });
    expect(undeclared.json().errors[0].field).toBe('disaggregatedValues.0.dimension');
    const ok = await client.post(`${url}/indicators/${jobs.id}/measurements`, {
      date: '2024-06-30',
      value: '100',
      unit: 'personas',
      disaggregatedValues: [
        { dimension: 'sex', category: 'female', value: '60' },
        { dimension: 'sex', category: 'male', value: '40' },
        { dimension: 'territorial_unit', category: unit.id, value: '100' },
      ],
    });
    expect(ok.statusCode).toBe(201);
    const detail = (await client.get(`${url}/indicators/${jobs.id}`)).json();
    expect(detail.byTerritorialUnit).toEqual([
      { territorialUnitId: unit.id, name: 'Popular', points: [{ date: '2024-06-30', value: '100' }] },
    ]);
    expect(detail.indicator.progress).toBeCloseTo(100 / 1200);
    expect(detail.indicator.missingPeriods).toContain('2024-Q1');
    // An indicator with measurements keeps its unit.
    const changed = await client.put(`${url}/indicators/${jobs.id}`, {
      ...detail.indicator,
      unit: 'jóvenes',
      version: detail.indicator.version,
    });
    expect(changed.json().errors[0]).toMatchObject({ field: 'unit', code: 'unitLockedByMeasurements' });
  });
});

describe('concurrent design and roles', () => {
  it('keeps concurrent edits of two MIR rows and refuses a stale edit of the same row', async () => {
    const { client, base, initiative } = await setUp();
    const url = `${base}/initiatives/${initiative.id}`;
    const { goal, purpose } = await buildMatrix(client, base, initiative.id);
    const edit = (row: { level: string; version: number }, text: string) => ({
      level: row.level,
      narrativeSummary: text,
      meansOfVerification: 'Encuesta de percepción',
      assumptions: 'Estabilidad institucional',
      version: row.version,
    });
    const [first, second] = await Promise.all([
      client.put(`${url}/mir-rows/${goal.id}`, edit(goal, 'Fin revisado por la Secretaría')),
      client.put(`${url}/mir-rows/${purpose.id}`, edit(purpose, 'Propósito revisado por la ACI')),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    const stale = await client.put(
      `${url}/mir-rows/${goal.id}`,
      edit(goal, 'Cambio sobre una versión vieja'),
    );
    expect(stale.statusCode).toBe(409);
    const mir = (await client.get(`${url}/mir`)).json();
    expect(mir.rows.map((row: { narrativeSummary: string }) => row.narrativeSummary).slice(0, 2)).toEqual([
      'Fin revisado por la Secretaría',
      'Propósito revisado por la ACI',
    ]);
  });

  it('lets liaisons report only on initiatives of their department, and never design or move them', async () => {
    const { app } = testApp;
    const { client, base, government, initiative, department } = await setUp();
    const { purposeIndicator } = await buildMatrix(client, base, initiative.id);
    const url = `${base}/initiatives/${initiative.id}`;
    const activity = await post(client, `${url}/activities`, {
      title: 'Talleres',
      kind: 'application',
      ownerName: 'Equipo territorial',
    });

    const ownEmail = await createMember(app.database.db, government.id, 'liaison');
    // Give the liaison the initiative's department, through the database as an admin screen would.
    await app.database.db.execute(
      sql`update memberships set department_id = ${department.id}
        where government_id = ${government.id} and user_id = (select id from users where email = ${ownEmail})`,
    );
    const liaison = await signInAs(app, ownEmail, testPassword);
    const measurement = await liaison.post(`${url}/indicators/${purposeIndicator.id}/measurements`, {
      date: '2024-03-31',
      value: '75',
      unit: 'homicidios por 100.000 jóvenes',
    });
    expect(measurement.statusCode).toBe(201);
    expect(measurement.json().reportedByName).toBe('Persona liaison');
    const progress = await liaison.post(`${url}/activities/${activity.id}/progress`, {
      status: 'in_progress',
      progressPercent: 40,
      version: 1,
    });
    expect(progress.statusCode).toBe(200);
    expect((await liaison.get(url)).json().canReport).toBe(true);
    expect((await liaison.post(`${url}/mir-rows`, { level: 'goal' })).statusCode).toBe(403);
    expect((await liaison.post(`${url}/stage`, { stage: 'agenda', version: 1 })).statusCode).toBe(403);

    const otherEmail = await createMember(app.database.db, government.id, 'liaison');
    const otherLiaison = await signInAs(app, otherEmail, testPassword);
    const refused = await otherLiaison.post(`${url}/indicators/${purposeIndicator.id}/measurements`, {
      date: '2024-03-31',
      value: '75',
      unit: 'homicidios por 100.000 jóvenes',
    });
    expect(refused.statusCode).toBe(403);
    expect((await otherLiaison.get(url)).json().canReport).toBe(false);

    const viewerEmail = await createMember(app.database.db, government.id, 'viewer');
    const viewer = await signInAs(app, viewerEmail, testPassword);
    expect((await viewer.get(url)).statusCode).toBe(200);
    expect((await viewer.post(`${base}/initiatives`, { title: 'x' })).statusCode).toBe(403);
  });

  it('keeps initiatives of one government invisible to another', async () => {
    const first = await setUp();
    const second = await createWorld(testApp.app, 'admin');
    expect((await second.client.get(`${second.base}/initiatives/${first.initiative.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await second.client.get(`${second.base}/initiatives/${first.initiative.id}/mir`)).statusCode,
    ).toBe(404);
    expect((await second.client.get(`${second.base}/initiatives`)).json().total).toBe(0);
    expect(
      (
        await second.client.post(`${second.base}/initiatives/${first.initiative.id}/stage`, {
          stage: 'cancelled',
          reason: 'x',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await second.client.get(`${first.base}/initiatives`)).statusCode).toBe(404);
  });
});
