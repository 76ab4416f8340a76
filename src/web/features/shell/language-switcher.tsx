import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../contracts/common';
import { applyLanguage, currentLanguage, isLanguage } from '../../lib/i18n';
import { useSession, useUpdateLanguage } from '../auth/use-session';

/** Changes the UI language at once and, when signed in, saves it as the user's preference. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const updateLanguage = useUpdateLanguage();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select
        id={id}
        className="input select select-compact"
        value={currentLanguage()}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          void applyLanguage(language);
          if (session.data) updateLanguage.mutate(language);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
