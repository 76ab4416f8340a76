import { z } from 'zod';

export const languages = ['es', 'en', 'pt'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const roles = ['admin', 'coordinator', 'liaison', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** A government runs the modules; an association (a network of governments) compares its members. */
export const tenantKinds = ['government', 'association'] as const;
export const tenantKindSchema = z.enum(tenantKinds);
export type TenantKind = z.infer<typeof tenantKindSchema>;

/** A record id; left empty (a select with nothing chosen) it is a required field, not an invalid id. */
export const idSchema = z.uuid({
  error: (issue) =>
    issue.input === undefined || issue.input === '' ? 'validation.required' : 'validation.invalidId',
});

/** A calendar date (no time, no zone), as people write it on an agreement: 2024-03-15. */
export const isoDateSchema = z.iso.date({ message: 'validation.invalidDate' });

/** An optional free-text field: empty strings from forms become null. */
export function optionalText(max = 2000) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    z.string().trim().max(max, { message: 'validation.tooLong' }).nullable().optional(),
  );
}

export function requiredText(max = 300) {
  return z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, { message: 'validation.required' })
    .max(max, { message: 'validation.tooLong' });
}

export const optionalDateSchema = z.preprocess(
  (value) => (value === '' ? null : value),
  isoDateSchema.nullable().optional(),
);

export const optionalEmailSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .email({ message: 'validation.invalidEmail' })
    .max(320, { message: 'validation.tooLong' })
    .nullable()
    .optional(),
);

export const optionalUrlSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .url({ message: 'validation.invalidUrl', protocol: /^https?$/ })
    .max(2000, { message: 'validation.tooLong' })
    .nullable()
    .optional(),
);

/** ISO 3166-1 alpha-2, validated against the IATI Country codelist on the server. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, { message: 'validation.invalidCountry' });

/** ISO 4217, validated against the IATI Currency codelist on the server. */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { message: 'validation.invalidCurrency' });

export const tagListSchema = z
  .array(z.string().trim().min(1).max(60, { message: 'validation.tooLong' }))
  .max(30)
  .default([]);

/** Every editable record says who made and changed it, and carries a version for optimistic locking. */
export const recordMetaSchema = z.object({
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  updatedAt: z.string(),
  updatedBy: z.uuid().nullable(),
  version: z.number().int(),
});

export const versionSchema = z.object({
  version: z.number({ message: 'validation.required' }).int().positive(),
});

export const sortDirectionSchema = z.enum(['asc', 'desc']).default('asc');

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const booleanQuerySchema = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const idParamsSchema = z.object({ governmentId: idSchema, id: idSchema });
export const governmentParamsSchema = z.object({ governmentId: idSchema });

/** RFC 9457 problem details, with field-level errors in the caller's language. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string() })).optional(),
  currentVersion: z.number().int().optional(),
  yourVersion: z.number().int().optional(),
  retryAfterSeconds: z.number().int().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
