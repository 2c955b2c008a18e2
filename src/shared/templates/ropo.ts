import type { JourneyTemplate } from './types';

/**
 * Research online, purchase offline (ROPO): the customer decides on the
 * website and buys in the store. The open question is whether the store
 * knows what the customer already looked at — and whether the price is the same.
 */
export const ropo: JourneyTemplate = {
  id: 'ropo',
  name: { de: 'Online informieren, in der Filiale kaufen', en: 'Research online, buy in the store' },
  summary: {
    de: 'Ein Prospekt weckt Interesse, die Website liefert Vergleich und Verfügbarkeit, gekauft wird nach Beratung in der Filiale.',
    en: 'A leaflet sparks interest, the website provides comparison and availability, and the purchase happens after advice in the store.',
  },
  persona: {
    name: { de: 'Thomas, 52, kauft gern beim Händler vor Ort', en: 'Thomas, 52, likes to buy from a local shop' },
    description: {
      de: 'Informiert sich gründlich online, will das Produkt aber anfassen und mit jemandem sprechen, bevor er Geld ausgibt.',
      en: 'Researches thoroughly online but wants to touch the product and talk to someone before spending money.',
    },
    goals: {
      de: 'Sicher sein, dass das Produkt vorrätig ist; derselbe Preis wie online; Beratung, die an seine Recherche anknüpft.',
      en: 'Be sure the product is in stock; the same price as online; advice that builds on what he already found out.',
    },
    preferredChannels: ['website', 'store', 'print'],
  },
  stages: [
    { key: 'inspiration', name: { de: 'Inspiration', en: 'Inspiration' } },
    { key: 'research', name: { de: 'Recherche', en: 'Research' } },
    { key: 'purchase', name: { de: 'Kauf', en: 'Purchase' } },
    { key: 'loyalty', name: { de: 'Bindung', en: 'Loyalty' } },
  ],
  touchpoints: [
    {
      key: 'leaflet',
      voice: { thinks: { de: 'Das Fahrrad sieht gut aus.', en: 'That bike looks good.' } },
      stage: 'inspiration',
      channel: 'print',
      owner: 'marketing_analog',
      emotion: 1,
      backChannel: false,
      knowsHistory: false,
      title: { de: 'Prospekt im Briefkasten', en: 'Leaflet in the letterbox' },
      customerAction: { de: 'Sieht das Angebot im Wochenprospekt.', en: 'Sees the offer in the weekly leaflet.' },
      companyResponse: {
        de: 'Prospekt nennt Preis, Aktionszeitraum und einen QR-Code zur Produktseite.',
        en: 'The leaflet states price, offer period and a QR code to the product page.',
      },
      kpi: { de: 'Scans des QR-Codes', en: 'QR code scans' },
    },
    {
      key: 'window',
      voice: { feels: { de: 'neugierig', en: 'curious' } },
      stage: 'inspiration',
      channel: 'shop_window',
      owner: 'store_operations',
      supporting: ['marketing_analog'],
      emotion: 1,
      backChannel: false,
      knowsHistory: false,
      title: { de: 'Schaufenster', en: 'Shop window' },
      customerAction: {
        de: 'Geht an der Filiale vorbei und erkennt das Produkt wieder.',
        en: 'Walks past the store and recognises the product.',
      },
      companyResponse: {
        de: 'Schaufenster zeigt dieselbe Aktion wie der Prospekt.',
        en: 'The window shows the same offer as the leaflet.',
      },
      kpi: { de: 'Passantenfrequenz', en: 'Footfall' },
    },
    {
      key: 'product-page',
      voice: { says: { de: 'Gibt es das auch in meiner Größe?', en: 'Is it available in my size?' } },
      stage: 'research',
      channel: 'website',
      owner: 'marketing_digital',
      supporting: ['ecommerce'],
      emotion: 1,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Produktseite und Vergleich', en: 'Product page and comparison' },
      customerAction: {
        de: 'Vergleicht Modelle, liest technische Daten und Testberichte.',
        en: 'Compares models, reads specifications and test reports.',
      },
      companyResponse: {
        de: 'Gleiche Preise und Daten wie im Prospekt; Vergleichsliste zum Mitnehmen.',
        en: 'The same prices and data as the leaflet; a comparison list to take along.',
      },
      kpi: { de: 'Verweildauer auf der Produktseite', en: 'Time on product page' },
    },
    {
      key: 'stock-check',
      voice: {
        thinks: { de: 'Lohnt sich der Weg in die Filiale?', en: 'Is the trip to the store worth it?' },
        painPoints: { de: 'Bestand nur ungefähr angezeigt', en: 'Stock shown only roughly' },
      },
      stage: 'research',
      channel: 'website',
      owner: 'ecommerce',
      supporting: ['store_operations'],
      emotion: 2,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Verfügbarkeit in der Filiale prüfen', en: 'Checking stock in the store' },
      customerAction: {
        de: 'Prüft, ob die nächste Filiale das Modell vorrätig hat, und reserviert es.',
        en: 'Checks whether the nearest store has the model and reserves it.',
      },
      companyResponse: {
        de: 'Zeigt den Live-Bestand und schickt die Reservierung an die Filiale.',
        en: 'Shows live stock and sends the reservation to the store.',
      },
      kpi: { de: 'Reservierungen', en: 'Reservations' },
    },
    {
      key: 'advice',
      voice: { feels: { de: 'gut beraten', en: 'well advised' } },
      stage: 'purchase',
      channel: 'store',
      owner: 'store_operations',
      supporting: ['sales'],
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Beratung in der Filiale', en: 'Advice in the store' },
      customerAction: {
        de: 'Nennt seinen Namen; das reservierte Produkt liegt bereit.',
        en: 'Gives his name; the reserved product is ready.',
      },
      companyResponse: {
        de: 'Verkäuferin sieht die Reservierung und die verglichenen Modelle.',
        en: 'The sales assistant sees the reservation and the compared models.',
      },
      kpi: { de: 'Abschlussquote nach Reservierung', en: 'Conversion after reservation' },
    },
    {
      key: 'checkout',
      voice: {
        thinks: {
          de: 'Warum kennt die Kasse meine Online-Merkliste nicht?',
          en: 'Why does the till not know my online wish list?',
        },
      },
      stage: 'purchase',
      channel: 'store',
      owner: 'store_operations',
      emotion: -1,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Kasse', en: 'Checkout' },
      customerAction: {
        de: 'Bezahlt und fragt nach dem Online-Gutschein.',
        en: 'Pays and asks about the online voucher.',
      },
      companyResponse: {
        de: 'Die Kasse kennt den Online-Gutschein nicht.',
        en: 'The till does not know the online voucher.',
      },
      kpi: { de: 'Wartezeit an der Kasse', en: 'Waiting time at the till' },
      notes: {
        de: 'Preise und Aktionen müssen an allen Kanälen gleich sein.',
        en: 'Prices and offers must be the same on every channel.',
      },
    },
    {
      key: 'follow-up',
      voice: { feels: { de: 'geschätzt', en: 'valued' } },
      stage: 'loyalty',
      channel: 'email',
      owner: 'marketing_digital',
      supporting: ['customer_service'],
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Nachfass-E-Mail mit Pflegetipps', en: 'Follow-up email with care tips' },
      customerAction: { de: 'Liest die Tipps und bewertet den Kauf.', en: 'Reads the tips and rates the purchase.' },
      companyResponse: {
        de: 'E-Mail bezieht sich auf das in der Filiale gekaufte Modell.',
        en: 'The email refers to the model bought in the store.',
      },
      kpi: { de: 'Bewertungsquote', en: 'Review rate' },
    },
  ],
  transitions: [
    {
      from: 'leaflet',
      to: 'product-page',
      carriesContext: true,
      notes: { de: 'QR-Code mit Kampagnenkennung', en: 'QR code carries the campaign code' },
    },
    { from: 'window', to: 'product-page', carriesContext: false },
    { from: 'product-page', to: 'stock-check', carriesContext: true },
    {
      from: 'stock-check',
      to: 'advice',
      carriesContext: true,
      notes: { de: 'Reservierung geht an die Filiale', en: 'The reservation reaches the store' },
    },
    { from: 'advice', to: 'checkout', carriesContext: false },
    {
      from: 'checkout',
      to: 'follow-up',
      carriesContext: false,
      notes: { de: 'Kassenbon ohne Kundenkonto', en: 'Receipt not linked to a customer account' },
    },
  ],
  backstage: [
    {
      key: 'leaflet-plan',
      department: 'marketing_analog',
      title: {
        de: 'Prospekt planen – ohne Bezug zum Onlinesortiment',
        en: 'Plan the leaflet — without the online range',
      },
      serves: ['leaflet'],
    },
    {
      key: 'stock-feed',
      department: 'ecommerce',
      title: {
        de: 'Filialbestand aus der Warenwirtschaft auf die Website',
        en: 'Store stock from the merchandise system to the website',
      },
      serves: ['stock-check'],
      systems: ['warehouse', 'shop_system'],
    },
    {
      key: 'advice-prep',
      department: 'store_operations',
      title: { de: 'Beratung ohne Blick auf die Onlinerecherche', en: 'Advice without seeing the online research' },
      serves: ['advice'],
      systems: ['pos'],
    },
    {
      key: 'pos-sale',
      department: 'store_operations',
      title: { de: 'Verkauf an der Kasse buchen', en: 'Book the sale at the till' },
      serves: ['checkout'],
      systems: ['pos', 'crm'],
    },
    {
      key: 'crm-followup',
      department: 'marketing_digital',
      title: { de: 'Nachfass-E-Mail aus dem CRM senden', en: 'Send the follow-up email from the CRM' },
      serves: ['follow-up'],
      systems: ['crm', 'email_platform'],
    },
  ],
  backstageHandoffs: [
    {
      from: 'stock-feed',
      to: 'advice-prep',
      carriesContext: false,
      notes: {
        de: 'Die Filiale weiß nicht, wonach der Kunde online gesucht hat',
        en: 'The store does not know what the customer looked for online',
      },
    },
    {
      from: 'pos-sale',
      to: 'crm-followup',
      carriesContext: true,
    },
  ],
};
