import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DemandInput, OfferInput } from '../../contracts/cooperation';
import { linkInputSchema } from '../../contracts/links';
import { partnerInputSchema } from '../../contracts/partners';
import { departmentInputSchema, territorialUnitInputSchema } from '../../contracts/territory';
import { isExpiringWithin, todayIn } from '../../domain/link-lifecycle';
import { sheetLayout } from '../../server/modules/spreadsheets/spreadsheets.export';
import { sheetRegistryDefinitions } from '../../server/modules/spreadsheets/spreadsheets.registries';
import { buildDemoGovernments, demoTimeZones } from './demo-data';
import { dateFrom } from './demo-helpers';

const countryFile = fileURLToPath(new URL('../../../data/codelists/Country.en.json', import.meta.url));
const organisationTypeFile = fileURLToPath(
  new URL('../../../data/codelists/OrganisationType.en.json', import.meta.url),
);
const sectorFile = fileURLToPath(new URL('../../../data/codelists/Sector.en.json', import.meta.url));
const currencyFile = fileURLToPath(new URL('../../../data/codelists/Currency.en.json', import.meta.url));
const languageFile = fileURLToPath(new URL('../../../data/codelists/Language.en.json', import.meta.url));
const codes = (file: string) =>
  new Set((JSON.parse(readFileSync(file, 'utf8')) as { code: string }[]).map((entry) => entry.code));
const countryCodes = codes(countryFile);
const organisationTypes = codes(organisationTypeFile);
const currencies = codes(currencyFile);
const sectorCodes = codes(sectorFile);
const languageCodes = codes(languageFile);

const today = new Date('2025-03-10T12:00:00Z');
const governments = buildDemoGovernments(today);

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('demo dataset', () => {
  it('has Medellín and Ciudad de México with valid profiles', () => {
    expect(governments.map((government) => government.slug)).toEqual(['medellin', 'cdmx']);
    for (const { profile } of governments) {
      expect(countryCodes.has(profile.countryCode)).toBe(true);
      expect(currencies.has(profile.reportingCurrency)).toBe(true);
      expect(() => new Intl.DateTimeFormat('es', { timeZone: profile.timezone })).not.toThrow();
      expect(profile.population).toBeGreaterThan(1_000_000);
    }
  });

  for (const government of governments) {
    describe(government.slug, () => {
      it('has territorial units and departments that satisfy their contracts', () => {
        for (const unit of government.territorialUnits) territorialUnitInputSchema.parse(unit);
        for (const department of government.departments) departmentInputSchema.parse(department);
        expect(duplicates(government.territorialUnits.map((unit) => unit.code ?? ''))).toEqual([]);
        expect(duplicates(government.departments.map((department) => department.name))).toEqual([]);
      });

      // Up to 45: the investment pipeline adds a few companies to the 25 to 40 other partners.
      it('places every partner that has a city on the world map (coordinates from the gazetteer)', () => {
        const withoutCoordinates = government.partners
          .filter((partner) => partner.city && (partner.latitude == null || partner.longitude == null))
          .map((partner) => partner.key);
        expect(withoutCoordinates).toEqual([]);
      });

      it('has 25 to 45 partners that satisfy the partner contract, with known codes', () => {
        expect(government.partners.length).toBeGreaterThanOrEqual(25);
        expect(government.partners.length).toBeLessThanOrEqual(45);
        expect(duplicates(government.partners.map((partner) => partner.key))).toEqual([]);
        expect(duplicates(government.partners.map((partner) => partner.name))).toEqual([]);
        for (const { key, ...partner } of government.partners) {
          const parsed = partnerInputSchema.safeParse(partner);
          expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
          if (partner.countryCode) expect(countryCodes.has(partner.countryCode), key).toBe(true);
          if (partner.iatiOrgType) expect(organisationTypes.has(partner.iatiOrgType), key).toBe(true);
          for (const contact of partner.contacts) {
            if (contact.language)
              expect(languageCodes.has(contact.language), `${key}: ${contact.language}`).toBe(true);
            expect(contact.email ?? null, key).toBeNull();
          }
          if (partner.kind === 'city_government') {
            expect(partner.iatiOrgType).toBe('11');
            expect(partner.latitude).not.toBeNull();
          }
        }
      });

      it('has relations between existing partners', () => {
        const keys = new Set(government.partners.map((partner) => partner.key));
        for (const relation of government.relations) {
          expect(keys.has(relation.fromKey), relation.fromKey).toBe(true);
          expect(keys.has(relation.toKey), relation.toKey).toBe(true);
          expect(relation.fromKey).not.toBe(relation.toKey);
        }
      });

      it('has 15 to 25 links that satisfy the link contract once keys become ids', () => {
        expect(government.links.length).toBeGreaterThanOrEqual(15);
        expect(government.links.length).toBeLessThanOrEqual(25);
        expect(duplicates(government.links.map((link) => link.key))).toEqual([]);
        const partnerIds = new Map(government.partners.map((partner) => [partner.key, randomUUID()]));
        const acronyms = new Set(government.departments.map((department) => department.acronym));
        for (const { key, parties, departmentAcronym, ...link } of government.links) {
          for (const party of parties)
            expect(partnerIds.has(party.partnerKey), `${key} → ${party.partnerKey}`).toBe(true);
          if (departmentAcronym)
            expect(acronyms.has(departmentAcronym), `${key} → ${departmentAcronym}`).toBe(true);
          if (link.annualFeeCurrency) expect(currencies.has(link.annualFeeCurrency)).toBe(true);
          const parsed = linkInputSchema.safeParse({
            ...link,
            parties: parties.map((party) => ({
              partnerId: partnerIds.get(party.partnerKey),
              role: party.role,
            })),
            departmentId: departmentAcronym ? randomUUID() : null,
          });
          expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
          expect(parties.length, key).toBeGreaterThan(0);
          expect(link.rationale, key).toBeTruthy();
        }
      });

      it('spreads statuses and keeps dates consistent with them', () => {
        const statuses = new Set(government.links.map((link) => link.status));
        for (const status of [
          'negotiation',
          'signed',
          'active',
          'dormant',
          'expired',
          'terminated',
        ] as const) {
          expect(statuses.has(status), status).toBe(true);
        }
        const todayIso = dateFrom(today, {});
        for (const link of government.links) {
          if (link.status === 'negotiation') expect(link.signedOn ?? null, link.key).toBeNull();
          if (link.status === 'expired') expect(link.validTo! < todayIso, link.key).toBe(true);
          if (link.status === 'active' && link.validTo) expect(link.validTo >= todayIso, link.key).toBe(true);
          if (link.signedOn && link.kind !== 'network_membership')
            expect(link.signedOn <= todayIso, link.key).toBe(true);
        }
      });

      it("counts its dates from the government's calendar day, not from UTC's", () => {
        const zone = demoTimeZones[government.slug as keyof typeof demoTimeZones];
        expect(government.profile.timezone).toBe(zone);
        // 07:00 and 20:00 of 29 November in Medellín and Mexico City; the second is 30 November in UTC.
        const morning = buildDemoGovernments(new Date('2026-11-29T13:00:00Z'));
        const evening = buildDemoGovernments(new Date('2026-11-30T01:30:00Z'));
        const pick = (demos: typeof governments) => demos.find((other) => other.slug === government.slug);
        expect(JSON.stringify(pick(evening))).toBe(JSON.stringify(pick(morning)));
      });

      it('has at least 3 links expiring within 90 days, whatever the seed date', () => {
        for (const seedDate of [
          today,
          new Date('2031-12-30T23:30:00Z'),
          new Date('2028-02-29T03:00:00Z'),
          new Date(),
        ]) {
          const demo = buildDemoGovernments(seedDate).find((other) => other.slug === government.slug)!;
          // The renewal alert counts days in the government's own calendar, not in UTC.
          const localToday = todayIn(demo.profile.timezone, seedDate);
          const expiring = demo.links.filter((link) =>
            isExpiringWithin({ status: link.status, validTo: link.validTo ?? null }, localToday, 90),
          );
          expect(expiring.length, seedDate.toISOString()).toBeGreaterThanOrEqual(3);
        }
      });

      it('has one admin first, shared demo admin, users on the demo domain', () => {
        expect(government.users[0]).toMatchObject({ email: 'admin@vinculo.demo', role: 'admin' });
        expect(new Set(government.users.map((user) => user.role))).toEqual(
          new Set(['admin', 'coordinator', 'liaison', 'viewer']),
        );
        const acronyms = new Set(government.departments.map((department) => department.acronym));
        for (const user of government.users) {
          expect(user.email.endsWith('@vinculo.demo')).toBe(true);
          if (user.role === 'liaison') expect(acronyms.has(user.departmentAcronym ?? null)).toBe(true);
        }
        expect(duplicates(government.users.map((user) => user.email))).toEqual([]);
      });
    });
  }

  it('gives Medellín its 16 comunas and 5 corregimientos', () => {
    const medellin = governments.find((government) => government.slug === 'medellin')!;
    expect(medellin.territorialUnits.filter((unit) => unit.kind === 'comuna')).toHaveLength(16);
    expect(
      medellin.territorialUnits.filter((unit) => unit.kind === 'corregimiento').map((unit) => unit.code),
    ).toEqual(['50', '60', '70', '80', '90']);
  });

  it("draws Medellín's comunas and corregimientos with their GeoMedellín boundaries", () => {
    const medellin = governments.find((government) => government.slug === 'medellin')!;
    expect(medellin.territorialUnits).toHaveLength(21);
    for (const unit of medellin.territorialUnits) {
      expect(unit.geometry?.type).toMatch(/^(Multi)?Polygon$/);
      // Every vertex lies within the municipality's bounding box (about 75.72–75.47 W, 6.16–6.38 N).
      const points = JSON.stringify(unit.geometry?.coordinates).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? [];
      expect(points.length).toBeGreaterThan(30);
      for (const point of points) {
        const [longitude, latitude] = point.split(',').map(Number);
        expect(longitude).toBeGreaterThan(-75.73);
        expect(longitude).toBeLessThan(-75.46);
        expect(latitude).toBeGreaterThan(6.15);
        expect(latitude).toBeLessThan(6.39);
      }
    }
    // San Javier (13) and San Cristóbal (60) are drawn in two parts in the official layer.
    expect(medellin.territorialUnits.find((unit) => unit.code === '13')?.geometry?.type).toBe('MultiPolygon');
  });

  it('gives CDMX its 16 alcaldías with INEGI codes, geometry and 2020 population', () => {
    const cdmx = governments.find((government) => government.slug === 'cdmx')!;
    const alcaldias = cdmx.territorialUnits.filter((unit) => unit.kind === 'alcaldia');
    expect(alcaldias).toHaveLength(16);
    for (const unit of alcaldias) {
      expect(unit.code).toMatch(/^09\d{3}$/);
      expect(unit.geometry?.type).toMatch(/^(Multi)?Polygon$/);
      expect(unit.population).toBeGreaterThan(100_000);
    }
    expect(alcaldias.find((unit) => unit.code === '09007')).toMatchObject({
      name: 'Iztapalapa',
      population: 1_835_486,
    });
    expect(alcaldias.reduce((sum, unit) => sum + (unit.population ?? 0), 0)).toBe(cdmx.profile.population);
  });

  it('lets the demo admin into both governments', () => {
    for (const government of governments) {
      expect(
        government.users.some((user) => user.email === 'admin@vinculo.demo' && user.role === 'admin'),
      ).toBe(true);
    }
  });

  it('has cooperation demands and offers laid out exactly like their template, naming known records', () => {
    for (const government of governments) {
      const departmentNames = new Set(government.departments.map((department) => department.name));
      const partnerNames = new Set(government.partners.map((partner) => partner.name));
      for (const name of ['demands', 'offers'] as const) {
        const sheet = government.sheets[name];
        const registry = sheetRegistryDefinitions[name];
        if (!registry) throw new Error(`no importer for ${name}`);
        expect(sheet.text.split('\n')[0], sheet.file).toBe(sheetLayout(registry, 'es').headers.join(';'));
        expect(sheet.records.length, sheet.file).toBeGreaterThanOrEqual(4);
        expect(sheet.records.length, sheet.file).toBeLessThanOrEqual(6);
        const inputs = sheet.records.map((record) => record.input as DemandInput | OfferInput);
        expect(duplicates(inputs.map((input) => input.title)), sheet.file).toEqual([]);
        for (const input of inputs) {
          expect(
            input.sectors.filter((code) => !sectorCodes.has(code)),
            input.title,
          ).toEqual([]);
          expect(input.sectors.length, input.title).toBeGreaterThan(0);
          expect(input.sdgTargets.length, input.title).toBeGreaterThan(0);
          expect(input.description, input.title).toMatch(/Registro de demostración/);
        }
        // The department of a demand and the donor of an offer are names the importer finds in the city.
        const field = name === 'demands' ? 'department' : 'donor';
        const column = registry.columns.findIndex((candidate) => candidate.field === field);
        const known = name === 'demands' ? departmentNames : partnerNames;
        const rows = (parse(sheet.text, { delimiter: ';' }) as string[][]).slice(1);
        expect(rows.map((row) => row[column]).filter((value) => !value || !known.has(value))).toEqual([]);
      }
    }
  });
});
