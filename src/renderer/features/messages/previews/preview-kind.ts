import type { ChannelKind } from '../../../../shared/schema/tables';

/** How a channel's messages are shown: one look per family of channels. */
export type PreviewKind =
  'email' | 'sms' | 'push' | 'social' | 'banner' | 'poster' | 'window' | 'catalogue' | 'script' | 'plain';

const KINDS: Readonly<Record<ChannelKind, PreviewKind>> = {
  email: 'email',
  sms: 'sms',
  push: 'push',
  app: 'push',
  social: 'social',
  website: 'banner',
  shop: 'banner',
  search_ads: 'banner',
  store: 'poster',
  shop_window: 'window',
  print: 'catalogue',
  call_centre: 'script',
  reseller: 'plain',
  review_site: 'plain',
  other: 'plain',
};

export function previewKind(kind: ChannelKind): PreviewKind {
  return KINDS[kind];
}
