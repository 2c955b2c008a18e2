import { useTranslation } from 'react-i18next';
import { renderText, VARIANT_FIELDS, type VariantTexts } from '../../../../shared/messages';
import type { Variant } from '../../../../shared/schema/tables';
import { variantName } from '../labels';
import { channelVariants } from '../../../../shared/messages/message-edits';
import { ChannelPreview, senderOf } from '../previews/ChannelPreview';
import type { MessagesData } from '../useMessagesData';

/** Every variant of the message side by side, as saved: one look at what each channel will show. */
export function PreviewGallery({ variants, data }: { variants: readonly Variant[]; data: MessagesData }) {
  const { t } = useTranslation();
  const ordered = [...new Set(variants.map((v) => v.channel_id ?? ''))].flatMap((id) => channelVariants(variants, id));
  return (
    <section className="card preview-gallery-card" aria-labelledby="gallery-title">
      <h3 id="gallery-title">{t('messages.editor.allPreviews')}</h3>
      <div className="preview-gallery">
        {ordered.map((v) => {
          const texts = {} as VariantTexts;
          for (const f of VARIANT_FIELDS) texts[f] = renderText(v[f], data.factValues).text;
          const channel = v.channel_id !== null ? data.channelById.get(v.channel_id) : undefined;
          return (
            <ChannelPreview
              key={v.id}
              kind={channel?.kind ?? 'other'}
              texts={texts}
              sender={senderOf(channel, data.workspace?.name || t('workspace.unnamed'))}
              caption={variantName(t, data.channelById, v)}
            />
          );
        })}
      </div>
    </section>
  );
}
