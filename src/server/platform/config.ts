import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data/db'),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().positive().max(86_400).default(300),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  PASSWORD_RESET_TTL_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  WEB_DIST_DIR: z.string().default('./dist/web'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Vínculo <no-reply@vinculo.local>'),
  PUBLIC_URL: z.string().url().optional(),
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  UTILITY_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(3600),
  IMPORT_PICKUP_INTERVAL_SECONDS: z.coerce.number().min(0).max(3600).default(30),
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  isSessionSecretGenerated: boolean;
  sessionTtlHours: number;
  cookieSecure: 'true' | 'false' | 'auto';
  logLevel: string;
  passwordHashCost: number;
  loginMaxFailures: number;
  /** Failures older than this are forgotten by the sign-in limiter. */
  loginWindowMinutes: number;
  /** The longest a sign-in waits after repeated failures (the delay doubles up to it). */
  loginMaxDelaySeconds: number;
  /** scrypt runs in progress at once per process: each holds 128 MB at the default cost. */
  passwordHashConcurrency: number;
  invitationTtlDays: number;
  passwordResetTtlHours: number;
  webDistDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people use to reach the app, for links in e-mails and calendar feeds. */
  publicUrl: string;
  /** How often this process looks for reminders to send; 0 turns the worker off. */
  reminderIntervalSeconds: number;
  /** How often each process refreshes verdicts and takes the month's utility snapshot (0: never). */
  utilityIntervalSeconds: number;
  /**
   * How often a serving process looks for import jobs left queued or stale by a process that died
   * (a killed `vinculo import`, a crashed server); 0: only at start.
   */
  importPickupIntervalSeconds: number;
};

/**
 * Reads the configuration from environment variables, with defaults that are safe for a local run.
 * A missing SESSION_SECRET is replaced by a random one (sessions then end at restart), and production
 * refuses to start without one because several processes must share it.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  if (values.NODE_ENV === 'production' && !values.SESSION_SECRET) {
    throw new Error('SESSION_SECRET (at least 32 characters) is required in production');
  }
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.DATA_DIR),
    sessionSecret: values.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    isSessionSecretGenerated: !values.SESSION_SECRET,
    sessionTtlHours: values.SESSION_TTL_HOURS,
    cookieSecure: values.COOKIE_SECURE,
    logLevel: values.LOG_LEVEL,
    passwordHashCost: values.PASSWORD_HASH_COST,
    loginMaxFailures: values.LOGIN_MAX_FAILURES,
    loginWindowMinutes: values.LOGIN_WINDOW_MINUTES,
    loginMaxDelaySeconds: values.LOGIN_MAX_DELAY_SECONDS,
    passwordHashConcurrency: values.PASSWORD_HASH_CONCURRENCY,
    invitationTtlDays: values.INVITATION_TTL_DAYS,
    passwordResetTtlHours: values.PASSWORD_RESET_TTL_HOURS,
    webDistDir: path.resolve(values.WEB_DIST_DIR),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    reminderIntervalSeconds: values.REMINDER_INTERVAL_SECONDS,
    utilityIntervalSeconds: values.UTILITY_INTERVAL_SECONDS,
    importPickupIntervalSeconds: values.IMPORT_PICKUP_INTERVAL_SECONDS,
    ...overrides,
  };
}
