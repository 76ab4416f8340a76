import { dateFrom } from './demo-helpers';
import { activity, demoSummary, indicator, leaf, minor, mirRow, node, series } from './initiatives-helpers';
import type { DemoInitiative } from './initiatives-types';

/*
 * Initiatives of the Medellín demo: one per stage of the policy cycle, built on the partners, links,
 * comunas and departments of medellin.ts. Departments are referred to by acronym (ACI, DAP, DAGRD:
 * the only ones the demo gives an acronym); work owned by a secretaría without an acronym names it
 * in `ownerName`. Every figure is illustrative.
 */

const nororiental = ['01', '02', '03', '04'];

/** Youth violence prevention in the four nororiental comunas with the Spanish cooperation: in implementation. */
function youthPeace(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const baselineDate = on({ months: -27 });
  const targetDate = on({ months: 9 });
  const source = 'Sistema de información del proyecto (registros de asistencia y egreso), ACI Medellín';
  return {
    key: 'jovenes-paz-nororiental',
    targetStage: 'implementation',
    input: {
      title: 'Jóvenes constructores de paz en la zona nororiental',
      summary: demoSummary(
        'Proyecto de prevención de la violencia juvenil en las comunas Popular, Santa Cruz, Manrique y Aranjuez, cofinanciado por la Cooperación Española: escuelas de mediación, espacios juveniles y una ruta de formación y empleo para jóvenes de 14 a 28 años.',
      ),
      strategyLine: 'international_cooperation',
      themes: ['security', 'social', 'education'],
      sdgGoals: ['4', '8', '11', '16'],
      sdgTargets: ['4.4', '8.6', '11.7', '16.1'],
      objective:
        'Reducir la participación de jóvenes de 14 a 28 años de las comunas 1 a 4 en dinámicas de violencia, fortaleciendo sus capacidades para resolver conflictos y su acceso a educación y empleo, en un horizonte de tres años.',
      causalHypothesis:
        'Si los jóvenes de la zona nororiental cuentan con mediadores formados en sus colegios, con espacios públicos seguros y programados, y con una ruta efectiva hacia la formación y el empleo, disminuye su exposición al reclutamiento por estructuras criminales y, con ello, la violencia homicida que los afecta.',
      legalBasis:
        'Ley 1622 de 2013 (Estatuto de Ciudadanía Juvenil) y sus modificaciones; Ley 1801 de 2016 (Código Nacional de Seguridad y Convivencia Ciudadana); Ley 1551 de 2012 sobre la organización y el funcionamiento de los municipios; Plan de Desarrollo Distrital de Medellín 2024–2027, línea de seguridad y convivencia; convenio de cooperación suscrito con la AECID (instrumento vinculado).',
      agents:
        'ACI Medellín (gestión de la cooperación y relación con el donante); Secretaría de Seguridad y Convivencia (dirección técnica); Secretarías de Educación, Cultura Ciudadana y Desarrollo Económico (ejecución de componentes); Universidad de Antioquia (acompañamiento técnico y evaluación); AECID (cofinanciación); Juntas Administradoras Locales y organizaciones juveniles de las cuatro comunas.',
      procedures:
        'Comité técnico mensual con las secretarías ejecutoras; comité de seguimiento semestral con la AECID; informes técnicos y financieros semestrales al donante; rendición de cuentas anual en las cuatro comunas. La prórroga del convenio se tramita antes de su vencimiento para cubrir el último año del proyecto.',
      budget: [
        {
          source: 'own',
          amountMinor: minor(2_400_000_000),
          currency: 'COP',
          description: 'Recursos de las secretarías ejecutoras, tres vigencias',
        },
        {
          source: 'international_cooperation',
          amountMinor: minor(850_000),
          currency: 'EUR',
          description: 'Subvención de la AECID',
        },
        {
          source: 'other',
          amountMinor: minor(300_000_000),
          currency: 'COP',
          description: 'Aporte en especie de la Universidad de Antioquia (valorizado)',
        },
      ],
      problemStatement:
        'Los jóvenes de 14 a 28 años de las comunas Popular, Santa Cruz, Manrique y Aranjuez concentran una proporción de víctimas y victimarios de homicidio muy superior a su peso en la población de la ciudad. La presencia de estructuras criminales que reclutan menores, la deserción escolar y la falta de oportunidades de empleo formal alimentan un ciclo de violencia que las intervenciones sectoriales no han logrado romper.',
      problemTree: {
        causes: [
          node('c1', 'Reclutamiento de adolescentes y jóvenes por estructuras criminales', [
            leaf('c1a', 'Control territorial de combos en sectores de ladera'),
            leaf('c1b', 'Ingresos rápidos frente a la falta de alternativas'),
          ]),
          node('c2', 'Deserción escolar y baja permanencia en la educación media', [
            leaf('c2a', 'Conflictos en el entorno escolar sin mecanismos de mediación'),
          ]),
          node('c3', 'Escasa oferta de formación para el trabajo y de empleo formal para jóvenes'),
          node('c4', 'Espacios públicos deteriorados o controlados por actores armados'),
        ],
        effects: [
          node('e1', 'Tasa de homicidios de jóvenes superior al promedio de la ciudad'),
          node('e2', 'Jóvenes que ni estudian ni trabajan', [
            leaf('e2a', 'Pérdida de ingresos de los hogares y reproducción de la pobreza'),
          ]),
          node('e3', 'Desconfianza en las instituciones y baja participación juvenil'),
        ],
      },
      affectedPopulation: 142_000,
      affectedPopulationDescription:
        'Jóvenes de 14 a 28 años residentes en las comunas 1 a 4 (aproximación a partir de las proyecciones de población por comuna).',
      isWholeTerritory: false,
      territorialUnitCodes: nororiental,
      agendaSetter: 'citizens',
      agendaSetterDetail:
        'Juntas Administradoras Locales y mesas de jóvenes de las comunas 1 a 4, en los ejercicios de presupuesto participativo',
      agendaDate: on({ months: -31 }),
      approach: 'bottom_up',
      approachJustification:
        'La prevención depende de que los jóvenes y sus organizaciones participen en la definición y ejecución de las acciones: las mesas de jóvenes priorizan los espacios a intervenir y los colegios adaptan las escuelas de mediación a su contexto. La administración fija el marco y los recursos.',
      departments: [
        { acronym: 'ACI', role: 'lead' },
        { acronym: 'DAP', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'aecid', role: 'funder' },
        { partnerKey: 'universidad-antioquia', role: 'technical_partner' },
      ],
      linkKeys: ['convenio-aecid-paz'],
      rollUpMethod: 'weighted',
      assessment: null,
    },
    mir: [
      mirRow({
        key: 'fin',
        level: 'goal',
        narrativeSummary:
          'Contribuir a reducir la violencia homicida que afecta a los jóvenes de la zona nororiental de Medellín.',
        meansOfVerification:
          'Tasa de homicidios por grupo de edad y comuna publicada por el Sistema de Información para la Seguridad y la Convivencia.',
        assumptions: 'No se produce una reconfiguración violenta de las estructuras criminales en la zona.',
        indicators: [
          indicator({
            name: 'Tasa de homicidios de jóvenes de 14 a 28 años en las comunas 1 a 4',
            definition:
              'Homicidios de personas de 14 a 28 años residentes en las comunas 1 a 4 en los últimos doce meses, por cada 100.000 jóvenes del mismo grupo.',
            unit: 'homicidios por cada 100.000 jóvenes',
            baselineValue: '52.3',
            baselineDate,
            targetValue: '38.0',
            targetDate,
            frequency: 'annual',
            direction: 'decrease',
            measurements: series(today, {
              unit: 'homicidios por cada 100.000 jóvenes',
              monthsAgo: [15, 3],
              values: [49.1, 44.6],
              decimals: 1,
              source: 'Sistema de Información para la Seguridad y la Convivencia (cifras ilustrativas)',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'proposito',
        parentKey: 'fin',
        level: 'purpose',
        narrativeSummary:
          'Los jóvenes de 14 a 28 años de las comunas 1 a 4 fortalecen sus capacidades para la convivencia y acceden a formación y empleo.',
        meansOfVerification:
          'Registros de egreso de la ruta de acompañamiento; encuesta de seguimiento a egresados.',
        assumptions: 'Las familias y los colegios respaldan la permanencia de los jóvenes en la ruta.',
        indicators: [
          indicator({
            name: 'Jóvenes que completan la ruta de acompañamiento (acumulado)',
            // People reached: counted as beneficiaries of social utility.
            countsBeneficiaries: true,
            definition:
              'Jóvenes que cumplen al menos el 80 % de las sesiones de la ruta y un plan de vida verificado por el equipo psicosocial.',
            unit: 'jóvenes',
            baselineValue: '0',
            baselineDate,
            targetValue: '1200',
            targetDate,
            frequency: 'quarterly',
            disaggregations: ['territorial_unit', 'sex', 'age_group'],
            weight: 2,
            measurements: series(today, {
              unit: 'jóvenes',
              monthsAgo: [24, 21, 18, 12, 9, 3],
              values: [85, 190, 310, 520, 640, 870],
              source,
              breakdown: {
                territorial_unit: { '01': 30, '02': 22, '03': 26, '04': 22 },
                sex: { female: 47, male: 50, non_binary: 1, not_reported: 2 },
                age_group: { '14-17': 41, '18-28': 59 },
              },
              notes: { 3: 'El informe del trimestre anterior no se entregó: se reporta el acumulado.' },
            }),
          }),
          indicator({
            name: 'Jóvenes de las comunas 1 a 4 que ni estudian ni trabajan',
            unit: '%',
            measure: 'percentage',
            baselineValue: '28.5',
            baselineDate,
            targetValue: '22.0',
            targetDate,
            frequency: 'semiannual',
            direction: 'decrease',
            measurements: series(today, {
              unit: '%',
              monthsAgo: [21, 15, 9, 3],
              values: [28.1, 27.0, 26.2, 25.4],
              decimals: 1,
              source: 'Encuesta de Calidad de Vida, procesamiento por comuna (cifras ilustrativas)',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c1',
        parentKey: 'proposito',
        level: 'component',
        position: 1,
        narrativeSummary:
          'Escuelas de mediación y convivencia funcionando en instituciones educativas de las cuatro comunas.',
        meansOfVerification:
          'Actas de conformación de las escuelas; listados de jóvenes certificados como mediadores.',
        assumptions: 'Los rectores asignan tiempo escolar a la formación de mediadores.',
        indicators: [
          indicator({
            name: 'Jóvenes certificados como mediadores escolares (acumulado)',
            unit: 'jóvenes',
            baselineValue: '0',
            baselineDate,
            targetValue: '400',
            targetDate,
            frequency: 'quarterly',
            disaggregations: ['sex'],
            measurements: series(today, {
              unit: 'jóvenes',
              monthsAgo: [24, 21, 18, 12, 9, 3],
              values: [40, 95, 150, 210, 260, 310],
              source: 'Secretaría de Educación, registros de las escuelas de mediación',
              breakdown: { sex: { female: 55, male: 43, non_binary: 1, not_reported: 1 } },
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c2',
        parentKey: 'proposito',
        level: 'component',
        position: 2,
        narrativeSummary:
          'Espacios públicos de encuentro juvenil recuperados y activados con programación cultural y deportiva.',
        meansOfVerification: 'Registro fotográfico y actas de entrega; agenda mensual publicada por espacio.',
        assumptions: 'Las condiciones de seguridad permiten la programación nocturna en los espacios.',
        indicators: [
          indicator({
            name: 'Espacios juveniles activados con programación mensual',
            unit: 'espacios',
            baselineValue: '0',
            baselineDate,
            targetValue: '12',
            targetDate,
            frequency: 'semiannual',
            disaggregations: ['territorial_unit'],
            measurements: series(today, {
              unit: 'espacios',
              monthsAgo: [21, 15, 9, 3],
              values: [2, 5, 7, 9],
              source: 'Secretaría de Cultura Ciudadana, informes de programación',
              breakdown: { territorial_unit: { '01': 3, '02': 2, '03': 2, '04': 2 } },
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c3',
        parentKey: 'proposito',
        level: 'component',
        position: 3,
        narrativeSummary:
          'Jóvenes vinculados a formación para el trabajo o a empleo formal con empresas aliadas.',
        meansOfVerification:
          'Certificados de matrícula en formación técnica; contratos laborales reportados por las empresas.',
        assumptions: 'Las empresas aliadas mantienen sus vacantes de primer empleo.',
        indicators: [
          indicator({
            name: 'Jóvenes vinculados a formación técnica o empleo formal (acumulado)',
            // People reached: counted as beneficiaries of social utility.
            countsBeneficiaries: true,
            unit: 'jóvenes',
            baselineValue: '0',
            baselineDate,
            targetValue: '350',
            targetDate,
            frequency: 'quarterly',
            disaggregations: ['sex', 'age_group'],
            measurements: series(today, {
              unit: 'jóvenes',
              monthsAgo: [18, 12, 9, 6, 3],
              values: [20, 70, 110, 150, 205],
              source: 'Secretaría de Desarrollo Económico, ruta de empleabilidad',
              breakdown: {
                sex: { female: 52, male: 48 },
                age_group: { '14-17': 12, '18-28': 88 },
              },
            }),
          }),
        ],
      }),
      mirRow({
        key: 'a1',
        parentKey: 'c1',
        level: 'activity',
        position: 1,
        narrativeSummary:
          'Formación de docentes orientadores y jóvenes mediadores en 20 instituciones educativas.',
        meansOfVerification: 'Listas de asistencia y planes de formación aprobados.',
        assumptions: 'Los docentes orientadores permanecen en sus instituciones durante el año escolar.',
      }),
      mirRow({
        key: 'a2-1',
        parentKey: 'c2',
        level: 'activity',
        position: 1,
        narrativeSummary:
          'Diagnóstico participativo y adecuación de los espacios con las Juntas de Acción Comunal.',
        meansOfVerification: 'Actas de los talleres de diagnóstico; informes de obra.',
        assumptions: 'Las Juntas de Acción Comunal participan en la priorización.',
      }),
      mirRow({
        key: 'a2-2',
        parentKey: 'c2',
        level: 'activity',
        position: 2,
        narrativeSummary: 'Programación cultural y deportiva con organizaciones juveniles de cada comuna.',
        meansOfVerification: 'Contratos con organizaciones juveniles; agenda publicada.',
        assumptions: 'Existen organizaciones juveniles con capacidad para contratar con la administración.',
      }),
      mirRow({
        key: 'a3',
        parentKey: 'c3',
        level: 'activity',
        position: 1,
        narrativeSummary:
          'Convocatoria, orientación vocacional y ruta de empleabilidad con empresas aliadas.',
        meansOfVerification: 'Bases de la convocatoria; acuerdos firmados con empresas.',
        assumptions: 'Las empresas aliadas firman los acuerdos de vinculación en el plazo previsto.',
      }),
    ],
    activities: [
      activity({
        title: 'Lectura conjunta del convenio y del marco de resultados con la AECID',
        description:
          'Interpretación de los compromisos del convenio, del presupuesto y de los indicadores con el donante y las secretarías ejecutoras.',
        kind: 'interpretation',
        ownerDepartmentAcronym: 'ACI',
        startDate: on({ months: -27 }),
        endDate: on({ months: -26 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Conformación del comité técnico y de las mesas de jóvenes por comuna',
        kind: 'organization',
        ownerName: 'Secretaría de Seguridad y Convivencia',
        startDate: on({ months: -26 }),
        endDate: on({ months: -24 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Escuelas de mediación en instituciones educativas',
        kind: 'application',
        mirKey: 'a1',
        ownerName: 'Secretaría de Educación',
        startDate: on({ months: -24 }),
        endDate: on({ months: 6 }),
        status: 'in_progress',
        progressPercent: 70,
      }),
      activity({
        title: 'Adecuación y programación de espacios juveniles',
        kind: 'application',
        mirKey: 'a2-2',
        ownerName: 'Secretaría de Cultura Ciudadana',
        startDate: on({ months: -22 }),
        endDate: on({ months: 8 }),
        status: 'in_progress',
        progressPercent: 65,
      }),
      activity({
        title: 'Ruta de empleabilidad con empresas aliadas',
        description:
          'Retrasada por la demora en la firma del acuerdo con la caja de compensación que aporta los cupos de formación técnica.',
        kind: 'application',
        mirKey: 'a3',
        ownerName: 'Secretaría de Desarrollo Económico',
        startDate: on({ months: -18 }),
        endDate: on({ months: 8 }),
        status: 'blocked',
        progressPercent: 40,
      }),
      activity({
        title: 'Informe intermedio al donante y sistematización del primer ciclo',
        kind: 'organization',
        ownerDepartmentAcronym: 'ACI',
        startDate: on({ months: -4 }),
        endDate: on({ months: 1 }),
        status: 'in_progress',
        progressPercent: 50,
      }),
    ],
  };
}

/** Electric public transport on the hillsides with the IDB and the AFD: designed, not yet started. */
function hillsideMobility(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const baselineDate = on({ months: -6 });
  const targetDate = on({ years: 4 });
  return {
    key: 'movilidad-electrica-ladera',
    targetStage: 'design',
    input: {
      title: 'Transporte público eléctrico de ladera: cable aéreo y rutas alimentadoras eléctricas',
      summary: demoSummary(
        'Cooperación técnica con el BID, y diálogo con la AFD sobre su financiamiento, para estructurar una nueva línea de cable aéreo y rutas alimentadoras con buses eléctricos en las comunas de ladera del occidente y del centro-oriente, sobre la experiencia del Metrocable.',
      ),
      strategyLine: 'international_cooperation',
      themes: ['mobility', 'environmental', 'urban_planning'],
      sdgGoals: ['9', '11', '13'],
      sdgTargets: ['9.1', '11.2', '11.6', '13.2'],
      objective:
        'Ampliar el acceso a transporte público eléctrico de la población de ladera de las comunas Doce de Octubre, Robledo, Villa Hermosa y San Javier, reduciendo tiempos de viaje y emisiones.',
      causalHypothesis:
        'Si las zonas de ladera se conectan al sistema integrado con un cable aéreo y rutas alimentadoras eléctricas, la población reduce sus tiempos de viaje y el gasto en transporte informal, y la ciudad reduce emisiones locales y de gases de efecto invernadero.',
      legalBasis:
        'Ley 1964 de 2019, de promoción de los vehículos eléctricos; Ley 2169 de 2021, de acción climática; Plan de Desarrollo Distrital de Medellín 2024–2027, componente de movilidad sostenible; Plan de Ordenamiento Territorial vigente; convenio de cooperación técnica no reembolsable con el BID (instrumento vinculado).',
      agents:
        'Departamento Administrativo de Planeación (dirección del proyecto); Secretaría de Movilidad; Empresa de Transporte Masivo del Valle de Aburrá (operador, por convenio); ACI Medellín (relación con el BID y la AFD); BID (cooperación técnica); AFD (posible financiamiento).',
      procedures:
        'Estudios de preinversión contratados bajo las políticas de adquisiciones del BID; mesas de socialización en las cuatro comunas; aprobación de la estructuración por el comité de dirección del proyecto antes de gestionar el financiamiento.',
      budget: [
        {
          source: 'own',
          amountMinor: minor(1_800_000_000),
          currency: 'COP',
          description: 'Contrapartida para estudios y gestión social',
        },
        {
          source: 'international_cooperation',
          amountMinor: minor(1_500_000),
          currency: 'USD',
          description: 'Cooperación técnica no reembolsable del BID',
        },
      ],
      problemStatement:
        'La población de las zonas altas de las comunas de ladera tarda más de una hora en llegar a los centros de empleo, depende de rutas informales de buses antiguos y está expuesta a la contaminación del aire en corredores congestionados. La topografía limita las soluciones convencionales.',
      problemTree: {
        causes: [
          node('c1', 'Pendientes y trazado vial que impiden rutas de transporte masivo convencional'),
          node('c2', 'Flota de buses de ladera antigua y de combustión', [
            leaf('c2a', 'Costos de renovación que los operadores no pueden asumir'),
          ]),
          node('c3', 'Integración tarifaria y física incompleta con el sistema masivo'),
        ],
        effects: [
          node('e1', 'Tiempos de viaje largos y mayor gasto de los hogares en transporte'),
          node('e2', 'Emisiones de material particulado en corredores de ladera', [
            leaf('e2a', 'Enfermedades respiratorias en población infantil y adulta mayor'),
          ]),
        ],
      },
      affectedPopulation: 280_000,
      affectedPopulationDescription:
        'Habitantes de los barrios de ladera de las comunas 6, 7, 8 y 13 a más de 500 metros de una estación del sistema integrado (estimación ilustrativa).',
      isWholeTerritory: false,
      territorialUnitCodes: ['06', '07', '08', '13'],
      agendaSetter: 'mayor',
      agendaSetterDetail: 'Anuncio del despacho del alcalde en el plan de movilidad sostenible',
      agendaDate: on({ months: -10 }),
      approach: 'top_down',
      approachJustification:
        'Se trata de infraestructura de escala metropolitana cuya estructuración, financiamiento y operación exigen decisiones del nivel directivo y del operador; la participación comunitaria se garantiza en la socialización y en la gestión social del trazado, no en la definición técnica.',
      departments: [
        { acronym: 'DAP', role: 'lead' },
        { acronym: 'ACI', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'bid', role: 'funder' },
        { partnerKey: 'afd', role: 'advisor' },
      ],
      linkKeys: ['convenio-bid-movilidad', 'carta-afd-movilidad'],
      rollUpMethod: 'average',
      assessment: null,
    },
    mir: [
      mirRow({
        key: 'fin',
        level: 'goal',
        narrativeSummary:
          'Contribuir a una movilidad más equitativa y baja en emisiones para la población de ladera.',
        meansOfVerification:
          'Encuesta Origen-Destino del Valle de Aburrá; inventario de emisiones del Área Metropolitana.',
        assumptions: 'La política metropolitana de movilidad mantiene la prioridad del transporte público.',
        indicators: [
          indicator({
            name: 'Tiempo promedio de viaje en transporte público desde los barrios de ladera priorizados hasta el centro',
            unit: 'minutos',
            baselineValue: '68',
            baselineDate,
            targetValue: '52',
            targetDate,
            frequency: 'annual',
            direction: 'decrease',
          }),
        ],
      }),
      mirRow({
        key: 'proposito',
        parentKey: 'fin',
        level: 'purpose',
        narrativeSummary:
          'La población de los barrios de ladera priorizados accede a transporte público eléctrico integrado.',
        meansOfVerification:
          'Análisis de accesibilidad del Departamento Administrativo de Planeación con la red en operación.',
        assumptions: 'Se obtiene el financiamiento de la obra en los plazos previstos.',
        indicators: [
          indicator({
            name: 'Población de las comunas priorizadas a menos de 500 m de una parada de transporte público eléctrico',
            unit: '%',
            measure: 'percentage',
            baselineValue: '41.0',
            baselineDate,
            targetValue: '65.0',
            targetDate,
            frequency: 'annual',
            disaggregations: ['territorial_unit'],
          }),
          indicator({
            name: 'Emisiones de gases de efecto invernadero evitadas por la operación eléctrica',
            unit: 't CO2e por año',
            baselineValue: '0',
            baselineDate,
            targetValue: '12000',
            targetDate,
            frequency: 'annual',
          }),
        ],
      }),
      mirRow({
        key: 'c1',
        parentKey: 'proposito',
        level: 'component',
        position: 1,
        narrativeSummary: 'Línea de cable aéreo estructurada técnica, financiera, ambiental y socialmente.',
        meansOfVerification: 'Estudios aprobados por el comité de dirección y con no objeción del BID.',
        assumptions: 'Los estudios de suelos no revelan restricciones que obliguen a cambiar el trazado.',
        indicators: [
          indicator({
            name: 'Estudios de preinversión aprobados',
            unit: 'estudios',
            baselineValue: '0',
            baselineDate,
            targetValue: '3',
            targetDate: on({ years: 1, months: 6 }),
          }),
        ],
      }),
      mirRow({
        key: 'c2',
        parentKey: 'proposito',
        level: 'component',
        position: 2,
        narrativeSummary: 'Rutas alimentadoras de ladera operadas con buses eléctricos.',
        meansOfVerification: 'Registro de flota del operador; actas de entrada en operación.',
        assumptions: 'Los operadores de rutas acceden a la línea de crédito para renovación de flota.',
        indicators: [
          indicator({
            name: 'Buses eléctricos en operación en rutas alimentadoras de ladera',
            unit: 'buses',
            baselineValue: '0',
            baselineDate,
            targetValue: '60',
            targetDate,
            frequency: 'semiannual',
          }),
        ],
      }),
      mirRow({
        key: 'c3',
        parentKey: 'proposito',
        level: 'component',
        position: 3,
        narrativeSummary: 'Estaciones conectadas con senderos peatonales, ciclorrutas y espacio público.',
        meansOfVerification: 'Actas de recibo de obra de las conexiones.',
        assumptions: 'Los predios necesarios se adquieren sin litigios.',
        indicators: [
          indicator({
            name: 'Estaciones con conexiones peatonales y ciclistas adecuadas',
            unit: 'estaciones',
            baselineValue: '0',
            baselineDate,
            targetValue: '8',
            targetDate,
          }),
        ],
      }),
      mirRow({
        key: 'a1',
        parentKey: 'c1',
        level: 'activity',
        narrativeSummary:
          'Contratación de los estudios de demanda, ingeniería básica y evaluación ambiental.',
        meansOfVerification: 'Contratos firmados en el sistema de contratación pública.',
        assumptions: 'Hay oferentes calificados en el proceso de selección.',
      }),
      mirRow({
        key: 'a2',
        parentKey: 'c2',
        level: 'activity',
        narrativeSummary: 'Diseño del esquema de renovación de flota y de la infraestructura de carga.',
        meansOfVerification: 'Documento de esquema aprobado por la Secretaría de Movilidad.',
        assumptions: 'El operador de energía garantiza la capacidad de carga en los patios.',
      }),
      mirRow({
        key: 'a3',
        parentKey: 'c3',
        level: 'activity',
        narrativeSummary: 'Talleres de diseño participativo de las conexiones con la comunidad.',
        meansOfVerification: 'Actas y memorias de los talleres.',
        assumptions: 'Las organizaciones comunitarias participan en los talleres.',
      }),
    ],
    activities: [],
  };
}

/** Digital government with KOICA: finished and evaluated. */
function digitalGovernment(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const baselineDate = on({ months: -46 });
  const targetDate = on({ months: -8 });
  const source = 'Secretaría de Innovación Digital, tablero de trámites';
  return {
    key: 'gobierno-digital-koica',
    targetStage: 'closed',
    input: {
      title: 'Trámites digitales y formación de servidores públicos con la cooperación coreana',
      summary: demoSummary(
        'Proyecto de cooperación técnica con KOICA, acompañado por APC-Colombia y Ruta N, para llevar a línea los trámites de mayor demanda y formar a servidores públicos en gobierno digital. Concluido al vencer el acuerdo.',
      ),
      strategyLine: 'international_cooperation',
      themes: ['innovation', 'governance'],
      sdgGoals: ['9', '16', '17'],
      sdgTargets: ['9.c', '16.6', '17.9'],
      objective:
        'Que los trámites de mayor demanda de la administración puedan hacerse totalmente en línea y en menos tiempo, con servidores públicos capaces de sostener la plataforma.',
      causalHypothesis:
        'Si se rediseñan y digitalizan los trámites de mayor demanda con la asistencia técnica de un referente mundial en gobierno digital y se forma a quienes los gestionan, disminuyen los tiempos de respuesta y aumenta la satisfacción ciudadana.',
      legalBasis:
        'Decreto 1078 de 2015, Decreto Único Reglamentario del sector TIC, y sus modificaciones sobre la Política de Gobierno Digital; Ley 1712 de 2014, de transparencia y acceso a la información pública; acuerdo interinstitucional de cooperación con KOICA (instrumento vinculado).',
      agents:
        'ACI Medellín (gestión de la cooperación); Secretaría de Innovación Digital (dirección técnica); Departamento Administrativo de Planeación (priorización de trámites); KOICA (asistencia técnica y financiación); APC-Colombia (coordinación con la cooperación coreana); Ruta N (implementación de la formación).',
      procedures:
        'Comité directivo semestral con KOICA y APC-Colombia; priorización de trámites por volumen de solicitudes; pruebas de usabilidad con ciudadanía antes de cada publicación; informe final y evaluación externa al cierre del acuerdo.',
      budget: [
        {
          source: 'international_cooperation',
          amountMinor: minor(3_000_000),
          currency: 'USD',
          description: 'Donación de KOICA (asistencia técnica, equipos y formación)',
        },
        {
          source: 'own',
          amountMinor: minor(4_200_000_000),
          currency: 'COP',
          description: 'Contrapartida de la administración, cuatro vigencias',
        },
      ],
      problemStatement:
        'La mayoría de los trámites de mayor demanda exigían presencia física en ventanillas, con tiempos de respuesta largos y poca trazabilidad, lo que imponía costos a la ciudadanía y oportunidades de intermediación indebida.',
      problemTree: {
        causes: [
          node('c1', 'Procesos diseñados para atención presencial y en papel'),
          node('c2', 'Sistemas de información de las dependencias no interoperables', [
            leaf('c2a', 'Contratos de software distintos por dependencia'),
          ]),
          node('c3', 'Pocas capacidades en gobierno digital entre los servidores públicos'),
        ],
        effects: [
          node('e1', 'Tiempos de respuesta largos y desplazamientos de la ciudadanía'),
          node('e2', 'Baja satisfacción con los servicios de la administración'),
          node('e3', 'Riesgo de intermediación y falta de trazabilidad'),
        ],
      },
      affectedPopulation: 1_900_000,
      affectedPopulationDescription:
        'Población adulta de Medellín que realiza trámites ante la administración (aproximación ilustrativa).',
      isWholeTerritory: true,
      territorialUnitCodes: [],
      agendaSetter: 'partner',
      agendaSetterDetail:
        'Convocatoria de proyectos de KOICA canalizada por APC-Colombia, respondida por la ACI Medellín',
      agendaDate: on({ months: -50 }),
      approach: 'top_down',
      approachJustification:
        'La digitalización exigía decisiones transversales sobre arquitectura tecnológica y estándares comunes para todas las dependencias, que solo el nivel directivo podía adoptar; las pruebas con usuarios recogieron la perspectiva ciudadana.',
      departments: [
        { acronym: 'ACI', role: 'lead' },
        { acronym: 'DAP', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'koica', role: 'funder' },
        { partnerKey: 'apc-colombia', role: 'counterpart' },
        { partnerKey: 'ruta-n', role: 'implementer' },
      ],
      linkKeys: ['acuerdo-koica-gobierno-digital'],
      rollUpMethod: 'average',
      assessment:
        'El proyecto cumplió su propósito: 63 trámites de alta demanda quedaron disponibles totalmente en línea (meta: 60) y el tiempo promedio de respuesta bajó de 15 a 8,6 días hábiles, cerca de la meta de 8. La satisfacción ciudadana con los trámites en línea subió de 58 % a 71,5 %, por debajo de la meta de 75 %: las encuestas señalan problemas de usabilidad en dispositivos móviles y falta de acompañamiento a personas mayores. La formación alcanzó a 1.420 servidores públicos de 1.500 previstos. Hay semestres sin medición de los indicadores de propósito por el cambio de proveedor del tablero de trámites. Recomendaciones: incorporar los trámites restantes con recursos propios, contratar pruebas de usabilidad móvil y abrir puntos de acompañamiento digital en las comunas. El acuerdo con KOICA venció sin prórroga; la relación se mantiene a través de APC-Colombia.',
    },
    mir: [
      mirRow({
        key: 'fin',
        level: 'goal',
        narrativeSummary:
          'Contribuir a una relación más ágil y transparente entre la ciudadanía y la administración.',
        meansOfVerification:
          'Encuesta anual de percepción ciudadana sobre los servicios de la administración.',
        assumptions: 'La conectividad de los hogares sigue aumentando.',
        indicators: [
          indicator({
            name: 'Satisfacción ciudadana con los trámites en línea',
            unit: '%',
            measure: 'percentage',
            baselineValue: '58.0',
            baselineDate,
            targetValue: '75.0',
            targetDate,
            frequency: 'annual',
            measurements: series(today, {
              unit: '%',
              monthsAgo: [34, 22, 10],
              values: [61.2, 66.8, 71.5],
              decimals: 1,
              source: 'Encuesta de percepción ciudadana (cifras ilustrativas)',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'proposito',
        parentKey: 'fin',
        level: 'purpose',
        narrativeSummary: 'Los trámites de mayor demanda se realizan totalmente en línea y en menos tiempo.',
        meansOfVerification: 'Tablero de trámites de la Secretaría de Innovación Digital.',
        assumptions: 'Las dependencias mantienen actualizados los trámites publicados.',
        indicators: [
          indicator({
            name: 'Trámites de alta demanda disponibles totalmente en línea',
            unit: 'trámites',
            baselineValue: '12',
            baselineDate,
            targetValue: '60',
            targetDate,
            frequency: 'semiannual',
            weight: 2,
            measurements: series(today, {
              unit: 'trámites',
              monthsAgo: [40, 34, 22, 16, 10],
              values: [15, 22, 40, 52, 63],
              source,
            }),
          }),
          indicator({
            name: 'Tiempo promedio de respuesta de los trámites priorizados',
            unit: 'días hábiles',
            baselineValue: '15.0',
            baselineDate,
            targetValue: '8.0',
            targetDate,
            frequency: 'semiannual',
            direction: 'decrease',
            measurements: series(today, {
              unit: 'días hábiles',
              monthsAgo: [28, 16, 10],
              values: [13.4, 10.1, 8.6],
              decimals: 1,
              source,
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c1',
        parentKey: 'proposito',
        level: 'component',
        position: 1,
        narrativeSummary: 'Plataforma de trámites y ventanilla única digital en operación.',
        meansOfVerification: 'Catálogo de trámites publicados en la sede electrónica.',
        assumptions: 'El proveedor de infraestructura en la nube cumple los niveles de servicio.',
        indicators: [
          indicator({
            name: 'Trámites rediseñados y publicados en la plataforma',
            unit: 'trámites',
            baselineValue: '0',
            baselineDate,
            targetValue: '48',
            targetDate,
            frequency: 'semiannual',
            measurements: series(today, {
              unit: 'trámites',
              monthsAgo: [40, 34, 28, 22, 16, 10],
              values: [3, 10, 19, 28, 40, 51],
              source,
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c2',
        parentKey: 'proposito',
        level: 'component',
        position: 2,
        narrativeSummary: 'Servidores públicos formados en gobierno digital y diseño de servicios.',
        meansOfVerification: 'Certificados de Ruta N; listados de asistencia.',
        assumptions: 'Las dependencias liberan tiempo de sus equipos para la formación.',
        indicators: [
          indicator({
            name: 'Servidores públicos certificados en gobierno digital (acumulado)',
            unit: 'servidores públicos',
            baselineValue: '0',
            baselineDate,
            targetValue: '1500',
            targetDate,
            frequency: 'semiannual',
            disaggregations: ['sex'],
            measurements: series(today, {
              unit: 'servidores públicos',
              monthsAgo: [40, 34, 28, 22, 16, 10],
              values: [120, 360, 610, 880, 1150, 1420],
              source: 'Ruta N, informes de formación',
              breakdown: { sex: { female: 58, male: 41, not_reported: 1 } },
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c3',
        parentKey: 'proposito',
        level: 'component',
        position: 3,
        narrativeSummary: 'Intercambio técnico con entidades coreanas de gobierno digital.',
        meansOfVerification: 'Informes de misión aprobados por el comité directivo.',
        assumptions: 'Las condiciones de viaje permiten las misiones presenciales.',
        indicators: [
          indicator({
            name: 'Misiones técnicas e intercambios realizados',
            unit: 'misiones',
            baselineValue: '0',
            baselineDate,
            targetValue: '4',
            targetDate,
            measurements: series(today, {
              unit: 'misiones',
              monthsAgo: [34, 22, 10],
              values: [1, 2, 4],
              source: 'ACI Medellín, informes de misión',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'a1',
        parentKey: 'c1',
        level: 'activity',
        narrativeSummary: 'Rediseño de trámites con pruebas de usabilidad y publicación por lotes.',
        meansOfVerification: 'Informes de pruebas de usabilidad.',
        assumptions: 'Las dependencias validan los rediseños a tiempo.',
      }),
      mirRow({
        key: 'a2',
        parentKey: 'c2',
        level: 'activity',
        narrativeSummary: 'Cursos presenciales y virtuales en gobierno digital con Ruta N.',
        meansOfVerification: 'Plan de formación y registros de la plataforma de aprendizaje.',
        assumptions: 'La plataforma de aprendizaje está disponible.',
      }),
      mirRow({
        key: 'a3',
        parentKey: 'c3',
        level: 'activity',
        narrativeSummary: 'Misiones técnicas a Corea y visitas de expertos coreanos a Medellín.',
        meansOfVerification: 'Agendas e informes de misión.',
        assumptions: 'KOICA mantiene el cronograma de expertos.',
      }),
    ],
    activities: [
      activity({
        title: 'Interpretación del acuerdo y plan operativo con KOICA y APC-Colombia',
        kind: 'interpretation',
        ownerDepartmentAcronym: 'ACI',
        startDate: on({ months: -46 }),
        endDate: on({ months: -44 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Oficina de proyecto y mesa de arquitectura tecnológica',
        kind: 'organization',
        ownerName: 'Secretaría de Innovación Digital',
        startDate: on({ months: -44 }),
        endDate: on({ months: -41 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Rediseño y publicación de trámites',
        kind: 'application',
        mirKey: 'a1',
        ownerName: 'Secretaría de Innovación Digital',
        startDate: on({ months: -41 }),
        endDate: on({ months: -9 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Programa de formación en gobierno digital',
        kind: 'application',
        mirKey: 'a2',
        ownerName: 'Corporación Ruta N Medellín',
        startDate: on({ months: -40 }),
        endDate: on({ months: -10 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Misiones técnicas de intercambio',
        kind: 'application',
        mirKey: 'a3',
        ownerDepartmentAcronym: 'ACI',
        startDate: on({ months: -36 }),
        endDate: on({ months: -10 }),
        status: 'done',
        progressPercent: 100,
      }),
    ],
  };
}

/** Investment attraction and digital talent with Ruta N and a software investor: on the agenda. */
function digitalTalentInvestment(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  return {
    key: 'inversion-talento-digital',
    targetStage: 'agenda',
    input: {
      title:
        'Atracción de inversión en servicios de software con formación de talento digital en las comunas',
      summary: demoSummary(
        'Estrategia de la ACI Medellín con Ruta N para retener y ampliar la inversión extranjera en servicios basados en conocimiento, vinculando a jóvenes de comunas con menores ingresos a la formación en habilidades digitales y bilingüismo que demandan las empresas instaladas.',
      ),
      strategyLine: 'trade_investment',
      themes: ['economic', 'education', 'innovation'],
      sdgGoals: ['4', '8', '9'],
      sdgTargets: ['4.4', '8.2', '8.6', '9.5'],
      objective:
        'Aumentar la inversión extranjera directa y el empleo formal en servicios de software en Medellín, con una proporción creciente de contrataciones de jóvenes de las comunas priorizadas.',
      causalHypothesis: null,
      legalBasis:
        'Ley de 2023 que erigió a Medellín en Distrito Especial de Ciencia, Tecnología e Innovación; Plan de Desarrollo Distrital de Medellín 2024–2027, línea de desarrollo económico; estatutos de la Agencia de Cooperación e Inversión de Medellín y el Área Metropolitana.',
      agents: null,
      procedures: null,
      budget: [],
      problemStatement:
        'Las empresas de servicios de software instaladas en la ciudad reportan vacantes que no logran cubrir por falta de perfiles técnicos bilingües, lo que limita sus planes de expansión local; al mismo tiempo, los jóvenes de las comunas con menores ingresos casi no acceden a esos empleos.',
      problemTree: {
        causes: [
          node('c1', 'Oferta de formación técnica desalineada con la demanda de las empresas', [
            leaf('c1a', 'Baja participación de las empresas en el diseño de los programas'),
          ]),
          node('c2', 'Bajo nivel de inglés de los egresados de la educación media pública'),
          node('c3', 'Barreras de conectividad y de equipos en los hogares de las comunas priorizadas'),
        ],
        effects: [
          node('e1', 'Empresas que trasladan vacantes a otras ciudades o países'),
          node('e2', 'Brecha de ingresos entre los jóvenes de las comunas y el resto de la ciudad'),
        ],
      },
      affectedPopulation: 65_000,
      affectedPopulationDescription:
        'Jóvenes de 18 a 28 años con educación media completa residentes en las comunas priorizadas (estimación ilustrativa), y las empresas del sector instaladas en la ciudad.',
      isWholeTerritory: false,
      territorialUnitCodes: ['01', '03', '06', '08', '13', '60'],
      agendaSetter: 'department',
      agendaSetterDetail:
        'ACI Medellín, a partir del seguimiento a las empresas de inversión extranjera instaladas',
      agendaDate: on({ months: -2 }),
      approach: 'bottom_up',
      approachJustification:
        'Las empresas, las universidades y Ruta N conocen los perfiles que se requieren y deben coproducir los programas de formación; las organizaciones de las comunas orientan la convocatoria para llegar a quienes no acceden por los canales habituales.',
      departments: [
        { acronym: 'ACI', role: 'lead' },
        { acronym: 'DAP', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'ruta-n', role: 'technical_partner' },
        { partnerKey: 'globant', role: 'counterpart' },
        { partnerKey: 'eafit', role: 'technical_partner' },
        { partnerKey: 'proantioquia', role: 'advisor' },
      ],
      linkKeys: ['carta-globant-talento'],
      rollUpMethod: 'average',
      assessment: null,
    },
    mir: [],
    activities: [],
  };
}

/** A South–South offer of Medellín's social urbanism: a problem being framed. */
function southSouthOffer(): DemoInitiative {
  return {
    key: 'oferta-sur-sur-urbanismo',
    targetStage: 'problematization',
    input: {
      title: 'Oferta de cooperación Sur–Sur en urbanismo social y presupuesto participativo',
      summary: demoSummary(
        'Problematización de la oferta de buenas prácticas de la ciudad: Medellín recibe cada año numerosas solicitudes de visitas técnicas de gobiernos locales de América Latina, pero no cuenta con una oferta sistematizada ni con reglas para decidir a cuáles responder.',
      ),
      strategyLine: 'international_cooperation',
      themes: ['urban_planning', 'governance', 'social'],
      sdgGoals: ['11', '17'],
      sdgTargets: ['11.3', '17.9'],
      objective: null,
      causalHypothesis: null,
      legalBasis: null,
      agents: null,
      procedures: null,
      budget: [],
      problemStatement:
        'Las solicitudes de gobiernos locales para conocer el urbanismo social, el presupuesto participativo y la gestión del riesgo de Medellín se atienden caso por caso, con visitas protocolarias que consumen tiempo de los equipos técnicos y rara vez generan intercambios de seguimiento ni aprendizajes para la propia ciudad.',
      problemTree: {
        causes: [
          node('c1', 'Experiencias de la ciudad no sistematizadas en formatos transferibles'),
          node('c2', 'Ausencia de criterios para priorizar solicitudes de cooperación', [
            leaf('c2a', 'Solicitudes que llegan por canales distintos: despacho, secretarías, ACI'),
          ]),
          node('c3', 'Sin presupuesto asignado para la cooperación ofrecida'),
        ],
        effects: [
          node('e1', 'Visitas protocolarias sin continuidad ni resultados verificables'),
          node('e2', 'Sobrecarga de los equipos técnicos de Planeación y Gestión del Riesgo'),
          node('e3', 'Oportunidades de posicionamiento y reciprocidad desaprovechadas'),
        ],
      },
      affectedPopulation: 350,
      affectedPopulationDescription:
        'Servidores públicos de Medellín que atienden delegaciones y equipos técnicos de los gobiernos locales solicitantes en un año (estimación ilustrativa).',
      isWholeTerritory: true,
      territorialUnitCodes: [],
      departments: [
        { acronym: 'ACI', role: 'lead' },
        { acronym: 'DAP', role: 'participant' },
        { acronym: 'DAGRD', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'apc-colombia', role: 'counterpart' },
        { partnerKey: 'cideu', role: 'advisor' },
      ],
      linkKeys: ['hermanamiento-valparaiso', 'hermanamiento-concepcion', 'red-cideu'],
      rollUpMethod: 'average',
      assessment: null,
    },
    mir: [],
    activities: [],
  };
}

/** The initiatives of the Medellín demo, one per stage from problematization to closed. */
export function buildMedellinInitiatives(today: Date): DemoInitiative[] {
  return [
    youthPeace(today),
    hillsideMobility(today),
    digitalGovernment(today),
    digitalTalentInvestment(today),
    southSouthOffer(),
  ];
}
