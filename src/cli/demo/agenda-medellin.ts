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
 * Agenda, commitments, investment pipeline and city diplomacy of the Medellín demo, built on the
 * partners, links, comunas, departments, users and initiatives of medellin.ts and
 * initiatives-medellin.ts. Everything is dated from `today`. Only ACI, DAP and DAGRD have an acronym
 * in the demo, so the work of a secretaría without one is owned by the ACI and names the secretaría
 * in `ownerName`. Every figure is illustrative.
 */

const coordinator = 'coordinacion.medellin@vinculo.demo';
const planningLiaison = 'enlace.planeacion.medellin@vinculo.demo';
const home = 'America/Bogota';

/**
 * Companies of the investment pipeline. Globant is in medellin.ts; Perficient acquired the
 * Medellín software company PSL in 2020. The other four are generic and say so.
 */
export function medellinCompanies(): DemoPartner[] {
  return [
    demoCompany({
      key: 'perficient',
      name: 'Perficient',
      countryCode: 'US',
      city: 'St. Louis',
      website: 'https://www.perficient.com',
      tags: ['software', 'nearshoring'],
      notes:
        'Empresa estadounidense de servicios digitales que adquirió en 2020 la empresa de software PSL, con sede en Medellín.',
      isGeneric: false,
    }),
    demoCompany({
      key: 'empresa-software-nube',
      name: 'Empresa de software de servicios en la nube (demo)',
      countryCode: 'US',
      tags: ['software', 'servicios en la nube'],
    }),
    demoCompany({
      key: 'empresa-servicios-compartidos',
      name: 'Grupo empresarial europeo con centro de servicios compartidos (demo)',
      countryCode: 'ES',
      tags: ['servicios empresariales', 'bilingüismo'],
    }),
    demoCompany({
      key: 'empresa-movilidad-electrica',
      name: 'Fabricante de baterías para vehículos eléctricos (demo)',
      countryCode: 'KR',
      tags: ['movilidad eléctrica', 'manufactura'],
    }),
    demoCompany({
      key: 'empresa-dispositivos-medicos',
      name: 'Fabricante de dispositivos médicos (demo)',
      countryCode: 'CH',
      tags: ['salud', 'manufactura'],
    }),
  ];
}

function events(today: Date): DemoEvent[] {
  const at = (days: number, time: string) => ({ offset: { days }, time });
  return [
    demoEvent({
      key: 'mision-bilbao',
      title: 'Misión a Bilbao: transformación urbana, movilidad y cultura',
      kind: 'mission_abroad',
      ...when(today, 'Europe/Madrid', at(-300, '09:00'), at(-296, '18:00')),
      city: 'Bilbao',
      countryCode: 'ES',
      venue: 'Ayuntamiento de Bilbao',
      strategyLine: 'city_diplomacy',
      objectives:
        'Reactivar el plan de trabajo del hermanamiento; conocer la regeneración de la ría y su modelo de gestión; explorar intercambios culturales y de movilidad.',
      outcomes:
        'Se acordó un plan de trabajo bienal con tres ejes (regeneración urbana, movilidad y cultura) y una pasantía técnica del equipo de Planeación. Un grupo empresarial con sede en España manifestó interés en un centro de servicios compartidos en Medellín.',
      minutes:
        'Día 1: reunión con el Área de Relaciones Exteriores del Ayuntamiento y revisión del hermanamiento. Día 2: recorrido técnico por la ría y Zorrotzaurre. Día 3: mesa de movilidad y transporte público. Día 4: reunión con empresas y cierre con acuerdos.',
      isPublished: true,
      participants: [
        official('Director(a) de la ACI', 'ACI'),
        official('Director(a) del Departamento Administrativo de Planeación', 'DAP'),
        counterpart('bilbao', 'Dirección de Relaciones Exteriores', 'Ayuntamiento de Bilbao'),
        counterpart('empresa-servicios-compartidos', 'Dirección de expansión internacional'),
      ],
      costs: [
        cost('travel', 'own', 13_400_000, 'COP', 'Dos tiquetes aéreos Medellín–Bilbao, ida y regreso'),
        cost('per_diem', 'own', 9_600_000, 'COP', 'Viáticos de dos servidores, cuatro días'),
        cost('accommodation', 'own', 7_200_000, 'COP', 'Alojamiento, dos habitaciones, cuatro noches'),
      ],
      linkKeys: ['hermanamiento-bilbao'],
      initiativeKeys: ['movilidad-electrica-ladera'],
    }),
    demoEvent({
      key: 'delegacion-jica',
      title: 'Delegación de JICA: gestión del riesgo en laderas',
      kind: 'incoming_delegation',
      ...when(today, home, at(-250, '08:30'), at(-249, '17:00')),
      city: 'Medellín',
      countryCode: 'CO',
      venue: 'Sede del DAGRD',
      strategyLine: 'international_cooperation',
      objectives:
        'Poner en marcha el memorando de entendimiento en gestión del riesgo y definir el alcance de la asistencia técnica en alerta temprana.',
      outcomes:
        'Visita a dos zonas de ladera con movimientos en masa recientes; se acordó el intercambio de información técnica y la llegada de expertos en alerta temprana.',
      minutes:
        'Mesa técnica con el DAGRD y la ACI; recorrido de campo por laderas de la zona nororiental; sesión de cierre con la Embajada del Japón.',
      isPublished: true,
      participants: [
        official('Director(a) del DAGRD', 'DAGRD'),
        official('Subdirector(a) de Cooperación de la ACI', 'ACI'),
        counterpart('jica', 'Representación de JICA en Colombia', 'Jefatura de la delegación'),
        counterpart('embajada-japon', 'Sección de cooperación'),
      ],
      costs: [cost('other', 'own', 3_500_000, 'COP', 'Transporte local y logística de la visita de campo')],
      linkKeys: ['mou-jica-riesgo'],
    }),
    demoEvent({
      key: 'mision-seul',
      title: 'Misión a Seúl: gobierno digital y promoción de inversión en movilidad eléctrica',
      kind: 'mission_abroad',
      ...when(today, 'Asia/Seoul', at(-190, '09:00'), at(-185, '17:00')),
      city: 'Seúl',
      countryCode: 'KR',
      strategyLine: 'trade_investment',
      objectives:
        'Presentar la oferta de la ciudad a empresas de movilidad eléctrica; conocer resultados de gobierno digital tras el acuerdo con KOICA; explorar una segunda fase de cooperación.',
      outcomes:
        'Un fabricante de baterías aceptó visitar Medellín; KOICA recibió la propuesta de segunda fase, que no fue priorizada.',
      minutes:
        'Reuniones con cinco empresas del sector de movilidad eléctrica, con KOICA y con la Embajada de Colombia; visita a un centro de datos abiertos de la ciudad.',
      participants: [
        official('Director(a) de la ACI', 'ACI'),
        official('Subdirector(a) de Inversión de la ACI', 'ACI'),
        official('Secretario(a) de Innovación Digital'),
        counterpart('koica', 'Dirección regional para América Latina'),
        counterpart('empresa-movilidad-electrica', 'Vicepresidencia de nuevos mercados'),
      ],
      costs: [
        cost('travel', 'own', 21_000_000, 'COP', 'Tres tiquetes aéreos Medellín–Seúl, ida y regreso'),
        cost('per_diem', 'own', 13_500_000, 'COP', 'Viáticos de tres servidores, cinco días'),
        cost('accommodation', 'own', 11_200_000, 'COP', 'Alojamiento, tres habitaciones, cinco noches'),
      ],
      linkKeys: ['acuerdo-koica-gobierno-digital'],
      initiativeKeys: ['gobierno-digital-koica'],
    }),
    demoEvent({
      key: 'foro-urbano-mundial',
      title: 'Foro Urbano Mundial: sesión sobre urbanismo social',
      kind: 'forum_summit',
      ...when(today, 'UTC', at(-150, '08:00'), at(-146, '18:00')),
      venue: 'Sede de la edición del foro (dato omitido en la demo)',
      strategyLine: 'international_projection',
      objectives:
        'Presentar la experiencia de urbanismo social de Medellín y recoger la demanda de ciudades interesadas en cooperación sur-sur.',
      outcomes:
        'Seis ciudades pidieron información sobre visitas técnicas; ONU-Hábitat propuso documentar la experiencia como buena práctica.',
      minutes:
        'Panel de ciudades de América Latina; reunión bilateral con ONU-Hábitat; encuentros con delegaciones interesadas.',
      isPublished: true,
      participants: [
        official('Director(a) de la ACI', 'ACI', coordinator),
        official('Director(a) del Departamento Administrativo de Planeación', 'DAP'),
        counterpart('onu-habitat', 'Oficina regional para América Latina y el Caribe'),
      ],
      costs: [
        cost('travel', 'own', 11_800_000, 'COP', 'Dos tiquetes aéreos'),
        cost('per_diem', 'own', 10_400_000, 'COP', 'Viáticos de dos servidores, cinco días'),
        cost(
          'accommodation',
          'international_cooperation',
          2_100,
          'USD',
          'Alojamiento cubierto por la organización',
        ),
      ],
      linkKeys: ['mou-onu-habitat-fum7'],
      initiativeKeys: ['oferta-sur-sur-urbanismo'],
    }),
    demoEvent({
      key: 'mision-miami',
      title: 'Misión de promoción de inversión en Miami',
      kind: 'mission_abroad',
      ...when(today, 'America/New_York', at(-120, '09:00'), at(-117, '18:00')),
      city: 'Miami',
      countryCode: 'US',
      strategyLine: 'trade_investment',
      objectives:
        'Presentar Medellín como destino de centros de ingeniería y servicios de software para empresas con sede regional en Miami.',
      outcomes:
        'Doce reuniones con empresas; dos proyectos de inversión identificados en software, uno de ellos con visita a la ciudad.',
      minutes:
        'Seminario de promoción con aliados; agenda de reuniones uno a uno; cena con la comunidad empresarial colombiana.',
      participants: [
        official('Director(a) de la ACI', 'ACI'),
        official('Subdirector(a) de Inversión de la ACI', 'ACI', coordinator),
        counterpart('empresa-software-nube', 'Vicepresidencia de operaciones para América Latina'),
      ],
      costs: [
        cost('travel', 'own', 5_200_000, 'COP', 'Dos tiquetes aéreos Medellín–Miami'),
        cost('per_diem', 'own', 6_800_000, 'COP', 'Viáticos de dos servidores, cuatro días'),
        cost('accommodation', 'own', 7_900_000, 'COP', 'Alojamiento, dos habitaciones, cuatro noches'),
        cost('other', 'private', 4_500, 'USD', 'Salón del seminario, aportado por aliados privados'),
      ],
    }),
    demoEvent({
      key: 'reunion-bid-movilidad',
      title: 'Reunión virtual con el BID: estudio de preinversión de transporte eléctrico',
      kind: 'virtual_meeting',
      ...when(today, home, at(-60, '10:00'), at(-60, '11:30')),
      strategyLine: 'international_cooperation',
      objectives: 'Acordar el cronograma del estudio de preinversión financiado con la cooperación técnica.',
      outcomes: 'Se acordaron los términos de referencia y la contrapartida de la ciudad.',
      participants: [
        official('Enlace de Planeación', 'DAP', planningLiaison),
        official('Subdirector(a) de Cooperación de la ACI', 'ACI'),
        counterpart('bid', 'Especialista sectorial de transporte'),
      ],
      linkKeys: ['convenio-bid-movilidad'],
      initiativeKeys: ['movilidad-electrica-ladera'],
    }),
    demoEvent({
      key: 'encuentro-cideu',
      title: 'Encuentro de ciudades de CIDEU sobre planificación estratégica',
      kind: 'forum_summit',
      ...when(today, 'Europe/Madrid', at(-35, '09:30'), at(-33, '14:00')),
      city: 'Barcelona',
      countryCode: 'ES',
      strategyLine: 'city_networks',
      objectives: 'Compartir el enfoque de urbanismo social y preparar la renovación de la membresía.',
      outcomes: 'La red invitó a la ciudad a presentar un caso en su banco de proyectos estratégicos.',
      participants: [
        official('Director(a) del Departamento Administrativo de Planeación', 'DAP'),
        counterpart('cideu', 'Secretaría General'),
      ],
      costs: [
        cost('travel', 'own', 6_300_000, 'COP', 'Tiquete aéreo Medellín–Barcelona'),
        cost('per_diem', 'own', 3_900_000, 'COP', 'Viáticos, tres días'),
        cost('accommodation', 'other', 540, 'EUR', 'Alojamiento cubierto por la red'),
      ],
      linkKeys: ['red-cideu'],
    }),
    demoEvent({
      key: 'delegacion-monterrey',
      title: 'Delegación de Monterrey: renovación del hermanamiento',
      kind: 'incoming_delegation',
      ...when(today, home, at(-12, '09:00'), at(-11, '16:00')),
      city: 'Medellín',
      countryCode: 'CO',
      venue: 'Sede de la ACI',
      strategyLine: 'city_diplomacy',
      objectives: 'Evaluar cinco años del hermanamiento y acordar si se renueva, con qué plan de trabajo.',
      outcomes: 'Ambas partes quieren renovar; se prepara el proyecto para el Concejo antes del vencimiento.',
      participants: [
        official('Director(a) de la ACI', 'ACI', coordinator),
        counterpart(
          'monterrey',
          'Dirección de Relaciones Internacionales',
          'Gobierno Municipal de Monterrey',
        ),
      ],
      costs: [cost('other', 'own', 2_800_000, 'COP', 'Transporte local y reuniones de trabajo')],
      linkKeys: ['hermanamiento-monterrey'],
    }),
    demoEvent({
      key: 'comite-aecid',
      title: 'Comité de seguimiento del convenio con la AECID',
      kind: 'virtual_meeting',
      ...when(today, home, at(10, '09:00'), at(10, '11:00')),
      strategyLine: 'international_cooperation',
      objectives:
        'Revisar el avance del proyecto de jóvenes constructores de paz y la prórroga del convenio.',
      participants: [
        official('Subdirector(a) de Cooperación de la ACI', 'ACI'),
        official('Secretario(a) de Seguridad y Convivencia'),
        counterpart('aecid', 'Oficina Técnica de Cooperación en Colombia'),
      ],
      linkKeys: ['convenio-aecid-paz'],
      initiativeKeys: ['jovenes-paz-nororiental'],
    }),
    demoEvent({
      key: 'mision-madrid',
      title: 'Misión a Madrid: cooperación y promoción de inversión',
      kind: 'mission_abroad',
      ...when(today, 'Europe/Madrid', at(45, '09:00'), at(48, '18:00')),
      city: 'Madrid',
      countryCode: 'ES',
      strategyLine: 'trade_investment',
      objectives:
        'Avanzar la decisión del centro de servicios compartidos y presentar a la cooperación española los resultados del convenio de paz.',
      isPublished: true,
      participants: [
        official('Director(a) de la ACI', 'ACI'),
        counterpart('empresa-servicios-compartidos', 'Dirección de expansión internacional'),
        counterpart('aecid', 'Dirección de Cooperación con América Latina y el Caribe'),
      ],
      costs: [
        cost('travel', 'own', 6_500_000, 'COP', 'Tiquete aéreo (estimado)'),
        cost('per_diem', 'own', 4_800_000, 'COP', 'Viáticos, cuatro días (estimado)'),
      ],
      linkKeys: ['convenio-aecid-paz'],
    }),
  ];
}

function commitments(today: Date): DemoCommitment[] {
  const on = (days: number) => dateFrom(today, { days });
  return [
    {
      key: 'bilbao-plan-trabajo',
      title: 'Enviar a Bilbao la propuesta de plan de trabajo bienal del hermanamiento',
      description: 'Con los tres ejes acordados en la misión: regeneración urbana, movilidad y cultura.',
      eventKey: 'mision-bilbao',
      linkKey: 'hermanamiento-bilbao',
      ownerDepartmentAcronym: 'ACI',
      ownerUserEmail: coordinator,
      ownerName: 'Coordinación de relaciones internacionales (ACI)',
      counterpartPartnerKey: 'bilbao',
      dueDate: on(-270),
      outcome: {
        status: 'fulfilled',
        evidenceDescription: 'Plan de trabajo remitido por oficio y aceptado por el Ayuntamiento de Bilbao.',
        fulfilledOn: on(-274),
      },
    },
    {
      key: 'bilbao-pasantia',
      title: 'Organizar la pasantía técnica del equipo de Planeación en Bilbao',
      description: 'Dos semanas sobre gestión de la regeneración urbana; costos a cargo de cada parte.',
      eventKey: 'mision-bilbao',
      ownerDepartmentAcronym: 'DAP',
      ownerUserEmail: planningLiaison,
      ownerName: 'Enlace de Planeación',
      counterpartPartnerKey: 'bilbao',
      dueDate: on(9),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'bilbao-intercambio-cultural',
      title: 'Proponer a Bilbao un programa de intercambio de artistas de las comunas',
      eventKey: 'mision-bilbao',
      linkKey: 'hermanamiento-bilbao',
      ownerDepartmentAcronym: 'ACI',
      ownerUserEmail: demoAdminEmail,
      ownerName: 'Administración de la demo',
      counterpartPartnerKey: 'bilbao',
      dueDate: on(-20),
    },
    {
      key: 'jica-inventario',
      title: 'Entregar a JICA el inventario de zonas de alto riesgo por movimientos en masa',
      eventKey: 'delegacion-jica',
      linkKey: 'mou-jica-riesgo',
      ownerDepartmentAcronym: 'DAGRD',
      ownerName: 'Subdirección de Conocimiento del Riesgo (DAGRD)',
      counterpartPartnerKey: 'jica',
      dueDate: on(-200),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Inventario y cartografía entregados a la Representación de JICA, con acta de entrega.',
        fulfilledOn: on(-206),
      },
    },
    {
      key: 'jica-expertos',
      title: 'Gestionar ante JICA la llegada de expertos en alerta temprana',
      eventKey: 'delegacion-jica',
      linkKey: 'mou-jica-riesgo',
      ownerDepartmentAcronym: 'DAGRD',
      ownerName: 'Dirección del DAGRD',
      counterpartPartnerKey: 'jica',
      dueDate: on(-6),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'seul-propuesta-inversion',
      title: 'Enviar al fabricante de baterías la propuesta de incentivos y suelo disponible',
      eventKey: 'mision-seul',
      ownerDepartmentAcronym: 'ACI',
      ownerName: 'Subdirección de Inversión (ACI)',
      counterpartPartnerKey: 'empresa-movilidad-electrica',
      dueDate: on(-165),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Propuesta enviada con el portafolio de predios industriales y el régimen de incentivos.',
        fulfilledOn: on(-168),
      },
    },
    {
      key: 'seul-visita-tecnica',
      title: 'Preparar la visita técnica de la empresa de baterías a Medellín',
      eventKey: 'mision-seul',
      ownerDepartmentAcronym: 'ACI',
      ownerUserEmail: coordinator,
      ownerName: 'Coordinación de relaciones internacionales (ACI)',
      counterpartPartnerKey: 'empresa-movilidad-electrica',
      dueDate: on(-130),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Visita realizada: agenda con predios, universidades y proveedores; el proyecto pasó a la etapa de visita.',
        fulfilledOn: on(-134),
        resultingLeadKey: 'movilidad-electrica-planta',
      },
    },
    {
      key: 'seul-segunda-fase-koica',
      title: 'Proponer a KOICA una segunda fase de cooperación en gobierno digital',
      eventKey: 'mision-seul',
      linkKey: 'acuerdo-koica-gobierno-digital',
      ownerDepartmentAcronym: 'ACI',
      ownerName: 'Subdirección de Cooperación (ACI)',
      counterpartPartnerKey: 'koica',
      dueDate: on(-100),
      outcome: {
        status: 'cancelled',
        cancelReason:
          'KOICA no priorizó nuevos proyectos de gobierno digital en su programación para Colombia; la propuesta se reorienta a cooperación sur-sur.',
      },
    },
    {
      key: 'fum-portafolio-sur-sur',
      title: 'Publicar el portafolio de oferta de cooperación sur-sur en urbanismo social',
      eventKey: 'foro-urbano-mundial',
      ownerDepartmentAcronym: 'ACI',
      ownerUserEmail: demoAdminEmail,
      ownerName: 'Administración de la demo',
      counterpartPartnerKey: 'onu-habitat',
      dueDate: on(-90),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Portafolio publicado en el sitio de la Alcaldía; dio origen a la iniciativa de oferta sur-sur en urbanismo social.',
        evidenceUrl: 'https://www.medellin.gov.co',
        fulfilledOn: on(-95),
        resultingInitiativeKey: 'oferta-sur-sur-urbanismo',
      },
    },
    {
      key: 'fum-respuesta-ciudades',
      title: 'Responder a las seis ciudades que pidieron visitas técnicas',
      eventKey: 'foro-urbano-mundial',
      ownerDepartmentAcronym: 'ACI',
      ownerUserEmail: coordinator,
      ownerName: 'Coordinación de relaciones internacionales (ACI)',
      dueDate: on(5),
    },
    {
      key: 'miami-caso-negocio',
      title: 'Entregar a la empresa de software el caso de negocio con datos de talento y costos',
      eventKey: 'mision-miami',
      ownerDepartmentAcronym: 'ACI',
      ownerName: 'Subdirección de Inversión (ACI)',
      counterpartPartnerKey: 'empresa-software-nube',
      dueDate: on(-100),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Caso de negocio entregado; la empresa anunció su centro de ingeniería en la ciudad.',
        fulfilledOn: on(-104),
        resultingLeadKey: 'software-nube-centro',
      },
    },
    {
      key: 'miami-universidades',
      title: 'Coordinar con las universidades la oferta de perfiles de ingeniería para el nuevo centro',
      eventKey: 'mision-miami',
      ownerDepartmentAcronym: 'ACI',
      ownerName: 'Subdirección de Inversión (ACI)',
      counterpartPartnerKey: 'eafit',
      dueDate: on(-5),
    },
    {
      key: 'bid-terminos-referencia',
      title: 'Enviar al BID los términos de referencia del estudio de preinversión',
      eventKey: 'reunion-bid-movilidad',
      linkKey: 'convenio-bid-movilidad',
      ownerDepartmentAcronym: 'DAP',
      ownerUserEmail: planningLiaison,
      ownerName: 'Enlace de Planeación',
      counterpartPartnerKey: 'bid',
      dueDate: on(4),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'bid-contrapartida',
      title: 'Certificar la contrapartida presupuestal de la ciudad para el estudio',
      eventKey: 'reunion-bid-movilidad',
      linkKey: 'convenio-bid-movilidad',
      ownerDepartmentAcronym: 'DAP',
      ownerUserEmail: demoAdminEmail,
      ownerName: 'Administración de la demo',
      counterpartPartnerKey: 'bid',
      dueDate: on(-10),
    },
    {
      key: 'cideu-cuota',
      title: 'Tramitar la renovación de la cuota anual de CIDEU',
      eventKey: 'encuentro-cideu',
      linkKey: 'red-cideu',
      ownerDepartmentAcronym: 'DAP',
      ownerUserEmail: demoAdminEmail,
      ownerName: 'Administración de la demo',
      counterpartPartnerKey: 'cideu',
      dueDate: on(12),
    },
    {
      key: 'cideu-caso',
      title: 'Presentar el caso de urbanismo social al banco de proyectos estratégicos de la red',
      eventKey: 'encuentro-cideu',
      ownerDepartmentAcronym: 'DAP',
      ownerName: 'Subdirección de Planeación Territorial (DAP)',
      counterpartPartnerKey: 'cideu',
      dueDate: on(40),
    },
    {
      key: 'monterrey-renovacion',
      title: 'Preparar el proyecto de renovación del hermanamiento y presentarlo al Concejo',
      eventKey: 'delegacion-monterrey',
      linkKey: 'hermanamiento-monterrey',
      ownerDepartmentAcronym: 'ACI',
      ownerUserEmail: coordinator,
      ownerName: 'Coordinación de relaciones internacionales (ACI)',
      counterpartPartnerKey: 'monterrey',
      dueDate: on(8),
      outcome: { status: 'in_progress' },
    },
    {
      key: 'monterrey-ruta-empresarial',
      title: 'Organizar una ruta empresarial de proveedores de Monterrey interesados en Medellín',
      eventKey: 'delegacion-monterrey',
      ownerDepartmentAcronym: 'ACI',
      ownerName: 'Subdirección de Inversión (ACI)',
      counterpartPartnerKey: 'monterrey',
      dueDate: on(60),
    },
    {
      key: 'aecid-informe-final',
      title: 'Entregar a la AECID el informe técnico y financiero del convenio',
      linkKey: 'convenio-aecid-paz',
      ownerDepartmentAcronym: 'ACI',
      ownerName: 'Subdirección de Cooperación (ACI)',
      counterpartPartnerKey: 'aecid',
      dueDate: on(30),
    },
    {
      key: 'pnud-renovacion',
      title: 'Decidir la renovación del convenio con el PNUD para la localización de los ODS',
      linkKey: 'convenio-pnud-ods',
      ownerDepartmentAcronym: 'DAP',
      ownerName: 'Dirección del Departamento Administrativo de Planeación',
      counterpartPartnerKey: 'pnud',
      dueDate: on(11),
    },
    {
      key: 'globant-primera-cohorte',
      title: 'Convocar la primera cohorte de formación en habilidades digitales con Globant',
      linkKey: 'carta-globant-talento',
      ownerDepartmentAcronym: 'ACI',
      ownerName: 'Subdirección de Inversión (ACI)',
      counterpartPartnerKey: 'globant',
      dueDate: on(-20),
      outcome: {
        status: 'fulfilled',
        evidenceDescription:
          'Convocatoria abierta con Ruta N; el compromiso se convirtió en la iniciativa de talento digital para la inversión.',
        fulfilledOn: on(-24),
        resultingInitiativeKey: 'inversion-talento-digital',
      },
    },
  ];
}

function leads(today: Date): DemoLead[] {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  const note = (text: string) => `${text} ${agendaDemoNote}`;
  return [
    {
      key: 'globant-ampliacion',
      companyPartnerKey: 'globant',
      title: 'Ampliación del centro de desarrollo de software',
      originCountryCode: 'AR',
      sector: '22040',
      description: note(
        'Ampliación de la operación en Medellín con nuevos equipos de ingeniería; seguimiento posterior al establecimiento.',
      ),
      currency: 'COP',
      expectedAmountMinor: minor(40_000_000_000),
      realisedAmountMinor: minor(36_500_000_000),
      expectedJobs: 600,
      createdJobs: 540,
      territorialUnitCode: '14',
      responsibleUserEmail: coordinator,
      eventKeys: [],
      targetStage: 'aftercare',
      announcedOn: on({ months: -26 }),
      establishedOn: on({ months: -18 }),
    },
    {
      key: 'perficient-nearshore',
      companyPartnerKey: 'perficient',
      title: 'Ampliación del centro de entrega de servicios digitales',
      originCountryCode: 'US',
      sector: '22040',
      description: note('Nuevos equipos de desarrollo y pruebas para clientes de Norteamérica.'),
      currency: 'COP',
      expectedAmountMinor: minor(25_000_000_000),
      realisedAmountMinor: minor(21_300_000_000),
      expectedJobs: 400,
      createdJobs: 355,
      territorialUnitCode: '11',
      eventKeys: [],
      targetStage: 'established',
      announcedOn: on({ months: -14 }),
      establishedOn: on({ months: -5 }),
    },
    {
      key: 'software-nube-centro',
      companyPartnerKey: 'empresa-software-nube',
      title: 'Centro de ingeniería para América Latina',
      originCountryCode: 'US',
      sector: '22040',
      description: note(
        'Centro de ingeniería de software y soporte en español e inglés, cerca del distrito de innovación.',
      ),
      currency: 'USD',
      expectedAmountMinor: minor(12_000_000),
      expectedJobs: 300,
      territorialUnitCode: '04',
      responsibleUserEmail: coordinator,
      eventKeys: ['mision-miami'],
      targetStage: 'announced',
      announcedOn: on({ days: -40 }),
    },
    {
      key: 'servicios-compartidos-centro',
      companyPartnerKey: 'empresa-servicios-compartidos',
      title: 'Centro de servicios compartidos financieros y de recursos humanos',
      originCountryCode: 'ES',
      sector: '25010',
      description: note(
        'La empresa compara Medellín con otras dos ciudades de la región; decisión esperada en el próximo trimestre.',
      ),
      currency: 'USD',
      expectedAmountMinor: minor(8_000_000),
      expectedJobs: 450,
      territorialUnitCode: '14',
      eventKeys: ['mision-bilbao', 'mision-madrid'],
      targetStage: 'decision',
    },
    {
      key: 'movilidad-electrica-planta',
      companyPartnerKey: 'empresa-movilidad-electrica',
      title: 'Planta de ensamble de baterías para buses eléctricos',
      originCountryCode: 'KR',
      sector: '32172',
      description: note(
        'Ensamble de módulos de baterías para la flota eléctrica de la región; la empresa visitó la ciudad tras la misión a Seúl.',
      ),
      currency: 'USD',
      expectedAmountMinor: minor(35_000_000),
      expectedJobs: 250,
      territorialUnitCode: '15',
      eventKeys: ['mision-seul'],
      targetStage: 'visit',
    },
    {
      key: 'dispositivos-medicos-planta',
      companyPartnerKey: 'empresa-dispositivos-medicos',
      title: 'Planta de ensamble de dispositivos médicos',
      originCountryCode: 'CH',
      sector: '32120',
      description: note(
        'Primer contacto a través de la red de aliados; la empresa pidió información sobre zonas francas y proveedores.',
      ),
      currency: 'USD',
      expectedAmountMinor: minor(15_000_000),
      expectedJobs: 180,
      territorialUnitCode: '05',
      eventKeys: [],
      targetStage: 'contact',
    },
    {
      key: 'globant-ia',
      companyPartnerKey: 'globant',
      title: 'Centro de inteligencia artificial aplicada',
      originCountryCode: 'AR',
      sector: '22040',
      description: note(
        'Idea de proyecto identificada en el seguimiento a la empresa; sin montos estimados todavía.',
      ),
      currency: 'COP',
      territorialUnitCode: '04',
      eventKeys: [],
      targetStage: 'lead',
    },
    {
      key: 'software-nube-ciberseguridad',
      companyPartnerKey: 'empresa-software-nube',
      title: 'Laboratorio de ciberseguridad',
      originCountryCode: 'US',
      sector: '22040',
      description: note('Proyecto complementario al centro de ingeniería.'),
      currency: 'USD',
      expectedAmountMinor: minor(3_000_000),
      expectedJobs: 60,
      eventKeys: ['mision-miami'],
      targetStage: 'lost',
      lostFrom: 'contact',
      lostReason:
        'La empresa concentró su laboratorio de ciberseguridad en su sede principal tras una reorganización global.',
    },
  ];
}

function positions(today: Date): DemoPosition[] {
  const on = (days: number) => dateFrom(today, { days });
  const note = (text: string) => `${text} ${agendaDemoNote}`;
  return [
    {
      key: 'posicion-urbanismo-social',
      kind: 'position',
      title: 'Posición sobre urbanismo social y mejoramiento integral de barrios de ladera',
      text: note(
        'La ciudad sostiene que la inversión pública de calidad en los barrios más vulnerables (transporte, espacio público, equipamientos educativos y culturales) es la base de la reducción de la violencia y de la desigualdad, y ofrece su experiencia como cooperación sur-sur.',
      ),
      madeOn: on(-148),
      forumName: 'Foro Urbano Mundial',
      networkPartnerKey: 'onu-habitat',
      eventKey: 'foro-urbano-mundial',
      topics: ['urban_planning', 'social'],
      sdgGoals: ['1', '11', '16'],
      coSigners: [],
    },
    {
      key: 'compromiso-riesgo-climatico',
      kind: 'pledge',
      title: 'Compromiso de incorporar el riesgo climático en la planeación de las comunas de ladera',
      text: note(
        'La ciudad se compromete a integrar escenarios de riesgo climático en los instrumentos de planeación de las comunas de ladera y a informar sus avances a la red cada año.',
      ),
      madeOn: on(-220),
      networkPartnerKey: 'resilient-cities',
      topics: ['environmental', 'urban_planning'],
      sdgGoals: ['11', '13'],
      coSigners: [],
    },
    {
      key: 'declaracion-planificacion-participativa',
      kind: 'declaration',
      title: 'Declaración de ciudades iberoamericanas por la planificación estratégica participativa',
      text: note(
        'Las ciudades firmantes se comprometen a que sus planes estratégicos incluyan mecanismos de participación territorial y a compartir sus metodologías en la red.',
      ),
      madeOn: on(-34),
      forumName: 'Encuentro de ciudades de CIDEU',
      networkPartnerKey: 'cideu',
      eventKey: 'encuentro-cideu',
      topics: ['urban_planning', 'governance'],
      sdgGoals: ['11', '16', '17'],
      coSigners: ['Rosario', 'Bilbao', 'Montevideo', 'Quito'],
    },
    {
      key: 'posicion-cooperacion-descentralizada',
      kind: 'position',
      title: 'Aportes de la ciudad a la consulta nacional sobre cooperación descentralizada',
      text: note(
        'La ciudad propone que la estrategia nacional de cooperación reconozca a los gobiernos locales como oferentes de cooperación sur-sur y simplifique el registro de sus acuerdos internacionales.',
      ),
      madeOn: on(-80),
      forumName: 'Consulta de APC-Colombia con gobiernos locales',
      topics: ['governance'],
      sdgGoals: ['17'],
      coSigners: [],
    },
    {
      key: 'declaracion-bilbao-medellin',
      kind: 'declaration',
      title: 'Declaración conjunta Bilbao–Medellín sobre transformación urbana y cultura',
      text: note(
        'Ambas ciudades reafirman el hermanamiento y acuerdan trabajar juntas en regeneración urbana, transporte público y cultura durante los próximos dos años.',
      ),
      madeOn: on(-297),
      forumName: 'Misión a Bilbao',
      eventKey: 'mision-bilbao',
      topics: ['urban_planning', 'mobility', 'cultural'],
      sdgGoals: ['11', '17'],
      coSigners: ['Bilbao'],
    },
  ];
}

function roles(today: Date): DemoNetworkRole[] {
  const on = (offset: Parameters<typeof dateFrom>[1]) => dateFrom(today, offset);
  return [
    {
      key: 'cideu-grupo-urbanismo',
      networkPartnerKey: 'cideu',
      kind: 'working_group_lead',
      title: 'Coordinación del grupo de trabajo de urbanismo social (demo)',
      holderName: 'Departamento Administrativo de Planeación',
      startsOn: on({ years: -3 }),
      endsOn: on({ years: -1 }),
      notes: 'Cargo ilustrativo de la demostración.',
    },
    {
      key: 'resilient-comite-regional',
      networkPartnerKey: 'resilient-cities',
      kind: 'board_member',
      title: 'Representación de las ciudades de América Latina en el comité consultivo (demo)',
      holderName: 'Director(a) del DAGRD',
      startsOn: on({ years: -1 }),
      endsOn: on({ years: 1 }),
      notes: 'Cargo ilustrativo de la demostración.',
    },
    {
      key: 'onu-habitat-anfitriona',
      networkPartnerKey: 'onu-habitat',
      kind: 'other',
      title: 'Ciudad anfitriona del programa de intercambio sur-sur en urbanismo social (demo)',
      holderName: 'Agencia de Cooperación e Inversión de Medellín',
      startsOn: on({ months: -6 }),
      endsOn: on({ months: 18 }),
      notes: 'Cargo ilustrativo de la demostración.',
    },
  ];
}

export function buildMedellinAgenda(today: Date): DemoAgenda {
  return {
    events: events(today),
    commitments: commitments(today),
    leads: leads(today),
    positions: positions(today),
    roles: roles(today),
  };
}
