// Of the server's messages the web shows those its forms and problem documents name: validation,
// problems, access (passwords, invitations), input (bounds) and utility (social-utility rules).
import { access, input, problems, utility, validation } from '../../../contracts/i18n/errors.es.json';
import ui from '../../ui/i18n/es.json';
import { mergeMessages } from './merge';

// All the es strings of the app in one chunk, loaded only when es is the UI language (see ../i18n.ts).
// Feature-local files are discovered by the glob: a new features/<name>/i18n/es.json needs no edit here.
export default mergeMessages(
  ui,
  import.meta.glob<Record<string, unknown>>(
    [
      '../../features/*/i18n/es.json',
      // Loaded with their pages (loadFeatureMessages in ../i18n.ts).
      '!../../features/utility/i18n/es.json',
      '!../../features/dashboard/i18n/es.json',
      '!../../features/capacity/i18n/es.json',
      '!../../features/reports/i18n/es.json',
      '!../../features/audit/i18n/es.json',
      '!../../features/api-tokens/i18n/es.json',
      '!../../features/open-data/i18n/es.json',
      '!../../features/actor-map/i18n/es.json',
      // Server-rendered by the transparency portal, never shown by the SPA.
      '!../../features/portal/i18n/es.json',
    ],
    {
      eager: true,
      import: 'default',
    },
  ),
  { validation, problems, access, input, utility },
);
