import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, okSchema, problemSchema } from '../../../contracts/common';
import {
  budgetInputSchema,
  exchangeRateListSchema,
  fundingSchema,
  importRatesBodySchema,
  importRatesResultSchema,
  transactionInputSchema,
  updateProjectProfileBodySchema,
  updateTransactionBodySchema,
} from '../../../contracts/funding';
import { initiativeChildParamsSchema } from '../../../contracts/initiatives';
import { tenantOf } from '../../platform/auth';
import { normalizeDecimal } from '../../platform/present';
import { cooperationPolicy } from './cooperation.policy';
import { presentFunding } from './cooperation.present';
import { findGovernmentProfile } from './cooperation.queries';
import * as queries from './funding.queries';
import * as service from './funding.service';

const tags = ['funding'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId/initiatives/:id/funding';

export const fundingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: cooperationPolicy.read };
  const write = { policy: cooperationPolicy.write };

  const funding = async (context: ReturnType<typeof tenantOf>, initiativeId: string) =>
    presentFunding(await service.getFunding(db, context, initiativeId));

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Funding of an initiative: IATI profile, budgets, transactions in the reporting currency',
        params: idParamsSchema,
        response: { 200: fundingSchema, ...errors },
      },
    },
    async (request) => funding(tenantOf(request), request.params.id),
  );

  app.put(
    `${base}/profile`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Save the IATI profile and participating organisations',
        params: idParamsSchema,
        body: updateProjectProfileBodySchema,
        response: { 200: fundingSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) => service.saveProfile(tx, context, request.params.id, request.body));
      return funding(context, request.params.id);
    },
  );

  app.post(
    `${base}/budgets`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a budget period',
        params: idParamsSchema,
        body: budgetInputSchema,
        response: { 201: fundingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      await db.transaction((tx) => service.addBudget(tx, context, request.params.id, request.body));
      return reply.status(201).send(await funding(context, request.params.id));
    },
  );

  app.delete(
    `${base}/budgets/:childId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a budget period',
        params: initiativeChildParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await db.transaction((tx) =>
        service.removeBudget(tx, tenantOf(request), request.params.id, request.params.childId),
      );
      return { ok: true as const };
    },
  );

  app.post(
    `${base}/transactions`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a transaction (commitment, disbursement, expenditure…)',
        params: idParamsSchema,
        body: transactionInputSchema,
        response: { 201: fundingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      await db.transaction((tx) => service.addTransaction(tx, context, request.params.id, request.body));
      return reply.status(201).send(await funding(context, request.params.id));
    },
  );

  app.put(
    `${base}/transactions/:childId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Correct a transaction',
        params: initiativeChildParamsSchema,
        body: updateTransactionBodySchema,
        response: { 200: fundingSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) =>
        service.updateTransaction(tx, context, request.params.id, request.params.childId, request.body),
      );
      return funding(context, request.params.id);
    },
  );

  app.delete(
    `${base}/transactions/:childId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a transaction',
        params: initiativeChildParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await db.transaction((tx) =>
        service.removeTransaction(tx, tenantOf(request), request.params.id, request.params.childId),
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/api/governments/:governmentId/exchange-rates',
    {
      config: read,
      schema: {
        tags,
        summary: 'Exchange rates to the reporting currency',
        params: governmentParamsSchema,
        response: { 200: exchangeRateListSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const government = await findGovernmentProfile(db, context);
      const rates = await queries.findRates(db, context, government.reportingCurrency);
      return {
        items: rates.map((rate) => ({
          id: rate.id,
          currency: rate.currency,
          reportingCurrency: rate.reportingCurrency,
          rateDate: rate.rateDate,
          rate: normalizeDecimal(rate.rate) ?? rate.rate,
          source: rate.source,
        })),
      };
    },
  );

  app.post(
    '/api/governments/:governmentId/exchange-rates/import',
    {
      config: write,
      schema: {
        tags,
        summary: 'Load exchange rates from a CSV (currency,date,rate)',
        params: governmentParamsSchema,
        body: importRatesBodySchema,
        response: { 200: importRatesResultSchema, ...errors },
      },
    },
    async (request) =>
      db.transaction((tx) =>
        service.importRates(
          tx,
          tenantOf(request),
          request.body.csv,
          request.body.source ?? null,
          request.language,
        ),
      ),
  );
};
