import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { ArchiveAction } from './archive-action';
import type { ArchiveTarget } from './use-diplomacy';

function BackToTimeline() {
  const { t } = useTranslation();
  return (
    <p className="breadcrumb">
      <Link to="/diplomacy">{t('diplomacy.backToTimeline')}</Link>
    </p>
  );
}

/** A page that creates or edits a position or a role: the form for editors, a notice for readers. */
export function DiplomacyFormFrame({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  return (
    <div className="page">
      <BackToTimeline />
      <PageHeader title={title} description={description} />
      {canEdit ? children : <p>{t('common.readOnly')}</p>}
    </div>
  );
}

type DiplomacyRecordFrameProps = {
  title: string;
  description: string;
  /** The record's name in the archive confirmation. */
  name: string;
  record: Omit<ArchiveTarget, 'isArchived'> & { archivedAt: string | null };
  /** The link to the edit page, offered while the record is not archived. */
  editLink: ReactNode;
  children: ReactNode;
};

/** The frame of a position or role: heading, edit and archive actions, and the archived notice. */
export function DiplomacyRecordFrame({
  title,
  description,
  name,
  record,
  editLink,
  children,
}: DiplomacyRecordFrameProps) {
  const { t, i18n } = useTranslation();
  const { canEdit } = useGovernment();
  const { archivedAt, ...target } = record;
  const isArchived = Boolean(archivedAt);
  return (
    <div className="page">
      <BackToTimeline />
      <PageHeader
        title={title}
        description={description}
        actions={
          canEdit ? (
            <>
              {!isArchived ? editLink : null}
              <ArchiveAction name={name} target={{ ...target, isArchived }} />
            </>
          ) : null
        }
      />
      {isArchived ? (
        <p className="alert alert-info">
          {t('diplomacy.archivedNotice', { date: formatDate(archivedAt, i18n.language) })}
        </p>
      ) : null}
      {children}
    </div>
  );
}
