import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { governments } from './territory';

/**
 * A spreadsheet upload: previewed at once, then applied as a job (claimed with FOR UPDATE SKIP
 * LOCKED and kept alive by a heartbeat, like the IATI imports) so that any process can run it.
 */
export const sheetImportJobs = pgTable(
  'sheet_import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    registry: text('registry').notNull(),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['xlsx', 'csv'] }).notNull(),
    storagePath: text('storage_path'),
    language: text('language').notNull().default('es'),
    status: text('status', { enum: ['previewed', 'queued', 'running', 'completed', 'failed'] })
      .notNull()
      .default('previewed'),
    mode: text('mode', { enum: ['add', 'add_and_update'] }),
    counts: jsonb('counts').notNull().default(sql`'{}'::jsonb`),
    preview: jsonb('preview').notNull().default(sql`'{}'::jsonb`),
    toWrite: integer('to_write').notNull().default(0),
    written: integer('written').notNull().default(0),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    error: text('error'),
    claimedBy: text('claimed_by'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('sheet_import_jobs_government_idx').on(table.governmentId, table.createdAt)],
);
