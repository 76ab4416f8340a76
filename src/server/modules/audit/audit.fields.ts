/**
 * How each field of an audited snapshot reads: its label (the forms' own i18n key where a form edits
 * it, else audit.fields.<field>), and what its value is (a reference to resolve to a name, money with
 * its currency field, a code of a closed vocabulary, a code of an official codelist). Fields absent
 * here are read from their value (dates, numbers, booleans, text).
 */

/** Records whose ids are resolved to names inside the government. */
export const referenceTargets = [
  'partner',
  'link',
  'department',
  'user',
  'territorial_unit',
  'initiative',
  'event',
  'indicator',
  'demand',
  'offer',
  'investment_lead',
  'mir_row',
  'contact',
] as const;
export type ReferenceTarget = (typeof referenceTargets)[number];

/** Official or per-government codelists whose codes the server names in the reader's language. */
export type Codebook =
  | 'country'
  | 'currency'
  | 'language'
  | 'organisation_type'
  | 'sector'
  | 'sdg'
  | 'strategy';

export type FieldSpec =
  | { kind: 'reference'; to: ReferenceTarget }
  | { kind: 'money'; currencyField: string }
  | { kind: 'code'; labels: string }
  | { kind: 'codebook'; codebook: Codebook }
  | { kind: 'hidden' };

/** Never shown: bookkeeping, secrets, and blobs no person reads as a change. */
export const hiddenFields = new Set([
  'id',
  'governmentId',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'version',
  'searchVector',
  'tokenHash',
  'passwordHash',
  'storagePath',
  'claimedBy',
  'heartbeatAt',
  'geometry',
  'problemTree',
  'disaggregatedValues',
  'skipped',
  'allocation',
  'transactionTotals',
  'weights',
  'targets',
  'iatiActivityId',
  'importJobId',
  'invitationId',
]);

const reference = (to: ReferenceTarget): FieldSpec => ({ kind: 'reference', to });
const codes = (labels: string): FieldSpec => ({ kind: 'code', labels });
const codebook = (name: Codebook): FieldSpec => ({ kind: 'codebook', codebook: name });
const money = (currencyField = 'currency'): FieldSpec => ({ kind: 'money', currencyField });

/** What a field name means wherever it appears. */
const commonFields: Record<string, FieldSpec> = {
  partnerId: reference('partner'),
  donorPartnerId: reference('partner'),
  networkPartnerId: reference('partner'),
  counterpartPartnerId: reference('partner'),
  companyPartnerId: reference('partner'),
  providerPartnerId: reference('partner'),
  receiverPartnerId: reference('partner'),
  fromPartnerId: reference('partner'),
  toPartnerId: reference('partner'),
  partnerContactId: reference('contact'),
  linkId: reference('link'),
  linkIds: reference('link'),
  departmentId: reference('department'),
  ownerDepartmentId: reference('department'),
  userId: reference('user'),
  ownerUserId: reference('user'),
  responsibleUserId: reference('user'),
  acceptedBy: reference('user'),
  decidedBy: reference('user'),
  reportedBy: reference('user'),
  withdrawnBy: reference('user'),
  territorialUnitId: reference('territorial_unit'),
  territorialUnitIds: reference('territorial_unit'),
  initiativeId: reference('initiative'),
  resultingInitiativeId: reference('initiative'),
  eventId: reference('event'),
  eventIds: reference('event'),
  becauseEventArchived: reference('event'),
  indicatorId: reference('indicator'),
  demandId: reference('demand'),
  offerId: reference('offer'),
  leadId: reference('investment_lead'),
  resultingLeadId: reference('investment_lead'),
  mirRowId: reference('mir_row'),
  amountMinor: money(),
  amountSoughtMinor: money(),
  amountMinMinor: money(),
  amountMaxMinor: money(),
  expectedAmountMinor: money(),
  realisedAmountMinor: money(),
  annualFeeMinor: money('annualFeeCurrency'),
  countryCode: codebook('country'),
  originCountryCode: codebook('country'),
  recipientCountryCode: codebook('country'),
  eligibleCountries: codebook('country'),
  currency: codebook('currency'),
  annualFeeCurrency: codebook('currency'),
  reportingCurrency: codebook('currency'),
  defaultCurrency: codebook('currency'),
  languages: codebook('language'),
  preferredLanguage: codebook('language'),
  iatiOrgType: codebook('organisation_type'),
  sector: codebook('sector'),
  sectors: codebook('sector'),
  sdgGoals: codebook('sdg'),
  strategyLine: codebook('strategy'),
  strategyLines: codebook('strategy'),
  themes: codebook('strategy'),
  planCodes: codebook('strategy'),
  topics: codebook('strategy'),
  modalities: codes('cooperation.modalities'),
  role: codes('roles'),
};

type EntitySpec = { labels?: Record<string, string>; fields?: Record<string, FieldSpec> };

const partnerLabels = {
  name: 'partners.fields.name',
  acronym: 'partners.fields.acronym',
  kind: 'partners.fields.kind',
  countryCode: 'partners.fields.country',
  city: 'partners.fields.city',
  latitude: 'partners.fields.latitude',
  longitude: 'partners.fields.longitude',
  iatiOrgId: 'partners.fields.iatiOrgId',
  iatiOrgType: 'partners.fields.iatiOrgType',
  website: 'partners.fields.website',
  email: 'partners.fields.email',
  tags: 'partners.fields.tags',
  notes: 'partners.fields.notes',
};

const linkLabels = Object.fromEntries(
  [
    'title',
    'kind',
    'status',
    'parties',
    'registryNumber',
    'description',
    'rationale',
    'signedOn',
    'validFrom',
    'validTo',
    'isCouncilApproved',
    'councilApprovalDate',
    'councilApprovalReference',
    'networkRole',
    'workingGroups',
    'annualFeeCurrency',
    'themes',
    'strategyLines',
  ].map((field) => [field, `links.fields.${field}`]),
);

export const entitySpecs: Record<string, EntitySpec> = {
  partner: { labels: partnerLabels, fields: { kind: codes('enums.partnerKind') } },
  partner_relation: { fields: { kind: codes('enums.relationKind') } },
  link: {
    labels: {
      ...linkLabels,
      departmentId: 'links.fields.department',
      annualFeeMinor: 'links.fields.annualFee',
      statusReason: 'links.fields.reason',
      reason: 'links.fields.reason',
    },
    fields: { kind: codes('enums.linkKind'), status: codes('enums.linkStatus') },
  },
  department: {
    labels: {
      name: 'departments.fields.name',
      acronym: 'departments.fields.acronym',
      headName: 'departments.fields.headName',
      email: 'departments.fields.email',
    },
  },
  territorial_unit: {
    labels: {
      name: 'territory.units.fields.name',
      code: 'territory.units.fields.code',
      kind: 'territory.units.fields.kind',
      population: 'territory.units.fields.population',
    },
    fields: { kind: codes('enums.unitKind') },
  },
  government: {
    labels: {
      name: 'territory.fields.name',
      kind: 'territory.fields.kind',
      countryCode: 'territory.fields.country',
      population: 'territory.fields.population',
      languages: 'territory.fields.languages',
      reportingCurrency: 'territory.fields.reportingCurrency',
      timezone: 'territory.fields.timezone',
      website: 'territory.fields.website',
      iatiOrgId: 'territory.fields.iatiOrgId',
      reminderDaysBefore: 'territory.fields.reminderDaysBefore',
      renewalAlertDays: 'territory.fields.renewalAlertDays',
    },
    fields: { kind: codes('enums.governmentKind') },
  },
  membership: { fields: { role: codes('roles') } },
  invitation: { fields: { role: codes('roles') } },
  user: { labels: { name: 'members.fields.name', email: 'members.fields.email' } },
  initiative: {
    labels: {
      ...Object.fromEntries(
        [
          'title',
          'summary',
          'strategyLine',
          'themes',
          'sdgGoals',
          'sdgTargets',
          'partners',
          'problemStatement',
          'affectedPopulation',
          'affectedPopulationDescription',
          'isWholeTerritory',
          'territorialUnits',
          'agendaSetter',
          'agendaSetterDetail',
          'agendaDate',
          'approach',
          'approachJustification',
          'objective',
          'causalHypothesis',
          'legalBasis',
          'agents',
          'procedures',
          'links',
          'assessment',
          'rollUpMethod',
        ].map((field) => [field, `initiatives.fields.${field}`]),
      ),
      territorialUnitIds: 'initiatives.fields.territorialUnits',
      linkIds: 'initiatives.fields.links',
      departments: 'initiatives.fields.department',
    },
    fields: {
      stage: codes('enums.stage'),
      agendaSetter: codes('enums.agendaSetter'),
      approach: codes('enums.approach'),
      rollUpMethod: codes('enums.rollUpMethod'),
    },
  },
  mir_row: {
    labels: {
      level: 'initiatives.mir.level',
      narrativeSummary: 'initiatives.mir.narrativeSummary',
      meansOfVerification: 'initiatives.mir.meansOfVerification',
      assumptions: 'initiatives.mir.assumptions',
      weight: 'initiatives.mir.weight',
    },
    fields: { level: codes('enums.mirLevel'), parentId: reference('mir_row') },
  },
  indicator: {
    labels: Object.fromEntries(
      [
        'name',
        'definition',
        'unit',
        'measure',
        'baselineValue',
        'baselineDate',
        'targetValue',
        'targetDate',
        'frequency',
        'direction',
        'weight',
        'disaggregations',
      ].map((field) => [field, `initiatives.indicator.${field}`]),
    ),
    fields: {
      measure: codes('enums.indicatorMeasure'),
      frequency: codes('enums.frequency'),
      direction: codes('enums.direction'),
      disaggregations: codes('enums.disaggregation'),
    },
  },
  measurement: {
    labels: {
      measuredOn: 'initiatives.measurement.date',
      value: 'initiatives.measurement.value',
      unit: 'initiatives.measurement.unit',
      source: 'initiatives.measurement.source',
      evidenceUrl: 'initiatives.measurement.evidenceUrl',
      notes: 'initiatives.measurement.notes',
      reportedBy: 'initiatives.measurement.reportedBy',
    },
  },
  activity: {
    labels: {
      title: 'initiatives.activities.title',
      description: 'initiatives.activities.description',
      kind: 'initiatives.activities.kind',
      mirRowId: 'initiatives.activities.mirRow',
      ownerDepartmentId: 'initiatives.activities.ownerDepartment',
      ownerName: 'initiatives.activities.ownerName',
      startDate: 'initiatives.activities.startDate',
      endDate: 'initiatives.activities.endDate',
      status: 'initiatives.activities.status',
      progressPercent: 'initiatives.activities.progressPercent',
    },
    fields: { kind: codes('enums.activityKind'), status: codes('enums.activityStatus') },
  },
  event: {
    labels: {
      title: 'agenda.fields.title',
      kind: 'agenda.fields.kind',
      strategyLine: 'agenda.fields.strategyLine',
      startsAt: 'agenda.fields.startsAt',
      endsAt: 'agenda.fields.endsAt',
      timezone: 'agenda.fields.timezone',
      city: 'agenda.fields.city',
      countryCode: 'agenda.fields.country',
      venue: 'agenda.fields.venue',
      objectives: 'agenda.fields.objectives',
      outcomes: 'agenda.fields.outcomes',
      minutes: 'agenda.fields.minutes',
      isPublished: 'agenda.fields.isPublished',
      linkIds: 'agenda.fields.links',
      initiativeIds: 'agenda.fields.initiatives',
    },
    fields: { kind: codes('agenda.kinds'), initiativeIds: reference('initiative') },
  },
  commitment: {
    labels: {
      title: 'commitments.fields.title',
      description: 'commitments.fields.description',
      status: 'commitments.fields.status',
      dueDate: 'commitments.fields.dueDate',
      ownerDepartmentId: 'commitments.fields.ownerDepartment',
      ownerUserId: 'commitments.fields.ownerUser',
      ownerName: 'commitments.fields.ownerName',
      counterpartPartnerId: 'commitments.fields.counterpart',
      eventId: 'commitments.fields.event',
      linkId: 'commitments.fields.link',
      evidenceDescription: 'commitments.fields.evidenceDescription',
      evidenceUrl: 'commitments.fields.evidenceUrl',
      fulfilledOn: 'commitments.fields.fulfilledOn',
      resultingInitiativeId: 'commitments.fields.resultingInitiative',
      cancelReason: 'commitments.fields.cancelReason',
    },
    fields: { status: codes('commitments.status') },
  },
  demand: {
    labels: {
      title: 'cooperation.demand.fields.title',
      description: 'cooperation.demand.fields.description',
      raisedBy: 'cooperation.demand.fields.raisedBy',
      departmentId: 'cooperation.demand.fields.department',
      communityName: 'cooperation.demand.fields.communityName',
      problemStatement: 'cooperation.demand.fields.problemStatement',
      affectedPopulation: 'cooperation.demand.fields.affectedPopulation',
      affectedPopulationDescription: 'cooperation.demand.fields.affectedPopulationDescription',
      territorialUnitIds: 'cooperation.demand.fields.territorialUnits',
      amountSoughtMinor: 'cooperation.demand.fields.amountSought',
      urgency: 'cooperation.demand.fields.urgency',
      neededBy: 'cooperation.demand.fields.neededBy',
      status: 'cooperation.demand.fields.status',
      currency: 'cooperation.fields.currency',
      modalities: 'cooperation.fields.modalities',
      sectors: 'cooperation.fields.sectors',
      themes: 'cooperation.fields.themes',
      sdgTargets: 'cooperation.fields.sdgTargets',
    },
    fields: {
      raisedBy: codes('cooperation.raisedBy'),
      urgency: codes('cooperation.urgency'),
      status: codes('cooperation.demandStatus'),
    },
  },
  offer: {
    labels: {
      kind: 'cooperation.offer.fields.kind',
      title: 'cooperation.offer.fields.title',
      description: 'cooperation.offer.fields.description',
      donorPartnerId: 'cooperation.offer.fields.donor',
      status: 'cooperation.offer.fields.status',
      opensOn: 'cooperation.offer.fields.opensOn',
      deadline: 'cooperation.offer.fields.deadline',
      url: 'cooperation.offer.fields.url',
      amountMinMinor: 'cooperation.offer.fields.amountMin',
      amountMaxMinor: 'cooperation.offer.fields.amountMax',
      eligibleCountries: 'cooperation.offer.fields.eligibleCountries',
      eligibleGovernmentKinds: 'cooperation.offer.fields.eligibleGovernmentKinds',
      currency: 'cooperation.fields.currency',
      modalities: 'cooperation.fields.modalities',
      sectors: 'cooperation.fields.sectors',
      themes: 'cooperation.fields.themes',
      sdgTargets: 'cooperation.fields.sdgTargets',
    },
    fields: {
      kind: codes('cooperation.offerKind'),
      status: codes('cooperation.offerStatus'),
      eligibleGovernmentKinds: codes('enums.governmentKind'),
    },
  },
  match: { fields: { decision: codes('cooperation.match.decision') } },
  budget: {
    labels: {
      kind: 'funding.budgets.kind',
      status: 'funding.budgets.status',
      periodStart: 'funding.budgets.periodStart',
      periodEnd: 'funding.budgets.periodEnd',
      amountMinor: 'funding.budgets.amount',
      valueDate: 'funding.budgets.valueDate',
    },
    fields: { kind: codes('funding.budgetKind'), status: codes('funding.budgetStatus') },
  },
  transaction: {
    labels: {
      type: 'funding.transactions.type',
      transactionDate: 'funding.transactions.transactionDate',
      valueDate: 'funding.transactions.valueDate',
      amountMinor: 'funding.transactions.amount',
      providerPartnerId: 'funding.transactions.provider',
      receiverPartnerId: 'funding.transactions.receiver',
      reference: 'funding.transactions.reference',
      description: 'funding.transactions.description',
    },
    fields: { type: codes('funding.transactionType') },
  },
  project_profile: {
    fields: { activityStatus: codes('funding.activityStatus'), sectors: { kind: 'hidden' } },
  },
  investment_lead: {
    labels: {
      companyPartnerId: 'investment.fields.company',
      title: 'investment.fields.title',
      originCountryCode: 'investment.fields.originCountry',
      sector: 'investment.fields.sector',
      description: 'investment.fields.description',
      currency: 'investment.fields.currency',
      expectedAmountMinor: 'investment.fields.expectedAmount',
      realisedAmountMinor: 'investment.fields.realisedAmount',
      expectedJobs: 'investment.fields.expectedJobs',
      createdJobs: 'investment.fields.createdJobs',
      territorialUnitId: 'investment.fields.territorialUnit',
      responsibleUserId: 'investment.fields.responsibleUser',
      responsibleName: 'investment.fields.responsibleName',
      eventIds: 'investment.fields.events',
      stage: 'investment.fields.stage',
      lostReason: 'investment.fields.lostReason',
      announcedOn: 'investment.fields.announcedOn',
      establishedOn: 'investment.fields.establishedOn',
    },
    fields: { stage: codes('investment.stages') },
  },
  diplomacy_position: {
    labels: {
      kind: 'diplomacy.fields.kind',
      title: 'diplomacy.fields.title',
      text: 'diplomacy.fields.text',
      madeOn: 'diplomacy.fields.madeOn',
      networkPartnerId: 'diplomacy.fields.network',
      forumName: 'diplomacy.fields.forumName',
      eventId: 'diplomacy.fields.event',
      topics: 'diplomacy.fields.topics',
      sdgGoals: 'diplomacy.fields.sdgGoals',
      coSigners: 'diplomacy.fields.coSigners',
      url: 'diplomacy.fields.url',
    },
    fields: { kind: codes('diplomacy.positionKinds') },
  },
  network_role: {
    labels: {
      kind: 'diplomacy.fields.roleKind',
      title: 'diplomacy.fields.roleTitle',
      networkPartnerId: 'diplomacy.fields.network',
      holderName: 'diplomacy.fields.holderName',
      startsOn: 'diplomacy.fields.startsOn',
      endsOn: 'diplomacy.fields.endsOn',
      notes: 'diplomacy.fields.notes',
    },
    fields: { kind: codes('diplomacy.roleKinds') },
  },
  strategy_term: {
    labels: {
      code: 'strategy.fields.code',
      name: 'strategy.fields.name',
      description: 'strategy.fields.description',
      parentCode: 'strategy.fields.parentCode',
      sortOrder: 'strategy.fields.sortOrder',
    },
    fields: { kind: codes('strategy.kinds') },
  },
  iati_import_job: { fields: { status: codes('iati.status') } },
  verdict_contest: {
    fields: { subjectKind: codes('audit.entityTypes'), verdictAtFiling: codes('utility.verdict') },
  },
};

/** The spec and label of one field of one kind of record. */
export function fieldSpecOf(entityType: string, field: string): { spec: FieldSpec | null; labelKey: string } {
  const entity = entitySpecs[entityType];
  const spec = hiddenFields.has(field)
    ? ({ kind: 'hidden' } as const)
    : (entity?.fields?.[field] ?? commonFields[field] ?? null);
  return { spec, labelKey: entity?.labels?.[field] ?? `audit.fields.${field}` };
}
