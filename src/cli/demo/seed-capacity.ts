import { readFileSync } from 'node:fs';
import { questionnaireFileSchema } from '../../contracts/capacity';
import { todayIn } from '../../domain/calendar';
import { findUserByEmail } from '../../server/modules/auth/auth.queries';
import {
  completeEdition,
  createEdition,
  updateEdition,
  updateSharing,
} from '../../server/modules/capacity/capacity.service';
import { acceptMembership, inviteMember } from '../../server/modules/capacity/network.service';
import { uploadQuestionnaire } from '../../server/modules/capacity/questionnaire.service';
import { addMember } from '../../server/modules/members/members.service';
import { findGovernmentBySlug, insertGovernment } from '../../server/modules/territory/territory.queries';
import { recordAudit } from '../../server/platform/audit';
import type { Database } from '../../server/platform/db';
import type { TenantContext } from '../../server/platform/tenancy';
import { buildCapacityEditions, demoAssociation } from './capacity-demo';

/**
 * The government's two completed self-assessments, through the same services as the API (evidence
 * rule, audit), and its choice to share them and its index with its associations.
 */
export async function seedCapacityDemo(
  db: Database,
  context: TenantContext,
  slug: string,
  timeZone: string,
  now: Date,
) {
  for (const edition of buildCapacityEditions(slug, todayIn(timeZone, now))) {
    const draft = await createEdition(db, context, { assessedOn: edition.assessedOn, copyLast: false });
    const saved = await updateEdition(db, context, draft.id, {
      assessedOn: edition.assessedOn,
      answers: edition.answers,
      version: draft.version,
    });
    await completeEdition(db, context, draft.id, saved.version);
  }
  await updateSharing(db, context, { isSharingAssessment: true, isSharingIndex: true, version: 0 });
}

/** The demo association's own short questionnaire (sources in data/SOURCES.md). */
const demoAssociationQuestionnaire = new URL(
  '../../../data/capacity/associations/red-oril-v1.json',
  import.meta.url,
);

/**
 * The demo association with its own user; it invites both demo governments and their admin accepts,
 * as people would through the API. It has uploaded a short questionnaire of its own, ready to adopt,
 * and still compares its members on the instance's (the one their editions answered). Seeded once,
 * after the governments.
 */
export async function seedAssociationDemo(
  db: Database,
  options: { password: string; passwordHashCost: number; adminEmail: string },
) {
  if (await findGovernmentBySlug(db, demoAssociation.slug)) return false;
  const members = [];
  for (const slug of demoAssociation.memberSlugs) {
    const government = await findGovernmentBySlug(db, slug);
    if (!government) return false;
    members.push(government);
  }
  const association = await insertGovernment(db, { slug: demoAssociation.slug, ...demoAssociation.profile });
  await recordAudit(
    db,
    { governmentId: association.id, userId: null },
    {
      entityType: 'government',
      entityId: association.id,
      action: 'create',
      after: association,
    },
  );
  let associationAdmin: string | null = null;
  for (const user of demoAssociation.users) {
    const { user: row } = await addMember(
      db,
      { governmentId: association.id, userId: associationAdmin },
      { ...user, password: options.password, departmentId: null },
      options.passwordHashCost,
    );
    associationAdmin ??= row.id;
  }
  const governmentAdmin = await findUserByEmail(db, options.adminEmail);
  if (!associationAdmin || !governmentAdmin) throw new Error('Demo association: missing admins');
  const associationContext: TenantContext = {
    governmentId: association.id,
    userId: associationAdmin,
    role: 'admin',
  };
  for (const government of members) {
    const invitation = await inviteMember(db, associationContext, government.slug);
    await acceptMembership(
      db,
      { governmentId: government.id, userId: governmentAdmin.id, role: 'admin' },
      invitation.membership.id,
      invitation.membership.version,
    );
  }
  const questionnaire = questionnaireFileSchema.parse(
    JSON.parse(readFileSync(demoAssociationQuestionnaire, 'utf8')),
  );
  await uploadQuestionnaire(db, associationContext, { questionnaire });
  return true;
}
