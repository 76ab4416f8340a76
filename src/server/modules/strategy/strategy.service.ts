import type { StrategyTermInput, UpdateStrategyTermBody } from '../../../contracts/strategy';
import { parsePlanCsv } from '../../../domain/development-plan';
import { strategyTerms } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, NotFoundError, ValidationError } from '../../platform/errors';
import { setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import * as queries from './strategy.queries';

/** Every term of the government, with how many records use each. */
export async function getVocabulary(db: Database, context: TenantContext, includeArchived: boolean) {
  const [terms, usage] = await Promise.all([
    queries.findTerms(db, context, includeArchived),
    queries.countUsage(db, context),
  ]);
  return { terms, usage };
}

export async function getTerm(db: Database, context: TenantContext, id: string) {
  const term = await queries.findTerm(db, context, id);
  if (!term) throw new NotFoundError();
  return term;
}

/** Adds a strategy line, theme, plan axis or programme; its code is unique within its kind. */
export async function createTerm(db: Database, context: TenantContext, input: StrategyTermInput) {
  const parentCode = input.kind === 'plan_programme' ? (input.parentCode ?? null) : null;
  if (parentCode && !(await queries.findTermByCode(db, context, 'plan_axis', parentCode))) {
    throw new ValidationError([{ field: 'parentCode', key: 'validation.unknownPlanAxis' }]);
  }
  const term = await queries.insertTerm(db, {
    governmentId: context.governmentId,
    kind: input.kind,
    code: input.code,
    name: input.name,
    description: input.description ?? null,
    parentCode,
    sortOrder: input.sortOrder,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  if (!term) throw new ValidationError([{ field: 'code', key: 'validation.termCodeTaken' }]);
  await recordAudit(db, context, {
    entityType: 'strategy_term',
    entityId: term.id,
    action: 'create',
    after: term,
  });
  return term;
}

/** Renames or reorders a term; its code and kind stay, so every record that uses it follows. */
export async function updateTerm(
  db: Database,
  context: TenantContext,
  id: string,
  input: UpdateStrategyTermBody,
) {
  const before = await getTerm(db, context, id);
  const after = await updateVersioned(db, strategyTerms, context, id, input.version, {
    name: input.name,
    description: input.description ?? null,
    sortOrder: input.sortOrder,
  });
  await recordAudit(db, context, {
    entityType: 'strategy_term',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}

/** Archived terms are no longer offered, and records that already use them keep them. */
export async function setTermArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getTerm(db, context, id);
  return setArchived(db, strategyTerms, context, { type: 'strategy_term', id, before }, version, isArchived);
}

/**
 * Loads the development plan from CSV, all or nothing: any row with a problem refuses the whole file
 * (each problem named by line and column) and nothing changes. Axes and programmes are matched by
 * code: new ones are added, renamed ones updated, the rest left as they are; each change is audited.
 */
export async function importPlan(db: Database, context: TenantContext, csv: string) {
  const plan = parsePlanCsv(csv);
  if (plan.issues.length > 0) {
    throw new ValidationError(
      plan.issues.slice(0, 200).map((issue) => ({
        field: 'csv',
        key: 'validation.csvCell',
        params: { line: issue.line, column: issue.column || '—', problem: issue.key },
      })),
    );
  }
  const outcome = { created: 0, updated: 0, unchanged: 0, errors: [] as never[] };
  const items = [
    ...plan.axes.map((axis) => ({ ...axis, kind: 'plan_axis' as const, parentCode: null })),
    ...plan.programmes.map((programme) => ({ ...programme, kind: 'plan_programme' as const })),
  ];
  for (const item of items) {
    const existing = await queries.findTermByCode(db, context, item.kind, item.code);
    if (!existing) {
      const created = await queries.insertTerm(db, {
        governmentId: context.governmentId,
        kind: item.kind,
        code: item.code,
        name: item.name,
        parentCode: item.parentCode,
        sortOrder: item.sortOrder,
        createdBy: context.userId,
        updatedBy: context.userId,
      });
      if (!created) throw new ValidationError([{ field: 'csv', key: 'validation.termCodeTaken' }]);
      await recordAudit(db, context, {
        entityType: 'strategy_term',
        entityId: created.id,
        action: 'import',
        after: created,
      });
      outcome.created += 1;
      continue;
    }
    const isSame =
      existing.name === item.name && existing.parentCode === item.parentCode && existing.archivedAt === null;
    if (isSame) {
      outcome.unchanged += 1;
      continue;
    }
    const after = await updateVersioned(db, strategyTerms, context, existing.id, existing.version, {
      name: item.name,
      parentCode: item.parentCode,
      archivedAt: null,
    });
    await recordAudit(db, context, {
      entityType: 'strategy_term',
      entityId: existing.id,
      action: 'import',
      before: existing,
      after,
    });
    outcome.updated += 1;
  }
  return outcome;
}

type Alignment = {
  strategyLines?: readonly string[] | undefined;
  strategyLine?: string | null | undefined;
  themes?: readonly string[] | undefined;
  planCodes?: readonly string[] | undefined;
};

/**
 * Field problems of a record's alignment: every strategy line, theme and plan code must be a term of
 * this government (archived ones too, so that an old record can be saved unchanged). Used by every
 * module whose records are aligned to the strategy.
 */
export async function checkAlignment(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  alignment: Alignment,
): Promise<FieldIssue[]> {
  const lines = [
    ...(alignment.strategyLines ?? []),
    ...(alignment.strategyLine ? [alignment.strategyLine] : []),
  ];
  const [knownLines, knownThemes, knownPlan] = await Promise.all([
    queries.findKnownCodes(db, context, ['strategy_line'], lines),
    queries.findKnownCodes(db, context, ['theme'], [...(alignment.themes ?? [])]),
    queries.findKnownCodes(db, context, ['plan_axis', 'plan_programme'], [...(alignment.planCodes ?? [])]),
  ]);
  const issues: FieldIssue[] = [];
  (alignment.strategyLines ?? []).forEach((code, index) => {
    if (!knownLines.has(code))
      issues.push({ field: `strategyLines.${index}`, key: 'validation.unknownStrategyLine' });
  });
  if (alignment.strategyLine && !knownLines.has(alignment.strategyLine)) {
    issues.push({ field: 'strategyLine', key: 'validation.unknownStrategyLine' });
  }
  (alignment.themes ?? []).forEach((code, index) => {
    if (!knownThemes.has(code)) issues.push({ field: `themes.${index}`, key: 'validation.unknownTheme' });
  });
  (alignment.planCodes ?? []).forEach((code, index) => {
    if (!knownPlan.has(code)) issues.push({ field: `planCodes.${index}`, key: 'validation.unknownPlanCode' });
  });
  return issues;
}

/** Throws the alignment problems as one 422, for services that have nothing else to check. */
export async function assertAlignment(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  alignment: Alignment,
) {
  const issues = await checkAlignment(db, context, alignment);
  if (issues.length > 0) throw new ValidationError(issues);
}
