import { dateFrom } from './demo-helpers';
import { activity, demoSummary, indicator, leaf, minor, mirRow, node, series } from './initiatives-helpers';
import type { DemoInitiative } from './initiatives-types';

/*
 * Initiatives of the Ciudad de México demo, built on the partners, links, alcaldías (INEGI codes) and
 * departments of cdmx.ts. The Secretaría de Cultura has no acronym in the demo, so it appears as the
 * owner (`ownerName`) of the activities it carries out. Every figure is illustrative.
 */

/** Cultural projection as a world cultural capital: finished its cycle, being evaluated. */
function culturalCapital(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const baselineDate = on({ months: -38 });
  const targetDate = on({ months: -2 });
  return {
    key: 'proyeccion-cultural-capital',
    targetStage: 'evaluation',
    input: {
      title: 'Programa de proyección cultural internacional de la Ciudad de México',
      summary: demoSummary(
        'Programa trienal para proyectar a la ciudad como capital cultural del mundo con beneficio para sus creadores: presencia en festivales y ferias del exterior, Día de Muertos con ciudades hermanas y el programa de la Ciudad Creativa del Diseño de la UNESCO.',
      ),
      strategyLine: 'international_projection',
      themes: ['cultural', 'tourism', 'economic'],
      sdgGoals: ['8', '11'],
      sdgTargets: ['8.9', '11.4'],
      objective:
        'Que creadores, colectivos e industrias culturales de todas las alcaldías accedan a circuitos internacionales y que la oferta cultural de la ciudad gane peso como motivo de visita internacional.',
      causalHypothesis:
        'Si la ciudad lleva su oferta cultural a festivales y ferias del exterior con creadores seleccionados por convocatoria abierta, y usa sus hermanamientos y su pertenencia a redes para programar intercambios, aumentan las oportunidades internacionales de los creadores locales y la visibilidad de la ciudad como destino cultural.',
      legalBasis:
        'Constitución Política de la Ciudad de México (2017), disposiciones sobre derechos culturales y sobre la ciudad global; Ley de Derechos Culturales de los Habitantes y Visitantes de la Ciudad de México; Ley sobre la Celebración de Tratados, para los acuerdos interinstitucionales; designación como Ciudad Creativa del Diseño en la Red de Ciudades Creativas de la UNESCO (2017).',
      agents:
        'Coordinación General de Asuntos Internacionales (coordinación y relación con ciudades y redes); Secretaría de Cultura (programación y convocatorias); Secretaría de Turismo (promoción); Secretaría de Desarrollo Económico (industrias creativas y diseño); UNESCO y CGLU (redes); ciudades hermanas anfitrionas.',
      procedures:
        'Convocatorias públicas anuales con jurado externo; calendario anual de presencia internacional aprobado por la Jefatura de Gobierno; informe semestral al Congreso de la Ciudad; informe cuatrienal de seguimiento a la UNESCO como Ciudad Creativa.',
      budget: [
        {
          source: 'own',
          amountMinor: minor(38_500_000),
          currency: 'MXN',
          description: 'Presupuesto de las secretarías participantes, tres ejercicios',
        },
        {
          source: 'private',
          amountMinor: minor(6_000_000),
          currency: 'MXN',
          description: 'Patrocinios de empresas para la presencia en ferias',
        },
        {
          source: 'international_cooperation',
          amountMinor: minor(120_000),
          currency: 'EUR',
          description: 'Aportaciones de ciudades anfitrionas (transporte y alojamiento de artistas)',
        },
      ],
      problemStatement:
        'La oferta cultural de la ciudad tiene reconocimiento internacional, pero su proyección exterior se ha concentrado en pocas instituciones y en creadores de las alcaldías centrales. Los colectivos y creadores de las alcaldías periféricas rara vez acceden a festivales, ferias y residencias en el extranjero, y la presencia internacional de la ciudad no se traduce en oportunidades verificables para ellos.',
      problemTree: {
        causes: [
          node('c1', 'Participación internacional decidida sin convocatoria abierta', [
            leaf('c1a', 'Invitaciones que llegan por relaciones personales'),
          ]),
          node('c2', 'Altos costos de viaje y de transporte de obra para creadores independientes'),
          node('c3', 'Hermanamientos y redes culturales sin programa de trabajo anual'),
        ],
        effects: [
          node('e1', 'Beneficios de la proyección internacional concentrados en las alcaldías centrales'),
          node('e2', 'Acciones protocolarias sin continuidad ni resultados medibles', [
            leaf('e2a', 'Dificultad para justificar el presupuesto ante el Congreso'),
          ]),
        ],
      },
      affectedPopulation: 42_000,
      affectedPopulationDescription:
        'Creadores, colectivos y trabajadores de las industrias culturales y creativas de la ciudad (estimación ilustrativa a partir de registros de la Secretaría de Cultura).',
      isWholeTerritory: true,
      territorialUnitCodes: [],
      agendaSetter: 'mayor',
      agendaSetterDetail: 'Jefatura de Gobierno, en el programa de gobierno',
      agendaDate: on({ months: -42 }),
      approach: 'top_down',
      approachJustification:
        'La proyección internacional de la ciudad es una decisión de la Jefatura de Gobierno que compromete a varias secretarías y a la relación con gobiernos extranjeros; la participación de los creadores se asegura mediante convocatorias abiertas y jurados externos.',
      departments: [
        { acronym: 'CGAI', role: 'lead' },
        { acronym: 'SECTUR', role: 'participant' },
        { acronym: 'SEDECO', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'unesco', role: 'technical_partner' },
        { partnerKey: 'cglu', role: 'advisor' },
        { partnerKey: 'madrid', role: 'counterpart' },
        { partnerKey: 'los-angeles', role: 'counterpart' },
        { partnerKey: 'berlin', role: 'counterpart' },
      ],
      linkKeys: [
        'red-ciudades-creativas',
        'red-cglu',
        'hermanamiento-madrid',
        'hermanamiento-los-angeles',
        'hermanamiento-berlin',
      ],
      rollUpMethod: 'average',
      assessment:
        'Al cierre del periodo, 512 creadores y agentes culturales participaron en actividades en el extranjero (meta: 600, 85 % de avance); casi la mitad reside fuera de las cuatro alcaldías centrales, frente a una participación casi nula antes del programa. La presencia en festivales y ferias alcanzó 22 de 24 participaciones previstas y 14 ciudades del exterior celebraron Día de Muertos en coordinación con la ciudad. La proporción de visitantes internacionales que declaran la oferta cultural como motivo principal del viaje pasó de 18 % a 23,1 %, sin alcanzar la meta de 24 %. Faltan mediciones de dos trimestres por el cambio de sistema de registro de la Secretaría de Cultura. Recomendaciones: mantener las convocatorias abiertas, ampliar el apoyo para transporte de obra, que fue la principal barrera de los colectivos de las alcaldías periféricas, y acordar programas de trabajo anuales con las ciudades hermanas antes de renovar el programa.',
    },
    mir: [
      mirRow({
        key: 'fin',
        level: 'goal',
        narrativeSummary:
          'Contribuir al posicionamiento de la Ciudad de México como capital cultural, con beneficios para sus creadores.',
        meansOfVerification: 'Encuesta a visitantes internacionales de la Secretaría de Turismo.',
        assumptions: 'Las condiciones de conectividad aérea y de seguridad del destino se mantienen.',
        indicators: [
          indicator({
            name: 'Visitantes internacionales que declaran la oferta cultural como motivo principal del viaje',
            unit: '%',
            measure: 'percentage',
            baselineValue: '18.0',
            baselineDate,
            targetValue: '24.0',
            targetDate,
            frequency: 'annual',
            measurements: series(today, {
              unit: '%',
              monthsAgo: [26, 14, 2],
              values: [19.5, 21.8, 23.1],
              decimals: 1,
              source: 'Encuesta a visitantes internacionales (cifras ilustrativas)',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'proposito',
        parentKey: 'fin',
        level: 'purpose',
        narrativeSummary:
          'Creadores, colectivos e industrias culturales de todas las alcaldías acceden a circuitos internacionales.',
        meansOfVerification:
          'Registro de beneficiarios de las convocatorias; informes de viaje y constancias de participación.',
        assumptions: 'Los festivales y ferias anfitriones mantienen sus invitaciones.',
        indicators: [
          indicator({
            name: 'Creadores y agentes culturales que participan en festivales, ferias y residencias en el extranjero (acumulado)',
            // People reached: counted as beneficiaries of social utility.
            countsBeneficiaries: true,
            unit: 'personas',
            baselineValue: '0',
            baselineDate,
            targetValue: '600',
            targetDate,
            frequency: 'quarterly',
            disaggregations: ['territorial_unit', 'sex'],
            measurements: series(today, {
              unit: 'personas',
              monthsAgo: [35, 32, 29, 23, 20, 17, 14, 8, 5, 2],
              values: [22, 58, 97, 160, 201, 262, 318, 402, 455, 512],
              source: 'Secretaría de Cultura, registro de beneficiarios de convocatorias',
              breakdown: {
                territorial_unit: {
                  '09015': 30,
                  '09003': 20,
                  '09014': 14,
                  '09007': 12,
                  '09005': 10,
                  '09016': 8,
                  '09013': 6,
                },
                sex: { female: 52, male: 45, non_binary: 2, not_reported: 1 },
              },
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c1',
        parentKey: 'proposito',
        level: 'component',
        position: 1,
        narrativeSummary: 'Presencia de la ciudad en festivales y ferias culturales internacionales.',
        meansOfVerification: 'Cartas de invitación y memorias de participación.',
        assumptions: 'Los costos de transporte de obra se mantienen dentro de lo presupuestado.',
        indicators: [
          indicator({
            name: 'Participaciones en festivales y ferias internacionales',
            unit: 'participaciones',
            baselineValue: '0',
            baselineDate,
            targetValue: '24',
            targetDate,
            frequency: 'semiannual',
            measurements: series(today, {
              unit: 'participaciones',
              monthsAgo: [32, 26, 20, 14, 8, 2],
              values: [3, 7, 11, 15, 19, 22],
              source: 'Coordinación General de Asuntos Internacionales, agenda internacional',
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
          'Día de Muertos celebrado con ciudades hermanas y comunidades mexicanas en el exterior.',
        meansOfVerification: 'Programas publicados por las ciudades anfitrionas y los consulados.',
        assumptions: 'Las ciudades hermanas asumen la logística local de las actividades.',
        indicators: [
          indicator({
            name: 'Ciudades del exterior con actividades de Día de Muertos coordinadas con la ciudad',
            unit: 'ciudades',
            baselineValue: '0',
            baselineDate,
            targetValue: '15',
            targetDate,
            frequency: 'annual',
            measurements: series(today, {
              unit: 'ciudades',
              monthsAgo: [28, 16, 4],
              values: [5, 9, 14],
              source: 'Coordinación General de Asuntos Internacionales',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'c3',
        parentKey: 'proposito',
        level: 'component',
        position: 3,
        narrativeSummary: 'Diseño local presentado en la Red de Ciudades Creativas de la UNESCO.',
        meansOfVerification: 'Informes a la subred de Diseño; catálogos de las exposiciones.',
        assumptions: 'La subred de Diseño mantiene su programa de encuentros anuales.',
        indicators: [
          indicator({
            name: 'Proyectos de diseño local presentados en actividades de la Red de Ciudades Creativas',
            unit: 'proyectos',
            baselineValue: '0',
            baselineDate,
            targetValue: '20',
            targetDate,
            frequency: 'semiannual',
            measurements: series(today, {
              unit: 'proyectos',
              monthsAgo: [29, 23, 17, 11, 5],
              values: [2, 6, 9, 13, 17],
              source: 'Secretaría de Desarrollo Económico, informes a la UNESCO',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'a1',
        parentKey: 'c1',
        level: 'activity',
        narrativeSummary: 'Convocatoria anual abierta para participar en festivales y ferias del exterior.',
        meansOfVerification: 'Bases publicadas en la Gaceta Oficial; actas del jurado.',
        assumptions: 'Se reciben postulaciones de todas las alcaldías.',
      }),
      mirRow({
        key: 'a2',
        parentKey: 'c2',
        level: 'activity',
        narrativeSummary: 'Programa anual de Día de Muertos acordado con ciudades hermanas y consulados.',
        meansOfVerification: 'Minutas de acuerdo con cada ciudad.',
        assumptions: 'Los consulados participan en la difusión.',
      }),
      mirRow({
        key: 'a3',
        parentKey: 'c3',
        level: 'activity',
        narrativeSummary: 'Selección de proyectos de diseño y montaje de exposiciones en la red.',
        meansOfVerification: 'Actas del comité de selección.',
        assumptions: 'Los diseñadores seleccionados pueden viajar en las fechas previstas.',
      }),
    ],
    activities: [
      activity({
        title: 'Lineamientos del programa y criterios de selección',
        kind: 'interpretation',
        ownerDepartmentAcronym: 'CGAI',
        startDate: on({ months: -38 }),
        endDate: on({ months: -36 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Comité interinstitucional y calendario anual con ciudades hermanas',
        kind: 'organization',
        ownerDepartmentAcronym: 'CGAI',
        startDate: on({ months: -37 }),
        endDate: on({ months: -35 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Convocatorias y presencia en festivales y ferias',
        kind: 'application',
        mirKey: 'a1',
        ownerName: 'Secretaría de Cultura',
        startDate: on({ months: -35 }),
        endDate: on({ months: -2 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Día de Muertos con ciudades hermanas',
        kind: 'application',
        mirKey: 'a2',
        ownerDepartmentAcronym: 'SECTUR',
        startDate: on({ months: -30 }),
        endDate: on({ months: -4 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Programa de la Ciudad Creativa del Diseño',
        kind: 'application',
        mirKey: 'a3',
        ownerDepartmentAcronym: 'SEDECO',
        startDate: on({ months: -32 }),
        endDate: on({ months: -3 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Informe final al Congreso de la Ciudad y a la UNESCO',
        kind: 'organization',
        ownerDepartmentAcronym: 'CGAI',
        startDate: on({ months: -2 }),
        endDate: on({ months: 1 }),
        status: 'in_progress',
        progressPercent: 80,
      }),
    ],
  };
}

const oriente = ['09005', '09006', '09007', '09017'];

/** Air quality around schools in the eastern alcaldías with C40 and the German cooperation: in implementation. */
function schoolAirQuality(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const baselineDate = on({ months: -24 });
  const targetDate = on({ months: 24 });
  const byAlcaldia = { '09005': 22, '09006': 15, '09007': 45, '09017': 18 };
  return {
    key: 'aire-escuelas-oriente',
    targetStage: 'implementation',
    input: {
      title: 'Aire limpio en entornos escolares del oriente',
      summary: demoSummary(
        'Iniciativa de la Secretaría del Medio Ambiente con la asistencia técnica de C40 y de la cooperación alemana para reducir la exposición de niñas, niños y adolescentes a partículas finas (PM2.5) en escuelas ubicadas sobre corredores de alto tráfico de Gustavo A. Madero, Iztacalco, Iztapalapa y Venustiano Carranza.',
      ),
      strategyLine: 'city_networks',
      themes: ['environmental', 'health', 'mobility'],
      sdgGoals: ['3', '11', '13'],
      sdgTargets: ['3.9', '11.6', '13.2'],
      objective:
        'Reducir la exposición a PM2.5 de la población escolar del oriente de la ciudad en los horarios de entrada y salida, y la concentración media de PM2.5 en la zona.',
      causalHypothesis:
        'Si se mide la calidad del aire en cada escuela, se reorganiza el tránsito pesado fuera de los horarios escolares y se pacifican y arbolan los corredores escolares, disminuye la exposición de la población escolar a partículas finas y, con medidas de flota, la concentración media de la zona.',
      legalBasis:
        'Ley Ambiental de Protección a la Tierra en el Distrito Federal; Ley de Mitigación y Adaptación al Cambio Climático y Desarrollo Sustentable para el Distrito Federal; NOM-025-SSA1-2021, valores límite de partículas suspendidas; Programa de Gestión para Mejorar la Calidad del Aire de la Zona Metropolitana del Valle de México (ProAire) vigente; membresía en C40 y convenio de cooperación técnica con la GIZ (instrumentos vinculados).',
      agents:
        'Secretaría del Medio Ambiente (dirección; Sistema de Monitoreo Atmosférico); Secretaría de Movilidad (gestión del tránsito); Secretaría de Educación, Ciencia, Tecnología e Innovación (programa escolar); Coordinación General de Asuntos Internacionales (relación con C40 y GIZ); UNAM (calibración de sensores); alcaldías y comunidades escolares.',
      procedures:
        'Protocolo de calibración de sensores de bajo costo contra las estaciones oficiales; comité técnico trimestral con C40 y GIZ; publicación de datos abiertos por escuela; informe anual a la red C40.',
      budget: [
        {
          source: 'own',
          amountMinor: minor(64_000_000),
          currency: 'MXN',
          description: 'Sensores, obras en corredores y programa escolar, cuatro ejercicios',
        },
        {
          source: 'international_cooperation',
          amountMinor: minor(450_000),
          currency: 'EUR',
          description: 'Asistencia técnica de la GIZ (valorizada)',
        },
        {
          source: 'international_cooperation',
          amountMinor: minor(250_000),
          currency: 'USD',
          description: 'Asistencia técnica de C40 (valorizada)',
        },
      ],
      problemStatement:
        'Las escuelas del oriente de la ciudad ubicadas sobre corredores de tránsito pesado registran concentraciones de PM2.5 en los horarios de entrada y salida muy superiores a las de la red de monitoreo, lo que expone a la población escolar a un riesgo para su salud respiratoria que hoy no se mide ni se gestiona escuela por escuela.',
      problemTree: {
        causes: [
          node(
            'c1',
            'Tránsito de carga y de autobuses antiguos frente a las escuelas en horarios escolares',
            [
              leaf('c1a', 'Rutas de carga sin restricción horaria en vialidades secundarias'),
              leaf('c1b', 'Flota de transporte concesionado con motores a diésel antiguos'),
            ],
          ),
          node('c2', 'Red de monitoreo sin cobertura a escala de escuela'),
          node('c3', 'Corredores escolares sin arbolado ni barreras vegetales'),
        ],
        effects: [
          node('e1', 'Mayor incidencia de enfermedades respiratorias en la población escolar'),
          node('e2', 'Ausentismo escolar en temporada de contingencias'),
          node('e3', 'Desigualdad ambiental entre el oriente y el poniente de la ciudad'),
        ],
      },
      affectedPopulation: 96_000,
      affectedPopulationDescription:
        'Estudiantes de educación básica de las escuelas ubicadas a menos de 150 metros de corredores de alto tráfico en las cuatro alcaldías (estimación ilustrativa).',
      isWholeTerritory: false,
      territorialUnitCodes: oriente,
      agendaSetter: 'partner',
      agendaSetterDetail:
        'Propuesta surgida en el grupo de trabajo de calidad del aire de C40, respaldada por madres y padres de familia de escuelas de Iztapalapa',
      agendaDate: on({ months: -28 }),
      approach: 'bottom_up',
      approachJustification:
        'Las comunidades escolares participan en la medición (ciencia ciudadana) y en la definición de las intervenciones de cada corredor; sin su participación no se sostienen las restricciones horarias ni el cuidado del arbolado.',
      departments: [
        { acronym: 'SEDEMA', role: 'lead' },
        { acronym: 'SEMOVI', role: 'participant' },
        { acronym: 'SECTEI', role: 'participant' },
        { acronym: 'CGAI', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'c40', role: 'technical_partner' },
        { partnerKey: 'giz', role: 'advisor' },
        { partnerKey: 'unam', role: 'technical_partner' },
      ],
      linkKeys: ['red-c40', 'convenio-giz-aire'],
      rollUpMethod: 'weighted',
      assessment: null,
    },
    mir: [
      mirRow({
        key: 'fin',
        level: 'goal',
        narrativeSummary:
          'Contribuir a reducir la exposición de la población del oriente de la ciudad a partículas finas.',
        meansOfVerification:
          'Promedios de PM2.5 de las estaciones del Sistema de Monitoreo Atmosférico en las cuatro alcaldías.',
        assumptions: 'No se presentan temporadas de incendios forestales excepcionales en la región.',
        indicators: [
          indicator({
            name: 'Concentración promedio de PM2.5 en las estaciones del oriente (doce meses móviles)',
            unit: 'µg/m³',
            baselineValue: '24.6',
            baselineDate,
            targetValue: '20.0',
            targetDate,
            frequency: 'semiannual',
            direction: 'decrease',
            measurements: series(today, {
              unit: 'µg/m³',
              monthsAgo: [18, 12, 2],
              values: [24.1, 23.5, 22.8],
              decimals: 1,
              source: 'Sistema de Monitoreo Atmosférico de la Ciudad de México (cifras ilustrativas)',
            }),
          }),
        ],
      }),
      mirRow({
        key: 'proposito',
        parentKey: 'fin',
        level: 'purpose',
        narrativeSummary:
          'La población escolar de los corredores priorizados reduce su exposición a PM2.5 en los horarios escolares.',
        meansOfVerification:
          'Datos de los sensores escolares calibrados; planes de reducción de exposición firmados por cada escuela.',
        assumptions: 'Las escuelas mantienen los sensores conectados y en funcionamiento.',
        indicators: [
          indicator({
            name: 'Escuelas con plan de reducción de exposición en operación',
            unit: 'escuelas',
            baselineValue: '0',
            baselineDate,
            targetValue: '120',
            targetDate,
            frequency: 'quarterly',
            disaggregations: ['territorial_unit'],
            measurements: series(today, {
              unit: 'escuelas',
              monthsAgo: [21, 18, 15, 12, 6, 3],
              values: [8, 19, 31, 44, 67, 78],
              source: 'Secretaría del Medio Ambiente, registro de planes escolares',
              breakdown: { territorial_unit: byAlcaldia },
            }),
          }),
          indicator({
            name: 'PM2.5 promedio en los horarios de entrada y salida en las escuelas del programa',
            unit: 'µg/m³',
            baselineValue: '31.2',
            baselineDate,
            targetValue: '25.0',
            targetDate,
            frequency: 'quarterly',
            direction: 'decrease',
            weight: 2,
            measurements: series(today, {
              unit: 'µg/m³',
              monthsAgo: [18, 12, 6, 3],
              values: [30.8, 29.5, 28.1, 27.9],
              decimals: 1,
              source: 'Red de sensores escolares calibrada por la UNAM (cifras ilustrativas)',
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
          'Red de sensores de bajo costo en escuelas, calibrada con la red oficial y con datos abiertos.',
        meansOfVerification: 'Inventario de sensores; portal de datos abiertos.',
        assumptions: 'Los proveedores entregan los sensores en los plazos contratados.',
        indicators: [
          indicator({
            name: 'Sensores escolares en operación',
            unit: 'sensores',
            baselineValue: '0',
            baselineDate,
            targetValue: '150',
            targetDate,
            frequency: 'quarterly',
            disaggregations: ['territorial_unit'],
            measurements: series(today, {
              unit: 'sensores',
              monthsAgo: [21, 18, 15, 12, 9, 6, 3],
              values: [10, 32, 55, 80, 96, 112, 131],
              source: 'Secretaría del Medio Ambiente, inventario de la red escolar',
              breakdown: { territorial_unit: byAlcaldia },
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
          'Corredores escolares pacificados, con restricción horaria al tránsito pesado y barreras vegetales.',
        meansOfVerification: 'Actas de entrega de obra; acuerdos de restricción horaria publicados.',
        assumptions: 'Las alcaldías autorizan las intervenciones en vialidades secundarias.',
        indicators: [
          indicator({
            name: 'Corredores escolares intervenidos',
            unit: 'corredores',
            baselineValue: '0',
            baselineDate,
            targetValue: '30',
            targetDate,
            frequency: 'semiannual',
            measurements: series(today, {
              unit: 'corredores',
              monthsAgo: [18, 12, 6],
              values: [3, 8, 12],
              source: 'Secretaría de Movilidad, registro de obras',
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
          'Estudiantes participan en un programa de ciencia ciudadana sobre calidad del aire.',
        meansOfVerification: 'Listas de participantes; bitácoras de medición de los grupos escolares.',
        assumptions: 'El calendario escolar permite incluir el programa en las horas de ciencias.',
        indicators: [
          indicator({
            name: 'Estudiantes participantes en el programa de ciencia ciudadana (acumulado)',
            // People reached: counted as beneficiaries of social utility.
            countsBeneficiaries: true,
            unit: 'estudiantes',
            baselineValue: '0',
            baselineDate,
            targetValue: '5000',
            targetDate,
            frequency: 'quarterly',
            disaggregations: ['sex', 'age_group'],
            measurements: series(today, {
              unit: 'estudiantes',
              monthsAgo: [15, 12, 9, 6, 3],
              values: [420, 980, 1510, 2100, 2630],
              source: 'Secretaría de Educación, Ciencia, Tecnología e Innovación',
              breakdown: {
                sex: { female: 51, male: 49 },
                age_group: { '6-13': 72, '14-17': 28 },
              },
            }),
          }),
        ],
      }),
      mirRow({
        key: 'a1',
        parentKey: 'c1',
        level: 'activity',
        narrativeSummary: 'Instalación y calibración de sensores con la UNAM.',
        meansOfVerification: 'Informes de calibración.',
        assumptions: 'Las escuelas cuentan con conexión eléctrica y a internet estables.',
      }),
      mirRow({
        key: 'a2',
        parentKey: 'c2',
        level: 'activity',
        narrativeSummary: 'Diseño participativo y obra de los corredores escolares.',
        meansOfVerification: 'Memorias de los talleres y contratos de obra.',
        assumptions: 'Las comunidades escolares participan en los talleres.',
      }),
      mirRow({
        key: 'a3',
        parentKey: 'c3',
        level: 'activity',
        narrativeSummary: 'Formación docente y materiales del programa de ciencia ciudadana.',
        meansOfVerification: 'Listas de asistencia docente; materiales publicados.',
        assumptions: 'Los docentes se inscriben en la formación.',
      }),
    ],
    activities: [
      activity({
        title: 'Criterios de priorización de escuelas y protocolo de calibración',
        kind: 'interpretation',
        ownerDepartmentAcronym: 'SEDEMA',
        startDate: on({ months: -24 }),
        endDate: on({ months: -22 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Plan de trabajo con C40 y la GIZ y comité técnico',
        kind: 'organization',
        ownerDepartmentAcronym: 'CGAI',
        startDate: on({ months: -23 }),
        endDate: on({ months: -21 }),
        status: 'done',
        progressPercent: 100,
      }),
      activity({
        title: 'Instalación y calibración de la red de sensores escolares',
        kind: 'application',
        mirKey: 'a1',
        ownerDepartmentAcronym: 'SEDEMA',
        startDate: on({ months: -21 }),
        endDate: on({ months: 6 }),
        status: 'in_progress',
        progressPercent: 75,
      }),
      activity({
        title: 'Intervención de corredores escolares y restricción horaria',
        kind: 'application',
        mirKey: 'a2',
        ownerDepartmentAcronym: 'SEMOVI',
        startDate: on({ months: -18 }),
        endDate: on({ months: 20 }),
        status: 'in_progress',
        progressPercent: 40,
      }),
      activity({
        title: 'Programa de ciencia ciudadana en escuelas',
        kind: 'application',
        mirKey: 'a3',
        ownerDepartmentAcronym: 'SECTEI',
        startDate: on({ months: -16 }),
        endDate: on({ months: 18 }),
        status: 'in_progress',
        progressPercent: 55,
      }),
      activity({
        title: 'Evaluación intermedia con C40',
        kind: 'organization',
        ownerDepartmentAcronym: 'CGAI',
        startDate: on({ months: 2 }),
        endDate: on({ months: 4 }),
        status: 'planned',
        progressPercent: 0,
      }),
    ],
  };
}

/** Electric public transport for the eastern corridor with CAF financing: designed. */
function easternElectricCorridor(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const baselineDate = on({ months: -4 });
  const targetDate = on({ years: 5 });
  return {
    key: 'corredor-electrico-oriente',
    targetStage: 'design',
    input: {
      title: 'Corredor de transporte público eléctrico Iztapalapa–Tláhuac',
      summary: demoSummary(
        'Diseño de un corredor de trolebús con conexión a Cablebús para el oriente, con financiamiento en negociación con CAF y el intercambio con Beijing sobre operación de flotas eléctricas previsto en el programa del hermanamiento.',
      ),
      strategyLine: 'international_cooperation',
      themes: ['mobility', 'environmental', 'urban_planning'],
      sdgGoals: ['11', '13'],
      sdgTargets: ['11.2', '13.2'],
      objective:
        'Reducir los tiempos de traslado de la población de Iztapalapa y Tláhuac hacia los centros de empleo con transporte público eléctrico, seguro y accesible.',
      causalHypothesis:
        'Si se sustituye la oferta de microbuses del corredor por un servicio eléctrico de alta capacidad, integrado con Cablebús y Metro, disminuyen los tiempos de traslado, los costos para los hogares y las emisiones del transporte.',
      legalBasis:
        'Ley de Movilidad de la Ciudad de México; Ley de Mitigación y Adaptación al Cambio Climático y Desarrollo Sustentable para el Distrito Federal; Programa Integral de Movilidad vigente; carta de intención con CAF (instrumento vinculado); normativa federal de deuda pública aplicable a los créditos de la ciudad.',
      agents:
        'Secretaría de Movilidad (dirección); Servicio de Transportes Eléctricos (operador); Secretaría del Medio Ambiente; Secretaría de Desarrollo Urbano y Vivienda; Coordinación General de Asuntos Internacionales (relación con CAF y con Beijing); alcaldías de Iztapalapa y Tláhuac; concesionarios de las rutas sustituidas.',
      procedures:
        'Estudios de factibilidad con no objeción de CAF; mesas con concesionarios para su incorporación como operadores o su compensación; asambleas vecinales informativas en cada tramo; autorización del financiamiento conforme a la normativa de deuda.',
      budget: [
        {
          source: 'own',
          amountMinor: minor(250_000_000),
          currency: 'MXN',
          description: 'Estudios, proyecto ejecutivo y gestión social',
        },
        {
          source: 'international_cooperation',
          amountMinor: minor(150_000_000),
          currency: 'USD',
          description: 'Crédito en negociación con CAF (monto indicativo)',
        },
      ],
      problemStatement:
        'La población de Iztapalapa y Tláhuac dedica en promedio más de hora y media a cada traslado hacia los centros de empleo, en microbuses saturados y contaminantes, con riesgos de seguridad para las mujeres y sin integración tarifaria con la red de transporte masivo.',
      problemTree: {
        causes: [
          node('c1', 'Oferta de transporte concesionado fragmentada y con unidades antiguas', [
            leaf('c1a', 'Concesionarios sin acceso a financiamiento para renovar flota'),
          ]),
          node('c2', 'Red de transporte masivo insuficiente en el oriente'),
          node('c3', 'Vialidades congestionadas sin carriles exclusivos'),
        ],
        effects: [
          node('e1', 'Tiempos de traslado largos y pérdida de tiempo productivo y de cuidados'),
          node('e2', 'Emisiones contaminantes y de gases de efecto invernadero del transporte'),
          node('e3', 'Inseguridad en los traslados, en especial para las mujeres'),
        ],
      },
      affectedPopulation: 420_000,
      affectedPopulationDescription:
        'Personas que viajan a diario en el corredor Iztapalapa–Tláhuac (estimación ilustrativa a partir de encuestas de origen y destino).',
      isWholeTerritory: false,
      territorialUnitCodes: ['09007', '09011'],
      agendaSetter: 'mayor',
      agendaSetterDetail: 'Compromiso de la Jefatura de Gobierno en el programa de movilidad del oriente',
      agendaDate: on({ months: -9 }),
      approach: 'top_down',
      approachJustification:
        'Un corredor de alta capacidad exige decisiones de trazado, financiamiento y operación que corresponden a la Jefatura de Gobierno y al operador público; la participación vecinal se organiza en el diseño de cada tramo y en la integración urbana.',
      departments: [
        { acronym: 'SEMOVI', role: 'lead' },
        { acronym: 'SEDEMA', role: 'participant' },
        { acronym: 'SEDUVI', role: 'participant' },
        { acronym: 'CGAI', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'caf', role: 'funder' },
        { partnerKey: 'beijing', role: 'counterpart' },
      ],
      linkKeys: ['carta-caf-movilidad', 'hermanamiento-beijing'],
      rollUpMethod: 'average',
      assessment: null,
    },
    mir: [
      mirRow({
        key: 'fin',
        level: 'goal',
        narrativeSummary:
          'Contribuir a una movilidad más rápida, segura y limpia para la población del oriente.',
        meansOfVerification: 'Encuesta de origen y destino; inventario de emisiones de la ciudad.',
        assumptions: 'La política de movilidad mantiene la prioridad del transporte público.',
        indicators: [
          indicator({
            name: 'Tiempo promedio de traslado en transporte público en el corredor',
            unit: 'minutos',
            baselineValue: '95',
            baselineDate,
            targetValue: '75',
            targetDate,
            direction: 'decrease',
          }),
        ],
      }),
      mirRow({
        key: 'proposito',
        parentKey: 'fin',
        level: 'purpose',
        narrativeSummary:
          'Las personas que viajan en el corredor usan transporte público eléctrico integrado.',
        meansOfVerification: 'Validaciones de la tarjeta de movilidad integrada en el corredor.',
        assumptions: 'Se formaliza el crédito y la obra se ejecuta en los plazos previstos.',
        indicators: [
          indicator({
            name: 'Viajes diarios en transporte público eléctrico en el corredor',
            unit: 'viajes por día',
            baselineValue: '35000',
            baselineDate,
            targetValue: '140000',
            targetDate,
            frequency: 'quarterly',
          }),
        ],
      }),
      mirRow({
        key: 'c1',
        parentKey: 'proposito',
        level: 'component',
        position: 1,
        narrativeSummary: 'Corredor estructurado técnica, financiera, ambiental y socialmente.',
        meansOfVerification: 'Estudios aprobados con no objeción de CAF.',
        assumptions: 'No se requieren cambios de trazado por condiciones del subsuelo.',
        indicators: [
          indicator({
            name: 'Estudios de factibilidad aprobados',
            unit: 'estudios',
            baselineValue: '0',
            baselineDate,
            targetValue: '4',
            targetDate: on({ years: 1, months: 6 }),
          }),
        ],
      }),
      mirRow({
        key: 'c2',
        parentKey: 'proposito',
        level: 'component',
        position: 2,
        narrativeSummary: 'Flota eléctrica adquirida y en operación.',
        meansOfVerification: 'Actas de recepción de unidades del operador.',
        assumptions: 'Los fabricantes cumplen los plazos de entrega.',
        indicators: [
          indicator({
            name: 'Unidades eléctricas en operación en el corredor',
            unit: 'unidades',
            baselineValue: '0',
            baselineDate,
            targetValue: '80',
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
        narrativeSummary: 'Integración urbana del corredor diseñada con las comunidades vecinas.',
        meansOfVerification: 'Minutas de asambleas vecinales.',
        assumptions: 'Las comunidades participan en las asambleas.',
        indicators: [
          indicator({
            name: 'Asambleas vecinales de diseño realizadas',
            unit: 'asambleas',
            baselineValue: '0',
            baselineDate,
            targetValue: '24',
            targetDate: on({ years: 2 }),
            frequency: 'quarterly',
          }),
        ],
      }),
      mirRow({
        key: 'a1',
        parentKey: 'c1',
        level: 'activity',
        narrativeSummary: 'Contratación de los estudios de demanda, ingeniería y evaluación ambiental.',
        meansOfVerification: 'Contratos publicados.',
        assumptions: 'El procedimiento de contratación no se declara desierto.',
      }),
      mirRow({
        key: 'a2',
        parentKey: 'c2',
        level: 'activity',
        narrativeSummary:
          'Intercambio técnico con Beijing sobre operación y mantenimiento de flotas eléctricas.',
        meansOfVerification: 'Informe del intercambio técnico.',
        assumptions: 'El programa del hermanamiento se renueva.',
      }),
      mirRow({
        key: 'a3',
        parentKey: 'c3',
        level: 'activity',
        narrativeSummary: 'Calendario de asambleas vecinales por tramo con las alcaldías.',
        meansOfVerification: 'Convocatorias publicadas por las alcaldías.',
        assumptions: 'Las alcaldías colaboran en la convocatoria.',
      }),
    ],
    activities: [],
  };
}

/** Community tourism in the southern pueblos originarios, promoted with Cusco: on the agenda. */
function communityTourism(today: Date): DemoInitiative {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  return {
    key: 'turismo-pueblos-originarios',
    targetStage: 'agenda',
    input: {
      title: 'Turismo comunitario en los pueblos originarios del sur y promoción conjunta con Cusco',
      summary: demoSummary(
        'Propuesta para desconcentrar la llegada de visitantes internacionales hacia rutas de turismo comunitario en Xochimilco, Tlalpan, Tláhuac y Milpa Alta, gestionadas por los propios pueblos, con el intercambio sobre turismo y patrimonio inmaterial previsto en el hermanamiento con Cusco.',
      ),
      strategyLine: 'international_projection',
      themes: ['tourism', 'cultural', 'economic'],
      sdgGoals: ['8', '11', '12'],
      sdgTargets: ['8.9', '11.4', '12.b'],
      objective: null,
      causalHypothesis: null,
      legalBasis:
        'Ley de Turismo del Distrito Federal; Ley de Cooperación Internacional para el Desarrollo (federal); Constitución Política de la Ciudad de México (2017), derechos de los pueblos y barrios originarios; hermanamiento con Cusco (instrumento vinculado).',
      agents: null,
      procedures: null,
      budget: [],
      problemStatement:
        'El turismo internacional se concentra en el centro histórico y en pocas colonias del poniente, mientras que los pueblos originarios del sur reciben visitantes de forma desordenada, con escasa derrama para las familias y presión sobre la zona chinampera.',
      problemTree: {
        causes: [
          node('c1', 'Promoción turística centrada en los destinos tradicionales'),
          node('c2', 'Débil organización de los prestadores de servicios comunitarios', [
            leaf('c2a', 'Pocos prestadores con registro y capacitación'),
          ]),
          node('c3', 'Transporte y señalización insuficientes hacia los pueblos'),
        ],
        effects: [
          node('e1', 'Baja derrama económica para las familias de los pueblos'),
          node('e2', 'Presión sobre la zona chinampera y el patrimonio natural'),
        ],
      },
      affectedPopulation: 180_000,
      affectedPopulationDescription:
        'Habitantes de los pueblos originarios con actividad turística en las cuatro alcaldías del sur (estimación ilustrativa).',
      isWholeTerritory: false,
      territorialUnitCodes: ['09009', '09011', '09012', '09013'],
      agendaSetter: 'council',
      agendaSetterDetail: 'Punto de acuerdo de la comisión de turismo del Congreso de la Ciudad de México',
      agendaDate: on({ months: -1 }),
      approach: 'bottom_up',
      approachJustification:
        'Las rutas y su gestión deben definirlas los pueblos originarios, conforme a su derecho a la consulta; la Secretaría de Turismo acompaña con promoción, capacitación y el vínculo con Cusco.',
      departments: [
        { acronym: 'SECTUR', role: 'lead' },
        { acronym: 'CGAI', role: 'participant' },
        { acronym: 'SEDECO', role: 'participant' },
      ],
      partners: [
        { partnerKey: 'cusco', role: 'counterpart' },
        { partnerKey: 'unesco', role: 'advisor' },
        { partnerKey: 'amexcid', role: 'advisor' },
      ],
      linkKeys: ['hermanamiento-cusco'],
      rollUpMethod: 'average',
      assessment: null,
    },
    mir: [],
    activities: [],
  };
}

/** The initiatives of the Ciudad de México demo, from agenda to evaluation. */
export function buildCdmxInitiatives(today: Date): DemoInitiative[] {
  return [
    culturalCapital(today),
    schoolAirQuality(today),
    easternElectricCorridor(today),
    communityTourism(today),
  ];
}
