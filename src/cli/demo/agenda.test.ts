import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commitmentInputSchema, commitmentStatusBodySchema, eventInputSchema } from '../../contracts/agenda';
import { networkRoleInputSchema, positionInputSchema } from '../../contracts/diplomacy';
import { type LeadStage, leadInputSchema, leadStages } from '../../contracts/investment';
import { daysUntilDue, effectiveStatus } from '../../domain/commitments';
import { checkLeadStageChange, type LeadForPipeline } from '../../domain/investment-pipeline';
import { todayIn } from '../../domain/link-lifecycle';
import { zonedInstant } from './agenda-helpers';
import type { DemoCommitment, DemoLead } from './agenda-types';
import { buildDemoGovernments, type DemoGovernment } from './demo-data';
import { dateFrom, demoAdminEmail } from './demo-helpers';
import { leadStagePath } from './seed-agenda';

const sectorFile = fileURLToPath(new URL('../../../data/codelists/Sector.es.json', import.meta.url));
const sectors = new Set(
  (JSON.parse(readFileSync(sectorFile, 'utf8')) as { code: string }[]).map((s) => s.code),
);

const today = new Date('2025-03-10T12:00:00Z');
const governments = buildDemoGovernments(today);

/** A random id per key, as the seeder's maps would hold: the contracts see ids, never keys. */
function idsFor(keys: Iterable<string>): Map<string, string> {
  return new Map([...keys].map((key) => [key, randomUUID()]));
}

function mustGet(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  expect(id, `unknown ${what} ${key}`).toBeDefined();
  return id ?? randomUUID();
}

function idMaps(government: DemoGovernment) {
  const { agenda } = government;
  return {
    partners: idsFor(government.partners.map((partner) => partner.key)),
    departments: idsFor(
      government.departments.flatMap((department) => (department.acronym ? [department.acronym] : [])),
    ),
    units: idsFor(government.territorialUnits.flatMap((unit) => (unit.code ? [unit.code] : []))),
    links: idsFor(government.links.map((link) => link.key)),
    initiatives: idsFor(government.initiatives.map((initiative) => initiative.key)),
    users: idsFor(government.users.map((user) => user.email)),
    events: idsFor(agenda.events.map((event) => event.key)),
    leads: idsFor(agenda.leads.map((lead) => lead.key)),
  };
}

/** Walks a lead through the pipeline rules as the service does, on the data the seeder stores. */
function simulateWalk(lead: DemoLead): { stage: LeadStage; problems: string[] } {
  const state: LeadForPipeline = {
    stage: 'lead',
    expectedAmountMinor: lead.expectedAmountMinor ?? null,
    expectedJobs: lead.expectedJobs ?? null,
    realisedAmountMinor: lead.realisedAmountMinor ?? null,
    createdJobs: lead.createdJobs ?? null,
    establishedOn: null,
    lostFrom: null,
  };
  const problems: string[] = [];
  for (const stage of leadStagePath(lead)) {
    const establishedOn = stage === 'established' ? (lead.establishedOn ?? null) : state.establishedOn;
    const reason = stage === 'lost' ? (lead.lostReason ?? null) : null;
    for (const problem of checkLeadStageChange({ ...state, establishedOn }, stage, reason)) {
      problems.push(`${state.stage} → ${stage}: ${problem.key} (${problem.field})`);
    }
    state.establishedOn = establishedOn;
    state.stage = stage;
  }
  return { stage: state.stage, problems };
}

function isOpen(commitment: DemoCommitment): boolean {
  return !commitment.outcome || commitment.outcome.status === 'in_progress';
}

function storedStatus(commitment: DemoCommitment) {
  return commitment.outcome?.status ?? 'pending';
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('zonedInstant', () => {
  it('uses the offset of the place on that day, summer time included', () => {
    expect(zonedInstant('2026-07-10', '09:00', 'Europe/Madrid')).toBe('2026-07-10T09:00:00+02:00');
    expect(zonedInstant('2026-01-10', '09:00', 'Europe/Madrid')).toBe('2026-01-10T09:00:00+01:00');
    expect(zonedInstant('2026-01-10', '09:00', 'America/Bogota')).toBe('2026-01-10T09:00:00-05:00');
    expect(zonedInstant('2026-07-10', '18:00', 'America/New_York')).toBe('2026-07-10T18:00:00-04:00');
    expect(zonedInstant('2026-07-10', '18:00', 'Asia/Seoul')).toBe('2026-07-10T18:00:00+09:00');
    expect(zonedInstant('2026-07-10', '18:00', 'UTC')).toBe('2026-07-10T18:00:00+00:00');
  });
});

describe('demo agenda, investment and diplomacy', () => {
  for (const government of governments) {
    describe(government.slug, () => {
      const { agenda } = government;
      const ids = idMaps(government);
      const todayIso = dateFrom(today, {});
      const partnerKind = new Map(government.partners.map((partner) => [partner.key, partner.kind]));

      it('has 8 to 12 events in the last 12 months and the next 3, that satisfy the event contract', () => {
        expect(agenda.events.length).toBeGreaterThanOrEqual(8);
        expect(agenda.events.length).toBeLessThanOrEqual(12);
        expect(duplicates(agenda.events.map((event) => event.key))).toEqual([]);
        const earliest = Date.parse(`${dateFrom(today, { months: -12 })}T00:00:00Z`);
        const latest = Date.parse(`${dateFrom(today, { months: 3, days: 1 })}T23:59:59Z`);
        for (const { key, participants, linkKeys, initiativeKeys, ...event } of agenda.events) {
          const parsed = eventInputSchema.safeParse({
            ...event,
            participants: participants.map(
              ({ userEmail, departmentAcronym, partnerKey, ...participant }) => ({
                ...participant,
                userId: userEmail ? mustGet(ids.users, userEmail, 'user') : null,
                departmentId: departmentAcronym
                  ? mustGet(ids.departments, departmentAcronym, 'department')
                  : null,
                partnerId: partnerKey ? mustGet(ids.partners, partnerKey, 'partner') : null,
              }),
            ),
            linkIds: linkKeys.map((link) => mustGet(ids.links, link, 'link')),
            initiativeIds: initiativeKeys.map((initiative) =>
              mustGet(ids.initiatives, initiative, 'initiative'),
            ),
          });
          expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
          expect(Date.parse(event.endsAt), key).toBeGreaterThan(Date.parse(event.startsAt));
          expect(Date.parse(event.startsAt), key).toBeGreaterThanOrEqual(earliest);
          expect(Date.parse(event.startsAt), key).toBeLessThanOrEqual(latest);
          // The offset written in the instant is the one of its time zone on that day.
          const [date, time] = event.startsAt.slice(0, 16).split('T');
          expect(zonedInstant(date ?? '', time ?? '', event.timezone), key).toBe(event.startsAt);
          for (const item of event.costs) expect(item.amountMinor, key).toBeGreaterThan(0);
          if (Date.parse(event.endsAt) < Date.parse(todayIso)) expect(event.outcomes, key).toBeTruthy();
        }
        expect(agenda.events.some((event) => event.isPublished)).toBe(true);
        expect(
          agenda.events.filter((event) => Date.parse(event.startsAt) > today.getTime()).length,
        ).toBeGreaterThan(0);
      });

      it('has commitments that satisfy their contracts, with 2 to 4 for each past event', () => {
        expect(duplicates(agenda.commitments.map((commitment) => commitment.key))).toEqual([]);
        for (const commitment of agenda.commitments) {
          const {
            key,
            eventKey,
            linkKey,
            ownerDepartmentAcronym,
            ownerUserEmail,
            counterpartPartnerKey,
            outcome,
            ...input
          } = commitment;
          const parsed = commitmentInputSchema.safeParse({
            ...input,
            eventId: eventKey ? mustGet(ids.events, eventKey, 'event') : null,
            linkId: linkKey ? mustGet(ids.links, linkKey, 'link') : null,
            ownerDepartmentId: mustGet(ids.departments, ownerDepartmentAcronym, 'department'),
            ownerUserId: ownerUserEmail ? mustGet(ids.users, ownerUserEmail, 'user') : null,
            counterpartPartnerId: counterpartPartnerKey
              ? mustGet(ids.partners, counterpartPartnerKey, 'partner')
              : null,
          });
          expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
          if (!outcome) continue;
          const body =
            outcome.status === 'fulfilled'
              ? {
                  ...outcome,
                  resultingInitiativeKey: undefined,
                  resultingLeadKey: undefined,
                  resultingInitiativeId: outcome.resultingInitiativeKey
                    ? mustGet(ids.initiatives, outcome.resultingInitiativeKey, 'initiative')
                    : null,
                  resultingLeadId: outcome.resultingLeadKey
                    ? mustGet(ids.leads, outcome.resultingLeadKey, 'lead')
                    : null,
                }
              : outcome;
          const status = commitmentStatusBodySchema.safeParse({ ...body, version: 1 });
          expect(status.success, `${key}: ${status.error?.message}`).toBe(true);
          // Fulfilled at least two days ago: never "in the future" in the government's own calendar.
          if (outcome.status === 'fulfilled')
            expect(outcome.fulfilledOn < dateFrom(today, { days: -1 }), key).toBe(true);
        }
        for (const event of agenda.events.filter((item) => Date.parse(item.endsAt) < today.getTime())) {
          const count = agenda.commitments.filter((commitment) => commitment.eventKey === event.key).length;
          expect(count, event.key).toBeGreaterThanOrEqual(2);
          expect(count, event.key).toBeLessThanOrEqual(4);
        }
        const statuses = new Set(agenda.commitments.map(storedStatus));
        for (const status of ['pending', 'in_progress', 'fulfilled', 'cancelled'])
          expect(statuses.has(status as never), status).toBe(true);
        expect(
          agenda.commitments.some(
            (commitment) =>
              commitment.outcome?.status === 'fulfilled' && commitment.outcome.resultingInitiativeKey,
          ),
        ).toBe(true);
        expect(agenda.commitments.some((commitment) => !commitment.eventKey && commitment.linkKey)).toBe(
          true,
        );
      });

      it('gives the demo admin and the coordinator open commitments of their own', () => {
        const coordinator = government.users.find((user) => user.role === 'coordinator')?.email;
        for (const email of [demoAdminEmail, coordinator]) {
          const own = agenda.commitments.filter(
            (commitment) => commitment.ownerUserEmail === email && isOpen(commitment),
          );
          expect(own.length, email).toBeGreaterThanOrEqual(2);
        }
      });

      it('has 6 to 10 leads that satisfy the lead contract and reach their target stage by the rules', () => {
        expect(agenda.leads.length).toBeGreaterThanOrEqual(6);
        expect(agenda.leads.length).toBeLessThanOrEqual(10);
        expect(duplicates(agenda.leads.map((lead) => lead.key))).toEqual([]);
        for (const lead of agenda.leads) {
          const {
            key,
            companyPartnerKey,
            territorialUnitCode,
            responsibleUserEmail,
            eventKeys,
            targetStage,
            announcedOn,
            establishedOn,
            lostFrom,
            lostReason,
            ...input
          } = lead;
          expect(partnerKind.get(companyPartnerKey), key).toBe('company_investor');
          expect(sectors.has(input.sector), `${key}: sector ${input.sector}`).toBe(true);
          const parsed = leadInputSchema.safeParse({
            ...input,
            companyPartnerId: mustGet(ids.partners, companyPartnerKey, 'partner'),
            territorialUnitId: territorialUnitCode ? mustGet(ids.units, territorialUnitCode, 'unit') : null,
            responsibleUserId: responsibleUserEmail ? mustGet(ids.users, responsibleUserEmail, 'user') : null,
            eventIds: eventKeys.map((event) => mustGet(ids.events, event, 'event')),
          });
          expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
          const walk = simulateWalk(lead);
          expect(walk.problems, key).toEqual([]);
          expect(walk.stage, key).toBe(targetStage);
          if (announcedOn) expect(announcedOn < todayIso, key).toBe(true);
          if (establishedOn)
            expect(establishedOn < todayIso && (!announcedOn || announcedOn < establishedOn), key).toBe(true);
          if (targetStage === 'lost') expect(lostReason, key).toBeTruthy();
          else expect(lostFrom, key).toBeUndefined();
        }
      });

      it('has positions and network roles in real networks, that satisfy their contracts', () => {
        expect(agenda.positions.length).toBeGreaterThanOrEqual(4);
        expect(agenda.positions.length).toBeLessThanOrEqual(8);
        expect(agenda.roles.length).toBeGreaterThanOrEqual(2);
        expect(agenda.roles.length).toBeLessThanOrEqual(4);
        const isNetwork = (key: string) =>
          ['city_network', 'multilateral'].includes(partnerKind.get(key) ?? '');
        for (const { key, networkPartnerKey, eventKey, ...position } of agenda.positions) {
          if (networkPartnerKey)
            expect(isNetwork(networkPartnerKey), `${key} → ${networkPartnerKey}`).toBe(true);
          const parsed = positionInputSchema.safeParse({
            ...position,
            networkPartnerId: networkPartnerKey ? mustGet(ids.partners, networkPartnerKey, 'partner') : null,
            eventId: eventKey ? mustGet(ids.events, eventKey, 'event') : null,
          });
          expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
          expect(position.madeOn <= todayIso, key).toBe(true);
        }
        for (const { key, networkPartnerKey, ...role } of agenda.roles) {
          expect(isNetwork(networkPartnerKey), `${key} → ${networkPartnerKey}`).toBe(true);
          const parsed = networkRoleInputSchema.safeParse({
            ...role,
            networkPartnerId: mustGet(ids.partners, networkPartnerKey, 'partner'),
          });
          expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
        }
        const current = agenda.roles.filter(
          (role) => role.startsOn <= todayIso && (!role.endsOn || role.endsOn >= todayIso),
        );
        expect(current.length).toBeGreaterThan(0);
        expect(current.length).toBeLessThan(agenda.roles.length);
      });
    });
  }

  it('covers every stage of the investment pipeline, with one or two lost leads', () => {
    const leads = governments.flatMap((government) => government.agenda.leads);
    for (const stage of leadStages)
      expect(
        leads.some((lead) => lead.targetStage === stage),
        stage,
      ).toBe(true);
    const lost = leads.filter((lead) => lead.targetStage === 'lost').length;
    expect(lost).toBeGreaterThanOrEqual(1);
    expect(lost).toBeLessThanOrEqual(2);
  });

  it('has overdue and soon-due open commitments whatever the seed date, in each government’s calendar', () => {
    for (const seedDate of [
      today,
      new Date('2031-12-30T23:30:00Z'),
      new Date('2028-02-29T03:00:00Z'),
      new Date(),
    ]) {
      let overdue = 0;
      let dueSoon = 0;
      for (const government of buildDemoGovernments(seedDate)) {
        const localToday = todayIn(government.profile.timezone, seedDate);
        for (const commitment of government.agenda.commitments) {
          const status = effectiveStatus(
            { status: storedStatus(commitment), dueDate: commitment.dueDate },
            localToday,
          );
          const days = daysUntilDue(commitment.dueDate, localToday);
          if (status === 'overdue') overdue += 1;
          if (isOpen(commitment) && days >= 0 && days <= 14) dueSoon += 1;
        }
        const adminOpen = government.agenda.commitments.filter(
          (commitment) => commitment.ownerUserEmail === demoAdminEmail && isOpen(commitment),
        );
        expect(adminOpen.length, government.slug).toBeGreaterThanOrEqual(2);
      }
      expect(overdue, seedDate.toISOString()).toBeGreaterThanOrEqual(3);
      expect(dueSoon, seedDate.toISOString()).toBeGreaterThanOrEqual(3);
    }
  });
});
