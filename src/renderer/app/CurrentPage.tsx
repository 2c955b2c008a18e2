import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { JourneysPage } from '../features/journeys/JourneysPage';
import { MessagesPage } from '../features/messages/MessagesPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useNav } from './ServicesContext';

// The dashboard brings the chart library (recharts and its helpers, about a third of the page's code):
// loaded when Coverage is first opened, not before the first screen.
const CoveragePage = lazy(() => import('../features/coverage/CoveragePage').then((m) => ({ default: m.CoveragePage })));

function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('app.loading')}</p>;
}

export function CurrentPage() {
  const section = useNav((s) => s.section);
  switch (section) {
    case 'journeys':
      return <JourneysPage />;
    case 'messages':
      return <MessagesPage />;
    case 'coverage':
      return (
        <Suspense fallback={<Loading />}>
          <CoveragePage />
        </Suspense>
      );
    case 'review':
      return <ReviewPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
