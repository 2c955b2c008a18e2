import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionWarnings, type ConsistencyFinding } from '../../../../shared/messages';
import type { Touchpoint } from '../../../../shared/schema/tables';
import { channelName } from '../labels';
import { channelVariants, messageOf } from '../../../../shared/messages/message-edits';
import { useMessagesUi } from '../MessagesUiContext';
import type { MessagesData } from '../useMessagesData';
import { CoreMessageEditor } from './CoreMessageEditor';
import { PreviewGallery } from './PreviewGallery';
import { VariantEditor } from './VariantEditor';
import { useCanEdit } from '../../../app/useCanEdit';
import { VariantList } from './VariantList';

interface TouchpointEditorProps {
  touchpoint: Touchpoint;
  data: MessagesData;
  /** The journey's consistency findings, for the problem counts. */
  findings: readonly ConsistencyFinding[];
}

/** Everything written for one touchpoint: the core message, its channel variants, the open variant and all previews. */
export function TouchpointEditor({ touchpoint, data, findings }: TouchpointEditorProps) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const message = messageOf(data.messages, touchpoint.id);
  const variants = useMemo(
    () => (message ? data.variants.filter((v) => v.message_id === message.id) : []),
    [data.variants, message],
  );
  const wanted = useMessagesUi((s) => s.variantId);
  const selected =
    variants.find((v) => v.id === wanted) ??
    (touchpoint.channel_id !== null ? channelVariants(variants, touchpoint.channel_id)[0] : undefined) ??
    variants[0];
  const warnings = useMemo(() => conditionWarnings(variants, data.channelById), [variants, data.channelById]);
  const problems = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings)
      if (f.variantId !== undefined && f.severity !== 'info')
        counts.set(f.variantId, (counts.get(f.variantId) ?? 0) + 1);
    return counts;
  }, [findings]);
  const stage = data.stages.find((s) => s.id === touchpoint.stage_id);

  return (
    <div className={`tp-editor${canEdit ? '' : ' read-only'}`}>
      <header className="tp-head">
        <h2>{touchpoint.title || t('messages.outline.untitled')}</h2>
        <p className="muted">
          {t('messages.editor.touchpointMeta', {
            stage: stage?.name ?? t('messages.outline.noStage'),
            channel: channelName(t, data.channelById, touchpoint.channel_id),
          })}
        </p>
      </header>
      <CoreMessageEditor
        key={touchpoint.id}
        touchpoint={touchpoint}
        message={message}
        data={data}
        findings={message ? findings.filter((f) => f.messageId === message.id && f.variantId === undefined) : []}
      />
      <VariantList
        touchpoint={touchpoint}
        message={message}
        variants={variants}
        selectedId={selected?.id ?? null}
        data={data}
        problems={problems}
        channelWarnings={warnings.filter((w) => w.kind === 'no_default')}
      />
      {selected && message ? (
        <fieldset className="plain-fieldset" disabled={!canEdit}>
          <VariantEditor
            key={selected.id}
            variant={selected}
            message={message}
            variants={variants}
            data={data}
            warnings={warnings.filter((w) => w.variantId === selected.id)}
            findings={findings.filter((f) => f.variantId === selected.id)}
          />
        </fieldset>
      ) : null}
      {variants.length > 0 ? <PreviewGallery variants={variants} data={data} /> : null}
    </div>
  );
}
