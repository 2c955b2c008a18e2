import type { JourneyTemplate } from './types';

/**
 * A complaint that climbs channels: an unanswered email, a hotline that
 * knows nothing of it, and finally a public post. Each step loses what the
 * customer said before, until the complaint is visible to everyone.
 */
export const complaintEscalation: JourneyTemplate = {
  id: 'complaint-escalation',
  name: {
    de: 'Beschwerde eskaliert: E-Mail, Hotline, Social Media',
    en: 'A complaint escalates: email, hotline, social media',
  },
  summary: {
    de: 'Eine beschädigte Lieferung, eine E-Mail ohne Antwort, ein Anruf ohne Vorgeschichte – und schließlich ein öffentlicher Beitrag.',
    en: 'A damaged delivery, an email without a reply, a call without history — and finally a public post.',
  },
  persona: {
    name: { de: 'Markus, 41, erwartet eine schnelle Lösung', en: 'Markus, 41, expects a quick solution' },
    description: {
      de: 'Geduldig beim ersten Kontakt, zunehmend verärgert, wenn er alles noch einmal erzählen muss.',
      en: 'Patient at first contact, increasingly annoyed when he has to tell everything again.',
    },
    goals: {
      de: 'Ersatz oder Geld zurück; einmal erzählen und nicht wieder; wissen, wie lange es dauert.',
      en: 'A replacement or a refund; explain once and never again; know how long it will take.',
    },
    preferredChannels: ['email', 'call_centre', 'social'],
  },
  stages: [
    { key: 'delivery', name: { de: 'Lieferung', en: 'Delivery' } },
    { key: 'complaint', name: { de: 'Beschwerde', en: 'Complaint' } },
    { key: 'escalation', name: { de: 'Eskalation', en: 'Escalation' } },
    { key: 'resolution', name: { de: 'Lösung', en: 'Resolution' } },
  ],
  touchpoints: [
    {
      key: 'damaged',
      voice: {
        thinks: { de: 'Hoffentlich ist das schnell geklärt.', en: 'Hopefully this is sorted out quickly.' },
        feels: { de: 'enttäuscht', en: 'disappointed' },
      },
      stage: 'delivery',
      channel: 'shop',
      owner: 'ecommerce',
      emotion: -1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Beschädigte Ware ausgepackt', en: 'Unpacking damaged goods' },
      customerAction: {
        de: 'Sucht im Kundenkonto nach einer Möglichkeit zur Reklamation.',
        en: 'Looks in his account for a way to complain.',
      },
      companyResponse: {
        de: 'Konto zeigt nur ein Kontaktformular ohne Bezug zur Bestellung.',
        en: 'The account only offers a contact form unrelated to the order.',
      },
      kpi: { de: 'Reklamationsquote', en: 'Complaint rate' },
    },
    {
      key: 'email',
      voice: {
        says: {
          de: 'Ich habe Fotos und die Bestellnummer geschickt – bitte melden Sie sich.',
          en: 'I sent photos and the order number — please get back to me.',
        },
        painPoints: { de: 'Drei Tage ohne Antwort', en: 'Three days without an answer' },
      },
      stage: 'complaint',
      channel: 'email',
      owner: 'customer_service',
      emotion: -1,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Beschwerde per E-Mail', en: 'Complaint by email' },
      customerAction: {
        de: 'Schreibt eine E-Mail mit Fotos und Bestellnummer.',
        en: 'Writes an email with photos and the order number.',
      },
      companyResponse: {
        de: 'Automatische Eingangsbestätigung, danach drei Tage nichts.',
        en: 'An automatic acknowledgement, then nothing for three days.',
      },
      kpi: { de: 'Antwortzeit', en: 'Response time' },
    },
    {
      key: 'hotline',
      voice: {
        feels: { de: 'verärgert', en: 'angry' },
        says: { de: 'Das habe ich doch alles schon geschrieben!', en: 'I already wrote all of this!' },
        painPoints: { de: 'Muss alles noch einmal erzählen', en: 'Has to tell everything again' },
      },
      stage: 'escalation',
      channel: 'call_centre',
      owner: 'customer_service',
      supporting: ['sales'],
      emotion: -2,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Anruf bei der Hotline', en: 'Calling the hotline' },
      customerAction: {
        de: 'Ruft an und muss den Fall von vorn erzählen.',
        en: 'Calls and has to explain the case from the start.',
      },
      companyResponse: {
        de: 'Hotline findet die E-Mail nicht und bittet, die Fotos erneut zu senden.',
        en: 'The hotline cannot find the email and asks him to send the photos again.',
      },
      kpi: { de: 'Wiederholte Kontakte pro Fall', en: 'Repeat contacts per case' },
      notes: {
        de: 'E-Mail-Postfach und Telefonsystem sind nicht verbunden.',
        en: 'The email inbox and the phone system are not connected.',
      },
    },
    {
      key: 'post',
      voice: {
        thinks: {
          de: 'Vielleicht reagieren sie, wenn es alle sehen.',
          en: 'Maybe they react when everyone can see it.',
        },
        feels: { de: 'wütend', en: 'furious' },
      },
      stage: 'escalation',
      channel: 'social',
      owner: 'marketing_digital',
      supporting: ['customer_service', 'management'],
      emotion: -2,
      backChannel: true,
      knowsHistory: false,
      title: { de: 'Öffentlicher Beitrag', en: 'Public post' },
      customerAction: {
        de: 'Postet Fotos der beschädigten Ware und markiert das Unternehmen.',
        en: 'Posts photos of the damaged goods and tags the company.',
      },
      companyResponse: {
        de: 'Social-Media-Team antwortet öffentlich und bittet um eine Direktnachricht.',
        en: 'The social media team replies publicly and asks for a direct message.',
      },
      kpi: { de: 'Reaktionszeit in sozialen Medien', en: 'Social response time' },
    },
    {
      key: 'callback',
      voice: {
        feels: { de: 'erleichtert', en: 'relieved' },
        says: { de: 'Endlich kennt jemand meinen Fall.', en: 'Finally someone knows my case.' },
      },
      stage: 'resolution',
      channel: 'call_centre',
      owner: 'customer_service',
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Rückruf mit der ganzen Vorgeschichte', en: 'Call back with the full history' },
      customerAction: {
        de: 'Wird zurückgerufen, ohne etwas wiederholen zu müssen.',
        en: 'Gets a call back without repeating anything.',
      },
      companyResponse: {
        de: 'Ein Ansprechpartner übernimmt den Fall und sagt Ersatz bis Freitag zu.',
        en: 'One contact takes over the case and promises a replacement by Friday.',
      },
      kpi: { de: 'Zufriedenheit nach Lösung', en: 'Satisfaction after resolution' },
    },
    {
      key: 'replacement',
      voice: {
        thinks: {
          de: 'So darf es beim nächsten Mal gern gleich laufen.',
          en: 'Next time it can go like this straight away.',
        },
      },
      stage: 'resolution',
      channel: 'email',
      owner: 'ecommerce',
      supporting: ['customer_service'],
      emotion: 1,
      backChannel: true,
      knowsHistory: true,
      title: { de: 'Ersatzlieferung mit Entschuldigung', en: 'Replacement with an apology' },
      customerAction: {
        de: 'Erhält die Versandbestätigung für den Ersatz.',
        en: 'Receives the shipping confirmation for the replacement.',
      },
      companyResponse: {
        de: 'E-Mail nennt den Fall, den Liefertermin und einen Gutschein.',
        en: 'The email names the case, the delivery date and a voucher.',
      },
      kpi: { de: 'Wiederkaufrate nach Beschwerde', en: 'Repurchase after a complaint' },
    },
  ],
  transitions: [
    {
      from: 'damaged',
      to: 'email',
      carriesContext: false,
      notes: { de: 'Kontaktformular ohne Bestellbezug', en: 'Contact form without the order' },
    },
    {
      from: 'email',
      to: 'hotline',
      carriesContext: false,
      notes: { de: 'Die Hotline sieht die E-Mail nicht', en: 'The hotline does not see the email' },
    },
    { from: 'hotline', to: 'post', carriesContext: false },
    {
      from: 'post',
      to: 'callback',
      carriesContext: true,
      notes: { de: 'Fall wird mit Verlauf übergeben', en: 'The case is handed over with its history' },
    },
    { from: 'callback', to: 'replacement', carriesContext: true },
  ],
  backstage: [
    {
      key: 'log-mail',
      department: 'customer_service',
      title: { de: 'Ticket aus der E-Mail anlegen', en: 'Create a ticket from the email' },
      description: {
        de: 'Die E-Mail landet mit Fotos im Ticketsystem – ohne Verknüpfung zur Bestellung.',
        en: 'The email lands in the ticket system with its photos — without a link to the order.',
      },
      serves: ['email'],
      systems: ['ticketing'],
    },
    {
      key: 'hotline-lookup',
      department: 'customer_service',
      title: {
        de: 'Fall suchen – ohne Zugriff auf das Ticket',
        en: 'Search for the case — without access to the ticket',
      },
      serves: ['hotline'],
      systems: ['crm'],
    },
    {
      key: 'social-reply',
      department: 'marketing_digital',
      title: {
        de: 'Öffentlich antworten und per Direktnachricht übernehmen',
        en: 'Reply in public and take it to a direct message',
      },
      serves: ['post'],
      systems: ['analytics'],
    },
    {
      key: 'case-file',
      department: 'customer_service',
      title: { de: 'Fallakte aus allen Kanälen zusammenführen', en: 'Merge the case file from all channels' },
      serves: ['callback'],
      systems: ['crm', 'ticketing'],
    },
    {
      key: 'ship-replacement',
      department: 'ecommerce',
      title: { de: 'Ersatzlieferung auslösen', en: 'Trigger the replacement shipment' },
      serves: ['replacement'],
      systems: ['erp', 'warehouse'],
    },
  ],
  backstageHandoffs: [
    {
      from: 'log-mail',
      to: 'hotline-lookup',
      carriesContext: false,
      notes: {
        de: 'Die Hotline sieht das Ticket aus der E-Mail nicht',
        en: 'The hotline cannot see the ticket from the email',
      },
    },
    {
      from: 'social-reply',
      to: 'case-file',
      carriesContext: false,
      notes: {
        de: 'Der Verlauf aus Social Media erreicht den Kundenservice nicht',
        en: 'The social media thread does not reach customer service',
      },
    },
    {
      from: 'case-file',
      to: 'ship-replacement',
      carriesContext: true,
    },
  ],
};
