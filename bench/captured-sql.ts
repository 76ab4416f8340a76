// The raw baselines replay the very statements the API sends, captured at the driver: no hand-written
// "equivalent" query can drift from the app's (rank, order, limits, predicates all included).
import pg from 'pg';

export type Statement = { text: string; values: unknown[]; name?: string };

let capturing: Statement[] | null = null;
const originalQuery = pg.Client.prototype.query;

pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (capturing) {
    const [first, second] = args;
    if (typeof first === 'string') capturing.push({ text: first, values: (second as unknown[]) ?? [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[]; name?: string };
      const values = config.values ?? (second as unknown[]) ?? [];
      // A named statement is replayed under its name: parsed once per connection, as the app's.
      capturing.push({ text: config.text, values, ...(config.name ? { name: config.name } : {}) });
    }
  }
  return (originalQuery as (...inner: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** The data statements `work` sends (authentication's session lookup left out). */
export async function captureStatements(work: () => Promise<unknown>): Promise<Statement[]> {
  capturing = [];
  try {
    await work();
    return capturing.filter((statement) => !/from "sessions"/.test(statement.text));
  } finally {
    capturing = null;
  }
}

/** Runs captured statements side by side on a pool (at least as fast as any app could). */
export function replay(pool: pg.Pool, statements: Statement[]) {
  return Promise.all(
    statements.map((statement) =>
      pool.query({
        text: statement.text,
        values: statement.values,
        ...(statement.name ? { name: statement.name } : {}),
      }),
    ),
  );
}

/** Runs captured statements one after the other on one connection (for plans compared in a transaction). */
export async function replayInSequence(client: pg.PoolClient, statements: Statement[]) {
  for (const statement of statements) await client.query(statement.text, statement.values);
}
