import { z } from 'zod';
import { idSchema, languageSchema, roleSchema, tenantKindSchema } from './common';

export const signInBodySchema = z.object({
  email: z.email({ message: 'validation.invalidEmail' }).max(320),
  password: z.string().min(1, { message: 'validation.required' }).max(1000),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const membershipSchema = z.object({
  governmentId: idSchema,
  governmentName: z.string(),
  governmentSlug: z.string(),
  role: roleSchema,
  /** The department a liaison reports for; null for the other roles or when not set. */
  departmentId: idSchema.nullable(),
  /** The government's IANA time zone: "today" in the web app is the government's calendar day. */
  timezone: z.string(),
  /** A government, or an association of governments (which sees only its members' shared results). */
  tenantKind: tenantKindSchema,
});

export const sessionUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  preferredLanguage: languageSchema,
});

export const sessionSchema = z.object({
  user: sessionUserSchema,
  memberships: z.array(membershipSchema),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The session if there is one: what the web app asks on every load, never answered with a 401. */
export const currentSessionSchema = z.object({ session: sessionSchema.nullable() });
export type Membership = z.infer<typeof membershipSchema>;

export const updatePreferencesBodySchema = z.object({ preferredLanguage: languageSchema });

export const passwordSchema = z
  .string()
  .min(12, { message: 'validation.passwordTooShort' })
  .max(200, { message: 'validation.tooLong' });

export const memberSchema = z.object({
  userId: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  departmentId: idSchema.nullable(),
  isDisabled: z.boolean(),
  version: z.number().int(),
});
export type Member = z.infer<typeof memberSchema>;

/** How the CLI creates a user with a password directly (the API invites instead). */
export const createMemberBodySchema = z.object({
  email: z.email({ message: 'validation.invalidEmail' }).max(320),
  name: z.string().trim().min(1, { message: 'validation.required' }).max(200),
  role: roleSchema,
  password: passwordSchema,
  departmentId: idSchema.nullable().optional(),
});
export type CreateMemberBody = z.infer<typeof createMemberBodySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, { message: 'validation.required' }).max(1000),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const changePasswordResultSchema = z.object({ otherSessionsEnded: z.number().int() });

export const resetTokenSchema = z.string().trim().min(20, { message: 'validation.required' }).max(200);

export const resetPasswordBodySchema = z.object({ token: resetTokenSchema, password: passwordSchema });
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;

export const passwordResetSentSchema = z.object({ expiresAt: z.string() });

export const memberParamsSchema = z.object({ governmentId: idSchema, userId: idSchema });

export const updateMemberBodySchema = z.object({
  role: roleSchema,
  departmentId: idSchema.nullable().optional(),
  version: z.number().int().positive(),
});
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

/** An admin invites an e-mail with a role; the person becomes a member only when they accept. */
export const createInvitationBodySchema = z.object({
  email: z.email({ message: 'validation.invalidEmail' }).max(320),
  role: roleSchema,
  /** The department a liaison reports for; ignored for the other roles. */
  departmentId: idSchema.nullable().optional(),
});
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;

export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  departmentId: idSchema.nullable(),
  expiresAt: z.string(),
  isExpired: z.boolean(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * The answer to an invitation: nothing about whether the address has an account anywhere. When the
 * e-mail could not be sent (no SMTP server configured), the admin gets the link to hand over.
 */
export const invitationCreatedSchema = invitationSchema.extend({
  isEmailSent: z.boolean(),
  acceptUrl: z.string().nullable(),
});
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>;

export const invitationParamsSchema = z.object({ governmentId: idSchema, invitationId: idSchema });

export const invitationTokenBodySchema = z.object({ token: resetTokenSchema });

/** What the invited person sees before accepting (they hold the link sent to their address). */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  governmentName: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
  hasAccount: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** Accepting: a person with an account is signed in as the invited e-mail; a new one gives name and password. */
export const acceptInvitationBodySchema = z.object({
  token: resetTokenSchema,
  name: z.string().trim().min(1, { message: 'validation.required' }).max(200).optional(),
  password: passwordSchema.optional(),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;
