import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/platform/db';

export type UtilityDatasetSize = {
  governments: number;
  links: number;
  commitments: number;
  transactions: number;
  measurements: number;
};

/**
 * Per government (generated inside the database with generate_series, so that it takes seconds per
 * million rows): 2,000 partners, `links` links with a counterpart each, 2,000 initiatives at every
 * stage using 2 links each, 2,000 events citing a link, `commitments` commitments (half under links,
 * half under events; fulfilled, late, overdue, open, cancelled), `transactions` project transactions in
 * COP, USD and EUR with monthly rates, 2,000 indicators (one in five counting beneficiaries) with
 * `measurements` measurements, 1,000 investment leads and 20 territorial units.
 */
export async function generateUtilityDataset(db: Database, size: UtilityDatasetSize, firstNumber = 1) {
  // One transaction: the numbered temporary tables live on its connection and are dropped at commit,
  // so that a second call (more governments, for the instance-size case) starts clean.
  await db.transaction((tx) => generate(tx, size, firstNumber));
  // Statistics for the app's plans, as after any large import.
  await db.execute(sql`analyze`);
}

async function generate(db: Database, size: UtilityDatasetSize, firstNumber: number) {
  const last = firstNumber + size.governments - 1;
  // Every id below is read from the rows just inserted, so the foreign keys hold by construction:
  // as in a restore, their per-row checks are skipped for this transaction (superuser only).
  const [role] = (
    (await db.execute(sql`select rolsuper from pg_roles where rolname = current_user`)) as unknown as {
      rows: { rolsuper: boolean }[];
    }
  ).rows;
  if (role?.rolsuper) await db.execute(sql`set local session_replication_role = replica`);
  await db.execute(sql`
    insert into governments (slug, name, kind, country_code, population, languages, reporting_currency, timezone)
    select 'ubench-' || g, 'Municipio de Prueba ' || g, 'municipality', 'CO', 2500000, '{es}', 'COP', 'America/Bogota'
    from generate_series(${firstNumber}::int, ${last}::int) g`);
  // The governments of this call only: the ones generated before keep their data as it is.
  await db.execute(sql`create temporary table ub_governments on commit drop as
    select id from governments where slug in (select 'ubench-' || g from generate_series(${firstNumber}::int, ${last}::int) g)`);
  const benchGovernments = sql`(select id from ub_governments)`;
  await db.execute(sql`analyze ub_governments`);
  await db.execute(sql`
    insert into territorial_units (government_id, code, name, kind, population)
    select gov.id, lpad(u::text, 2, '0'), 'Comuna ' || u, 'comuna', 100000 + u * 5000
    from governments gov, generate_series(1, 20) u where gov.id in ${benchGovernments}`);
  await db.execute(sql`
    insert into departments (government_id, name, acronym)
    select gov.id, 'Secretaría ' || d, 'S' || d from governments gov, generate_series(1, 12) d where gov.id in ${benchGovernments}`);
  // The joins below read these tables by government: statistics of the rows just added.
  await db.execute(sql`analyze territorial_units, departments`);
  await db.execute(sql`
    insert into partners (government_id, name, kind, country_code, latitude, longitude)
    select gov.id, 'Contraparte ' || p,
      (array['city_government','cooperation_agency','multilateral','company_investor','ngo_foundation'])[1 + p % 5],
      (array['ES','MX','BR','US','FR'])[1 + p % 5], -60 + (p % 120), -170 + (p % 340)
    from governments gov, generate_series(1, 2000) p where gov.id in ${benchGovernments}`);
  await db.execute(sql`
    insert into links (government_id, title, kind, status, signed_on, valid_from, valid_to, strategy_lines)
    select gov.id, 'Vínculo ' || l,
      (array['sister_city','memorandum_of_understanding','convenio','network_membership','letter_of_intent'])[1 + l % 5],
      (array['negotiation','signed','active','active','active','dormant','expired','terminated'])[1 + l % 8],
      current_date - (l % 3650), current_date - (l % 3650), current_date + 365 - (l % 1000),
      array[(array['international_cooperation','trade_investment','city_networks','international_projection','city_diplomacy'])[1 + l % 5]]
    from governments gov, generate_series(1, ${size.links}) l where gov.id in ${benchGovernments}`);
  // Numbered copies of the ids, to wire relations without random joins.
  await db.execute(sql`create temporary table ub_links on commit drop as
    select id, government_id, row_number() over (partition by government_id order by id) rn from links where government_id in ${benchGovernments}`);
  await db.execute(sql`create temporary table ub_partners on commit drop as
    select id, government_id, row_number() over (partition by government_id order by id) rn from partners where government_id in ${benchGovernments}`);
  // Without statistics the planner nests loops over the numbered sets (quadratic in the governments).
  await db.execute(sql`analyze ub_links, ub_partners`);
  await db.execute(sql`
    insert into link_parties (government_id, link_id, partner_id, role)
    select l.government_id, l.id, p.id, 'counterpart' from ub_links l
    join ub_partners p on p.government_id = l.government_id and p.rn = 1 + l.rn % 2000`);
  await db.execute(sql`
    insert into initiatives (government_id, title, stage, strategy_line, affected_population)
    select gov.id, 'Iniciativa ' || i,
      (array['problematization','agenda','design','implementation','evaluation','closed','cancelled'])[1 + i % 7],
      (array['international_cooperation','trade_investment','city_networks','international_projection','city_diplomacy'])[1 + i % 5],
      1000 + i
    from governments gov, generate_series(1, 2000) i where gov.id in ${benchGovernments}`);
  await db.execute(sql`create temporary table ub_initiatives on commit drop as
    select id, government_id, row_number() over (partition by government_id order by id) rn from initiatives where government_id in ${benchGovernments}`);
  await db.execute(sql`analyze ub_initiatives`);
  await db.execute(sql`
    insert into initiative_links (government_id, initiative_id, link_id)
    select i.government_id, i.id, l.id from ub_initiatives i
    cross join unnest(array[i.rn * 3, i.rn * 7]) k(rn)
    join ub_links l on l.government_id = i.government_id and l.rn = k.rn`);
  await db.execute(sql`
    insert into initiative_territorial_units (government_id, initiative_id, territorial_unit_id)
    select i.government_id, i.id, u.id from ub_initiatives i
    join territorial_units u on u.government_id = i.government_id and u.code = lpad((1 + i.rn % 20)::text, 2, '0')`);
  await db.execute(sql`
    insert into events (government_id, title, kind, starts_at, ends_at, timezone)
    select gov.id, 'Evento ' || e, 'official_visit', now() - (e || ' days')::interval - interval '4 hours',
      now() - (e || ' days')::interval, 'America/Bogota'
    from governments gov, generate_series(1, 2000) e where gov.id in ${benchGovernments}`);
  await db.execute(sql`create temporary table ub_events on commit drop as
    select id, government_id, row_number() over (partition by government_id order by id) rn from events where government_id in ${benchGovernments}`);
  await db.execute(sql`analyze ub_events`);
  await db.execute(sql`
    insert into event_links (government_id, event_id, link_id)
    select e.government_id, e.id, l.id from ub_events e join ub_links l on l.government_id = e.government_id and l.rn = e.rn * 5`);
  await db.execute(sql`
    insert into commitments (government_id, title, event_id, link_id, owner_department_id, owner_name, due_date, status, fulfilled_on)
    select gov.id, 'Compromiso ' || c,
      case when c % 2 = 0 then e.id end, case when c % 2 = 1 then l.id end, d.id,
      'Responsable', current_date - 1000 + (c % 1400),
      (array['pending','in_progress','fulfilled','fulfilled','cancelled'])[1 + c % 5],
      case when c % 5 in (2, 3) then current_date - 1000 + (c % 1400) + (c % 7) - 3 end
    from governments gov cross join generate_series(1, ${size.commitments}) c
    join ub_events e on e.government_id = gov.id and e.rn = 1 + c % 2000
    join ub_links l on l.government_id = gov.id and l.rn = 1 + c % ${size.links}
    join departments d on d.government_id = gov.id and d.acronym = 'S' || (1 + c % 12)
    where gov.id in ${benchGovernments}`);
  await db.execute(sql`
    insert into exchange_rates (government_id, currency, reporting_currency, rate_date, rate)
    select gov.id, cur, 'COP', current_date - (m * 30), case cur when 'USD' then 4000 + m else 4400 + m end
    from governments gov, unnest(array['USD','EUR']) cur, generate_series(0, 120) m where gov.id in ${benchGovernments}`);
  await db.execute(sql`
    insert into project_transactions (government_id, initiative_id, type, transaction_date, value_date, amount_minor, currency, provider_partner_id)
    select i.government_id, i.id, (array['11','1','2','3','4'])[1 + t % 5], current_date - (t % 3000), current_date - (t % 3000),
      100000 + (t % 997) * 1000, (array['COP','USD','EUR','COP'])[1 + t % 4], p.id
    from generate_series(1, ${size.transactions}) t
    join ub_initiatives i on i.rn = 1 + t % 2000
    join ub_partners p on p.government_id = i.government_id and p.rn = 1 + t % 2000`);
  await db.execute(sql`
    insert into mir_rows (government_id, initiative_id, level)
    select i.government_id, i.id, 'purpose' from ub_initiatives i`);
  await db.execute(sql`
    insert into indicators (government_id, initiative_id, mir_row_id, name, unit, baseline_value, baseline_date, target_value, target_date, counts_beneficiaries)
    select r.government_id, r.initiative_id, r.id, 'Indicador', 'personas', 0, current_date - 2000, 1000, current_date + 1000, i.rn % 5 = 0
    from mir_rows r join ub_initiatives i on i.id = r.initiative_id`);
  await db.execute(sql`create temporary table ub_indicators on commit drop as
    select id, government_id, initiative_id, row_number() over (partition by government_id order by id) rn from indicators where government_id in ${benchGovernments}`);
  await db.execute(sql`analyze ub_indicators`);
  await db.execute(sql`
    insert into measurements (government_id, initiative_id, indicator_id, measured_on, value, unit, disaggregated_values)
    select x.government_id, x.initiative_id, x.id, current_date - (m % 1500), m % 1000, 'personas', '[]'::jsonb
    from generate_series(1, ${size.measurements}) m join ub_indicators x on x.rn = 1 + m % 2000`);
  await db.execute(sql`
    insert into investment_leads (government_id, company_partner_id, title, origin_country_code, sector, stage, currency,
      expected_amount_minor, realised_amount_minor, expected_jobs, created_jobs, established_on)
    select p.government_id, p.id, 'Proyecto ' || p.rn, 'US', '31110',
      (array['lead','contact','visit','decision','announced','established','aftercare','lost'])[1 + p.rn % 8], 'USD',
      1000000000, case when p.rn % 8 in (5, 6) then 500000000 end, 100, case when p.rn % 8 in (5, 6) then 40 end,
      case when p.rn % 8 in (5, 6) then current_date - 200 end
    from ub_partners p where p.rn <= 1000`);
}
