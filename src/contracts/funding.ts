import { z } from 'zod';
import {
  countryCodeSchema,
  currencyCodeSchema,
  idSchema,
  isoDateSchema,
  optionalText,
  recordMetaSchema,
  versionSchema,
} from './common';

export const participantRoles = ['funding', 'accountable', 'extending', 'implementing'] as const;
/** IATI OrganisationRole codes of each role, for the export. */
export const participantRoleCodes = {
  funding: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
} as const;
export const transactionTypes = ['11', '1', '2', '3', '4'] as const;
export const transactionTypeSchema = z.enum(transactionTypes);

const minorSchema = z
  .number({ message: 'validation.invalidNumber' })
  .int({ message: 'validation.mustBeWholeMinorUnits' })
  .max(Number.MAX_SAFE_INTEGER)
  .min(0, { message: 'validation.mustBePositive' });

/** A percentage with up to two decimals, as a string: "33.33". */
const shareSchema = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim().replace(',', '.'))
  .pipe(
    z
      .string()
      .regex(/^(?:100(?:\.0{1,2})?|\d{1,2}(?:\.\d{1,2})?)$/, { message: 'validation.invalidPercentage' }),
  );

export const projectProfileInputSchema = z.object({
  iatiIdentifier: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/:]{2,200}$/, { message: 'validation.invalidIatiIdentifier' }),
  activityStatus: z.enum(['1', '2', '3', '4', '5', '6']).default('2'),
  sectors: z
    .array(
      z.object({
        code: z.string().regex(/^\d{5}$/, { message: 'validation.invalidCode' }),
        percentage: shareSchema,
      }),
    )
    .max(20)
    .default([]),
  recipientCountryCode: countryCodeSchema.nullable().optional(),
  collaborationType: z.string().regex(/^\d$/).nullable().optional(),
  defaultFlowType: z
    .string()
    .regex(/^\d{1,2}$/)
    .nullable()
    .optional(),
  defaultFinanceType: z
    .string()
    .regex(/^\d{3}$/)
    .nullable()
    .optional(),
  defaultAidType: z
    .string()
    .regex(/^[A-Z]\d{2}$/)
    .nullable()
    .optional(),
  defaultTiedStatus: z.string().regex(/^\d$/).nullable().optional(),
  startPlanned: isoDateSchema.nullable().optional(),
  endPlanned: isoDateSchema.nullable().optional(),
  startActual: isoDateSchema.nullable().optional(),
  endActual: isoDateSchema.nullable().optional(),
  isPublished: z.boolean().default(false),
  participants: z
    .array(
      z.object({
        partnerId: idSchema,
        role: z.enum(participantRoles),
        sharePercent: shareSchema.nullable().optional(),
      }),
    )
    .max(50)
    .default([]),
});
export type ProjectProfileInput = z.infer<typeof projectProfileInputSchema>;
export const updateProjectProfileBodySchema = projectProfileInputSchema.extend({
  version: z.number().int().positive().optional(),
});

export const budgetInputSchema = z
  .object({
    kind: z.enum(['original', 'revised']).default('original'),
    status: z.enum(['indicative', 'committed']).default('indicative'),
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    amountMinor: minorSchema,
    currency: currencyCodeSchema,
    valueDate: isoDateSchema,
  })
  .superRefine((value, context) => {
    if (value.periodEnd < value.periodStart)
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'validation.endBeforeStart' });
  });

export const transactionInputSchema = z.object({
  type: transactionTypeSchema,
  transactionDate: isoDateSchema,
  /** The date of the exchange rate; absent or null, the transaction date (as IATI's value-date defaults). */
  valueDate: isoDateSchema.nullable().optional(),
  amountMinor: minorSchema,
  currency: currencyCodeSchema,
  providerPartnerId: idSchema.nullable().optional(),
  receiverPartnerId: idSchema.nullable().optional(),
  reference: optionalText(200),
  description: optionalText(2000),
});
export type TransactionInput = z.infer<typeof transactionInputSchema>;
export const updateTransactionBodySchema = transactionInputSchema.extend(versionSchema.shape);

export const transactionSchema = transactionInputSchema.extend({
  /** Always set once stored: the transaction date when none was given. */
  valueDate: isoDateSchema,
  id: idSchema,
  initiativeId: idSchema,
  providerName: z.string().nullable(),
  receiverName: z.string().nullable(),
  reference: z.string().nullable(),
  description: z.string().nullable(),
  /** The value in the government's reporting currency, at the rate of the value date; null without a rate. */
  reportingAmountMinor: z.number().int().nullable(),
  rateUsed: z.string().nullable(),
  rateDate: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Transaction = z.infer<typeof transactionSchema>;

export const fundingSchema = z.object({
  initiativeId: idSchema,
  initiativeTitle: z.string(),
  reportingCurrency: z.string(),
  profile: projectProfileInputSchema
    .extend({
      participants: z.array(
        z.object({
          partnerId: idSchema,
          partnerName: z.string(),
          iatiOrgId: z.string().nullable(),
          role: z.enum(participantRoles),
          sharePercent: z.string().nullable(),
        }),
      ),
      version: z.number().int(),
    })
    .nullable(),
  budgets: z.array(budgetInputSchema.extend({ id: idSchema })),
  transactions: z.array(transactionSchema),
  /** Totals per transaction type in the reporting currency; transactions without a rate are counted apart. */
  totals: z.array(
    z.object({
      type: transactionTypeSchema,
      reportingAmountMinor: z.number().int(),
      unconvertedCount: z.number().int(),
    }),
  ),
  /** Cumulative committed, disbursed and spent by month, in the reporting currency, for the chart. */
  series: z.array(
    z.object({
      month: z.string(),
      committed: z.number().int(),
      disbursed: z.number().int(),
      spent: z.number().int(),
    }),
  ),
});
export type Funding = z.infer<typeof fundingSchema>;

export const exchangeRateSchema = z.object({
  id: idSchema,
  currency: z.string(),
  reportingCurrency: z.string(),
  rateDate: z.string(),
  rate: z.string(),
  source: z.string().nullable(),
});
export const exchangeRateListSchema = z.object({ items: z.array(exchangeRateSchema) });
/** Rates as a CSV people keep in a spreadsheet: currency,date,rate (header required), rate as decimal. */
export const importRatesBodySchema = z.object({
  csv: z.string().min(1).max(5_000_000),
  source: optionalText(200),
});
export const importRatesResultSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
