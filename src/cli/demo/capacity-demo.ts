import { addDays } from '../../domain/calendar';

/**
 * Two completed capacity self-assessments for each demo government, a year apart, and the demo
 * association they both belong to. Levels are the demo's judgement of each office as publicly
 * described (ACI Medellín, an agency with a stable team since 2002; CDMX's Coordinación General de
 * Asuntos Internacionales, an office of the head of government); evidence names the kind of public
 * document an office would cite, pointing at the institutions' own sites.
 */
type DemoAnswer = { level: 1 | 2 | 3 | 4 | 5; evidence?: string; note?: string };
export type DemoCapacityEdition = { assessedOn: string; answers: Record<string, DemoAnswer> };

export function buildCapacityEditions(slug: string, today: string): DemoCapacityEdition[] {
  const lastYear = addDays(today, -372);
  const recent = addDays(today, -24);
  if (slug === 'medellin')
    return [
      {
        assessedOn: lastYear,
        answers: {
          office_staff: {
            level: 4,
            evidence: 'https://www.acimedellin.org/quienes-somos/',
            note: 'Equipo por línea de cooperación, inversión y proyección.',
          },
          budget: {
            level: 3,
            evidence: 'Presupuesto municipal aprobado: rubro de transferencias a la ACI Medellín',
          },
          legal_framework: {
            level: 4,
            evidence:
              'Estatutos de la ACI Medellín, entidad descentralizada del Municipio y del Área Metropolitana',
          },
          strategy: {
            level: 3,
            evidence: 'Plan de Desarrollo de Medellín, componente de internacionalización',
          },
          information_system: { level: 2 },
          monitoring_evaluation: {
            level: 2,
            note: 'Los compromisos de las misiones se anotan, pero no se revisan.',
          },
          networks: { level: 4, evidence: 'https://www.acimedellin.org/ (redes y alianzas)' },
          territorial_articulation: {
            level: 3,
            evidence: 'Actas de la mesa de cooperación con las secretarías',
          },
          transparency: { level: 2 },
        },
      },
      {
        assessedOn: recent,
        answers: {
          office_staff: {
            level: 5,
            evidence: 'https://www.acimedellin.org/quienes-somos/',
            note: 'La agencia asesoró a otras ciudades en cooperación sur-sur.',
          },
          budget: {
            level: 3,
            evidence: 'Presupuesto municipal aprobado: rubro de transferencias a la ACI Medellín',
          },
          legal_framework: {
            level: 4,
            evidence:
              'Estatutos de la ACI Medellín, entidad descentralizada del Municipio y del Área Metropolitana',
          },
          strategy: {
            level: 4,
            evidence:
              'Estrategia de internacionalización alineada con el Plan de Desarrollo, construida con las secretarías',
          },
          information_system: {
            level: 3,
            evidence: 'Registro de vínculos, contrapartes y agenda en Vínculo (este sistema)',
          },
          monitoring_evaluation: {
            level: 3,
            evidence: 'Informe trimestral de compromisos e indicadores de las iniciativas',
          },
          networks: { level: 5, evidence: 'https://www.acimedellin.org/ (redes y alianzas)' },
          territorial_articulation: {
            level: 3,
            evidence: 'Actas de la mesa de cooperación con las secretarías',
          },
          transparency: {
            level: 2,
            note: 'Falta un informe anual al Concejo con lo que produjo cada vínculo.',
          },
        },
      },
    ];
  return [
    {
      assessedOn: lastYear,
      answers: {
        office_staff: {
          level: 4,
          evidence:
            'Reglamento Interior del Poder Ejecutivo: funciones de la Coordinación General de Asuntos Internacionales',
        },
        budget: { level: 2 },
        legal_framework: {
          level: 3,
          evidence:
            'Reglamento Interior del Poder Ejecutivo y de la Administración Pública de la Ciudad de México',
        },
        strategy: { level: 3, evidence: 'Programa de Gobierno de la Ciudad de México, eje de ciudad global' },
        information_system: { level: 2 },
        monitoring_evaluation: { level: 2 },
        networks: { level: 5, evidence: 'https://www.c40.org/cities/ (Ciudad de México, ciudad miembro)' },
        territorial_articulation: { level: 2 },
        transparency: {
          level: 3,
          evidence: 'https://www.transparencia.cdmx.gob.mx/ (viajes oficiales y convenios)',
        },
      },
    },
    {
      assessedOn: recent,
      answers: {
        office_staff: {
          level: 4,
          evidence:
            'Reglamento Interior del Poder Ejecutivo: funciones de la Coordinación General de Asuntos Internacionales',
        },
        budget: {
          level: 3,
          evidence:
            'Presupuesto de Egresos de la Ciudad de México: partida de la Coordinación General de Asuntos Internacionales',
        },
        legal_framework: {
          level: 3,
          evidence:
            'Reglamento Interior del Poder Ejecutivo y de la Administración Pública de la Ciudad de México',
        },
        strategy: { level: 3, evidence: 'Programa de Gobierno de la Ciudad de México, eje de ciudad global' },
        information_system: {
          level: 3,
          evidence: 'Registro de convenios y agenda internacional en Vínculo (este sistema)',
        },
        monitoring_evaluation: {
          level: 2,
          note: 'Los indicadores de las iniciativas aún no tienen línea base.',
        },
        networks: { level: 5, evidence: 'https://www.c40.org/cities/ (Ciudad de México, ciudad miembro)' },
        territorial_articulation: {
          level: 3,
          evidence: 'Enlaces de asuntos internacionales en SEDEMA y las alcaldías',
        },
        transparency: {
          level: 3,
          evidence: 'https://www.transparencia.cdmx.gob.mx/ (viajes oficiales y convenios)',
        },
      },
    },
  ];
}

/** The demo association: a network of local international-relations offices with both cities. */
export const demoAssociation = {
  slug: 'red-oril',
  profile: {
    name: 'Red de Oficinas de Relaciones Internacionales Locales (demo)',
    kind: 'other' as const,
    tenantKind: 'association' as const,
    countryCode: 'CO',
    languages: ['es'],
    reportingCurrency: 'USD',
    timezone: 'America/Bogota',
  },
  users: [{ email: 'admin.red@vinculo.demo', name: 'Secretaría técnica de la red', role: 'admin' as const }],
  memberSlugs: ['medellin', 'cdmx'],
};
