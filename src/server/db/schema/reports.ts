import { customType, date, index, integer, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { governments } from './territory';

/** Binary file content (the generated PDF and XLSX): Buffer on node-postgres, Uint8Array on PGlite. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return 'bytea';
  },
});

/**
 * Reports to the council ("Informe de la acción internacional"): a job row claimed by one worker
 * (FOR UPDATE SKIP LOCKED, kept alive by a heartbeat) that ends holding both files, so that any
 * process behind the load balancer can serve the download and nothing lives only in memory.
 */
export const councilReports = pgTable(
  'council_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    language: text('language', { enum: ['es', 'en', 'pt'] }).notNull(),
    status: text('status', { enum: ['queued', 'running', 'completed', 'failed'] })
      .notNull()
      .default('queued'),
    /** 0..1, written at each step of the generation. */
    progress: real('progress').notNull().default(0),
    step: text('step'),
    error: text('error'),
    pdf: bytea('pdf'),
    xlsx: bytea('xlsx'),
    pdfBytes: integer('pdf_bytes'),
    xlsxBytes: integer('xlsx_bytes'),
    claimedBy: text('claimed_by'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('council_reports_government_idx').on(table.governmentId, table.createdAt)],
);
