import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db';
import { loadEnvironment } from './facts.service';
import { monthOf, takeSnapshot } from './index.service';
import * as queries from './utility.queries';
import { recordVerdictStates } from './verdicts.service';

/**
 * One pass of the social-utility worker: for every government, remember the current verdict of
 * each link and event (the alerts and "what changed" read it) and take the month's snapshot if it
 * is not taken yet. Several processes may run it at once: snapshots insert with ON CONFLICT DO
 * NOTHING and verdict states only move when the verdict differs, so nothing is written twice.
 */
export async function runUtilityWorker(db: Database, now: Date) {
  const governments = await queries.listGovernmentZones(db);
  let snapshots = 0;
  for (const government of governments) {
    const context = { governmentId: government.id };
    await db.transaction(async (tx) => {
      await recordVerdictStates(tx, await loadEnvironment(tx, context, now));
    });
    const month = monthOf(now, government.timezone);
    if (await queries.hasGovernmentSnapshot(db, context, month)) continue;
    const outcome = await db.transaction((tx) => takeSnapshot(tx, context, now));
    snapshots += outcome.created;
  }
  return { governments: governments.length, snapshots };
}

/** Runs the worker every `intervalSeconds` in this process; passes never overlap here. */
export function startUtilityWorker(options: {
  db: Database;
  intervalSeconds: number;
  log: FastifyBaseLogger;
}) {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const outcome = await runUtilityWorker(options.db, new Date());
      if (outcome.snapshots > 0) options.log.info(outcome, 'utility snapshots taken');
    } catch (error) {
      options.log.error({ err: error }, 'utility worker failed');
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalSeconds * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
