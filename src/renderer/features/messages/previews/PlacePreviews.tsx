import { useTranslation } from 'react-i18next';
import type { PreviewProps } from './ChannelPreview';

/** Channels in the web and in the world: social post, web banner, poster, shop window, catalogue block, call script. */

export function SocialPreview({ texts, sender }: PreviewProps) {
  const { t } = useTranslation();
  return (
    <div className="pv pv-social">
      <div className="pv-social-head">
        <span className="pv-avatar" aria-hidden="true">
          {Array.from(sender)[0]?.toUpperCase()}
        </span>
        <div>
          <strong>{sender}</strong>
          <div className="pv-time">{t('messages.preview.posted')}</div>
        </div>
      </div>
      {texts.body ? <p className="pv-text">{texts.body}</p> : null}
      {texts.headline || texts.cta ? (
        <div className="pv-social-card">
          <div className="pv-picture" aria-hidden="true" />
          <div className="pv-social-card-text">
            {texts.headline ? <strong>{texts.headline}</strong> : null}
            {texts.cta ? <span className="pv-button small">{texts.cta}</span> : null}
          </div>
        </div>
      ) : null}
      <div className="pv-social-actions" aria-hidden="true">
        <span>{t('messages.preview.like')}</span>
        <span>{t('messages.preview.comment')}</span>
        <span>{t('messages.preview.share')}</span>
      </div>
    </div>
  );
}

export function BannerPreview({ texts, ad }: PreviewProps & { ad: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="pv pv-browser">
      <div className="pv-browser-bar" aria-hidden="true">
        <span className="pv-dots">
          <i />
          <i />
          <i />
        </span>
        <span className="pv-address">{t('messages.preview.address')}</span>
      </div>
      <div className="pv-banner">
        {ad ? <span className="pv-ad">{t('messages.preview.ad')}</span> : null}
        {texts.headline ? <h4 className="pv-headline">{texts.headline}</h4> : null}
        {texts.body ? <p className="pv-text">{texts.body}</p> : null}
        {texts.cta ? <span className="pv-button">{texts.cta}</span> : null}
      </div>
    </div>
  );
}

export function PosterPreview({ texts, sender, inWindow }: PreviewProps & { inWindow: boolean }) {
  return (
    <div className={`pv ${inWindow ? 'pv-window' : 'pv-poster-wall'}`}>
      <div className="pv-poster">
        <span className="pv-poster-brand">{sender}</span>
        {texts.headline ? <h4 className="pv-poster-headline">{texts.headline}</h4> : null}
        {texts.body ? <p className="pv-text">{texts.body}</p> : null}
        {texts.cta ? <div className="pv-poster-cta">{texts.cta}</div> : null}
      </div>
    </div>
  );
}

export function CataloguePreview({ texts, sender }: PreviewProps) {
  return (
    <div className="pv pv-catalogue">
      <div className="pv-catalogue-head">
        <span>{sender}</span>
        <span>12</span>
      </div>
      <div className="pv-catalogue-block">
        <div className="pv-picture" aria-hidden="true" />
        <div>
          {texts.headline ? <h4 className="pv-catalogue-headline">{texts.headline}</h4> : null}
          {texts.body ? <p className="pv-text">{texts.body}</p> : null}
          {texts.cta ? <strong className="pv-catalogue-cta">{texts.cta}</strong> : null}
        </div>
      </div>
    </div>
  );
}

export function ScriptPreview({ texts, sender }: PreviewProps) {
  const { t } = useTranslation();
  const lines = [
    { who: t('messages.preview.scriptGreet'), text: t('messages.preview.greeting', { sender }) },
    { who: t('messages.preview.scriptSay'), text: texts.headline },
    { who: t('messages.preview.scriptExplain'), text: texts.body },
    { who: t('messages.preview.scriptOffer'), text: texts.cta },
  ].filter((l) => l.text);
  return (
    <div className="pv pv-script">
      <div className="pv-script-title">{t('messages.preview.script')}</div>
      <ol>
        {lines.map((l) => (
          <li key={l.who}>
            <span className="pv-speaker">{l.who}</span>
            <span className="pv-text">{l.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function PlainPreview({ texts }: PreviewProps) {
  return (
    <div className="pv pv-plain">
      {texts.headline ? <h4 className="pv-headline">{texts.headline}</h4> : null}
      {texts.body ? <p className="pv-text">{texts.body}</p> : null}
      {texts.cta ? <span className="pv-button">{texts.cta}</span> : null}
    </div>
  );
}
