import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/platform/db';

export type DatasetSize = {
  governments: number;
  partnersPerGovernment: number;
  linksPerGovernment: number;
  /** Number the governments from here (bench-<first>…): to add governments to a dataset. */
  firstGovernment?: number;
  /** Three contacts per partner (default); the search does not read them. */
  hasContacts?: boolean;
};

/**
 * A large, realistic-shaped dataset generated inside the database (generate_series), so that
 * generation takes seconds: Spanish names with accents, several kinds and statuses, validity dates
 * spread over ten years, two parties per link, three contacts per partner.
 */
export async function generateDataset(db: Database, size: DatasetSize) {
  const first = size.firstGovernment ?? 1;
  const last = first + size.governments - 1;
  // The rows of this call only: governments bench-<first>…bench-<last>.
  const newGovernments = sql`(select id from governments where slug like 'bench-%'
    and substr(slug, 7)::int between ${first}::int and ${last}::int)`;
  await db.execute(sql`
    insert into governments (slug, name, kind, country_code, population, languages, reporting_currency, timezone)
    select 'bench-' || g, 'Municipio de Prueba ' || g, 'municipality', 'CO', 100000 + g * 1000, '{es}', 'COP', 'America/Bogota'
    from generate_series(${first}::int, ${last}::int) g`);
  await db.execute(sql`
    insert into partners (government_id, name, acronym, kind, country_code, city, latitude, longitude, tags, notes)
    select gov.id,
      (array['Agencia de Cooperación', 'Ciudad de', 'Fundación', 'Universidad de', 'Embajada de', 'Red de Ciudades', 'Banco de Desarrollo', 'Cámara de Comercio'])[1 + p % 8]
        || ' ' || (array['Medellín', 'Bogotá', 'México', 'São Paulo', 'Bilbao', 'Río de Janeiro', 'Córdoba', 'Montréal', 'Québec', 'Málaga'])[1 + (p / 8) % 10]
        || ' ' || p,
      'P' || p,
      (array['city_government','national_government','embassy_consulate','multilateral','cooperation_agency','ngo_foundation','company_investor','university','city_network','other'])[1 + p % 10],
      (array['ES','MX','CO','BR','FR','DE','US','JP','KR','AR'])[1 + p % 10],
      'Ciudad ' || (p % 500),
      -60 + (p % 120), -170 + (p % 340),
      array['tema-' || (p % 20)],
      'Contraparte generada para la prueba de rendimiento número ' || p
    from governments gov, generate_series(1, ${size.partnersPerGovernment}) p
    where gov.id in ${newGovernments}`);
  if (size.hasContacts !== false)
    await db.execute(sql`
    insert into partner_contacts (government_id, partner_id, name, position, email, is_primary)
    select p.government_id, p.id, 'Contacto ' || c, 'Cargo ' || c, 'contacto' || c || '@ejemplo.org', c = 1
    from partners p, generate_series(1, 3) c
    where p.government_id in ${newGovernments}`);
  await db.execute(sql`
    insert into links (government_id, title, kind, status, signed_on, valid_from, valid_to, themes, strategy_lines, description)
    select gov.id,
      (array['Hermanamiento con', 'Memorando de entendimiento con', 'Convenio de cooperación técnica con', 'Membresía en', 'Carta de intención con'])[1 + l % 5]
        || ' contraparte ' || l,
      (array['sister_city','memorandum_of_understanding','convenio','network_membership','letter_of_intent'])[1 + l % 5],
      (array['negotiation','signed','active','active','active','dormant','expired','terminated'])[1 + l % 8],
      date '2016-01-01' + (l % 3000),
      date '2016-02-01' + (l % 3000),
      date '2021-01-01' + (l % 3650),
      array[(array['economic','environmental','social','cultural','mobility'])[1 + l % 5]],
      array[(array['international_cooperation','trade_investment','city_networks','international_projection','city_diplomacy'])[1 + l % 5]],
      'Vínculo generado para medir el rendimiento; movilidad, cultura y cooperación internacional.'
    from governments gov, generate_series(1, ${size.linksPerGovernment}) l
    where gov.id in ${newGovernments}`);
  // Without statistics on the fresh rows the planner nests loops over the two numbered sides of the
  // join below: quadratic, 445 s instead of 34 s for 10 governments.
  await db.execute(sql`analyze governments, partners, links`);
  await db.execute(sql`
    insert into link_parties (government_id, link_id, partner_id, role)
    select l.government_id, l.id, p.id, 'counterpart'
    from (select id, government_id, row_number() over (partition by government_id order by id) rn from links
          where government_id in ${newGovernments}) l
    join (select id, government_id, row_number() over (partition by government_id order by id) rn from partners
          where government_id in ${newGovernments}) p
      on p.government_id = l.government_id and p.rn = 1 + (l.rn * 7) % ${size.partnersPerGovernment}`);
  await db.execute(sql`analyze`);
}
