import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db';
import type { Mailer } from '../../platform/mailer';
import { runReminderWorker } from './reminders.service';

/**
 * Runs the reminder worker every `intervalSeconds` in this process. Passes never overlap here, and
 * other processes can run their own: claims in the database keep each reminder to one sender.
 */
export function startReminderWorker(options: {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  intervalSeconds: number;
  log: FastifyBaseLogger;
}) {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const outcome = await runReminderWorker({
        db: options.db,
        mailer: options.mailer,
        publicUrl: options.publicUrl,
      });
      if (outcome.claimed > 0) options.log.info(outcome, 'reminders processed');
    } catch (error) {
      options.log.error({ err: error }, 'reminder worker failed');
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalSeconds * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
