import type { JourneyTemplate } from './types';

/**
 * Phone → tablet → computer → hotline: one purchase across three devices and
 * a call. The cart follows the customer because the account does; the call
 * centre does not see the order unless someone built that bridge.
 */
export const deviceHopping: JourneyTemplate = {
  id: 'device-hopping',
  name: {
    de: 'Geräte wechseln: Handy, Tablet, Computer, Anruf',
    en: 'Switching devices: phone, tablet, computer, call',
  },
  summary: {
    de: 'Recherche unterwegs auf dem Handy, weiter am Abend auf dem Tablet, bestellt am Computer – und dann ein Anruf, weil die Lieferadresse nicht mehr stimmt.',
    en: 'Research on the phone while out, continued on the tablet in the evening, ordered on the computer — then a call because the delivery address has changed.',
  },
  persona: {
    name: { de: 'Jana, 34, berufstätig und viel unterwegs', en: 'Jana, 34, working and often on the move' },
    description: {
      de: 'Nutzt jede freie Minute auf dem Handy, entscheidet abends in Ruhe auf dem Sofa und bestellt größere Dinge am Rechner.',
      en: 'Uses every spare minute on her phone, decides calmly on the sofa in the evening and orders bigger things on her computer.',
    },
    goals: {
      de: 'Nichts doppelt eingeben müssen; dort weitermachen, wo sie aufgehört hat; Lieferung dorthin, wo sie tatsächlich ist.',
      en: 'Never type anything twice; pick up where she left off; have the parcel delivered where she actually is.',
    },
    preferredChannels: ['app', 'website', 'email'],
  },
  stages: [
    { key: 'research', name: { de: 'Recherche', en: 'Research' } },
    { key: 'evaluation', name: { de: 'Abwägung', en: 'Evaluation' } },
    { key: 'purchase', name: { de: 'Kauf', en: 'Purchase' } },
    { key: 'delivery', name: { de: 'Lieferung', en: 'Delivery' } },
  ],
  touchpoints: [
    {
      key: 'search-phone',
      stage: 'research',
      channel: 'search_ads',
      owner: 'marketing_digital',
      emotion: 0,
      backChannel: false,
      knowsHistory: false,
      title: { de: 'Suchanzeige auf dem Handy', en: 'Search ad on the phone' },
      customerAction: {
        de: 'Sucht in der Mittagspause nach einem Produkt und tippt auf die Anzeige.',
        en: 'Searches for a product during lunch and taps the ad.',
      },
      companyResponse: {
        de: 'Anzeige führt direkt in die App, falls installiert, sonst auf die mobile Website.',
        en: 'The ad opens the app if installed, otherwise the mobile website.',
      },
      kpi: { de: 'Klickrate', en: 'Click-through rate' },
    },
    {
      key: 'app-browse',
      stage: 'research',
      channel: 'app',
      owner: 'ecommerce',
      supporting: ['marketing_digital'],
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Produkte in der App merken', en: 'Saving products in the app' },
      customerAction: {
        de: 'Vergleicht zwei Modelle und legt beide auf den Merkzettel.',
        en: 'Compares two models and saves both to her wish list.',
      },
      companyResponse: {
        de: 'Merkzettel wird am Kundenkonto gespeichert, nicht nur auf dem Gerät.',
        en: 'The wish list is stored with the account, not only on the device.',
      },
      kpi: { de: 'Merkzettel pro Sitzung', en: 'Wish-list saves per session' },
    },
    {
      key: 'tablet-continue',
      stage: 'evaluation',
      channel: 'website',
      owner: 'ecommerce',
      emotion: 2,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Am Tablet weitermachen', en: 'Continuing on the tablet' },
      customerAction: {
        de: 'Meldet sich abends auf dem Tablet an und findet den Merkzettel wieder.',
        en: 'Signs in on the tablet in the evening and finds her wish list again.',
      },
      companyResponse: {
        de: 'Zeigt den Merkzettel und die zuletzt angesehenen Produkte an.',
        en: 'Shows the wish list and the products she looked at last.',
      },
      kpi: { de: 'Anteil geräteübergreifender Sitzungen', en: 'Share of cross-device sessions' },
    },
    {
      key: 'reviews',
      stage: 'evaluation',
      channel: 'review_site',
      owner: 'marketing_digital',
      emotion: 0,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Bewertungen lesen', en: 'Reading reviews' },
      customerAction: {
        de: 'Liest auf einem Bewertungsportal, wie andere das Modell finden.',
        en: 'Reads on a review site what others think of the model.',
      },
      companyResponse: {
        de: 'Antwortet öffentlich auf kritische Bewertungen.',
        en: 'Replies publicly to critical reviews.',
      },
      kpi: { de: 'Durchschnittliche Bewertung', en: 'Average rating' },
    },
    {
      key: 'computer-order',
      stage: 'purchase',
      channel: 'shop',
      owner: 'ecommerce',
      supporting: ['sales'],
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Bestellung am Computer', en: 'Ordering on the computer' },
      customerAction: {
        de: 'Bestellt am Rechner, der Warenkorb ist schon gefüllt.',
        en: 'Orders on the computer; the cart is already filled.',
      },
      companyResponse: {
        de: 'Übernimmt Merkzettel und Adresse aus dem Konto.',
        en: 'Takes the wish list and the address from the account.',
      },
      kpi: { de: 'Abschlussquote', en: 'Conversion rate' },
    },
    {
      key: 'confirmation',
      stage: 'purchase',
      channel: 'email',
      owner: 'ecommerce',
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Bestellbestätigung', en: 'Order confirmation' },
      customerAction: {
        de: 'Liest die Bestätigung und bemerkt die alte Lieferadresse.',
        en: 'Reads the confirmation and notices the old delivery address.',
      },
      companyResponse: {
        de: 'Bestätigung mit Lieferadresse, Liefertermin und Link zur Bestellung.',
        en: 'Confirmation with delivery address, date and a link to the order.',
      },
      kpi: { de: 'Öffnungsrate', en: 'Open rate' },
    },
    {
      key: 'hotline-address',
      stage: 'delivery',
      channel: 'call_centre',
      owner: 'customer_service',
      supporting: ['ecommerce'],
      emotion: -1,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Anruf: Lieferadresse ändern', en: 'Call: change the delivery address' },
      customerAction: {
        de: 'Ruft an, weil sie diese Woche bei ihren Eltern ist.',
        en: 'Calls because she is staying with her parents this week.',
      },
      companyResponse: {
        de: 'Service sucht die Bestellung über die Bestellnummer, die sie vorlesen muss.',
        en: 'Service looks the order up by the number she has to read out.',
      },
      kpi: { de: 'Erstlösungsquote', en: 'First-contact resolution' },
      notes: {
        de: 'Hier bricht die Kette: Das Callcenter sieht Konto und Bestellung nicht direkt.',
        en: 'This is where the chain breaks: the call centre does not see account and order directly.',
      },
    },
    {
      key: 'shipping-sms',
      stage: 'delivery',
      channel: 'sms',
      owner: 'ecommerce',
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Versandnachricht mit neuer Adresse', en: 'Shipping text with the new address' },
      customerAction: {
        de: 'Prüft, ob die neue Adresse übernommen wurde.',
        en: 'Checks whether the new address was taken over.',
      },
      companyResponse: {
        de: 'SMS mit Sendungsverfolgung und der geänderten Adresse.',
        en: 'Text with tracking link and the changed address.',
      },
      kpi: { de: 'Zustellung im ersten Versuch', en: 'Delivered at first attempt' },
    },
  ],
  transitions: [
    { from: 'search-phone', to: 'app-browse', carriesContext: true },
    {
      from: 'app-browse',
      to: 'tablet-continue',
      carriesContext: true,
      notes: { de: 'Merkzettel am Konto', en: 'Wish list stored with the account' },
    },
    { from: 'tablet-continue', to: 'reviews', carriesContext: false },
    { from: 'reviews', to: 'computer-order', carriesContext: false },
    { from: 'tablet-continue', to: 'computer-order', carriesContext: true },
    { from: 'computer-order', to: 'confirmation', carriesContext: true },
    {
      from: 'confirmation',
      to: 'hotline-address',
      carriesContext: false,
      notes: { de: 'Kunde muss die Bestellnummer vorlesen', en: 'Customer has to read out the order number' },
    },
    { from: 'hotline-address', to: 'shipping-sms', carriesContext: true },
  ],
};
