import { agendaDemoNote, cost, counterpart, demoCompany, demoEvent, official, when } from './agenda-helpers';
import type {
  DemoAgenda,
  DemoCommitment,
  DemoEvent,
  DemoLead,
  DemoNetworkRole,
  DemoPosition,
} from './agenda-types';
import { dateFrom, demoAdminEmail } from './demo-helpers';
import type { DemoPartner } from './demo-types';
import { minor } from './initiatives-helpers';

/*
 * Agenda, commitments, investment pipeline and city diplomacy of the Ciudad de México demo, built on
 * cdmx.ts and initiatives-cdmx.ts and dated from `today`. The Secretaría de Cultura has no acronym in
 * the demo, so its commitments are owned by the CGAI and name it in `ownerName`. Every figure is
 * illustrative; the only dated real fact is the Mexico City Pact of 2010.
 */

const coordinator = 'coordinacion.cdmx@vinculo.demo';
const environmentLiaison = 'enlace.sedema.cdmx@vinculo.demo';
const home = 'America/Mexico_City';

/** Companies of the investment pipeline: all generic, none attributed to a real firm. */
export function cdmxCompanies(): DemoPartner[] {
  return [
    demoCompany({
      key: 'empresa-fintech',
      name: 'Empresa de servicios financieros digitales (demo)',
      countryCode: 'BR',
      tags: ['servicios financieros', 'tecnología'],
    }),
    demoCompany({
      key: 'estudio-animacion',
      name: 'Estudio de animación y videojuegos (demo)',
      countryCode: 'CA',
      tags: ['industrias creativas'],
    }),
    demoCompany({
      key: 'empresa-autobuses-electricos',
      name: 'Fabricante de autobuses eléctricos (demo)',
      countryCode: 'CN',
      tags: ['movilidad eléctrica', 'manufactura'],
    }),
    demoCompany({
      key: 'operador-centros-datos',
      name: 'Operador de centros de datos (demo)',
      countryCode: 'US',
      tags: ['infraestructura digital'],
    }),
  ];
}

function events(today: Date): DemoEvent[] {
  const at = (days: number, time: string) => ({ offset: { days }, time });
  return [
    demoEvent({
      key: 'semana-cultural-madrid',
      title: 'Semana cultural de la Ciudad de México en Madrid',
      kind: 'cultural_event_abroad',
      ...when(today, 'Europe/Madrid', at(-280, '11:00'), at(-274, '21:00')),
      city: 'Madrid',
      countryCode: 'ES',
      venue: 'Espacios culturales del Ayuntamiento de Madrid',
      strategyLine: 'international_projection',
      objectives:
        'Proyectar la oferta cultural de la ciudad en Madrid con música, artes escénicas y gastronomía, y abrir un programa de residencias artísticas recíprocas.',
      outcomes:
        'Programa de siete días con asistencia estimada de 18 000 personas; acuerdo para una segunda edición y para residencias artísticas.',
      minutes:
        'Inauguración con el Área de Cultura del Ayuntamiento; funciones y conciertos; mesa de gestores culturales; reunión de cierre sobre residencias.',
      isPublished: true,
      participants: [
        official('Secretario(a) de Cultura'),
        official('Coordinador(a) General de Asuntos Internacionales', 'CGAI', coordinator),
        counterpart('madrid', 'Área de Cultura', 'Ayuntamiento de Madrid'),
        counterpart('aecid', 'Dirección de Relaciones Culturales y Científicas'),
      ],
      costs: [
        cost('travel', 'own', 486_000, 'MXN', 'Seis tiquetes aéreos del equipo técnico y artístico'),
        cost('per_diem', 'own', 214_000, 'MXN', 'Viáticos, siete días'),
        cost('accommodation', 'own', 298_000, 'MXN', 'Alojamiento, seis habitaciones'),
        cost(
          'other',
          'international_cooperation',
          18_000,
          'EUR',
          'Producción escénica cofinanciada por el convenio con la AECID',
        ),
      ],
      linkKeys: ['hermanamiento-madrid', 'convenio-aecid-cultura'],
      initiativeKeys: ['proyeccion-cultural-capital'],
    }),
    demoEvent({
      key: 'delegacion-seul',
      title: 'Delegación de Seúl: transporte integrado y recuperación de ríos',
      kind: 'incoming_delegation',
      ...when(today, home, at(-230, '09:00'), at(-229, '15:00')),
      city: 'Ciudad de México',
      countryCode: 'MX',
      strategyLine: 'city_diplomacy',
      objectives: 'Intercambiar experiencias de recaudo integrado y de recuperación de cauces urbanos.',
      outcomes: 'Se acordó compartir diagnósticos técnicos y un taller virtual de seguimiento.',
      participants: [
        official('Titular de la Secretaría de Movilidad', 'SEMOVI'),
        official('Dirección General de Agua Potable', 'SACMEX'),
        counterpart('seul', 'Oficina de Relaciones Internacionales', 'Gobierno Metropolitano de Seúl'),
      ],
      costs: [cost('other', 'own', 42_000, 'MXN', 'Transporte local e interpretación')],
      linkKeys: ['hermanamiento-seul'],
    }),
    demoEvent({
      key: 'cumbre-c40',
      title: 'Cumbre Mundial de Alcaldes de C40',
      kind: 'forum_summit',
      ...when(today, 'UTC', at(-200, '08:00'), at(-197, '18:00')),
      venue: 'Sede de la edición de la cumbre (dato omitido en la demo)',
      strategyLine: 'city_networks',
      objectives:
        'Presentar los avances del programa de acción climática y posicionar la agenda de aire limpio y movilidad de cero emisiones.',
      outcomes:
        'La ciudad presentó su posición sobre aire limpio y fue invitada a la convocatoria de asistencia técnica de la red.',
      minutes:
        'Plenarias de alcaldes; sesión de la red de calidad del aire; reuniones bilaterales con cuatro ciudades.',
      isPublished: true,
      participants: [
        official('Titular de la Secretaría del Medio Ambiente', 'SEDEMA'),
        official('Enlace de la Secretaría del Medio Ambiente', 'SEDEMA', environmentLiaison),
        counterpart('c40', 'Dirección regional para América Latina'),
      ],
      costs: [
        cost('travel', 'own', 96_000, 'MXN', 'Dos tiquetes aéreos'),
        cost('per_diem', 'own', 58_000, 'MXN', 'Viáticos, cuatro días'),
        cost('accommodation', 'international_cooperation', 1_800, 'USD', 'Alojamiento cubierto por la red'),
      ],
      linkKeys: ['red-c40'],
      initiativeKeys: ['aire-escuelas-oriente'],
    }),
    demoEvent({
      key: 'consejo-cglu',
      title: 'Reunión estatutaria de CGLU y Comisión de Cultura',
      kind: 'forum_summit',
      ...when(today, 'UTC', at(-160, '09:00'), at(-158, '17:00')),
      venue: 'Sede de la reunión (dato omitido en la demo)',
      strategyLine: 'city_diplomacy',
      objectives:
        'Participar en la Comisión de Cultura y en la definición de la agenda de incidencia de la red.',
      outcomes: 'La ciudad presentó su política cultural comunitaria; la Comisión pidió documentarla.',
      participants: [
        official('Coordinador(a) General de Asuntos Internacionales', 'CGAI'),
        counterpart('cglu', 'Secretaría Mundial'),
      ],
      costs: [
        cost('travel', 'own', 52_000, 'MXN', 'Tiquete aéreo'),
        cost('per_diem', 'own', 31_000, 'MXN', 'Viáticos, tres días'),
        cost('accommodation', 'own', 27_000, 'MXN', 'Alojamiento, tres noches'),
      ],
      linkKeys: ['red-cglu'],
    }),
    demoEvent({
      key: 'mision-berlin',
      title: 'Misión a Berlín: transición energética e industrias creativas',
      kind: 'mission_abroad',
      ...when(today, 'Europe/Berlin', at(-90, '09:00'), at(-87, '18:00')),
      city: 'Berlín',
      countryCode: 'DE',
      strategyLine: 'city_diplomacy',
      objectives:
        'Conocer programas de energía solar en techos y de apoyo a industrias creativas; actualizar el programa de trabajo del hermanamiento.',
      outcomes:
        'Se acordó un intercambio de diseñadores y el envío de información sobre el potencial solar de techos públicos.',
      participants: [
        official('Titular de la Secretaría de Desarrollo Económico', 'SEDECO'),
        official('Dirección de Cambio Climático', 'SEDEMA'),
        counterpart('berlin', 'Oficina de Asuntos Internacionales', 'Senado de Berlín'),
        counterpart('embajada-alemania', 'Sección económica'),
      ],
      costs: [
        cost('travel', 'own', 118_000, 'MXN', 'Dos tiquetes aéreos Ciudad de México–Berlín'),
        cost('per_diem', 'own', 64_000, 'MXN', 'Viáticos, cuatro días'),
        cost('accommodation', 'own', 71_000, 'MXN', 'Alojamiento, dos habitaciones, cuatro noches'),
      ],
      linkKeys: ['hermanamiento-berlin'],
    }),
    demoEvent({
      key: 'reunion-jica-sismos',
      title: 'Reunión virtual con JICA: intercambio técnico sobre sismos',
      kind: 'virtual_meeting',
      ...when(today, home, at(-45, '18:00'), at(-45, '19:30')),
      strategyLine: 'international_cooperation',
      objectives: 'Revisar los resultados del simulacro y preparar el intercambio técnico del memorando.',
      outcomes:
        'Se acordó el envío de los resultados del simulacro y la postulación de personal técnico a cursos en Japón.',
      participants: [
        official('Dirección de Análisis de Riesgos', 'SGIRPC'),
        counterpart('jica', 'Oficina de JICA en México'),
      ],
      linkKeys: ['mou-jica-sismos'],
    }),
    demoEvent({
      key: 'delegacion-autobuses',
      title: 'Visita de un fabricante de autobuses eléctricos',
      kind: 'incoming_delegation',
      ...when(today, home, at(-30, '10:00'), at(-30, '17:00')),
      city: 'Ciudad de México',
      countryCode: 'MX',
      strategyLine: 'trade_investment',
      objectives: 'Presentar predios industriales y la demanda de flota eléctrica de la ciudad.',
      outcomes:
        'La empresa pidió opciones de predios en el norte y el oriente; decisión en los próximos meses.',
      participants: [
        official('Dirección General de Promoción de Inversión', 'SEDECO'),
        official('Dirección de Transporte Eléctrico', 'SEMOVI'),
        counterpart('empresa-autobuses-electricos', 'Dirección para América Latina'),
      ],
      costs: [cost('other', 'own', 18_500, 'MXN', 'Transporte local para la visita a predios')],
      initiativeKeys: ['corredor-electrico-oriente'],
    }),
    demoEvent({
      key: 'dia-muertos-los-angeles',
      title: 'Día de Muertos de la Ciudad de México en Los Ángeles',
      kind: 'cultural_event_abroad',
      ...when(today, 'America/Los_Angeles', at(-24, '12:00'), at(-22, '22:00')),
      city: 'Los Ángeles',
      countryCode: 'US',
      strategyLine: 'international_projection',
      objectives:
        'Llevar una ofrenda monumental y un programa de música y gastronomía a la comunidad mexicana de Los Ángeles.',
      outcomes:
        'Asistencia estimada de 25 000 personas; la ciudad anfitriona propuso que la ofrenda recorra otros espacios.',
      minutes:
        'Montaje de la ofrenda; programa artístico de tres días; reunión con la oficina de asuntos internacionales de la ciudad.',
      isPublished: true,
      participants: [
        official('Secretario(a) de Cultura'),
        official('Coordinador(a) General de Asuntos Internacionales', 'CGAI', coordinator),
        counterpart('los-angeles', 'Oficina de Asuntos Internacionales', 'Ciudad de Los Ángeles'),
      ],
      costs: [
        cost('travel', 'own', 162_000, 'MXN', 'Tiquetes aéreos del equipo artístico'),
        cost('per_diem', 'own', 88_000, 'MXN', 'Viáticos, tres días'),
        cost('accommodation', 'own', 104_000, 'MXN', 'Alojamiento'),
        cost('other', 'private', 25_000, 'USD', 'Montaje de la ofrenda con patrocinio privado'),
      ],
      linkKeys: ['hermanamiento-los-angeles'],
      initiativeKeys: ['proyeccion-cultural-capital'],
    }),
    demoEvent({
      key: 'red-aire-c40',
      title: 'Sesión virtual de la red de calidad del aire de C40',
      kind: 'virtual_meeting',
      ...when(today, home, at(5, '08:00'), at(5, '09:30')),
      strategyLine: 'city_networks',
      objectives:
        'Presentar el avance del proyecto de aire limpio en escuelas y el estudio de zona de bajas emisiones.',
      participants: [
        official('Enlace de la Secretaría del Medio Ambiente', 'SEDEMA', environmentLiaison),
        counterpart('c40', 'Red de calidad del aire'),
      ],
      linkKeys: ['red-c40'],
      initiativeKeys: ['aire-escuelas-oriente'],
    }),
    demoEvent({
      key: 'mision-cusco',
      title: 'Misión a Cusco: promoción turística conjunta',
      kind: 'mission_abroad',
      ...when(today, 'America/Lima', at(50, '09:00'), at(53, '17:00')),
      city: 'Cusco',
      countryCode: 'PE',
      strategyLine: 'international_projection',
      objectives:
        'Poner en marcha el hermanamiento con un programa de promoción turística y de patrimonio inmaterial.',
      isPublished: true,
      participants: [
        official('Titular de la Secretaría de Turismo', 'SECTUR'),
        counterpart('cusco', 'Gerencia de Turismo', 'Municipalidad Provincial del Cusco'),
      ],
      costs: [
        cost('travel', 'own', 44_000, 'MXN', 'Tiquetes aéreos (estimado)'),
        cost('per_diem', 'own', 26_000, 'MXN', 'Viáticos, cuatro días (estimado)'),
      ],
      linkKeys: ['hermanamiento-cusco'],
      initiativeKeys: ['turismo-pueblos-originarios'],
    }),
  ];
}

function commitments(today: Date): DemoCommitment[] {
  const on = (days: number) => dateFrom(today, { days });
  return [
    {
      key: 'madrid-segunda-edicion',
      title: 'Acordar con Madrid el programa de la segunda semana cultural',
      eventKey: 'semana-cultural-madrid',
      linkKey: 'hermanamiento-madrid',
      ownerDepartmentAcronym: 'CGAI',
      ownerName: 'Dirección de Cooperación Internacional (CGAI)',
      counterpartPartnerKey: 'madrid',
      dueDate: on(-180),
      outcome: {
        status: 'fulfilled',
        evidenceDescription: 'Programa firmado por ambas partes, con sedes y fechas de la segunda edición.',
        fulfilledOn: on(-186),
      },
    },
    {
      key: 'madrid-residencias',
      title: 'Lanzar la convocatoria de residencias artísticas recíprocas con Madrid',
      eventKey: 'semana-cultural-madrid',
      linkKey: 'hermanamiento-madrid',
      ownerDepartmentAcronym: 'CGAI',
      ownerUserEmail: coordinator,
      ownerName: 'Coordinación de asuntos internacionales (CGAI)',
      counterpartPartnerKey: 'madrid',
      dueDate: on(6),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'madrid-informe-publico',
      title: 'Publicar el informe de resultados y costos de la semana cultural en Madrid',
      eventKey: 'semana-cultural-madrid',
      ownerDepartmentAcronym: 'CGAI',
      ownerUserEmail: demoAdminEmail,
      ownerName: 'Administración de la demo',
      dueDate: on(-25),
    },
    {
      key: 'seul-diagnostico-recaudo',
      title: 'Compartir con Seúl el diagnóstico del sistema de recaudo integrado',
      eventKey: 'delegacion-seul',
      linkKey: 'hermanamiento-seul',
      ownerDepartmentAcronym: 'SEMOVI',
      ownerName: 'Dirección de Sistemas de Transporte (SEMOVI)',
      counterpartPartnerKey: 'seul',
      dueDate: on(-200),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Diagnóstico enviado en inglés al Gobierno Metropolitano de Seúl, con acuse de recibo.',
        fulfilledOn: on(-203),
      },
    },
    {
      key: 'seul-taller-rios',
      title: 'Organizar con Seúl un taller virtual sobre recuperación de ríos urbanos',
      eventKey: 'delegacion-seul',
      ownerDepartmentAcronym: 'SACMEX',
      ownerName: 'Dirección General de Agua Potable (SACMEX)',
      counterpartPartnerKey: 'seul',
      dueDate: on(-120),
      outcome: {
        status: 'cancelled',
        cancelReason:
          'La contraparte reorganizó su equipo técnico; el tema pasa al programa de trabajo del próximo año.',
      },
    },
    {
      key: 'c40-reporte-accion-climatica',
      title: 'Reportar a la red los avances del programa de acción climática',
      eventKey: 'cumbre-c40',
      linkKey: 'red-c40',
      ownerDepartmentAcronym: 'SEDEMA',
      ownerUserEmail: environmentLiaison,
      ownerName: 'Enlace de la Secretaría del Medio Ambiente',
      counterpartPartnerKey: 'c40',
      dueDate: on(-150),
      outcome: {
        status: 'fulfilled',
        evidenceDescription: 'Reporte anual cargado en la plataforma de la red.',
        fulfilledOn: on(-152),
      },
    },
    {
      key: 'c40-aire-escuelas',
      title: 'Presentar el proyecto de aire limpio en escuelas a la convocatoria de asistencia técnica',
      eventKey: 'cumbre-c40',
      linkKey: 'red-c40',
      ownerDepartmentAcronym: 'SEDEMA',
      ownerName: 'Dirección de Calidad del Aire (SEDEMA)',
      counterpartPartnerKey: 'c40',
      dueDate: on(-170),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Propuesta presentada y aceptada; se convirtió en la iniciativa de aire limpio en entornos escolares del oriente.',
        evidenceUrl: 'https://www.cdmx.gob.mx',
        fulfilledOn: on(-175),
        resultingInitiativeKey: 'aire-escuelas-oriente',
      },
    },
    {
      key: 'c40-zona-bajas-emisiones',
      title: 'Enviar a la red el estudio de factibilidad de una zona de bajas emisiones',
      eventKey: 'cumbre-c40',
      linkKey: 'red-c40',
      ownerDepartmentAcronym: 'SEDEMA',
      ownerUserEmail: environmentLiaison,
      ownerName: 'Enlace de la Secretaría del Medio Ambiente',
      counterpartPartnerKey: 'c40',
      dueDate: on(-8),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'cglu-politica-cultural',
      title: 'Documentar la política cultural comunitaria para la Comisión de Cultura',
      eventKey: 'consejo-cglu',
      linkKey: 'red-cglu',
      ownerDepartmentAcronym: 'CGAI',
      ownerName: 'Secretaría de Cultura (enlace internacional)',
      counterpartPartnerKey: 'cglu',
      dueDate: on(-100),
      outcome: {
        status: 'fulfilled',
        evidenceDescription: 'Documento entregado a la Comisión de Cultura de la red.',
        fulfilledOn: on(-104),
      },
    },
    {
      key: 'cglu-cuota',
      title: 'Tramitar el pago de la cuota anual de CGLU',
      eventKey: 'consejo-cglu',
      linkKey: 'red-cglu',
      ownerDepartmentAcronym: 'CGAI',
      ownerUserEmail: demoAdminEmail,
      ownerName: 'Administración de la demo',
      counterpartPartnerKey: 'cglu',
      dueDate: on(12),
    },
    {
      key: 'berlin-intercambio-disenadores',
      title: 'Organizar un intercambio de diseñadores con Berlín',
      description:
        'Ambas ciudades pertenecen a la Red de Ciudades Creativas de la UNESCO en el ámbito del diseño.',
      eventKey: 'mision-berlin',
      linkKey: 'hermanamiento-berlin',
      ownerDepartmentAcronym: 'SEDECO',
      ownerName: 'Dirección de Economía Creativa (SEDECO)',
      counterpartPartnerKey: 'berlin',
      dueDate: on(50),
    },
    {
      key: 'berlin-techos-solares',
      title: 'Enviar a Berlín el inventario de techos públicos con potencial solar',
      eventKey: 'mision-berlin',
      ownerDepartmentAcronym: 'SEDEMA',
      ownerName: 'Dirección de Cambio Climático (SEDEMA)',
      counterpartPartnerKey: 'berlin',
      dueDate: on(-15),
    },
    {
      key: 'jica-resultados-simulacro',
      title: 'Enviar a JICA los resultados del simulacro para el intercambio técnico',
      eventKey: 'reunion-jica-sismos',
      linkKey: 'mou-jica-sismos',
      ownerDepartmentAcronym: 'SGIRPC',
      ownerName: 'Dirección de Análisis de Riesgos (SGIRPC)',
      counterpartPartnerKey: 'jica',
      dueDate: on(-5),
    },
    {
      key: 'jica-cursos',
      title: 'Postular personal técnico a los cursos de formación en Japón',
      eventKey: 'reunion-jica-sismos',
      linkKey: 'mou-jica-sismos',
      ownerDepartmentAcronym: 'SGIRPC',
      ownerName: 'Dirección de Capacitación (SGIRPC)',
      counterpartPartnerKey: 'jica',
      dueDate: on(7),
    },
    {
      key: 'autobuses-predios',
      title: 'Presentar al fabricante opciones de predios en el norte y el oriente de la ciudad',
      eventKey: 'delegacion-autobuses',
      ownerDepartmentAcronym: 'SEDECO',
      ownerName: 'Dirección General de Promoción de Inversión (SEDECO)',
      counterpartPartnerKey: 'empresa-autobuses-electricos',
      dueDate: on(-18),
      outcome: {
        status: 'fulfilled',
        evidenceDescription: 'Cartera de cuatro predios enviada; la empresa pasó a la etapa de decisión.',
        fulfilledOn: on(-21),
        resultingLeadKey: 'autobuses-ensamble',
      },
    },
    {
      key: 'autobuses-proveedores',
      title:
        'Reunir al fabricante con proveedores locales de autopartes y con la red de transporte eléctrico',
      eventKey: 'delegacion-autobuses',
      ownerDepartmentAcronym: 'SEMOVI',
      ownerName: 'Dirección de Transporte Eléctrico (SEMOVI)',
      counterpartPartnerKey: 'empresa-autobuses-electricos',
      dueDate: on(25),
    },
    {
      key: 'los-angeles-itinerancia',
      title: 'Definir con Los Ángeles la itinerancia de la ofrenda monumental',
      eventKey: 'dia-muertos-los-angeles',
      linkKey: 'hermanamiento-los-angeles',
      ownerDepartmentAcronym: 'CGAI',
      ownerUserEmail: coordinator,
      ownerName: 'Coordinación de asuntos internacionales (CGAI)',
      counterpartPartnerKey: 'los-angeles',
      dueDate: on(10),
    },
    {
      key: 'los-angeles-evaluacion',
      title: 'Entregar la evaluación de públicos y de costos del Día de Muertos en Los Ángeles',
      eventKey: 'dia-muertos-los-angeles',
      ownerDepartmentAcronym: 'CGAI',
      ownerUserEmail: demoAdminEmail,
      ownerName: 'Administración de la demo',
      dueDate: on(3),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'beijing-renovacion',
      title: 'Decidir la renovación del programa de trabajo con Beijing',
      linkKey: 'hermanamiento-beijing',
      ownerDepartmentAcronym: 'CGAI',
      ownerUserEmail: coordinator,
      ownerName: 'Coordinación de asuntos internacionales (CGAI)',
      counterpartPartnerKey: 'beijing',
      dueDate: on(9),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'cadiz-evaluacion',
      title: 'Evaluar los resultados del programa cultural con Cádiz antes de renovar',
      linkKey: 'hermanamiento-cadiz',
      ownerDepartmentAcronym: 'CGAI',
      ownerName: 'Dirección de Cooperación Internacional (CGAI)',
      counterpartPartnerKey: 'cadiz',
      dueDate: on(-4),
    },
  ];
}

function leads(today: Date): DemoLead[] {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const note = (text: string) => `${text} ${agendaDemoNote}`;
  return [
    {
      key: 'fintech-sede',
      companyPartnerKey: 'empresa-fintech',
      title: 'Sede regional de operaciones y tecnología',
      originCountryCode: 'BR',
      sector: '24030',
      description: note('Oficinas de tecnología y atención a clientes para México y Centroamérica.'),
      currency: 'MXN',
      expectedAmountMinor: minor(900_000_000),
      realisedAmountMinor: minor(780_000_000),
      expectedJobs: 350,
      createdJobs: 310,
      territorialUnitCode: '09015',
      responsibleUserEmail: coordinator,
      eventKeys: [],
      targetStage: 'established',
      announcedOn: on({ months: -16 }),
      establishedOn: on({ months: -4 }),
    },
    {
      key: 'animacion-estudio',
      companyPartnerKey: 'estudio-animacion',
      title: 'Estudio de producción de animación',
      originCountryCode: 'CA',
      sector: '16061',
      description: note(
        'Estudio de animación para series y publicidad; en seguimiento posterior al establecimiento.',
      ),
      currency: 'MXN',
      expectedAmountMinor: minor(250_000_000),
      realisedAmountMinor: minor(262_000_000),
      expectedJobs: 120,
      createdJobs: 135,
      territorialUnitCode: '09003',
      eventKeys: [],
      targetStage: 'aftercare',
      announcedOn: on({ months: -30 }),
      establishedOn: on({ months: -20 }),
    },
    {
      key: 'autobuses-ensamble',
      companyPartnerKey: 'empresa-autobuses-electricos',
      title: 'Centro de ensamble y mantenimiento de autobuses eléctricos',
      originCountryCode: 'CN',
      sector: '32172',
      description: note('La empresa evalúa predios en el norte y el oriente de la ciudad.'),
      currency: 'USD',
      expectedAmountMinor: minor(60_000_000),
      expectedJobs: 400,
      territorialUnitCode: '09002',
      eventKeys: ['delegacion-autobuses'],
      targetStage: 'decision',
    },
    {
      key: 'fintech-ciberseguridad',
      companyPartnerKey: 'empresa-fintech',
      title: 'Centro de ciberseguridad',
      originCountryCode: 'BR',
      sector: '22040',
      description: note(
        'Segundo proyecto de la empresa, en conversación con la Agencia Digital de Innovación Pública.',
      ),
      currency: 'MXN',
      expectedAmountMinor: minor(120_000_000),
      expectedJobs: 80,
      territorialUnitCode: '09016',
      eventKeys: [],
      targetStage: 'contact',
    },
    {
      key: 'animacion-segundo-estudio',
      companyPartnerKey: 'estudio-animacion',
      title: 'Segundo estudio de animación en el oriente de la ciudad',
      originCountryCode: 'CA',
      sector: '16061',
      description: note('Idea de proyecto surgida en el seguimiento a la empresa.'),
      currency: 'MXN',
      territorialUnitCode: '09007',
      eventKeys: [],
      targetStage: 'lead',
    },
    {
      key: 'centro-datos',
      companyPartnerKey: 'operador-centros-datos',
      title: 'Centro de datos en el norte de la ciudad',
      originCountryCode: 'US',
      sector: '22040',
      description: note('Proyecto evaluado con visita a dos predios.'),
      currency: 'USD',
      expectedAmountMinor: minor(150_000_000),
      expectedJobs: 90,
      territorialUnitCode: '09002',
      eventKeys: [],
      targetStage: 'lost',
      lostFrom: 'visit',
      lostReason:
        'La empresa eligió un emplazamiento fuera de la ciudad con mayor disponibilidad de energía eléctrica y de agua para enfriamiento.',
    },
  ];
}

function positions(today: Date): DemoPosition[] {
  const on = (days: number) => dateFrom(today, { days });
  const note = (text: string) => `${text} ${agendaDemoNote}`;
  return [
    {
      key: 'pacto-ciudad-de-mexico',
      kind: 'pledge',
      title: 'Pacto Climático Global de Ciudades (Pacto de la Ciudad de México)',
      text: 'Compromiso voluntario adoptado por alcaldes y gobiernos locales en la Cumbre Mundial de Alcaldes sobre el Clima celebrada en la Ciudad de México en noviembre de 2010: reducir las emisiones de gases de efecto invernadero, adaptarse al cambio climático y registrar compromisos y acciones de forma medible, reportable y verificable. Registro de demostración: el resumen es propio de la demo; consulte el texto oficial del pacto.',
      madeOn: '2010-11-21',
      forumName: 'Cumbre Mundial de Alcaldes sobre el Clima (Ciudad de México, 2010)',
      topics: ['environmental'],
      sdgGoals: ['11', '13'],
      coSigners: [],
    },
    {
      key: 'posicion-aire-limpio',
      kind: 'declaration',
      title: 'Declaración de ciudades latinoamericanas por el aire limpio y la movilidad de cero emisiones',
      text: note(
        'Las ciudades firmantes se comprometen a fijar metas de calidad del aire alineadas con las guías de la Organización Mundial de la Salud, a ampliar el transporte público eléctrico y a informar sus avances en la red.',
      ),
      madeOn: on(-198),
      forumName: 'Cumbre Mundial de Alcaldes de C40',
      networkPartnerKey: 'c40',
      eventKey: 'cumbre-c40',
      topics: ['environmental', 'health', 'mobility'],
      sdgGoals: ['3', '11', '13'],
      coSigners: ['Bogotá', 'Buenos Aires', 'Santiago', 'Quito'],
    },
    {
      key: 'posicion-cultura-desarrollo',
      kind: 'position',
      title: 'La cultura como pilar del desarrollo sostenible de las ciudades',
      text: note(
        'La ciudad, que impulsa con CGLU el Premio Internacional CGLU – Ciudad de México – Cultura 21, sostiene que los derechos culturales y la cultura comunitaria deben tener un lugar propio en la agenda urbana global y en la localización de los ODS.',
      ),
      madeOn: on(-159),
      forumName: 'Comisión de Cultura de CGLU',
      networkPartnerKey: 'cglu',
      eventKey: 'consejo-cglu',
      topics: ['cultural', 'governance'],
      sdgGoals: ['4', '11'],
      coSigners: [],
    },
    {
      key: 'compromiso-movilidad-ucci',
      kind: 'pledge',
      title: 'Compromiso de intercambio de buenas prácticas de movilidad entre capitales iberoamericanas',
      text: note(
        'Las capitales firmantes se comprometen a documentar y compartir cada año una práctica de movilidad sostenible y a recibir visitas técnicas de sus pares.',
      ),
      madeOn: on(-140),
      networkPartnerKey: 'ucci',
      topics: ['mobility', 'urban_planning'],
      sdgGoals: ['11', '17'],
      coSigners: ['Madrid', 'Bogotá', 'Lima', 'Montevideo'],
    },
    {
      key: 'posicion-gobernanza-metropolitana',
      kind: 'position',
      title: 'Posición sobre la coordinación metropolitana en megaciudades',
      text: note(
        'La ciudad propone que la red promueva instrumentos de coordinación entre las entidades que comparten una zona metropolitana, en particular para agua, transporte y calidad del aire.',
      ),
      madeOn: on(-60),
      networkPartnerKey: 'metropolis',
      topics: ['governance', 'urban_planning'],
      sdgGoals: ['11', '16'],
      coSigners: [],
    },
  ];
}

function roles(today: Date): DemoNetworkRole[] {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  return [
    {
      key: 'c40-grupo-aire',
      networkPartnerKey: 'c40',
      kind: 'working_group_lead',
      title: 'Coordinación del grupo de trabajo de calidad del aire (demo)',
      holderName: 'Secretaría del Medio Ambiente',
      startsOn: on({ years: -2 }),
      endsOn: on({ months: 10 }),
      notes: 'Cargo ilustrativo de la demostración.',
    },
    {
      key: 'ucci-vicepresidencia',
      networkPartnerKey: 'ucci',
      kind: 'vice_presidency',
      title: 'Vicepresidencia regional (demo)',
      holderName: 'Jefatura de Gobierno',
      startsOn: on({ years: -4 }),
      endsOn: on({ years: -2 }),
      notes: 'Cargo ilustrativo de la demostración.',
    },
    {
      key: 'metropolis-consejo',
      networkPartnerKey: 'metropolis',
      kind: 'board_member',
      title: 'Miembro del consejo de administración (demo)',
      holderName: 'Coordinación General de Asuntos Internacionales',
      startsOn: on({ years: -1 }),
      notes: 'Cargo ilustrativo de la demostración, sin fecha de término.',
    },
  ];
}

export function buildCdmxAgenda(today: Date): DemoAgenda {
  return {
    events: events(today),
    commitments: commitments(today),
    leads: leads(today),
    positions: positions(today),
    roles: roles(today),
  };
}
