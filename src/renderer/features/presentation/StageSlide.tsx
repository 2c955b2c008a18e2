import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useHyphenate } from '../../i18n/useHyphenate';
import type { Channel, Touchpoint } from '../../../shared/schema/tables';
import type { MapModel } from '../../../shared/map/model';
import { mapIcons } from '../journey-map/map-icons';
import type { DepartmentLook } from '../journey-map/useMapData';
import type { ChannelGroup, Density, StageSlide as StageSlideData } from './deck';
import { EmotionFace } from './EmotionFace';
import { KeyMessageList } from './KeyMessageList';
import { StageCurve } from './StageCurve';

interface Props {
  slide: StageSlideData;
  model: MapModel;
  journeyName: string;
  channels: ReadonlyMap<string, Channel>;
  departments: ReadonlyMap<string, DepartmentLook>;
}

/** One stage: its touchpoints by channel, its key messages, and where it sits on the journey's emotion curve. */
export function StageSlide({ slide, model, journeyName, channels, departments }: Props) {
  const { t } = useTranslation();
  const hyphenate = useHyphenate();
  const name = hyphenate(slide.stage.name || t('presentation.stage.untitled'));
  return (
    <div className="deck-stage">
      <header className="deck-stage-head">
        <p className="deck-eyebrow">
          <span>{t('presentation.stage.position', { position: slide.position, count: slide.stageCount })}</span>
          <span className="deck-eyebrow-journey">{journeyName}</span>
        </p>
        <h1 className="deck-stage-name">{name}</h1>
        <p className="deck-stage-count">{t('presentation.stage.touchpointCount', { count: slide.total })}</p>
      </header>
      <div className={`deck-stage-body is-${slide.density}${slide.messages.shown.length === 0 ? ' no-messages' : ''}`}>
        <section className="deck-touchpoints" aria-label={t('presentation.stage.touchpoints')}>
          {slide.groups.length === 0 ? (
            <div className="deck-empty">
              <p className="deck-empty-title">{t('presentation.stage.empty')}</p>
              <p className="deck-muted">{t('presentation.stage.emptyHint')}</p>
            </div>
          ) : (
            <div className={`deck-groups is-${slide.density}`}>
              {slide.groups.map((g) => (
                <Group key={g.channelId} group={g} density={slide.density} departments={departments} />
              ))}
            </div>
          )}
        </section>
        <KeyMessageList messages={slide.messages} model={model} channels={channels} />
      </div>
      <StageCurve model={model} current={slide.position - 1} />
    </div>
  );
}

/** More lines than a column of the dense layout holds comfortably. */
const LONG_GROUP = 10;

function Group({
  group,
  density,
  departments,
}: {
  group: ChannelGroup;
  density: Density;
  departments: ReadonlyMap<string, DepartmentLook>;
}) {
  const { t } = useTranslation();
  const channel = group.channel?.name || t('presentation.stage.unknownChannel');
  const total = group.touchpoints.length + group.hidden;
  return (
    <section
      className={`deck-group${group.touchpoints.length > LONG_GROUP ? ' is-long' : ''}`}
      aria-label={`${channel} (${total})`}
    >
      <h2 className="deck-group-name">
        <span>{channel}</span>
        <span className="deck-group-count" aria-hidden="true">
          {total}
        </span>
      </h2>
      <ul className="deck-tps">
        {group.touchpoints.map((tp) => (
          <TouchpointItem key={tp.id} tp={tp} density={density} departments={departments} />
        ))}
        {group.hidden > 0 ? (
          <li className="deck-more">
            <span aria-hidden="true">{t('presentation.stage.more', { count: group.hidden })}</span>
            <span className="visually-hidden">
              {t('presentation.stage.moreLabel', { count: group.hidden, channel })}
            </span>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function TouchpointItem({
  tp,
  density,
  departments,
}: {
  tp: Touchpoint;
  density: Density;
  departments: ReadonlyMap<string, DepartmentLook>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const hyphenate = useHyphenate();
  const owner = tp.owner_department_id ? departments.get(tp.owner_department_id) : undefined;
  const feeling = t(`presentation.stage.feeling.${String(tp.emotion) as '0'}`);
  const emotionLabel = t('presentation.stage.emotion', {
    score: format.signed(tp.emotion),
    feeling,
  });
  const flags = (
    <>
      {tp.back_channel ? (
        <span className="deck-flag" title={t('presentation.stage.backChannel')}>
          {mapIcons.backChannel}
          <span className={density === 'roomy' ? undefined : 'visually-hidden'}>
            {t('presentation.stage.backChannel')}
          </span>
        </span>
      ) : null}
      {tp.knows_history ? (
        <span className="deck-flag" title={t('presentation.stage.knowsHistory')}>
          {mapIcons.history}
          <span className={density === 'roomy' ? undefined : 'visually-hidden'}>
            {t('presentation.stage.knowsHistory')}
          </span>
        </span>
      ) : null}
    </>
  );
  const ownerChip = (
    <span
      className={`deck-owner${owner ? '' : ' is-none'}`}
      style={{ ['--owner' as string]: owner?.color ?? '#9aa5b3' }}
    >
      <span className="deck-owner-dot" aria-hidden="true" />
      <span className="deck-owner-name">{owner?.name || t('presentation.stage.noOwner')}</span>
    </span>
  );
  const title = hyphenate(tp.title || t('presentation.stage.untitledTouchpoint'));
  if (density === 'dense') {
    return (
      <li className="deck-tp is-dense" style={{ ['--owner' as string]: owner?.color ?? '#9aa5b3' }}>
        <span className="deck-owner-dot" aria-hidden="true" />
        <span className="deck-tp-title">{title}</span>
        <span className="visually-hidden">{owner?.name || t('presentation.stage.noOwner')}</span>
        {flags}
        <EmotionFace emotion={tp.emotion} label={emotionLabel} />
      </li>
    );
  }
  return (
    <li className={`deck-tp is-${density}`} style={{ ['--owner' as string]: owner?.color ?? '#9aa5b3' }}>
      <p className="deck-tp-title">{title}</p>
      {tp.customer_action || tp.company_response ? (
        <p className="deck-tp-flow">
          {tp.customer_action ? (
            <span className="deck-tp-action">
              <span className="visually-hidden">{t('presentation.stage.customerAction')}: </span>
              {hyphenate(tp.customer_action)}
            </span>
          ) : null}
          {tp.customer_action && tp.company_response ? (
            <span className="deck-tp-arrow" aria-hidden="true">
              →
            </span>
          ) : null}
          {tp.company_response ? (
            <span className="deck-tp-response">
              <span className="visually-hidden">{t('presentation.stage.companyResponse')}: </span>
              {hyphenate(tp.company_response)}
            </span>
          ) : null}
        </p>
      ) : null}
      <p className="deck-tp-meta">
        {ownerChip}
        <span className="deck-tp-flags">
          {flags}
          <EmotionFace emotion={tp.emotion} label={emotionLabel} />
        </span>
      </p>
    </li>
  );
}
