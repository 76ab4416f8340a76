import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/states';

/** The frame of a demand or offer form page: the way back, the heading, and what the form is for. */
export function CooperationFormFrame({
  back,
  title,
  children,
}: {
  back: ReactNode;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <p className="breadcrumb">{back}</p>
      <PageHeader title={title} description={t('cooperation.formIntro')} />
      {children}
    </div>
  );
}
