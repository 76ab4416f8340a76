// Of the server's messages the web shows those its forms and problem documents name: validation,
// problems, access (passwords, invitations), input (bounds) and utility (social-utility rules).
import { access, input, problems, utility, validation } from '../../../contracts/i18n/errors.pt.json';
import ui from '../../ui/i18n/pt.json';
import { mergeMessages } from './merge';

// All the pt strings of the app in one chunk, loaded only when pt is the UI language (see ../i18n.ts).
// Feature-local files are discovered by the glob: a new features/<name>/i18n/pt.json needs no edit here.
export default mergeMessages(
  ui,
  import.meta.glob<Record<string, unknown>>(
    [
      '../../features/*/i18n/pt.json',
      // Loaded with their pages (loadFeatureMessages in ../i18n.ts).
      '!../../features/utility/i18n/pt.json',
      '!../../features/dashboard/i18n/pt.json',
      '!../../features/capacity/i18n/pt.json',
      '!../../features/reports/i18n/pt.json',
      '!../../features/audit/i18n/pt.json',
      '!../../features/api-tokens/i18n/pt.json',
      '!../../features/open-data/i18n/pt.json',
      '!../../features/actor-map/i18n/pt.json',
      // Server-rendered by the transparency portal, never shown by the SPA.
      '!../../features/portal/i18n/pt.json',
    ],
    {
      eager: true,
      import: 'default',
    },
  ),
  { validation, problems, access, input, utility },
);
