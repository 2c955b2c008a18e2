import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/ServicesContext';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

interface SectionPlaceholderProps {
  title: string;
  emptyTitle: string;
  text: string;
  next: string;
  icon: ReactNode;
}

/** A section that has nothing to show yet: what it will hold, and the way to the journeys it builds on. */
export function SectionPlaceholder({ title, emptyTitle, text, next, icon }: SectionPlaceholderProps) {
  const { t } = useTranslation();
  const { nav } = useServices();
  return (
    <>
      <PageHeader title={title} />
      <EmptyState
        title={emptyTitle}
        icon={icon}
        action={
          <button type="button" className="button primary" onClick={() => nav.getState().go('journeys')}>
            {t('sections.goToJourneys')}
          </button>
        }
      >
        <p>{text}</p>
        <p className="muted">{next}</p>
      </EmptyState>
    </>
  );
}
