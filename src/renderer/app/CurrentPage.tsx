import { CoveragePage } from '../features/coverage/CoveragePage';
import { JourneysPage } from '../features/journeys/JourneysPage';
import { MessagesPage } from '../features/messages/MessagesPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useNav } from './ServicesContext';

export function CurrentPage() {
  const section = useNav((s) => s.section);
  switch (section) {
    case 'journeys':
      return <JourneysPage />;
    case 'messages':
      return <MessagesPage />;
    case 'coverage':
      return <CoveragePage />;
    case 'review':
      return <ReviewPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
