import { z } from 'zod';
import { idSchema, isoDateSchema, languageSchema } from './common';

// ---------------------------------------------------------------------------------------------
// The report to the council ("Informe de la acción internacional"): a PDF and the same tables as an
// XLSX workbook, for a period of the government's calendar, generated as a job.
// ---------------------------------------------------------------------------------------------

const base = '/api/governments/:governmentId/reports';

/** Every route of the module. Reads and downloads: any member. Generation: admin, coordinator. */
export const reportPaths = {
  /** GET past reports (latest first, bounded); POST generate one (202, then poll). */
  reports: base,
  /** GET one report: status and progress. */
  report: `${base}/:id`,
  /** GET the PDF of a completed report (download). */
  pdf: `${base}/:id/report.pdf`,
  /** GET the XLSX workbook of a completed report (download). */
  xlsx: `${base}/:id/report.xlsx`,
} as const;

/** The longest period one report covers: a full government term and then some. */
export const maxReportPeriodDays = 6 * 366;
/** How many past reports the list shows. */
export const reportListSize = 50;

export const reportStatuses = ['queued', 'running', 'completed', 'failed'] as const;
export const reportStatusSchema = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

/** Steps of the generation, in order; the screen names the current one. */
export const reportSteps = ['figures', 'charts', 'pdf', 'xlsx', 'done'] as const;
export const reportStepSchema = z.enum(reportSteps);
export type ReportStep = z.infer<typeof reportStepSchema>;

function dayNumber(date: string) {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

export const reportRequestSchema = z
  .object({
    /** First day of the period, in the government's calendar. */
    from: isoDateSchema,
    /** Last day of the period (inclusive). */
    to: isoDateSchema,
    /** The language the report is written in (dates and numbers follow it). */
    language: languageSchema.default('es'),
  })
  .superRefine((value, context) => {
    if (value.from < '1990-01-01') {
      context.addIssue({ code: 'custom', path: ['from'], message: 'validation.outOfRange' });
    } else if (value.to < value.from) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodEndBeforeStart' });
    } else if (dayNumber(value.to) - dayNumber(value.from) + 1 > maxReportPeriodDays) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodTooLong' });
    }
  });
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const reportSchema = z.object({
  id: idSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  language: languageSchema,
  status: reportStatusSchema,
  /** 0..1: what the progress bar shows. */
  progress: z.number(),
  step: reportStepSchema.nullable(),
  error: z.string().nullable(),
  pdfBytes: z.number().int().nullable(),
  xlsxBytes: z.number().int().nullable(),
  createdAt: z.string(),
  /** Who asked for it (display name), null when the account is gone. */
  createdByName: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportListSchema = z.object({ items: z.array(reportSchema), total: z.number().int() });
export type ReportList = z.infer<typeof reportListSchema>;
