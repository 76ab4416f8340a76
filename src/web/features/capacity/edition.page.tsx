import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDetail } from '../../../contracts/capacity';
import { formatDate, formatDateTime } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { EditionForm } from './edition-form';
import { EditionResult, levelName } from './edition-result';
import { useEdition } from './use-capacity';
import './capacity.css';

/** One edition: the questionnaire while it is a draft (for those who edit), its result once completed. */
export function EditionPage() {
  const { t, i18n } = useTranslation();
  const { editionId } = useParams({ from: '/app/capacity/editions/$editionId' });
  const { canEdit } = useGovernment();
  const edition = useEdition(editionId);
  // "Reload" after a conflict shows the edition as it is now: the form starts again from it.
  const [reloads, setReloads] = useState(0);
  const data = edition.data;
  const title = data
    ? t(data.status === 'draft' ? 'capacity.edition.draftTitle' : 'capacity.edition.title', {
        date: formatDate(data.assessedOn, i18n.language),
      })
    : t('capacity.title');
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/capacity">{t('capacity.title')}</Link>
      </p>
      <PageHeader
        title={title}
        description={
          data?.questionnaireOwner
            ? t('capacity.questionnaireOfAssociation', {
                title: data.questionnaire.title,
                association: data.questionnaireOwner.name,
              })
            : data?.questionnaire.title
        }
      />
      {edition.isLoading ? <Loading /> : null}
      {edition.isError ? <ErrorState error={edition.error} onRetry={() => void edition.refetch()} /> : null}
      {data && data.status === 'draft' && canEdit ? (
        <EditionForm
          key={`${data.id}-${reloads}`}
          edition={data}
          onReload={() => void edition.refetch().then(() => setReloads((count) => count + 1))}
        />
      ) : null}
      {data && (data.status === 'completed' || !canEdit) ? (
        <>
          {data.completedAt ? (
            <p className="muted">
              {t('capacity.edition.completedAt', { date: formatDateTime(data.completedAt, i18n.language) })}
            </p>
          ) : null}
          <EditionResult edition={data} />
          <AnswersTable edition={data} />
        </>
      ) : null}
    </div>
  );
}

function AnswersTable({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation();
  return (
    <section className="capacity-section" aria-labelledby="capacity-answers">
      <h2 id="capacity-answers">{t('capacity.edition.answers')}</h2>
      <DataTable
        caption={t('capacity.edition.answersCaption')}
        isCaptionHidden
        rows={edition.questionnaire.dimensions}
        rowKey={(dimension) => dimension.key}
        columns={[
          {
            key: 'dimension',
            header: t('capacity.dimension'),
            isRowHeader: true,
            render: (item) => item.name,
          },
          {
            key: 'level',
            header: t('capacity.level'),
            render: (item) => levelName(edition, edition.answers[item.key]?.level),
          },
          {
            key: 'evidence',
            header: t('capacity.form.evidence'),
            render: (item) => <Evidence text={edition.answers[item.key]?.evidence ?? null} />,
          },
          {
            key: 'note',
            header: t('capacity.form.note'),
            render: (item) => edition.answers[item.key]?.note ?? '',
          },
        ]}
      />
    </section>
  );
}

/** Evidence is a document's address or a reference: only http(s) addresses become links. */
function Evidence({ text }: { text: string | null }) {
  if (!text) return <>—</>;
  if (/^https?:\/\//i.test(text))
    return (
      <a href={text} rel="noopener noreferrer" target="_blank">
        {text}
      </a>
    );
  return <>{text}</>;
}
