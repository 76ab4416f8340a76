import { minorToDecimalString } from '../../../domain/money';
import {
  type DatasetDefinition,
  type FieldType,
  joinList,
  type Row,
  type TableField,
  toTableDateTime,
} from '../../../domain/open-data/table-schema';
import type { PublishedRecords } from './open-data.records';

/*
 * The open datasets: each a Table Schema and the function that flattens published records into its
 * rows. Column names are Spanish (the public reads them); lists share one cell, separated by "; ".
 */

function field(
  name: string,
  type: FieldType,
  title: string,
  description: string,
  extra: Partial<Pick<TableField, 'format' | 'constraints'>> = {},
): TableField {
  return { name, type, title, description, ...extra };
}

const id = (what: string) =>
  field('id', 'string', 'Identificador', `Identificador estable del ${what} en Vínculo.`, {
    format: 'uuid',
    constraints: { required: true },
  });
const listNote = 'Varios valores separados por «; ».';
const missingValues = [''];

export const datasetNames = [
  'vinculos',
  'eventos',
  'costos-eventos',
  'compromisos',
  'iniciativas',
  'indicadores',
  'proyectos',
  'financiacion-proyectos',
  'posicionamientos',
] as const;
export type DatasetName = (typeof datasetNames)[number];

/** The list of published records each dataset is made of: a list past the bound truncates it. */
export const listOfDataset: Record<DatasetName, keyof Omit<PublishedRecords, 'truncated'>> = {
  vinculos: 'links',
  eventos: 'events',
  'costos-eventos': 'events',
  compromisos: 'commitments',
  iniciativas: 'initiatives',
  indicadores: 'initiatives',
  proyectos: 'projects',
  'financiacion-proyectos': 'projects',
  posicionamientos: 'positions',
};

type Dataset = DatasetDefinition & { name: DatasetName; rowsOf: (records: PublishedRecords) => Row[] };

function money(amount: { currency: string; amountMinor: number }) {
  return minorToDecimalString(amount.amountMinor, amount.currency);
}

export const datasets: readonly Dataset[] = [
  {
    name: 'vinculos',
    title: 'Vínculos internacionales',
    description:
      'Hermanamientos, memorandos, convenios y membresías en redes publicados, con sus contrapartes.',
    source: 'link',
    schema: {
      fields: [
        id('vínculo'),
        field('titulo', 'string', 'Título', 'Nombre del vínculo.', { constraints: { required: true } }),
        field('tipo', 'string', 'Tipo', 'Clase de vínculo (hermanamiento, memorando, convenio, red…).'),
        field('estado', 'string', 'Estado', 'Etapa del vínculo (negociación, vigente, terminado…).'),
        field('descripcion', 'string', 'Descripción', 'Qué busca el vínculo.'),
        field('fecha_firma', 'date', 'Fecha de firma', 'Día en que se firmó.'),
        field('vigente_desde', 'date', 'Vigente desde', 'Inicio de la vigencia.'),
        field('vigente_hasta', 'date', 'Vigente hasta', 'Fin de la vigencia.'),
        field('aprobado_concejo', 'boolean', 'Aprobado por el concejo', 'Si el concejo lo aprobó.'),
        field('temas', 'string', 'Temas', `Temas del vínculo. ${listNote}`),
        field(
          'lineas_estrategicas',
          'string',
          'Líneas estratégicas',
          `Líneas del plan de desarrollo. ${listNote}`,
        ),
        field('ods', 'string', 'ODS', `Objetivos de Desarrollo Sostenible. ${listNote}`),
        field('contrapartes', 'string', 'Contrapartes', `Organizaciones contrapartes. ${listNote}`),
        field(
          'paises_contrapartes',
          'string',
          'Países de las contrapartes',
          `Códigos ISO 3166-1. ${listNote}`,
        ),
      ],
      primaryKey: ['id'],
      missingValues,
    },
    rowsOf: (records) =>
      records.links.map((link) => ({
        id: link.id,
        titulo: link.title,
        tipo: link.kind,
        estado: link.status,
        descripcion: link.description,
        fecha_firma: link.signedOn,
        vigente_desde: link.validFrom,
        vigente_hasta: link.validTo,
        aprobado_concejo: link.isCouncilApproved,
        temas: joinList(link.themes),
        lineas_estrategicas: joinList(link.strategyLines),
        ods: joinList(link.sdgGoals),
        contrapartes: joinList(link.counterparts.map((party) => party.name)),
        paises_contrapartes: joinList([
          ...new Set(link.counterparts.flatMap((party) => (party.countryCode ? [party.countryCode] : []))),
        ]),
      })),
  },
  {
    name: 'eventos',
    title: 'Agenda internacional',
    description: 'Misiones, visitas y eventos publicados, con sus objetivos y resultados.',
    source: 'event',
    schema: {
      fields: [
        id('evento'),
        field('titulo', 'string', 'Título', 'Nombre del evento.', { constraints: { required: true } }),
        field('tipo', 'string', 'Tipo', 'Misión, visita recibida, foro…'),
        field('inicio', 'datetime', 'Inicio', 'Fecha y hora de inicio (UTC).'),
        field('fin', 'datetime', 'Fin', 'Fecha y hora de fin (UTC).'),
        field('zona_horaria', 'string', 'Zona horaria', 'Zona horaria IANA del lugar.'),
        field('ciudad', 'string', 'Ciudad', 'Ciudad donde ocurre.'),
        field('pais', 'string', 'País', 'Código ISO 3166-1 del país.'),
        field('linea_estrategica', 'string', 'Línea estratégica', 'Línea del plan de desarrollo.'),
        field('temas', 'string', 'Temas', `Temas del evento. ${listNote}`),
        field('ods', 'string', 'ODS', `Objetivos de Desarrollo Sostenible. ${listNote}`),
        field('objetivos', 'string', 'Objetivos', 'Para qué se hizo.'),
        field('resultados', 'string', 'Resultados', 'Qué se obtuvo.'),
      ],
      primaryKey: ['id'],
      missingValues,
    },
    rowsOf: (records) =>
      records.events.map((event) => ({
        id: event.id,
        titulo: event.title,
        tipo: event.kind,
        inicio: toTableDateTime(event.startsAt),
        fin: toTableDateTime(event.endsAt),
        zona_horaria: event.timezone,
        ciudad: event.city,
        pais: event.countryCode,
        linea_estrategica: event.strategyLine,
        temas: joinList(event.themes),
        ods: joinList(event.sdgGoals),
        objetivos: event.objectives,
        resultados: event.outcomes,
      })),
  },
  {
    name: 'costos-eventos',
    title: 'Costos públicos de la agenda',
    description: 'Lo que costó cada evento publicado, por concepto y fuente, en su moneda.',
    source: 'event',
    schema: {
      fields: [
        field('evento_id', 'string', 'Evento', 'Identificador del evento (eventos.id).', {
          format: 'uuid',
          constraints: { required: true },
        }),
        field('concepto', 'string', 'Concepto', 'Transporte, alojamiento, viáticos…'),
        field('fuente', 'string', 'Fuente', 'Quién lo pagó (presupuesto propio, contraparte…).'),
        field('moneda', 'string', 'Moneda', 'Código ISO 4217.', { constraints: { required: true } }),
        field('monto', 'number', 'Monto', 'Monto en la moneda, con punto decimal.', {
          constraints: { required: true },
        }),
      ],
      foreignKeys: [{ fields: ['evento_id'], reference: { resource: 'eventos', fields: ['id'] } }],
      missingValues,
    },
    rowsOf: (records) =>
      records.events.flatMap((event) =>
        event.costs.map((cost) => ({
          evento_id: event.id,
          concepto: cost.category,
          fuente: cost.source,
          moneda: cost.currency,
          monto: money(cost),
        })),
      ),
  },
  {
    name: 'compromisos',
    title: 'Compromisos internacionales',
    description: 'Lo que el gobierno se comprometió a hacer, para cuándo y si lo cumplió.',
    source: 'commitment',
    schema: {
      fields: [
        id('compromiso'),
        field('titulo', 'string', 'Compromiso', 'Qué se comprometió.', { constraints: { required: true } }),
        field('fecha_limite', 'date', 'Fecha límite', 'Para cuándo.'),
        field('estado', 'string', 'Estado', 'Abierto, cumplido, vencido o cancelado.', {
          constraints: { enum: ['open', 'fulfilled', 'overdue', 'cancelled'] },
        }),
        field('cumplido_el', 'date', 'Cumplido el', 'Día en que se cumplió.'),
        field('vinculo_id', 'string', 'Vínculo', 'El vínculo publicado del que nace (vinculos.id).', {
          format: 'uuid',
        }),
        field('evento_id', 'string', 'Evento', 'El evento publicado del que nace (eventos.id).', {
          format: 'uuid',
        }),
      ],
      primaryKey: ['id'],
      missingValues,
    },
    rowsOf: (records) =>
      records.commitments.map((commitment) => ({
        id: commitment.id,
        titulo: commitment.title,
        fecha_limite: commitment.dueDate,
        estado: commitment.status,
        cumplido_el: commitment.fulfilledOn,
        vinculo_id: commitment.linkId,
        evento_id: commitment.eventId,
      })),
  },
  {
    name: 'iniciativas',
    title: 'Iniciativas de política internacional',
    description: 'Iniciativas publicadas, su etapa en el ciclo de política y su territorio.',
    source: 'initiative',
    schema: {
      fields: [
        id('iniciativa'),
        field('titulo', 'string', 'Título', 'Nombre de la iniciativa.', { constraints: { required: true } }),
        field('resumen', 'string', 'Resumen', 'De qué trata.'),
        field('etapa', 'string', 'Etapa', 'Etapa del ciclo de política.'),
        field('linea_estrategica', 'string', 'Línea estratégica', 'Línea del plan de desarrollo.'),
        field('temas', 'string', 'Temas', `Temas. ${listNote}`),
        field('ods', 'string', 'ODS', `Objetivos de Desarrollo Sostenible. ${listNote}`),
        field('objetivo', 'string', 'Objetivo', 'Objetivo de la iniciativa.'),
        field('poblacion_afectada', 'integer', 'Población afectada', 'Personas a las que llega.'),
        field('todo_el_territorio', 'boolean', 'Todo el territorio', 'Si abarca todo el territorio.'),
        field(
          'unidades_territoriales',
          'string',
          'Unidades territoriales',
          `Comunas, alcaldías… ${listNote}`,
        ),
      ],
      primaryKey: ['id'],
      missingValues,
    },
    rowsOf: (records) =>
      records.initiatives.map((initiative) => ({
        id: initiative.id,
        titulo: initiative.title,
        resumen: initiative.summary,
        etapa: initiative.stage,
        linea_estrategica: initiative.strategyLine,
        temas: joinList(initiative.themes),
        ods: joinList(initiative.sdgGoals),
        objetivo: initiative.objective,
        poblacion_afectada:
          initiative.affectedPopulation === null ? null : Math.round(initiative.affectedPopulation),
        todo_el_territorio: initiative.isWholeTerritory,
        unidades_territoriales: joinList(initiative.territorialUnits.map((unit) => unit.name)),
      })),
  },
  {
    name: 'indicadores',
    title: 'Indicadores de las iniciativas',
    description:
      'Línea base, meta, último valor medido y avance de cada indicador de las iniciativas publicadas.',
    source: 'initiative',
    schema: {
      fields: [
        field('iniciativa_id', 'string', 'Iniciativa', 'Identificador de la iniciativa (iniciativas.id).', {
          format: 'uuid',
          constraints: { required: true },
        }),
        field('indicador', 'string', 'Indicador', 'Nombre del indicador.', {
          constraints: { required: true },
        }),
        field('unidad', 'string', 'Unidad', 'Unidad de medida.'),
        field('linea_base', 'number', 'Línea base', 'Valor al empezar.'),
        field('meta', 'number', 'Meta', 'Valor buscado.'),
        field('fecha_meta', 'date', 'Fecha de la meta', 'Para cuándo.'),
        field('ultimo_valor', 'number', 'Último valor', 'Última medición.'),
        field('fecha_ultimo_valor', 'date', 'Fecha del último valor', 'Día de la última medición.'),
        field('avance', 'number', 'Avance', 'De 0 a 1 hacia la meta.'),
      ],
      foreignKeys: [{ fields: ['iniciativa_id'], reference: { resource: 'iniciativas', fields: ['id'] } }],
      missingValues,
    },
    rowsOf: (records) =>
      records.initiatives.flatMap((initiative) =>
        initiative.indicators.map((indicator) => ({
          iniciativa_id: initiative.id,
          indicador: indicator.name,
          unidad: indicator.unit,
          linea_base: indicator.baselineValue,
          meta: indicator.targetValue,
          fecha_meta: indicator.targetDate,
          ultimo_valor: indicator.latestValue,
          fecha_ultimo_valor: indicator.latestOn,
          avance: indicator.progress,
        })),
      ),
  },
  {
    name: 'proyectos',
    title: 'Proyectos de cooperación',
    description:
      'Proyectos de cooperación internacional publicados, con su identificador IATI y participantes.',
    source: 'project',
    schema: {
      fields: [
        id('proyecto'),
        field('titulo', 'string', 'Título', 'Nombre del proyecto.', { constraints: { required: true } }),
        field('resumen', 'string', 'Resumen', 'De qué trata.'),
        field('linea_estrategica', 'string', 'Línea estratégica', 'Línea del plan de desarrollo.'),
        field('identificador_iati', 'string', 'Identificador IATI', 'iati-identifier de la actividad.'),
        field('estado_iati', 'string', 'Estado IATI', 'Código ActivityStatus de IATI.'),
        field('inicio_previsto', 'date', 'Inicio previsto', 'Inicio planeado.'),
        field('fin_previsto', 'date', 'Fin previsto', 'Fin planeado.'),
        field('inicio_real', 'date', 'Inicio real', 'Inicio efectivo.'),
        field('fin_real', 'date', 'Fin real', 'Fin efectivo.'),
        field(
          'participantes',
          'string',
          'Organizaciones participantes',
          `Financiadoras, ejecutoras… ${listNote}`,
        ),
        field('unidades_territoriales', 'string', 'Unidades territoriales', `Dónde se ejecuta. ${listNote}`),
      ],
      primaryKey: ['id'],
      missingValues,
    },
    rowsOf: (records) =>
      records.projects.map((project) => ({
        id: project.id,
        titulo: project.title,
        resumen: project.summary,
        linea_estrategica: project.strategyLine,
        identificador_iati: project.iatiIdentifier,
        estado_iati: project.activityStatus,
        inicio_previsto: project.startPlanned,
        fin_previsto: project.endPlanned,
        inicio_real: project.startActual,
        fin_real: project.endActual,
        participantes: joinList(project.participants.map((party) => party.name)),
        unidades_territoriales: joinList(project.territorialUnits.map((unit) => unit.name)),
      })),
  },
  {
    name: 'financiacion-proyectos',
    title: 'Financiación de los proyectos de cooperación',
    description: 'Presupuesto y recursos recibidos de cada proyecto publicado, por moneda.',
    source: 'project',
    schema: {
      fields: [
        field('proyecto_id', 'string', 'Proyecto', 'Identificador del proyecto (proyectos.id).', {
          format: 'uuid',
          constraints: { required: true },
        }),
        field('concepto', 'string', 'Concepto', 'presupuesto o recibido.', {
          constraints: { required: true, enum: ['presupuesto', 'recibido'] },
        }),
        field('moneda', 'string', 'Moneda', 'Código ISO 4217.', { constraints: { required: true } }),
        field('monto', 'number', 'Monto', 'Monto en la moneda, con punto decimal.', {
          constraints: { required: true },
        }),
      ],
      foreignKeys: [{ fields: ['proyecto_id'], reference: { resource: 'proyectos', fields: ['id'] } }],
      missingValues,
    },
    rowsOf: (records) =>
      records.projects.flatMap((project) => [
        ...project.budgets.map((amount) => ({
          proyecto_id: project.id,
          concepto: 'presupuesto',
          moneda: amount.currency,
          monto: money(amount),
        })),
        ...project.received.map((amount) => ({
          proyecto_id: project.id,
          concepto: 'recibido',
          moneda: amount.currency,
          monto: money(amount),
        })),
      ]),
  },
  {
    name: 'posicionamientos',
    title: 'Posicionamientos internacionales',
    description: 'Declaraciones, votos y posiciones publicadas del gobierno en foros y redes.',
    source: 'position',
    schema: {
      fields: [
        id('posicionamiento'),
        field('tipo', 'string', 'Tipo', 'Declaración, voto, compromiso de red…'),
        field('titulo', 'string', 'Título', 'Nombre del posicionamiento.', {
          constraints: { required: true },
        }),
        field('texto', 'string', 'Texto', 'Lo que se dijo o firmó.'),
        field('fecha', 'date', 'Fecha', 'Día en que se hizo.'),
        field('foro', 'string', 'Foro', 'Dónde se hizo.'),
        field('temas', 'string', 'Temas', `Temas. ${listNote}`),
        field('ods', 'string', 'ODS', `Objetivos de Desarrollo Sostenible. ${listNote}`),
        field(
          'cofirmantes',
          'string',
          'Cofirmantes',
          `Gobiernos u organizaciones que también firmaron. ${listNote}`,
        ),
        field('enlace', 'string', 'Enlace', 'Dirección del texto publicado.', { format: 'uri' }),
      ],
      primaryKey: ['id'],
      missingValues,
    },
    rowsOf: (records) =>
      records.positions.map((position) => ({
        id: position.id,
        tipo: position.kind,
        titulo: position.title,
        texto: position.text,
        fecha: position.madeOn,
        foro: position.forumName,
        temas: joinList(position.topics),
        ods: joinList(position.sdgGoals),
        cofirmantes: joinList(position.coSigners),
        enlace: position.url,
      })),
  },
];

export function findDataset(name: string): Dataset | undefined {
  return datasets.find((dataset) => dataset.name === name);
}
