import type { Mailer } from './mailer';

declare module 'fastify' {
  interface FastifyInstance {
    /** Outgoing e-mail (invitations, password resets); disabled without SMTP_URL. */
    mailer: Mailer;
    /** The time as the app sees it: tests pass a clock they move instead of sleeping. */
    clock: () => Date;
    /**
     * Background work (import jobs picked up) limited to one government: tests that share one
     * database scope their apps so that one test never runs another's jobs; a real app is never scoped.
     */
    workerScope: { governmentId: string } | undefined;
    /** Who this app is in job claims (`claimed_by`): host, pid and a random part. */
    workerId: string;
  }
}

export type AppServices = { mailer: Mailer; clock: () => Date };
