import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type MissingItem, tabOfField } from './initiative-values';

type GateProblemListProps = {
  initiativeId: string;
  items: MissingItem[];
  /** Called when the user follows a link to the tab where an item is fixed (to close a dialog). */
  onNavigate?: () => void;
};

/** What is missing before a stage can be entered, each with a link to the tab where it is filled in. */
export function GateProblemList({ initiativeId, items, onNavigate }: GateProblemListProps) {
  const { t } = useTranslation();
  return (
    <ul className="gate-problems">
      {items.map((item) => {
        const tab = tabOfField(item.field);
        return (
          <li key={`${item.field}|${item.message}`}>
            <span>{item.message}</span>
            {tab ? (
              <>
                {' '}
                <Link
                  to="/initiatives/$initiativeId"
                  params={{ initiativeId }}
                  search={{ tab }}
                  className="gate-problem-link"
                  onClick={onNavigate}
                >
                  {t('initiatives.gates.fixIn', { tab: t(`initiatives.tabs.${tab}`) })}
                </Link>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
