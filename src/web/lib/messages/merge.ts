export type Messages = Record<string, unknown>;

const isSection = (item: unknown): item is Messages =>
  typeof item === 'object' && item !== null && !Array.isArray(item);

/**
 * The shared UI strings, then each feature's own, then the server's messages the web shows, merged
 * section by section: a section present in two files (the web's "utility" screens and the server's
 * "utility" messages) keeps the keys of both.
 */
export function mergeMessages(ui: Messages, features: Record<string, Messages>, errors: Messages): Messages {
  const merged: Messages = {};
  for (const source of [ui, ...Object.values(features), errors]) {
    for (const [section, value] of Object.entries(source)) {
      const existing = merged[section];
      merged[section] = isSection(existing) && isSection(value) ? { ...existing, ...value } : value;
    }
  }
  return merged;
}
