import { z } from 'zod';
import { idSchema, type Role } from './common';

/** The registries of the policy cycle, cooperation, agenda, investment, diplomacy and the audit trail. */
export const activitySheetRegistries = [
  'initiatives',
  'indicators',
  'demands',
  'offers',
  'projects',
  'events',
  'commitments',
  'investment-leads',
  'positions',
  'audit',
] as const;

/** The registries that go out to and come back from spreadsheets (other helpers add theirs here). */
export const sheetRegistries = [
  'partners',
  'links',
  'territorial-units',
  'departments',
  // Initiatives, cooperation, agenda, investment, diplomacy and the audit trail (registries/*.sheet.ts).
  ...activitySheetRegistries,
] as const;
export const sheetRegistrySchema = z.enum(sheetRegistries);
export type SheetRegistry = z.infer<typeof sheetRegistrySchema>;

/**
 * Who may download the template and import into each registry: the roles of the server's write
 * policy (tests/unit/sheet-import-roles.test.ts keeps them equal). Registries absent only export.
 */
export const sheetImportRoles: Partial<Record<SheetRegistry, readonly Role[]>> = {
  partners: ['admin', 'coordinator'],
  links: ['admin', 'coordinator'],
  'territorial-units': ['admin'],
  departments: ['admin'],
  demands: ['admin', 'coordinator', 'liaison'],
  offers: ['admin', 'coordinator'],
  indicators: ['admin', 'coordinator', 'liaison'],
};

/** Whether a member with this role may import into the registry (the web hides the controls otherwise). */
export function canImportSheet(registry: SheetRegistry, role: Role): boolean {
  return sheetImportRoles[registry]?.includes(role) ?? false;
}

export const sheetFormats = ['xlsx', 'csv'] as const;
export const sheetFormatSchema = z.enum(sheetFormats);
export type SheetFormat = z.infer<typeof sheetFormatSchema>;

export const registryParamsSchema = z.object({ governmentId: idSchema, registry: sheetRegistrySchema });
export const registryJobParamsSchema = registryParamsSchema.extend({ id: idSchema });

/** "Add only" leaves the records that already exist as they are; "add and update" also changes them. */
export const importModes = ['add', 'add_and_update'] as const;
export const importModeSchema = z.enum(importModes);
export type ImportMode = z.infer<typeof importModeSchema>;

export const applyImportBodySchema = z.object({ mode: importModeSchema });

export const sheetImportStatuses = ['previewed', 'queued', 'running', 'completed', 'failed'] as const;

/** One line of the preview: a record to add, update or leave, named as the user sees it. */
export const previewEntrySchema = z.object({
  row: z.number().int(),
  label: z.string(),
  /** The columns whose value changes (updates only), as headers in the user's language. */
  changes: z.array(z.string()),
});

/** A problem of the file: the row (as numbered in the spreadsheet), the column header and the message. */
export const previewErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});

export const sheetImportJobSchema = z.object({
  id: idSchema,
  registry: sheetRegistrySchema,
  fileName: z.string(),
  status: z.enum(sheetImportStatuses),
  mode: importModeSchema.nullable(),
  counts: z.object({
    rows: z.number().int(),
    add: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    errors: z.number().int(),
  }),
  /** The preview keeps the first entries of each kind; the counts are always exact. */
  preview: z.object({
    add: z.array(previewEntrySchema),
    update: z.array(previewEntrySchema),
    unchanged: z.array(previewEntrySchema),
    errors: z.array(previewErrorSchema),
  }),
  /** Records written so far while the import runs, out of those it will write (0..1). */
  progress: z.number().min(0).max(1),
  applied: z.object({ added: z.number().int(), updated: z.number().int() }),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type SheetImportJob = z.infer<typeof sheetImportJobSchema>;

export const sheetImportJobListSchema = z.object({ items: z.array(sheetImportJobSchema) });

/** How many preview entries of each kind are kept and shown. */
export const previewEntryLimit = 200;
/** How many error lines are kept and shown. */
export const previewErrorLimit = 500;
