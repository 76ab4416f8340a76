import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationMembership, Comparison } from '../../../contracts/capacity';
import { applyServerErrors } from '../../lib/form-errors';
import { countryName, formatDate, formatNumber } from '../../lib/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DataTable } from '../../ui/data-table';
import { TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { CapacityRadar } from './capacity-radar';
import { DistributionChart } from './distribution-chart';
import { NetworkMap } from './network-map';
import { QuestionnairePanel } from './questionnaire-panel';
import { useComparison, useEndMember, useInviteMember, useNetworkMembers } from './use-capacity';
import './capacity.css';

/**
 * An association's page: its members' SHARED capacity results (averages, distribution per dimension,
 * ranking, map) and, for its admin, the members themselves. Nothing a member did not share is here.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const { membership } = useGovernment();
  const comparison = useComparison();
  return (
    <div className="page">
      <PageHeader
        title={t('capacity.network.title')}
        description={t('capacity.network.description', { government: membership.governmentName })}
      />
      {comparison.isLoading ? <Loading /> : null}
      {comparison.isError ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : null}
      {comparison.data ? <ComparisonView comparison={comparison.data} /> : null}
      <QuestionnairePanel />
      <Members />
    </div>
  );
}

function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { questionnaire } = comparison;
  if (comparison.sharingMembers === 0)
    return (
      <EmptyState
        title={t('capacity.network.emptyTitle')}
        description={
          comparison.otherQuestionnaireMembers > 0
            ? t('capacity.network.emptyOtherQuestionnaire', {
                count: comparison.otherQuestionnaireMembers,
                value: formatNumber(comparison.otherQuestionnaireMembers, language),
                title: questionnaire.title,
              })
            : t('capacity.network.emptyText', {
                count: comparison.activeMembers,
                value: formatNumber(comparison.activeMembers, language),
              })
        }
      />
    );
  const dimensions = questionnaire.dimensions.map((dimension) => ({
    key: dimension.key,
    name: dimension.name,
  }));
  const averageOf = new Map(comparison.dimensions.map((item) => [item.dimensionKey, item.averageLevel]));
  return (
    <>
      <dl className="capacity-figures">
        <div>
          <dt>{t('capacity.network.activeMembers')}</dt>
          <dd>{formatNumber(comparison.activeMembers, language)}</dd>
        </div>
        <div>
          <dt>{t('capacity.network.sharingMembers')}</dt>
          <dd>{formatNumber(comparison.sharingMembers, language)}</dd>
        </div>
        <div>
          <dt>{t('capacity.network.averageLevel')}</dt>
          <dd>{formatNumber(comparison.averageLevel, language)}</dd>
        </div>
      </dl>
      <p className="muted">
        {t('capacity.network.comparedOn', { title: questionnaire.title })}{' '}
        {comparison.otherQuestionnaireMembers > 0
          ? t('capacity.network.otherQuestionnaire', {
              count: comparison.otherQuestionnaireMembers,
              value: formatNumber(comparison.otherQuestionnaireMembers, language),
            })
          : null}
      </p>
      <section className="capacity-section" aria-labelledby="network-averages">
        <h2 id="network-averages">{t('capacity.network.averagesTitle')}</h2>
        <CapacityRadar
          dimensions={dimensions}
          series={[
            {
              name: t('capacity.network.averageSeries'),
              values: dimensions.map((dimension) => averageOf.get(dimension.key) ?? null),
              color: '#0b3a75',
            },
          ]}
          label={t('capacity.network.radarLabel')}
        />
      </section>
      <section className="capacity-section" aria-labelledby="network-distribution">
        <h2 id="network-distribution">{t('capacity.network.distributionTitle')}</h2>
        <DistributionChart comparison={comparison} />
      </section>
      <section className="capacity-section" aria-labelledby="network-ranking">
        <h2 id="network-ranking">{t('capacity.network.rankingTitle')}</h2>
        <DataTable
          caption={t('capacity.network.rankingCaption')}
          isCaptionHidden
          rows={comparison.ranking}
          rowKey={(row) => row.government.id}
          columns={[
            {
              key: 'position',
              header: t('capacity.network.position'),
              isNumeric: true,
              render: (row) => formatNumber(row.position, language),
            },
            {
              key: 'name',
              header: t('capacity.network.member'),
              isRowHeader: true,
              render: (row) => row.government.name,
            },
            {
              key: 'country',
              header: t('capacity.network.country'),
              render: (row) => countryName(row.government.countryCode, language),
            },
            {
              key: 'date',
              header: t('capacity.editions.assessedOn'),
              render: (row) => formatDate(row.assessedOn, language),
            },
            {
              key: 'total',
              header: t('capacity.result.totalLevel'),
              isNumeric: true,
              render: (row) => formatNumber(row.totalLevel, language),
            },
            {
              key: 'average',
              header: t('capacity.result.averageLevel'),
              isNumeric: true,
              render: (row) => formatNumber(row.averageLevel, language),
            },
            {
              key: 'index',
              header: t('capacity.network.utilityIndex'),
              isNumeric: true,
              render: (row) =>
                row.utilityIndex === null
                  ? t('capacity.network.notShared')
                  : formatNumber(row.utilityIndex, language),
            },
          ]}
        />
      </section>
      <section className="capacity-section" aria-labelledby="network-map">
        <h2 id="network-map">{t('capacity.network.mapTitle')}</h2>
        <NetworkMap comparison={comparison} />
      </section>
    </>
  );
}

function Members() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const { showToast } = useToast();
  const members = useNetworkMembers();
  const invite = useInviteMember();
  const end = useEndMember();
  const [slug, setSlug] = useState('');
  const [slugError, setSlugError] = useState<{ message: string } | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [ending, setEnding] = useState<AssociationMembership | null>(null);
  const items = (members.data?.items ?? []).filter((item) => item.status !== 'ended');
  const confirmEnd = async () => {
    if (!ending) return;
    setError(null);
    try {
      await end.mutateAsync({ id: ending.id, version: ending.version });
    } catch (caught) {
      setError(caught);
    }
    setEnding(null);
  };
  return (
    <section className="capacity-section" aria-labelledby="network-members">
      <ConfirmDialog
        isOpen={ending !== null}
        title={
          ending?.status === 'invited'
            ? t('capacity.network.withdraw', { name: ending?.member.name ?? '' })
            : t('capacity.network.remove', { name: ending?.member.name ?? '' })
        }
        description={t('capacity.network.removeText')}
        confirmLabel={t('capacity.network.removeConfirm')}
        isDanger
        isPending={end.isPending}
        onConfirm={() => void confirmEnd()}
        onCancel={() => setEnding(null)}
      />
      <h2 id="network-members">{t('capacity.network.membersTitle')}</h2>
      {members.isLoading ? <Loading /> : null}
      {members.isError ? <ErrorState error={members.error} onRetry={() => void members.refetch()} /> : null}
      <FormAlert error={error} />
      {members.data && items.length === 0 ? <p>{t('capacity.network.noMembers')}</p> : null}
      <ul className="capacity-associations">
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.member.name}</strong>{' '}
            <Badge tone={item.status === 'active' ? 'success' : 'info'}>
              {t(`capacity.membershipStatus.${item.status}`)}
            </Badge>
            {isAdmin ? (
              <span className="capacity-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={end.isPending}
                  onClick={() => setEnding(item)}
                >
                  {item.status === 'invited'
                    ? t('capacity.network.withdraw', { name: item.member.name })
                    : t('capacity.network.remove', { name: item.member.name })}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {isAdmin ? (
        <form
          className="form capacity-invite"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            setError(null);
            setSlugError(undefined);
            try {
              await invite.mutateAsync({ governmentSlug: slug });
              setSlug('');
              showToast(t('capacity.network.invited'));
            } catch (caught) {
              applyServerErrors(caught, (_, value) => setSlugError({ message: value.message ?? '' }));
              setError(caught);
            }
          }}
        >
          <TextInput
            label={t('capacity.network.inviteSlug')}
            hint={t('capacity.network.inviteSlugHint')}
            isRequired
            value={slug}
            error={slugError}
            onChange={(event) => setSlug(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={invite.isPending}>
              {t('capacity.network.invite')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
