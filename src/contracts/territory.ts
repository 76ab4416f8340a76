import { z } from 'zod';
import {
  booleanQuerySchema,
  countryCodeSchema,
  currencyCodeSchema,
  idSchema,
  languageSchema,
  optionalEmailSchema,
  optionalText,
  optionalUrlSchema,
  pageSchema,
  paginationQuerySchema,
  recordMetaSchema,
  requiredText,
  versionSchema,
} from './common';

export const governmentKinds = ['municipality', 'city', 'state', 'other'] as const;
export const governmentKindSchema = z.enum(governmentKinds);

export const governmentSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: governmentKindSchema,
  countryCode: z.string(),
  population: z.number().int().nullable(),
  languages: z.array(z.string()),
  reportingCurrency: z.string(),
  timezone: z.string(),
  website: z.string().nullable(),
  /** The government's IATI organisation identifier: the reporting-org of its IATI exports. */
  iatiOrgId: z.string().nullable(),
  /** Days before a commitment's due date when its owner is reminded. */
  reminderDaysBefore: z.array(z.number().int()),
  /** Days before a link's validity ends when its renewal alert goes out (90, 30 and 7 by default). */
  renewalAlertDays: z.array(z.number().int()),
  ...recordMetaSchema.shape,
});
export type Government = z.infer<typeof governmentSchema>;

const populationSchema = z.preprocess(
  (value) => (value === '' ? null : value),
  z.coerce
    .number({ message: 'validation.invalidNumber' })
    .int()
    .min(0, { message: 'validation.mustBePositive' })
    .nullable()
    .optional(),
);

/** A short list of distinct day counts (1–365) before a date, for reminders and alerts. */
const alertDaysSchema = z
  .array(
    z.coerce
      .number({ message: 'validation.invalidNumber' })
      .int({ message: 'validation.invalidNumber' })
      .min(1, { message: 'validation.alertDaysRange' })
      .max(365, { message: 'validation.alertDaysRange' }),
  )
  .max(5, { message: 'validation.alertDaysTooMany' })
  .transform((days) => [...new Set(days)].sort((a, b) => b - a));

export const updateGovernmentBodySchema = z.object({
  name: requiredText(200),
  kind: governmentKindSchema,
  countryCode: countryCodeSchema,
  population: populationSchema,
  languages: z
    .array(languageSchema.or(z.string().regex(/^[a-z]{2}$/)))
    .max(10)
    .default([]),
  reportingCurrency: currencyCodeSchema,
  timezone: z.string().min(1).max(64),
  website: optionalUrlSchema,
  iatiOrgId: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/, { message: 'validation.invalidIatiOrgId' })
      .max(100)
      .nullable()
      .optional(),
  ),
  reminderDaysBefore: alertDaysSchema.optional(),
  renewalAlertDays: alertDaysSchema.optional(),
  ...versionSchema.shape,
});
export type UpdateGovernmentBody = z.infer<typeof updateGovernmentBodySchema>;

export const territorialUnitKinds = [
  'comuna',
  'corregimiento',
  'alcaldia',
  'district',
  'locality',
  'other',
] as const;
export const territorialUnitKindSchema = z.enum(territorialUnitKinds);

/** A GeoJSON Polygon or MultiPolygon geometry (RFC 7946) as the API answers it. */
export const geometrySchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.any()),
});

/** The most positions one unit's boundary may have: a detailed comuna has a few thousand. */
export const maxGeometryPositions = 100_000;

const coordinateMessage = { message: 'input.invalidCoordinates' };
/** [longitude, latitude] in WGS 84 degrees, with an optional altitude that is ignored. */
const positionSchema = z
  .array(z.number(coordinateMessage), coordinateMessage)
  .min(2, coordinateMessage)
  .max(3, coordinateMessage)
  .refine(
    (position) => Math.abs(position[0] as number) <= 180 && Math.abs(position[1] as number) <= 90,
    coordinateMessage,
  );
const ringSchema = z.array(positionSchema, coordinateMessage).min(4, coordinateMessage);
const polygonSchema = z.array(ringSchema, coordinateMessage).min(1, coordinateMessage).max(1000);

function countPositions(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  if (typeof value[0] === 'number') return 1;
  return value.reduce((total: number, item) => total + countPositions(item), 0);
}

/**
 * A geometry as the API accepts it: every position a pair of numbers within range, rings closed
 * enough to draw (four positions), and at most `maxGeometryPositions` positions in all.
 */
export const geometryInputSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(polygonSchema, coordinateMessage).min(1, coordinateMessage).max(1000),
    }),
  ])
  .refine((geometry) => countPositions(geometry.coordinates) <= maxGeometryPositions, {
    message: 'input.tooManyPoints',
    path: ['coordinates'],
  });

export const territorialUnitSchema = z.object({
  id: idSchema,
  governmentId: idSchema,
  code: z.string().nullable(),
  name: z.string(),
  kind: territorialUnitKindSchema,
  population: z.number().int().nullable(),
  hasGeometry: z.boolean(),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type TerritorialUnit = z.infer<typeof territorialUnitSchema>;

export const territorialUnitDetailSchema = territorialUnitSchema.extend({
  geometry: geometrySchema.nullable(),
});

export const territorialUnitInputSchema = z.object({
  code: optionalText(40),
  name: requiredText(200),
  kind: territorialUnitKindSchema,
  population: populationSchema,
  geometry: geometryInputSchema.nullable().optional(),
});
export type TerritorialUnitInput = z.infer<typeof territorialUnitInputSchema>;
export const updateTerritorialUnitBodySchema = territorialUnitInputSchema.extend(versionSchema.shape);

export const territorialUnitListQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  kind: territorialUnitKindSchema.optional(),
  includeArchived: booleanQuerySchema,
  sort: z.enum(['name', 'code', 'population']).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export const territorialUnitPageSchema = pageSchema(territorialUnitSchema);

/** Import of a GeoJSON FeatureCollection: which properties hold the name, code and population. */
export const importGeoJsonBodySchema = z.object({
  featureCollection: z.object({
    type: z.literal('FeatureCollection'),
    features: z
      .array(
        z.object({
          type: z.literal('Feature'),
          properties: z.record(z.string().max(200), z.unknown()).nullable(),
          geometry: geometryInputSchema.nullable(),
        }),
      )
      .min(1, { message: 'validation.emptyFeatureCollection' })
      .max(5000),
  }),
  nameProperty: requiredText(200),
  codeProperty: z.string().min(1).max(200).optional(),
  populationProperty: z.string().min(1).max(200).optional(),
  kind: territorialUnitKindSchema,
});
export type ImportGeoJsonBody = z.infer<typeof importGeoJsonBodySchema>;

export const importGeoJsonResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});

export const territoryMapSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: idSchema,
      properties: z.object({
        name: z.string(),
        code: z.string().nullable(),
        population: z.number().nullable(),
      }),
      geometry: geometrySchema,
    }),
  ),
});

export const departmentSchema = z.object({
  id: idSchema,
  governmentId: idSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  headName: z.string().nullable(),
  email: z.string().nullable(),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Department = z.infer<typeof departmentSchema>;

export const departmentInputSchema = z.object({
  name: requiredText(200),
  acronym: optionalText(30),
  headName: optionalText(200),
  email: optionalEmailSchema,
});
export type DepartmentInput = z.infer<typeof departmentInputSchema>;
export const updateDepartmentBodySchema = departmentInputSchema.extend(versionSchema.shape);
export const departmentListQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  includeArchived: booleanQuerySchema,
});
export const departmentPageSchema = pageSchema(departmentSchema);
