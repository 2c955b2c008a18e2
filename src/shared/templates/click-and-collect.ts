import type { JourneyTemplate } from './types';

/**
 * Click & collect: bought online, picked up in the store. Two departments
 * share one promise (ready by a given time), so the hand-off between the
 * online shop and the store is the heart of this journey.
 */
export const clickAndCollect: JourneyTemplate = {
  id: 'click-and-collect',
  name: {
    de: 'Click & Collect: online kaufen, in der Filiale abholen',
    en: 'Click & collect: buy online, pick up in the store',
  },
  summary: {
    de: 'Bestellung im Onlineshop, Benachrichtigung per Push, Abholung in der Filiale – mit einem Zusatzverkauf an der Abholtheke.',
    en: 'An order in the online shop, a push notification, pick-up in the store — with an add-on sale at the collection desk.',
  },
  persona: {
    name: { de: 'Aylin, 28, plant ihre Wege genau', en: 'Aylin, 28, plans her errands precisely' },
    description: {
      de: 'Bestellt abends online und holt auf dem Heimweg ab; keine Lust auf Versandkosten oder verpasste Pakete.',
      en: 'Orders online in the evening and picks up on her way home; no wish for delivery fees or missed parcels.',
    },
    goals: {
      de: 'Wissen, wann die Ware bereitliegt; ohne Wartezeit abholen; Rückgabe in der Filiale möglich.',
      en: 'Know when the goods are ready; collect without waiting; return them in the store if needed.',
    },
    preferredChannels: ['shop', 'app', 'store'],
  },
  stages: [
    { key: 'purchase', name: { de: 'Kauf', en: 'Purchase' } },
    { key: 'wait', name: { de: 'Warten', en: 'Waiting' } },
    { key: 'pickup', name: { de: 'Abholung', en: 'Pick-up' } },
    { key: 'service', name: { de: 'Service', en: 'Service' } },
  ],
  touchpoints: [
    {
      key: 'order',
      stage: 'purchase',
      channel: 'shop',
      owner: 'ecommerce',
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Bestellung mit Filialabholung', en: 'Order for store pick-up' },
      customerAction: {
        de: 'Wählt „In der Filiale abholen“ und ihre Filiale.',
        en: 'Chooses “pick up in store” and her store.',
      },
      companyResponse: {
        de: 'Zeigt den Bestand der Filiale und die Abholzeit an.',
        en: 'Shows the store’s stock and the pick-up time.',
      },
      kpi: { de: 'Anteil Click & Collect', en: 'Share of click & collect' },
    },
    {
      key: 'order-mail',
      stage: 'purchase',
      channel: 'email',
      owner: 'ecommerce',
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Bestätigung mit Abholcode', en: 'Confirmation with pick-up code' },
      customerAction: { de: 'Speichert den Abholcode.', en: 'Saves the pick-up code.' },
      companyResponse: {
        de: 'E-Mail mit Abholcode, Adresse und Öffnungszeiten der Filiale.',
        en: 'Email with pick-up code, store address and opening hours.',
      },
      kpi: { de: 'Öffnungsrate', en: 'Open rate' },
    },
    {
      key: 'picking',
      stage: 'wait',
      channel: 'store',
      owner: 'store_operations',
      supporting: ['ecommerce'],
      emotion: 0,
      backChannel: false,
      knowsHistory: true,
      title: { de: 'Kommissionierung in der Filiale', en: 'Picking in the store' },
      customerAction: {
        de: 'Wartet auf die Nachricht, dass alles bereitliegt.',
        en: 'Waits for the message that everything is ready.',
      },
      companyResponse: {
        de: 'Filiale stellt die Ware zusammen und meldet „bereit“ im System.',
        en: 'The store picks the goods and marks them “ready” in the system.',
      },
      kpi: { de: 'Zeit bis zur Bereitstellung', en: 'Time to ready' },
    },
    {
      key: 'ready-push',
      stage: 'wait',
      channel: 'push',
      owner: 'ecommerce',
      emotion: 2,
      backChannel: false,
      knowsHistory: true,
      title: { de: 'Push: Ihre Bestellung liegt bereit', en: 'Push: your order is ready' },
      customerAction: { de: 'Sieht die Nachricht auf dem Heimweg.', en: 'Sees the notification on her way home.' },
      companyResponse: { de: 'Push mit Abholcode und Abholfach.', en: 'Push with pick-up code and collection locker.' },
      kpi: { de: 'Abholung innerhalb von 24 Stunden', en: 'Collected within 24 hours' },
    },
    {
      key: 'collect',
      stage: 'pickup',
      channel: 'store',
      owner: 'store_operations',
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Abholung an der Theke', en: 'Collection at the desk' },
      customerAction: { de: 'Zeigt den Code und erhält die Ware.', en: 'Shows the code and receives the goods.' },
      companyResponse: {
        de: 'Mitarbeiter sieht die Bestellung und bietet passendes Zubehör an.',
        en: 'Staff see the order and suggest matching accessories.',
      },
      kpi: { de: 'Zusatzverkäufe bei Abholung', en: 'Add-on sales at pick-up' },
    },
    {
      key: 'return',
      stage: 'service',
      channel: 'store',
      owner: 'store_operations',
      supporting: ['customer_service'],
      emotion: -1,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Rückgabe in der Filiale', en: 'Return in the store' },
      customerAction: { de: 'Bringt ein Teil zurück, das nicht passt.', en: 'Brings back an item that does not fit.' },
      companyResponse: {
        de: 'Kasse muss die Online-Bestellung von Hand suchen.',
        en: 'The till has to look up the online order by hand.',
      },
      kpi: { de: 'Dauer der Rückgabe', en: 'Time to process a return' },
    },
    {
      key: 'refund-mail',
      stage: 'service',
      channel: 'email',
      owner: 'customer_service',
      emotion: 0,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Erstattung bestätigt', en: 'Refund confirmed' },
      customerAction: { de: 'Prüft, ob das Geld zurück ist.', en: 'Checks that the money is back.' },
      companyResponse: {
        de: 'E-Mail mit Erstattungsbetrag und Zahlungsweg.',
        en: 'Email with refund amount and payment method.',
      },
      kpi: { de: 'Tage bis zur Erstattung', en: 'Days to refund' },
    },
  ],
  transitions: [
    { from: 'order', to: 'order-mail', carriesContext: true },
    {
      from: 'order',
      to: 'picking',
      carriesContext: true,
      notes: { de: 'Bestellung erscheint im Filialsystem', en: 'The order appears in the store system' },
    },
    { from: 'picking', to: 'ready-push', carriesContext: true },
    { from: 'ready-push', to: 'collect', carriesContext: true },
    { from: 'collect', to: 'return', carriesContext: false },
    {
      from: 'return',
      to: 'refund-mail',
      carriesContext: false,
      notes: {
        de: 'Rückgabe wird von Hand an den Kundenservice gemeldet',
        en: 'The return is reported to customer service by hand',
      },
    },
  ],
};
