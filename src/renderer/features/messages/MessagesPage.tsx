import { useEffect, useId, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { EmptyState } from '../../ui/EmptyState';
import { icons } from '../../ui/icons';
import type { MessagesPlace, MessagesView } from '../../stores/nav-store';
import { PageHeader } from '../../ui/PageHeader';
import { Tabs } from '../../ui/Tabs';
import { FactsLibrary } from './facts/FactsLibrary';
import { ConsistencyView } from './consistency/ConsistencyView';
import { useConsistency } from './consistency/useConsistency';
import { createMessagesUi, type MessagesTab } from './messages-ui';
import { MessagesUiProvider, useMessagesUi, useMessagesUiStore } from './MessagesUiContext';
import { SimulatorView } from './simulator/SimulatorView';
import { useMessagesData, type MessagesData } from './useMessagesData';
import { WriteView } from './WriteView';
import { journeyLabel, useJourneyLabels } from '../../app/useJourneyLabels';
import './messages.css';

/** Messages: write per touchpoint, simulate a customer's path, check consistency, keep the facts. */
export function MessagesPage() {
  const { nav } = useServices();
  const [ui] = useState(createMessagesUi);
  // A link from elsewhere (a comment on the review desk) opens its place before the first paint.
  useLayoutEffect(() => {
    const open = (place: MessagesPlace | null) => {
      if (!place) return;
      ui.getState().goTo({ journeyId: place.journeyId, touchpointId: place.touchpointId ?? undefined });
      ui.getState().setRevealComments(place.comments === true);
      nav.getState().clearMessagesPlace();
    };
    // Tab, journey and touchpoint are part of the place in the address: follow it both ways.
    const follow = (m: MessagesView) => {
      const u = ui.getState();
      if (u.tab === m.tab && u.journeyId === m.journeyId && u.touchpointId === m.touchpointId) return;
      ui.setState({
        tab: m.tab,
        journeyId: m.journeyId,
        touchpointId: m.touchpointId,
        ...(u.touchpointId !== m.touchpointId ? { variantId: null } : {}),
        ...(u.journeyId !== m.journeyId ? { path: [], step: 0 } : {}),
      });
    };
    follow(nav.getState().messages);
    open(nav.getState().messagesPlace);
    const offUi = ui.subscribe((u) =>
      nav.getState().setMessages({ tab: u.tab, journeyId: u.journeyId, touchpointId: u.touchpointId }),
    );
    const offNav = nav.subscribe((s, before) => {
      open(s.messagesPlace);
      if (s.messages !== before.messages) follow(s.messages);
    });
    return () => {
      offUi();
      offNav();
    };
  }, [nav, ui]);
  return (
    <MessagesUiProvider ui={ui}>
      <MessagesSection />
    </MessagesUiProvider>
  );
}

function MessagesSection() {
  const { t } = useTranslation();
  const data = useMessagesData();
  if (!data) {
    return (
      <>
        <PageHeader title={t('messages.title')} />
        <p aria-busy="true">{t('app.loading')}</p>
      </>
    );
  }
  return <MessagesBody data={data} />;
}

function MessagesBody({ data }: { data: MessagesData }) {
  const { t } = useTranslation();
  const { nav } = useServices();
  const ui = useMessagesUiStore();
  const tab = useMessagesUi((s) => s.tab);
  const wanted = useMessagesUi((s) => s.journeyId);
  const pickerId = useId();
  // Two journeys of one name read apart in the picker.
  const labels = useJourneyLabels();
  // An archived journey stays open when a link led to it; otherwise the first one with touchpoints.
  const journey =
    data.allJourneys.find((j) => j.id === wanted) ??
    data.journeys.find((j) => data.touchpoints.some((tp) => tp.journey_id === j.id && !tp.archived)) ??
    data.journeys[0];
  // The journey shown by default becomes the one in the address, so a copied link shows the same.
  useEffect(() => {
    if (journey && wanted === null) ui.setState({ journeyId: journey.id });
  }, [journey, wanted, ui]);
  const scope = useMessagesUi((s) => s.scope);
  // Computed on the desktop side; the facts library needs no check.
  const report = useConsistency(journey && tab !== 'facts' ? journey.id : undefined);
  const workspaceReport = useConsistency(tab === 'check' && scope === 'workspace' ? null : undefined);
  const tabs: { key: MessagesTab; title: string }[] = [
    { key: 'write', title: t('messages.tabs.write') },
    { key: 'simulate', title: t('messages.tabs.simulate') },
    { key: 'check', title: t('messages.tabs.check') },
    { key: 'facts', title: t('messages.tabs.facts') },
  ];
  const picker = journey ? (
    <div className="field journey-picker">
      <label htmlFor={pickerId}>{t('messages.journey')}</label>
      <select id={pickerId} value={journey.id} onChange={(e) => ui.getState().selectJourney(e.target.value)}>
        {(data.journeys.includes(journey) ? data.journeys : [journey, ...data.journeys]).map((j) => (
          <option key={j.id} value={j.id}>
            {journeyLabel(labels, j, t('journeys.unnamed'))}
          </option>
        ))}
      </select>
    </div>
  ) : null;

  let body;
  if (tab === 'facts') body = <FactsLibrary data={data} />;
  else if (!journey) {
    body = (
      <EmptyState
        title={t('messages.noJourneysTitle')}
        icon={icons.journeys}
        action={
          <button type="button" className="button primary" onClick={() => nav.getState().go('journeys')}>
            {t('messages.goToJourneys')}
          </button>
        }
      >
        <p>{t('messages.noJourneysText')}</p>
        <p className="muted">{t('messages.noJourneysNext')}</p>
      </EmptyState>
    );
  } else if (tab === 'write') body = <WriteView data={data} journey={journey} report={report} />;
  else if (tab === 'simulate') body = <SimulatorView data={data} journey={journey} />;
  else
    body = <ConsistencyView data={data} journey={journey} report={scope === 'workspace' ? workspaceReport : report} />;

  return (
    <div className="messages-page">
      <PageHeader title={t('messages.title')} intro={t('messages.intro')} actions={tab !== 'facts' ? picker : null} />
      <Tabs
        label={t('messages.tabsLabel')}
        tabs={tabs}
        selected={tab}
        idPrefix="messages"
        onSelect={(key) => ui.getState().setTab(key)}
      >
        {body}
      </Tabs>
    </div>
  );
}
