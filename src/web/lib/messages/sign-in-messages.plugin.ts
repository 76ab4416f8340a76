import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const prefix = 'virtual:sign-in-messages/';

// The top-level sections of the shared translations that the sign-in page, the language switcher and
// the error pages use; the rest of the app's strings load after sign-in (see ../i18n.ts).
const uiSections = ['common', 'table', 'toast', 'errors', 'forms', 'languages', 'auth', 'shell'];
const errorSections = ['validation', 'problems'];

function pick(file: string, sections: string[]): Record<string, unknown> {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(
    sections.filter((section) => section in all).map((section) => [section, all[section]]),
  );
}

/**
 * `virtual:sign-in-messages/<lang>`: the few sections of src/web/ui/i18n/<lang>.json and
 * src/contracts/i18n/errors.<lang>.json that a signed-out visitor needs, as a chunk of its own (a named
 * import of the JSON would drag the whole file along, since the full bundle imports it too).
 */
export function signInMessages(srcRoot: string): Plugin {
  return {
    name: 'vinculo-sign-in-messages',
    resolveId(source) {
      return source.startsWith(prefix) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const language = id.slice(prefix.length + 1);
      if (!/^[a-z]{2}$/.test(language)) throw new Error(`Unknown language in ${id}`);
      const uiFile = path.join(srcRoot, 'web/ui/i18n', `${language}.json`);
      const errorsFile = path.join(srcRoot, 'contracts/i18n', `errors.${language}.json`);
      this.addWatchFile(uiFile);
      this.addWatchFile(errorsFile);
      const messages = { ...pick(uiFile, uiSections), ...pick(errorsFile, errorSections) };
      return `export default ${JSON.stringify(messages)};`;
    },
  };
}
