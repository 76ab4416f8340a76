import type { Mailer } from './mailer';

declare module 'fastify' {
  interface FastifyInstance {
    /** Outgoing e-mail (invitations, password resets); disabled without SMTP_URL. */
    mailer: Mailer;
    /** The time as the app sees it: tests pass a clock they move instead of sleeping. */
    clock: () => Date;
  }
}

export type AppServices = { mailer: Mailer; clock: () => Date };
