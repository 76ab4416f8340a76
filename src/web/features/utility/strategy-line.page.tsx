import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/states';
import { useTermLabel } from '../strategy/use-strategy';
import { IndexPanel } from './index-panel';
import { LedgerSection } from './ledger-section';

const routeApi = getRouteApi('/app/utility/strategy-lines/$key');

/** One strategy line: its index and everything its links, initiatives and events produced. */
export function StrategyLinePage() {
  const { t } = useTranslation();
  const { key } = routeApi.useParams();
  const termLabel = useTermLabel();
  const name = termLabel('strategyLine', key);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/">{t('utility.home.backHome')}</Link>
      </p>
      <PageHeader title={name} description={t('utility.strategyLine.description', { name })} />
      <IndexPanel scope={{ scopeKind: 'strategy_line', scopeId: key }} />
      <LedgerSection kind="strategy_line" id={key} />
    </div>
  );
}
