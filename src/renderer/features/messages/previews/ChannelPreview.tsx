import { useTranslation } from 'react-i18next';
import { countSms, smsText, type VariantTexts } from '../../../../shared/messages';
import type { Channel, ChannelKind } from '../../../../shared/schema/tables';
import {
  BannerPreview,
  CataloguePreview,
  PlainPreview,
  PosterPreview,
  ScriptPreview,
  SocialPreview,
} from './PlacePreviews';
import { previewKind } from './preview-kind';
import { EmailPreview, PushPreview, SmsPreview } from './ScreenPreviews';
import './previews.css';

export interface PreviewProps {
  /** The fields as the customer sees them (placeholders filled). */
  texts: VariantTexts;
  /** Who the message comes from: the channel's sender setting, else the workspace's name (see senderOf). */
  sender: string;
  /** The SMS as sent and its segments (for SMS previews). */
  sms: string;
  segments: number;
}

interface ChannelPreviewProps {
  kind: ChannelKind;
  texts: VariantTexts;
  sender: string;
  /** The caption: channel name, and the variant's condition where it matters. */
  caption: string;
  className?: string;
}

/** Who a message on this channel comes from in previews: the channel's own sender, else the workspace. */
export function senderOf(channel: Pick<Channel, 'preview_sender'> | undefined, workspaceName: string): string {
  return channel?.preview_sender.trim() || workspaceName;
}

/** The message as it will look on its channel; plain CSS, no remote pictures or fonts. */
export function ChannelPreview({ kind, texts, sender, caption, className }: ChannelPreviewProps) {
  const { t } = useTranslation();
  const sms = smsText(texts);
  const props: PreviewProps = { texts, sender, sms, segments: countSms(sms).segments };
  const look = previewKind(kind);
  const empty = !texts.headline.trim() && !texts.body.trim() && !texts.cta.trim() && !texts.subject.trim();
  return (
    <figure
      className={`preview preview-${look}${className ? ` ${className}` : ''}`}
      aria-label={t('messages.preview.label', { caption })}
    >
      {empty ? (
        <p className="pv-empty muted">{t('messages.preview.empty')}</p>
      ) : look === 'email' ? (
        <EmailPreview {...props} />
      ) : look === 'sms' ? (
        <SmsPreview {...props} />
      ) : look === 'push' ? (
        <PushPreview {...props} />
      ) : look === 'social' ? (
        <SocialPreview {...props} />
      ) : look === 'banner' ? (
        <BannerPreview {...props} ad={kind === 'search_ads'} />
      ) : look === 'poster' || look === 'window' ? (
        <PosterPreview {...props} inWindow={look === 'window'} />
      ) : look === 'catalogue' ? (
        <CataloguePreview {...props} />
      ) : look === 'script' ? (
        <ScriptPreview {...props} />
      ) : (
        <PlainPreview {...props} />
      )}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
