export type Messages = Record<string, unknown>;

/** The shared UI strings, then each feature's own (by top-level key), then the server's error messages. */
export function mergeMessages(ui: Messages, features: Record<string, Messages>, errors: Messages): Messages {
  const merged: Messages = { ...ui };
  for (const messages of Object.values(features)) Object.assign(merged, messages);
  return Object.assign(merged, errors);
}
