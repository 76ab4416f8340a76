// Builds the IATI 2.03 activities file of a government's published projects. The order of the
// elements is the order the XSD's sequence requires; the tests validate every export with xmllint.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { participantRoleCodes } from '../../../contracts/funding';
import { minorToDecimal } from '../../../domain/iati-decimal';
import type {
  findBudgets,
  findGovernment,
  findParticipants,
  findPublishedProjects,
  findTransactions,
} from './iati.queries';

type Government = NonNullable<Awaited<ReturnType<typeof findGovernment>>>;
type Project = Awaited<ReturnType<typeof findPublishedProjects>>[number];
type Participant = Awaited<ReturnType<typeof findParticipants>>[number];
type Budget = Awaited<ReturnType<typeof findBudgets>>[number];
type TransactionRow = Awaited<ReturnType<typeof findTransactions>>[number];

export type ExportData = {
  government: Government & { iatiOrgId: string };
  projects: Project[];
  participants: Participant[];
  budgets: Budget[];
  transactions: TransactionRow[];
  /** When each initiative's funding last changed, removals included (from the audit trail). */
  fundingChanges?: Map<string, Date>;
  generatedAt: Date;
};

/** IATI OrganisationType 11: Local Government. */
const localGovernmentType = '11';
const budgetTypeCodes = { original: '1', revised: '2' } as const;
const budgetStatusCodes = { indicative: '1', committed: '2' } as const;

/**
 * A narrative inherits the activity's xml:lang, the government's language, in which its officers
 * write titles and descriptions. None is tagged on its own: Vínculo does not record the language of
 * a partner's name, so a name like "World Resources Institute" inherits the document's language
 * rather than being tagged Spanish one by one (a field for it belongs to the partners module).
 */
function narrative(parent: XMLBuilder, text: string) {
  parent.ele('narrative').txt(text);
}

/** The government's first language is the language of what its officers write (ISO 639-1). */
export function documentLanguage(government: { languages: string[] }): string {
  const first = government.languages[0]?.trim().toLowerCase();
  return first && /^[a-z]{2}$/.test(first) ? first : 'es';
}

/**
 * The latest change of anything the activity shows: the initiative, its profile and participants,
 * budgets and transactions (removals too), the organisations named and the reporting government.
 */
export function lastUpdatedOf(data: ExportData, project: Project): Date {
  const id = project.initiative.id;
  const times = [
    project.profile.updatedAt,
    project.initiative.updatedAt,
    data.government.updatedAt,
    data.fundingChanges?.get(id),
    ...data.participants.filter((row) => row.initiativeId === id).map((row) => row.partnerUpdatedAt),
    ...data.transactions
      .filter((row) => row.transaction.initiativeId === id)
      .flatMap((row) => [row.transaction.updatedAt, row.providerUpdatedAt, row.receiverUpdatedAt]),
  ];
  return new Date(Math.max(...times.filter((time): time is Date => time instanceof Date).map(Number)));
}

function orgElement(
  parent: XMLBuilder,
  element: string,
  org: { name: string | null; ref: string | null; type: string | null; role?: string },
) {
  const attributes: Record<string, string> = {};
  if (org.role) attributes.role = org.role;
  if (org.ref) attributes.ref = org.ref;
  if (org.type) attributes.type = org.type;
  const node = parent.ele(element, attributes);
  if (org.name) narrative(node, org.name);
}

function value(parent: XMLBuilder, amountMinor: number, currency: string, valueDate: string) {
  parent.ele('value', { currency, 'value-date': valueDate }).txt(minorToDecimal(amountMinor, currency));
}

type Sector = { code: string; percentage: string };

function addActivity(root: XMLBuilder, data: ExportData, project: Project) {
  const { government } = data;
  const { initiative, profile } = project;
  const activity = root.ele('iati-activity', {
    'last-updated-datetime': lastUpdatedOf(data, project).toISOString(),
    'xml:lang': documentLanguage(government),
    'default-currency': government.reportingCurrency,
  });
  activity.ele('iati-identifier').txt(profile.iatiIdentifier);
  orgElement(activity, 'reporting-org', {
    name: government.name,
    ref: government.iatiOrgId,
    type: localGovernmentType,
  });
  narrative(activity.ele('title'), initiative.title);
  // The XSD requires a description: the summary, else the objective or the problem, else the title.
  const summary =
    initiative.summary?.trim() ||
    initiative.objective?.trim() ||
    initiative.problemStatement?.trim() ||
    initiative.title;
  narrative(activity.ele('description', { type: '1' }), summary);

  const participants = data.participants.filter((participant) => participant.initiativeId === initiative.id);
  // The government answers for its projects: it is the accountable organisation unless a partner is.
  if (!participants.some((participant) => participant.role === 'accountable'))
    orgElement(activity, 'participating-org', {
      name: government.name,
      ref: government.iatiOrgId,
      type: localGovernmentType,
      role: participantRoleCodes.accountable,
    });
  for (const participant of participants)
    orgElement(activity, 'participating-org', {
      name: participant.name,
      ref: participant.iatiOrgId,
      type: participant.iatiOrgType,
      role: participantRoleCodes[participant.role],
    });

  activity.ele('activity-status', { code: profile.activityStatus });
  const dates: [string, string | null][] = [
    ['1', profile.startPlanned],
    ['2', profile.startActual],
    ['3', profile.endPlanned],
    ['4', profile.endActual],
  ];
  for (const [type, date] of dates) if (date) activity.ele('activity-date', { type, 'iso-date': date });
  activity.ele('recipient-country', { code: profile.recipientCountryCode ?? government.countryCode });

  const sectors = profile.sectors as Sector[];
  for (const sector of sectors)
    activity.ele('sector', {
      vocabulary: '1',
      code: sector.code,
      ...(sectors.length > 1 ? { percentage: sector.percentage } : {}),
    });
  for (const goal of initiative.sdgGoals) activity.ele('tag', { vocabulary: '2', code: goal });
  for (const target of initiative.sdgTargets) activity.ele('tag', { vocabulary: '3', code: target });

  if (profile.collaborationType) activity.ele('collaboration-type', { code: profile.collaborationType });
  if (profile.defaultFlowType) activity.ele('default-flow-type', { code: profile.defaultFlowType });
  if (profile.defaultFinanceType) activity.ele('default-finance-type', { code: profile.defaultFinanceType });
  if (profile.defaultAidType) activity.ele('default-aid-type', { code: profile.defaultAidType });
  if (profile.defaultTiedStatus) activity.ele('default-tied-status', { code: profile.defaultTiedStatus });

  for (const budget of data.budgets.filter((row) => row.initiativeId === initiative.id)) {
    const node = activity.ele('budget', {
      type: budgetTypeCodes[budget.kind],
      status: budgetStatusCodes[budget.status],
    });
    node.ele('period-start', { 'iso-date': budget.periodStart });
    node.ele('period-end', { 'iso-date': budget.periodEnd });
    value(node, budget.amountMinor, budget.currency, budget.valueDate);
  }

  for (const row of data.transactions.filter((item) => item.transaction.initiativeId === initiative.id)) {
    const { transaction } = row;
    const node = activity.ele('transaction', transaction.reference ? { ref: transaction.reference } : {});
    node.ele('transaction-type', { code: transaction.type });
    node.ele('transaction-date', { 'iso-date': transaction.transactionDate });
    value(node, transaction.amountMinor, transaction.currency, transaction.valueDate);
    if (transaction.description?.trim()) narrative(node.ele('description'), transaction.description.trim());
    if (transaction.providerPartnerId)
      orgElement(node, 'provider-org', {
        name: row.providerName,
        ref: row.providerOrgId,
        type: row.providerOrgType,
      });
    if (transaction.receiverPartnerId)
      orgElement(node, 'receiver-org', {
        name: row.receiverName,
        ref: row.receiverOrgId,
        type: row.receiverOrgType,
      });
  }
}

/** The iati-activities document of the published projects, as text. */
export function buildIatiActivitiesXml(data: ExportData): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('iati-activities', {
    version: '2.03',
    'generated-datetime': data.generatedAt.toISOString(),
  });
  for (const project of data.projects) addActivity(root, data, project);
  return root.end({ prettyPrint: true });
}
