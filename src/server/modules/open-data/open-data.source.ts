import type { OpenDataSource } from './open-data.service';

/**
 * The published records come from the publication module (portal branch). Until it is merged no
 * government publishes, so every public address answers 404 and the page lists empty datasets.
 */
export const publicationSource: OpenDataSource = {
  records: async () => ({
    links: [],
    events: [],
    commitments: [],
    initiatives: [],
    projects: [],
    positions: [],
  }),
  isPublishing: async () => false,
  publishingGovernmentIds: async () => [],
};
