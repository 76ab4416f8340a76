import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useGovernment } from '../auth/government-context';

/** Shows the current government; a select when the user belongs to more than one. */
export function GovernmentSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { memberships, membership, selectGovernment } = useGovernment();
  if (memberships.length <= 1) {
    return (
      <p className="government-name">
        <span className="visually-hidden">{t('shell.government')}: </span>
        {membership.governmentName}
        <span className="role-label"> · {t(`roles.${membership.role}`)}</span>
      </p>
    );
  }
  return (
    <div className="government-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('shell.government')}
      </label>
      <select
        id={id}
        className="input select select-compact"
        value={membership.governmentId}
        onChange={(event) => {
          selectGovernment(event.target.value);
          queryClient.removeQueries({ queryKey: ['gov'] });
          void navigate({ to: '/' });
        }}
      >
        {memberships.map((item) => (
          <option key={item.governmentId} value={item.governmentId}>
            {item.governmentName} ({t(`roles.${item.role}`)})
          </option>
        ))}
      </select>
    </div>
  );
}
