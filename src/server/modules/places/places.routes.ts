import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../contracts/common';
import { placeSuggestionQuerySchema, placeSuggestionsSchema } from '../../../contracts/places';
import { placesPolicy } from './places.policy';
import { gazetteerSource, suggestCities } from './places.service';

export const placesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reference/places',
    {
      config: { policy: placesPolicy.read },
      schema: {
        tags: ['reference'],
        summary: 'Cities of a country whose name starts with the text (accent-insensitive), with coordinates',
        querystring: placeSuggestionQuerySchema,
        response: { 200: placeSuggestionsSchema, 400: problemSchema, 401: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      const { country, q, limit } = request.query;
      const items = suggestCities(country, q, limit).map((place) => ({
        countryCode: place.countryCode,
        name: place.name,
        region: place.region,
        latitude: place.latitude,
        longitude: place.longitude,
      }));
      return { items, source: gazetteerSource };
    },
  );
};
