import { z } from 'zod';
import { idSchema } from './common';

/** The roles a token may carry: reading (the default) or a coordinator's writes; never admin. */
export const apiTokenRoles = ['viewer', 'coordinator'] as const;
export const apiTokenRoleSchema = z.enum(apiTokenRoles);
export type ApiTokenRole = z.infer<typeof apiTokenRoleSchema>;

export const createApiTokenBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(120, { message: 'validation.tooLong' }),
  role: apiTokenRoleSchema.default('viewer'),
  expiresInDays: z
    .number()
    .int()
    .min(1, { message: 'access.tokenExpiryRange' })
    .max(365, { message: 'access.tokenExpiryRange' })
    .default(90),
});
export type CreateApiTokenBody = z.input<typeof createApiTokenBodySchema>;

export const apiTokenStatusSchema = z.enum(['active', 'expired', 'revoked']);

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: apiTokenRoleSchema,
  /** The first characters of the secret, to recognise a token in a configuration. */
  displayPrefix: z.string(),
  status: apiTokenStatusSchema,
  expiresAt: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  /** Requests in the last 30 days. */
  recentRequests: z.number().int(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** The answer to a creation: the only time the secret leaves the server. */
export const apiTokenCreatedSchema = z.object({ token: apiTokenSchema, secret: z.string() });
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;

export const apiTokenParamsSchema = z.object({ governmentId: idSchema, tokenId: idSchema });
