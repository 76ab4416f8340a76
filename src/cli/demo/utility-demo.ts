import type { UtilitySettingsInput } from '../../contracts/utility';
import { defaultUtilitySettings } from '../../domain/social-utility-index';
import { changeCommitmentStatus, createCommitment } from '../../server/modules/agenda/commitments.service';
import { createEvent } from '../../server/modules/agenda/events.service';
import { upsertRate } from '../../server/modules/cooperation/funding.queries';
import { addTransaction } from '../../server/modules/cooperation/funding.service';
import { updateSettings } from '../../server/modules/utility/verdicts.service';
import type { Database } from '../../server/platform/db';
import type { TenantContext } from '../../server/platform/tenancy';
import { zonedInstant } from './agenda-helpers';
import { dateFrom, minor } from './demo-helpers';

/**
 * The money and the rules behind the social-utility screens of the demo: exchange rates, the
 * project transactions of initiatives in implementation (one of them without a rate, to show that
 * amounts are never guessed), and each government's utility settings. Dates are relative to today;
 * amounts and rates are illustrative.
 */
type DemoTransaction = {
  initiativeKey: string;
  providerPartnerKey: string;
  type: '11' | '1' | '2' | '3' | '4';
  monthsAgo: number;
  amount: number;
  currency: string;
  description: string;
};

/**
 * The signing visit of a sister city that produced nothing since, years ago: the protocol-only
 * verdict shows its reasons (signed years ago, the visit's commitments overdue) and its remedies.
 * It lives here rather than in the agenda demo, which keeps to the last twelve months.
 */
type DemoSigningVisit = {
  linkKey: string;
  partnerKey: string;
  title: string;
  city: string;
  countryCode: string;
  timezone: string;
  yearsAgo: number;
  monthsAgo: number;
  departmentAcronym: string;
  commitments: { title: string; monthsAfter: number; isStarted: boolean }[];
};

type DemoUtility = {
  signingVisit?: DemoSigningVisit;
  rates: { currency: string; monthsAgo: number; rate: string }[];
  transactions: DemoTransaction[];
  settings: (reportingCurrency: string) => UtilitySettingsInput;
};

const ratesNote = 'Tasa ilustrativa de la demostración';

const byCity: Record<string, DemoUtility> = {
  medellin: {
    signingVisit: {
      linkKey: 'hermanamiento-chapeco',
      partnerKey: 'chapeco',
      title: 'Visita oficial a Chapecó: firma del hermanamiento',
      city: 'Chapecó',
      countryCode: 'BR',
      timezone: 'America/Sao_Paulo',
      yearsAgo: 8,
      monthsAgo: 2,
      departmentAcronym: 'ACI',
      commitments: [
        {
          title: 'Enviar a Chapecó la propuesta de intercambio técnico en agroindustria',
          monthsAfter: 2,
          isStarted: false,
        },
        {
          title: 'Acordar con Chapecó el programa de escuelas deportivas de las comunas',
          monthsAfter: 6,
          isStarted: true,
        },
      ],
    },
    rates: [
      { currency: 'EUR', monthsAgo: 18, rate: '4420.15' },
      { currency: 'EUR', monthsAgo: 6, rate: '4515.60' },
      { currency: 'USD', monthsAgo: 12, rate: '4105.30' },
    ],
    transactions: [
      {
        initiativeKey: 'jovenes-paz-nororiental',
        providerPartnerKey: 'aecid',
        type: '11',
        monthsAgo: 16,
        amount: 450_000,
        currency: 'EUR',
        description: 'Compromiso de la subvención de la AECID',
      },
      {
        initiativeKey: 'jovenes-paz-nororiental',
        providerPartnerKey: 'aecid',
        type: '1',
        monthsAgo: 14,
        amount: 180_000,
        currency: 'EUR',
        description: 'Primer desembolso recibido de la AECID',
      },
      {
        initiativeKey: 'jovenes-paz-nororiental',
        providerPartnerKey: 'aecid',
        type: '1',
        monthsAgo: 4,
        amount: 150_000,
        currency: 'EUR',
        description: 'Segundo desembolso recibido de la AECID',
      },
      {
        initiativeKey: 'movilidad-electrica-ladera',
        providerPartnerKey: 'bid',
        type: '1',
        monthsAgo: 10,
        amount: 250_000,
        currency: 'USD',
        description: 'Cooperación técnica no reembolsable del BID para el estudio de preinversión',
      },
      {
        initiativeKey: 'movilidad-electrica-ladera',
        providerPartnerKey: 'bid',
        type: '1',
        monthsAgo: 15,
        amount: 40_000,
        currency: 'USD',
        description: 'Anticipo anterior a la primera tasa registrada: se muestra aparte, sin convertir',
      },
    ],
    settings: (currency) => ({
      ...defaultUtilitySettings(currency),
      // The office weighs people reached above money, as its development plan asks.
      weights: {
        resources: 15,
        beneficiaries: 25,
        commitments: 20,
        indicators: 15,
        investment: 10,
        reach: 15,
      },
    }),
  },
  cdmx: {
    rates: [
      { currency: 'EUR', monthsAgo: 20, rate: '19.8421' },
      { currency: 'EUR', monthsAgo: 8, rate: '20.6133' },
      { currency: 'USD', monthsAgo: 20, rate: '17.9210' },
    ],
    transactions: [
      {
        initiativeKey: 'aire-escuelas-oriente',
        providerPartnerKey: 'giz',
        type: '1',
        monthsAgo: 9,
        amount: 320_000,
        currency: 'EUR',
        description: 'Aporte de la GIZ para sensores y corredores escolares',
      },
      {
        initiativeKey: 'aire-escuelas-oriente',
        providerPartnerKey: 'giz',
        type: '4',
        monthsAgo: 5,
        amount: 2_100_000,
        currency: 'MXN',
        description: 'Compra e instalación de sensores',
      },
      {
        initiativeKey: 'proyeccion-cultural-capital',
        providerPartnerKey: 'unesco',
        type: '1',
        monthsAgo: 13,
        amount: 85_000,
        currency: 'USD',
        description: 'Fondo de la Red de Ciudades Creativas para residencias artísticas',
      },
    ],
    settings: (currency) => ({
      ...defaultUtilitySettings(currency),
      linkGraceMonths: 12,
      eventGraceMonths: 6,
    }),
  },
};

export async function seedUtilityDemo(
  db: Database,
  context: TenantContext,
  slug: string,
  today: Date,
  lookups: {
    reportingCurrency: string;
    partnerId: (key: string) => string;
    initiativeId: (key: string) => string;
    linkId: (key: string) => string;
    departmentId: (acronym: string) => string;
  },
) {
  const demo = byCity[slug];
  if (!demo) return;
  if (demo.signingVisit) await seedSigningVisit(db, context, demo.signingVisit, today, lookups);
  for (const rate of demo.rates) {
    await upsertRate(db, {
      governmentId: context.governmentId,
      currency: rate.currency,
      reportingCurrency: lookups.reportingCurrency,
      rateDate: dateFrom(today, { months: -rate.monthsAgo }),
      rate: rate.rate,
      source: ratesNote,
    });
  }
  for (const transaction of demo.transactions) {
    const date = dateFrom(today, { months: -transaction.monthsAgo });
    await addTransaction(db, context, lookups.initiativeId(transaction.initiativeKey), {
      type: transaction.type,
      transactionDate: date,
      valueDate: date,
      amountMinor: minor(transaction.amount),
      currency: transaction.currency,
      providerPartnerId: lookups.partnerId(transaction.providerPartnerKey),
      receiverPartnerId: null,
      reference: null,
      description: transaction.description,
    });
  }
  await updateSettings(db, context, { ...demo.settings(lookups.reportingCurrency), version: 1 }, today);
}

async function seedSigningVisit(
  db: Database,
  context: TenantContext,
  visit: DemoSigningVisit,
  today: Date,
  lookups: {
    partnerId: (key: string) => string;
    linkId: (key: string) => string;
    departmentId: (acronym: string) => string;
  },
) {
  const signedOn = dateFrom(today, { years: -visit.yearsAgo, months: -visit.monthsAgo });
  const event = await createEvent(db, context, {
    title: visit.title,
    kind: 'official_visit',
    startsAt: zonedInstant(signedOn, '10:00', visit.timezone),
    endsAt: zonedInstant(signedOn, '17:00', visit.timezone),
    timezone: visit.timezone,
    city: visit.city,
    countryCode: visit.countryCode,
    venue: null,
    strategyLine: 'city_diplomacy',
    themes: ['cultural'],
    planCodes: [],
    sdgGoals: ['17'],
    objectives: 'Firmar el hermanamiento y acordar los primeros intercambios. Registro de demostración.',
    outcomes: 'Se firmó el acuerdo y se pactaron dos compromisos de seguimiento.',
    minutes: null,
    isPublished: false,
    participants: [
      { side: 'own', name: 'Alcalde(sa) de Medellín', position: null },
      {
        side: 'partner',
        name: 'Prefeito(a) de Chapecó',
        position: null,
        partnerId: lookups.partnerId(visit.partnerKey),
      },
    ],
    costs: [],
    linkIds: [lookups.linkId(visit.linkKey)],
    initiativeIds: [],
  });
  for (const commitment of visit.commitments) {
    const row = await createCommitment(db, context, {
      title: commitment.title,
      eventId: event.id,
      linkId: lookups.linkId(visit.linkKey),
      ownerDepartmentId: lookups.departmentId(visit.departmentAcronym),
      ownerUserId: context.userId,
      ownerName: 'Coordinación de relaciones internacionales (ACI)',
      counterpartPartnerId: lookups.partnerId(visit.partnerKey),
      dueDate: dateFrom(today, { years: -visit.yearsAgo, months: commitment.monthsAfter - visit.monthsAgo }),
    });
    if (commitment.isStarted)
      await changeCommitmentStatus(db, context, row.id, { status: 'in_progress', version: row.version });
  }
}
