import { WorkspaceBuilder } from '../../../shared/analysis/test-fixtures';

/**
 * A workspace that produces every finding kind at least once, for the
 * dashboard's tests: two journeys, owners missing and archived, an overlap,
 * a silo hand-off, lost context and channels nobody watches, front and backstage.
 */
export function everyFindingWorkspace() {
  const b = new WorkspaceBuilder();
  const marketing = b.department('Marketing');
  const service = b.department('Kundendienstleistungsabteilungsleitung');
  const archived = b.department('Old team', { archived: true });
  const web = b.channel('Website');
  const email = b.channel('Email', { back_channel: false });
  const reseller = b.channel('Reseller', { controlled: false, monitored: false });
  const reviews = b.channel('Reviews', { controlled: false });
  const window = b.channel('Shop window', { monitored: false });
  b.channel('SMS');
  const persona = b.persona('Anna, 34', [web, email]);
  const journey = b.journey('Bike purchase', { persona_id: persona });
  const [inspire, buy, empty, after] = [
    b.stage(journey, 'Inspiration'),
    b.stage(journey, 'Purchase'),
    b.stage(journey, 'Delivery'),
    b.stage(journey, 'Service'),
  ];
  const a = b.touchpoint(inspire, web, marketing, { title: 'Landing page' });
  const c = b.touchpoint(inspire, web, service, { title: 'Chat, "live"' });
  const d = b.touchpoint(buy, email, marketing, { title: 'Order mail', back_channel: false });
  const e = b.touchpoint(buy, reseller, null, { title: 'Dealer' });
  const f = b.touchpoint(after, reviews, null, { title: '' });
  const g = b.touchpoint(after, window, archived, { title: 'Window' });
  const h = b.touchpoint(after, web, 'gone-department', { title: 'Help page' });
  const u = b.touchpoint(after, null, service, { title: 'Somewhere' });
  b.transition(a, d, true);
  const silo = b.transition(c, d, false);
  const lost = b.transition(e, f, false);
  // Backstage: the ticket marketing opens never reaches the service team; service re-keys its own notes.
  const ticket = b.backstage(buy, marketing, [d], { title: 'Log the order question' });
  const callBack = b.backstage(after, service, [h], { title: 'Call back' });
  const notes = b.backstage(after, service, [], { title: 'Write notes' });
  const backstageSilo = b.backstageHandoff(ticket, callBack, false);
  b.backstageHandoff(callBack, notes, false);
  const second = b.journey('Complaint');
  b.stage(second, 'Contact');
  return {
    b,
    data: b.data(),
    ids: {
      marketing,
      service,
      archived,
      web,
      email,
      reseller,
      journey,
      second,
      inspire,
      buy,
      empty,
      after,
      a,
      c,
      d,
      e,
      f,
      g,
      h,
      u,
      silo,
      lost,
      backstageSilo,
    },
  };
}
