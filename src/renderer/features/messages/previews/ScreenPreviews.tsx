import { useTranslation } from 'react-i18next';
import type { PreviewProps } from './ChannelPreview';

/** Channels read on a screen: e-mail (inbox row and body), SMS, push notification. */

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '•';
}

export function EmailPreview({ texts, sender }: PreviewProps) {
  const { t } = useTranslation();
  const teaser = texts.preheader || texts.body;
  return (
    <div className="pv pv-email">
      <div className="pv-inbox">
        <div className="pv-inbox-title">{t('messages.preview.inbox')}</div>
        <div className="pv-inbox-row">
          <span className="pv-avatar" aria-hidden="true">
            {initial(sender)}
          </span>
          <div className="pv-inbox-text">
            <div className="pv-inbox-top">
              <strong>{sender}</strong>
              <span className="pv-time">09:41</span>
            </div>
            <div className="pv-subject">{texts.subject || t('messages.preview.noSubject')}</div>
            <div className="pv-teaser">{teaser}</div>
          </div>
        </div>
      </div>
      <div className="pv-mail">
        <div className="pv-mail-brand">{sender}</div>
        {texts.headline ? <h4 className="pv-headline">{texts.headline}</h4> : null}
        {texts.body ? <p className="pv-text">{texts.body}</p> : null}
        {texts.cta ? <span className="pv-button">{texts.cta}</span> : null}
      </div>
    </div>
  );
}

export function SmsPreview({ sender, sms, segments }: PreviewProps) {
  const { t } = useTranslation();
  return (
    <div className="pv pv-phone">
      <div className="pv-phone-top">
        <span className="pv-avatar small" aria-hidden="true">
          {initial(sender)}
        </span>
        <strong>{sender}</strong>
      </div>
      <div className="pv-thread">
        <div className="pv-bubble pv-text">{sms || t('messages.preview.empty')}</div>
        <div className="pv-bubble-meta">{t('messages.preview.smsMeta', { count: segments })}</div>
      </div>
    </div>
  );
}

export function PushPreview({ texts, sender }: PreviewProps) {
  const { t } = useTranslation();
  return (
    <div className="pv pv-lock">
      <div className="pv-clock">09:41</div>
      <div className="pv-notification">
        <div className="pv-notification-head">
          <span className="pv-app-icon" aria-hidden="true">
            {initial(sender)}
          </span>
          <span>{sender}</span>
          <span className="pv-time">{t('messages.preview.now')}</span>
        </div>
        {texts.headline ? <strong className="pv-notification-title">{texts.headline}</strong> : null}
        {texts.body ? <p className="pv-text">{texts.body}</p> : null}
        {texts.cta ? <div className="pv-notification-action">{texts.cta}</div> : null}
      </div>
    </div>
  );
}
