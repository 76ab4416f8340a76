import { type SQL, sql } from 'drizzle-orm';
import type { IndexScopeKind } from '../../../contracts/utility';

/**
 * Which records belong to what. Every subject (a link, an event, a partner, a strategy line, a
 * territorial unit, the government) is described by sets of pairs `(s, record id)`, where `s` is
 * the subject's id as text. The same sets serve one subject (the ledger, one verdict, one index)
 * and every subject of a kind at once (the overview's verdicts of all links), so aggregates are
 * written once and grouped by `s` in SQL — never one query per subject.
 *
 * Relations read both ways: a link owns the initiatives that use it AND those of its events, the
 * commitments made under it AND those of its events, the money of those initiatives AND the money
 * its partners provided.
 */

export type SubjectKind = IndexScopeKind | 'event';
export type Subject = { kind: SubjectKind; id: string | null };

const only = (column: SQL, id: string | null) => (id === null ? sql`` : sql`and ${column} = ${id}`);

/**
 * The one place where strategy lines are grouped: today the free-text values on links,
 * initiatives and events. When strategy lines become managed records, only this changes.
 */
export function strategyLineMembers(governmentId: string): SQL {
  return sql`(
    select unnest(l.strategy_lines) as line, 'link' as record_kind, l.id as record_id
      from links l where l.government_id = ${governmentId} and l.archived_at is null
    union all
    select i.strategy_line, 'initiative', i.id
      from initiatives i where i.government_id = ${governmentId} and i.strategy_line is not null
    union all
    select e.strategy_line, 'event', e.id
      from events e where e.government_id = ${governmentId} and e.strategy_line is not null and e.archived_at is null
  )`;
}

/** Pairs (s, initiative_id, via): the initiatives that use the subject, and how. */
export function initiativePairs(governmentId: string, subject: Subject): SQL {
  const g = governmentId;
  const id = subject.id;
  let union: SQL;
  switch (subject.kind) {
    case 'link':
      union = sql`
        select il.link_id::text as s, il.initiative_id, 'link' as via from initiative_links il
          where il.government_id = ${g} ${only(sql`il.link_id`, id)}
        union
        select el.link_id::text, ei.initiative_id, 'event' from event_links el
          join event_initiatives ei on ei.event_id = el.event_id
          where el.government_id = ${g} ${only(sql`el.link_id`, id)}`;
      break;
    case 'event':
      union = sql`
        select ei.event_id::text as s, ei.initiative_id, 'event' as via from event_initiatives ei
          where ei.government_id = ${g} ${only(sql`ei.event_id`, id)}
        union
        select c.event_id::text, c.resulting_initiative_id, 'commitment' from commitments c
          where c.government_id = ${g} and c.event_id is not null and c.resulting_initiative_id is not null
          ${only(sql`c.event_id`, id)}`;
      break;
    case 'partner':
      union = sql`
        select ip.partner_id::text as s, ip.initiative_id, 'partner' as via from initiative_partners ip
          where ip.government_id = ${g} ${only(sql`ip.partner_id`, id)}
        union
        select pp.partner_id::text, pp.initiative_id, 'partner' from project_participants pp
          where pp.government_id = ${g} ${only(sql`pp.partner_id`, id)}
        union
        select lp.partner_id::text, il.initiative_id, 'link' from link_parties lp
          join initiative_links il on il.link_id = lp.link_id
          where lp.government_id = ${g} ${only(sql`lp.partner_id`, id)}`;
      break;
    case 'strategy_line':
      union = sql`
        select m.line as s, m.record_id as initiative_id, 'strategy_line' as via from ${strategyLineMembers(g)} m
          where m.record_kind = 'initiative' ${only(sql`m.line`, id)}
        union
        select m.line, il.initiative_id, 'link' from ${strategyLineMembers(g)} m
          join initiative_links il on il.link_id = m.record_id
          where m.record_kind = 'link' ${only(sql`m.line`, id)}
        union
        select m.line, ei.initiative_id, 'event' from ${strategyLineMembers(g)} m
          join event_initiatives ei on ei.event_id = m.record_id
          where m.record_kind = 'event' ${only(sql`m.line`, id)}`;
      break;
    case 'territorial_unit':
      // `via` is only shown in ledgers, which territorial units do not have.
      union = sql`
        select itu.territorial_unit_id::text as s, itu.initiative_id, 'strategy_line' as via
          from initiative_territorial_units itu
          where itu.government_id = ${g} ${only(sql`itu.territorial_unit_id`, id)}
        union
        select u.id::text, i.id, 'strategy_line' from initiatives i
          join territorial_units u on u.government_id = i.government_id and u.archived_at is null
          where i.government_id = ${g} and i.is_whole_territory ${only(sql`u.id`, id)}`;
      break;
    case 'government':
      union = sql`select ${g}::text as s, i.id as initiative_id, 'strategy_line' as via
        from initiatives i where i.government_id = ${g}`;
      break;
  }
  return sql`(select distinct on (x.s, x.initiative_id) x.s, x.initiative_id, x.via from (${union}) x
    order by x.s, x.initiative_id, x.via)`;
}

/** Pairs (s, commitment_id): the commitments made under the subject. */
export function commitmentPairs(governmentId: string, subject: Subject): SQL {
  const g = governmentId;
  const id = subject.id;
  switch (subject.kind) {
    case 'link':
      return sql`(
        select c.link_id::text as s, c.id as commitment_id from commitments c
          where c.government_id = ${g} and c.link_id is not null ${only(sql`c.link_id`, id)}
        union
        select el.link_id::text, c.id from event_links el join commitments c on c.event_id = el.event_id
          where el.government_id = ${g} ${only(sql`el.link_id`, id)})`;
    case 'event':
      return sql`(select c.event_id::text as s, c.id as commitment_id from commitments c
        where c.government_id = ${g} and c.event_id is not null ${only(sql`c.event_id`, id)})`;
    case 'partner':
      return sql`(
        select c.counterpart_partner_id::text as s, c.id as commitment_id from commitments c
          where c.government_id = ${g} and c.counterpart_partner_id is not null
          ${only(sql`c.counterpart_partner_id`, id)}
        union
        select lp.partner_id::text, c.id from link_parties lp join commitments c on c.link_id = lp.link_id
          where lp.government_id = ${g} ${only(sql`lp.partner_id`, id)})`;
    case 'strategy_line':
      return sql`(
        select m.line as s, c.id as commitment_id from ${strategyLineMembers(g)} m
          join commitments c on (m.record_kind = 'link' and c.link_id = m.record_id)
            or (m.record_kind = 'event' and c.event_id = m.record_id)
          where true ${only(sql`m.line`, id)})`;
    case 'territorial_unit':
      return sql`(select p.s, c.id as commitment_id from ${initiativePairs(g, subject)} p
        join commitments c on c.resulting_initiative_id = p.initiative_id and c.government_id = ${g})`;
    case 'government':
      return sql`(select ${g}::text as s, c.id as commitment_id from commitments c where c.government_id = ${g})`;
  }
}

/** Pairs (s, transaction_id): money of the subject's initiatives, and money its partners provided. */
export function transactionPairs(governmentId: string, subject: Subject): SQL {
  const g = governmentId;
  const id = subject.id;
  const ofInitiatives = sql`select p.s, t.id as transaction_id from ${initiativePairs(g, subject)} p
    join project_transactions t on t.initiative_id = p.initiative_id and t.government_id = ${g}`;
  switch (subject.kind) {
    case 'link':
      return sql`(${ofInitiatives}
        union
        select lp.link_id::text, t.id from link_parties lp
          join project_transactions t on t.provider_partner_id = lp.partner_id and t.government_id = ${g}
          where lp.government_id = ${g} ${only(sql`lp.link_id`, id)})`;
    case 'partner':
      return sql`(${ofInitiatives}
        union
        select t.provider_partner_id::text, t.id from project_transactions t
          where t.government_id = ${g} and t.provider_partner_id is not null ${only(sql`t.provider_partner_id`, id)})`;
    case 'government':
      return sql`(select ${g}::text as s, t.id as transaction_id from project_transactions t where t.government_id = ${g})`;
    default:
      return sql`(${ofInitiatives})`;
  }
}

/** Pairs (s, lead_id): investment leads of the subject's partners (or events, or territory). */
export function leadPairs(governmentId: string, subject: Subject): SQL {
  const g = governmentId;
  const id = subject.id;
  const live = sql`il.archived_at is null`;
  switch (subject.kind) {
    case 'link':
      return sql`(select distinct lp.link_id::text as s, il.id as lead_id from link_parties lp
        join investment_leads il on il.company_partner_id = lp.partner_id and il.government_id = ${g}
        where lp.government_id = ${g} and ${live} ${only(sql`lp.link_id`, id)})`;
    case 'event':
      return sql`(select ile.event_id::text as s, il.id as lead_id from investment_lead_events ile
        join investment_leads il on il.id = ile.lead_id
        where ile.government_id = ${g} and ${live} ${only(sql`ile.event_id`, id)})`;
    case 'partner':
      return sql`(select il.company_partner_id::text as s, il.id as lead_id from investment_leads il
        where il.government_id = ${g} and ${live} ${only(sql`il.company_partner_id`, id)})`;
    case 'strategy_line':
      return sql`(select distinct m.line as s, il.id as lead_id from ${strategyLineMembers(g)} m
        join link_parties lp on lp.link_id = m.record_id
        join investment_leads il on il.company_partner_id = lp.partner_id and il.government_id = ${g}
        where m.record_kind = 'link' and ${live} ${only(sql`m.line`, id)})`;
    case 'territorial_unit':
      return sql`(select il.territorial_unit_id::text as s, il.id as lead_id from investment_leads il
        where il.government_id = ${g} and il.territorial_unit_id is not null and ${live}
        ${only(sql`il.territorial_unit_id`, id)})`;
    case 'government':
      return sql`(select ${g}::text as s, il.id as lead_id from investment_leads il
        where il.government_id = ${g} and ${live})`;
  }
}

/** Pairs (s, event_id): events held under the subject. */
export function eventPairs(governmentId: string, subject: Subject): SQL | null {
  const g = governmentId;
  const id = subject.id;
  switch (subject.kind) {
    case 'link':
      return sql`(select el.link_id::text as s, el.event_id from event_links el
        where el.government_id = ${g} ${only(sql`el.link_id`, id)})`;
    case 'partner':
      return sql`(
        select ep.partner_id::text as s, ep.event_id from event_participants ep
          where ep.government_id = ${g} and ep.partner_id is not null ${only(sql`ep.partner_id`, id)}
        union
        select lp.partner_id::text, el.event_id from link_parties lp join event_links el on el.link_id = lp.link_id
          where lp.government_id = ${g} ${only(sql`lp.partner_id`, id)})`;
    case 'strategy_line':
      return sql`(select m.line as s, m.record_id as event_id from ${strategyLineMembers(g)} m
        where m.record_kind = 'event' ${only(sql`m.line`, id)})`;
    default:
      return null;
  }
}

/** Pairs (s, link_id): links related to the subject. */
export function linkPairs(governmentId: string, subject: Subject): SQL | null {
  const g = governmentId;
  const id = subject.id;
  switch (subject.kind) {
    case 'event':
      return sql`(select el.event_id::text as s, el.link_id from event_links el
        where el.government_id = ${g} ${only(sql`el.event_id`, id)})`;
    case 'partner':
      return sql`(select distinct lp.partner_id::text as s, lp.link_id from link_parties lp
        where lp.government_id = ${g} ${only(sql`lp.partner_id`, id)})`;
    case 'strategy_line':
      return sql`(select m.line as s, m.record_id as link_id from ${strategyLineMembers(g)} m
        where m.record_kind = 'link' ${only(sql`m.line`, id)})`;
    default:
      return null;
  }
}
