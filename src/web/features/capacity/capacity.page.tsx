import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionSummary } from '../../../contracts/capacity';
import { formatDate, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { Select } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment, useGovernmentToday } from '../auth/government-context';
import { EditionResult } from './edition-result';
import { SharingPanel } from './sharing-panel';
import { useCreateEdition, useEdition, useEditions, useQuestionnaireOptions } from './use-capacity';
import './capacity.css';

/**
 * The government's capacity self-assessment over time: its latest completed result (radar, what
 * changed, next steps), every edition, and what it shares with its associations.
 */
export function CapacityPage() {
  const { t } = useTranslation();
  const editions = useEditions();
  const items = editions.data?.items ?? [];
  const latest = items.find((item) => item.status === 'completed') ?? null;
  const draft = items.find((item) => item.status === 'draft') ?? null;
  return (
    <div className="page">
      <PageHeader
        title={t('capacity.title')}
        description={t('capacity.description')}
        actions={<EditionAction draft={draft} />}
      />
      {editions.isLoading ? <Loading /> : null}
      {editions.isError ? (
        <ErrorState error={editions.error} onRetry={() => void editions.refetch()} />
      ) : null}
      {editions.data && items.length === 0 ? (
        <EmptyState title={t('capacity.emptyTitle')} description={t('capacity.emptyText')} />
      ) : null}
      {latest ? <LatestResult editionId={latest.id} /> : null}
      {items.length > 0 ? <EditionsTable items={items} /> : null}
      {editions.data ? <SharingPanel sharing={editions.data.sharing} /> : null}
    </div>
  );
}

function EditionAction({ draft }: { draft: EditionSummary | null }) {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const today = useGovernmentToday();
  const navigate = useNavigate();
  const create = useCreateEdition();
  const options = useQuestionnaireOptions();
  // '' is the instance's questionnaire; otherwise the id of the association whose questionnaire it is.
  const [associationId, setAssociationId] = useState('');
  const [error, setError] = useState<unknown>(null);
  if (!canEdit) return null;
  const choices = options.data?.items ?? [];
  if (draft)
    return (
      <Link
        to="/capacity/editions/$editionId"
        params={{ editionId: draft.id }}
        className="button button-primary"
      >
        {t('capacity.continueDraft')}
      </Link>
    );
  return (
    <>
      <FormAlert error={error} />
      {choices.length > 1 ? (
        <Select
          label={t('capacity.questionnaireChoice')}
          value={associationId}
          onChange={(event) => setAssociationId(event.target.value)}
          options={choices.map((choice) => ({
            value: choice.association?.id ?? '',
            label: choice.association
              ? t('capacity.questionnaireOfAssociation', {
                  title: choice.title,
                  association: choice.association.name,
                })
              : t('capacity.questionnaireOfInstance', { title: choice.title }),
          }))}
        />
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={create.isPending}
        onClick={async () => {
          setError(null);
          try {
            const edition = await create.mutateAsync({
              assessedOn: today,
              copyLast: true,
              associationId: associationId || null,
            });
            await navigate({ to: '/capacity/editions/$editionId', params: { editionId: edition.id } });
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        {t('capacity.newEdition')}
      </button>
    </>
  );
}

function LatestResult({ editionId }: { editionId: string }) {
  const { t, i18n } = useTranslation();
  const edition = useEdition(editionId);
  if (edition.isLoading) return <Loading />;
  if (edition.isError) return <ErrorState error={edition.error} onRetry={() => void edition.refetch()} />;
  if (!edition.data) return null;
  return (
    <section className="capacity-section" aria-labelledby="capacity-latest">
      <h2 id="capacity-latest">
        {t('capacity.latestTitle', { date: formatDate(edition.data.assessedOn, i18n.language) })}
      </h2>
      <EditionResult edition={edition.data} />
    </section>
  );
}

function EditionsTable({ items }: { items: EditionSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="capacity-section" aria-labelledby="capacity-editions">
      <h2 id="capacity-editions">{t('capacity.editions.title')}</h2>
      <DataTable
        caption={t('capacity.editions.caption')}
        isCaptionHidden
        rows={items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: 'date',
            header: t('capacity.editions.assessedOn'),
            isRowHeader: true,
            render: (item) => (
              <Link to="/capacity/editions/$editionId" params={{ editionId: item.id }}>
                {formatDate(item.assessedOn, language)}
              </Link>
            ),
          },
          {
            key: 'status',
            header: t('capacity.editions.status'),
            render: (item) => (
              <Badge tone={item.status === 'completed' ? 'success' : 'warning'}>
                {t(`capacity.status.${item.status}`)}
              </Badge>
            ),
          },
          {
            key: 'questionnaire',
            header: t('capacity.editions.questionnaire'),
            render: (item) =>
              item.questionnaireOwner
                ? t('capacity.questionnaireOfAssociation', {
                    title: item.questionnaireTitle,
                    association: item.questionnaireOwner.name,
                  })
                : item.questionnaireTitle,
          },
          {
            key: 'total',
            header: t('capacity.result.totalLevel'),
            isNumeric: true,
            render: (item) => formatNumber(item.totalLevel, language),
          },
          {
            key: 'average',
            header: t('capacity.result.averageLevel'),
            isNumeric: true,
            render: (item) => formatNumber(item.averageLevel, language),
          },
          {
            key: 'answered',
            header: t('capacity.editions.answered'),
            isNumeric: true,
            render: (item) =>
              t('capacity.editions.answeredOf', {
                answered: formatNumber(item.answered, language),
                total: formatNumber(item.dimensions, language),
              }),
          },
        ]}
      />
    </section>
  );
}
