import { useLayoutEffect } from 'react';
import { useNav } from '../../app/ServicesContext';
import { JourneyDetail } from './JourneyDetail';
import { JourneyList } from './JourneyList';
import { NewJourneyForm } from './NewJourneyForm';
import { PresentationView } from '../presentation/PresentationView';
import { WorkshopBoard } from '../workshop/WorkshopBoard';
import './journeys.css';

/** The journeys section: the list, the new-journey form, or one journey. */
export function JourneysPage() {
  const view = useNav((s) => s.journeyView);
  const viewKey = 'journeyId' in view ? `${view.kind}:${view.journeyId}` : view.kind;
  // Another view starts at its top: the page scroller is shared, and a long form left it scrolled down.
  useLayoutEffect(() => {
    document.querySelector('main.page')?.scrollTo(0, 0);
  }, [viewKey]);
  switch (view.kind) {
    case 'list':
      return <JourneyList />;
    case 'new':
      return <NewJourneyForm />;
    case 'detail':
      return <JourneyDetail key={view.journeyId} journeyId={view.journeyId} />;
    case 'present':
      return <PresentationView key={view.journeyId} journeyId={view.journeyId} />;
    case 'workshop':
      return <WorkshopBoard key={view.journeyId} journeyId={view.journeyId} />;
  }
}
