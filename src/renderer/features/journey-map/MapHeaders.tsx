import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayout } from '../../../shared/map/geometry';
import { cellOf, type MapModel } from '../../../shared/map/model';
import { AddLane } from './AddLane';
import { ADD_LANE_HEIGHT } from './MapCanvas';
import { mapIcons } from './map-icons';
import type { Channel } from '../../../shared/schema/tables';

interface HeaderProps {
  model: MapModel;
  layout: MapLayout;
  zoom: number;
  inner: Ref<HTMLDivElement>;
}

/** The stage names above the columns; they follow the canvas sideways (the frame moves `inner`). */
export const StageHeaders = memo(function StageHeaders({ model, layout, zoom, inner }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="map-stage-strip">
      <div className="strip-inner" ref={inner} style={{ width: layout.width * zoom }}>
        <ol aria-label={t('map.stagesLabel')}>
          {model.stages.map((stage, i) => {
            const col = layout.columns[i]!;
            const count = model.lanes.reduce((n, lane) => n + cellOf(model, stage.id, lane.channelId).length, 0);
            return (
              <li
                key={stage.id}
                className="stage-head"
                style={{ left: col.start * zoom, width: col.size * zoom }}
                aria-label={t('map.stageHeader', { name: stage.name, count })}
                title={stage.name}
              >
                <span className="stage-head-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="stage-head-name" aria-hidden="true">
                  {stage.name}
                </span>
                {/* Zoomed far out there is room for the number and the name only. */}
                {col.size * zoom >= 120 ? (
                  <span className="stage-head-count" aria-hidden="true">
                    {count}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
});

interface LaneHeaderProps extends HeaderProps {
  channels: readonly Channel[];
  onOpenLane: (channelId: string) => void;
}

/** The channel names beside the lanes, and the "add channel" lane at the bottom; they follow the canvas up and down. */
export const LaneHeaders = memo(function LaneHeaders({
  model,
  layout,
  zoom,
  inner,
  channels,
  onOpenLane,
}: LaneHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="map-lane-strip">
      <div className="strip-inner" ref={inner} style={{ height: (layout.height + ADD_LANE_HEIGHT) * zoom }}>
        <ul aria-label={t('map.lanesLabel')}>
          {model.lanes.map((lane, i) => {
            const band = layout.lanes[i]!;
            const c = lane.channel;
            return (
              <li
                key={lane.channelId}
                className={`lane-head${lane.closed ? ' closed' : ''}`}
                style={{ top: band.start * zoom, height: band.size * zoom }}
              >
                <span className="lane-head-name">{c?.name ?? t('map.lane.missing')}</span>
                {c ? (
                  <span className="lane-head-meta">
                    <span
                      title={c.online ? t('map.lane.online') : t('map.lane.offline')}
                      aria-label={c.online ? t('map.lane.online') : t('map.lane.offline')}
                      role="img"
                    >
                      {c.online ? mapIcons.online : mapIcons.offline}
                    </span>
                    {/* The kind only when the name does not already say it. */}
                    {t(`channels.kinds.${c.kind}`).toLowerCase() !== c.name.toLowerCase() ? (
                      <span>{t(`channels.kinds.${c.kind}`)}</span>
                    ) : null}
                    {c.back_channel ? (
                      <span
                        className="lane-back"
                        title={t('map.lane.backChannel')}
                        aria-label={t('map.lane.backChannel')}
                        role="img"
                      >
                        {mapIcons.backChannel}
                      </span>
                    ) : null}
                    {c.archived ? <span className="lane-archived">{t('map.lane.archived')}</span> : null}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
        <div className="lane-head add" style={{ top: layout.height * zoom, height: ADD_LANE_HEIGHT * zoom }}>
          <AddLane model={model} channels={channels} onOpen={onOpenLane} />
        </div>
      </div>
    </div>
  );
});
