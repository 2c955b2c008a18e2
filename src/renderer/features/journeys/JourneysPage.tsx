import { useNav } from '../../app/ServicesContext';
import { JourneyDetail } from './JourneyDetail';
import { JourneyList } from './JourneyList';
import { NewJourneyForm } from './NewJourneyForm';
import './journeys.css';

/** The journeys section: the list, the new-journey form, or one journey. */
export function JourneysPage() {
  const view = useNav((s) => s.journeyView);
  switch (view.kind) {
    case 'list':
      return <JourneyList />;
    case 'new':
      return <NewJourneyForm />;
    case 'detail':
      return <JourneyDetail key={view.journeyId} journeyId={view.journeyId} />;
  }
}
