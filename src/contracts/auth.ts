import { z } from 'zod';
import { idSchema, languageSchema, roleSchema } from './common';

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

export const createMemberBodySchema = z.object({
  email: z.email({ message: 'validation.invalidEmail' }).max(320),
  name: z.string().trim().min(1, { message: 'validation.required' }).max(200),
  role: roleSchema,
  password: passwordSchema,
  departmentId: idSchema.nullable().optional(),
});
export type CreateMemberBody = z.infer<typeof createMemberBodySchema>;
