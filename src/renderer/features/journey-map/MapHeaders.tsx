import { memo, type FocusEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldEdit } from '../../../shared/edits';
import type { MapUiStore } from './map-ui-store';
import { AddLane } from './AddLane';
import { EditableName } from './EditableName';
import { mapIcons } from './map-icons';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

interface HeaderProps {
  data: MapData;
  zoom: number;
  inner: Ref<HTMLDivElement>;
  actions: MapActions;
  /** Scroll the map so this span of the strip (zoomed px from its start) is in view. */
  onReveal: (axis: 'x' | 'y', start: number, size: number) => void;
}

/** Where a focused control sits in its strip's inner box, so the map can scroll to it. */
function revealOnFocus(axis: 'x' | 'y', onReveal: HeaderProps['onReveal']) {
  return (e: FocusEvent<HTMLDivElement>) => {
    const inner = e.currentTarget.firstElementChild;
    if (!(e.target instanceof HTMLElement) || !inner) return;
    const box = e.target.getBoundingClientRect();
    const origin = inner.getBoundingClientRect();
    if (axis === 'y') onReveal('y', box.top - origin.top, box.height);
    else onReveal('x', box.left - origin.left, box.width);
  };
}

/** The stage names above the columns, editable in place; they follow the canvas sideways (the frame moves `inner`). */
export const StageHeaders = memo(function StageHeaders({ data, zoom, inner, actions, onReveal }: HeaderProps) {
  const { t } = useTranslation();
  const { view, layout } = data;
  return (
    <div className="map-stage-strip" onFocus={revealOnFocus('x', onReveal)}>
      <div className="strip-inner" ref={inner} style={{ width: layout.width * zoom }}>
        <ol aria-label={t('map.stagesLabel')}>
          {view.stages.map((stage, i) => {
            const col = layout.stages[i]!;
            const steps = view.slice.stepsByStage[i]!;
            const count = steps.reduce((n, s) => n + s.touchpoints.length, 0);
            return (
              <li
                key={stage.id}
                className="stage-head"
                style={{ left: col.start * zoom, width: col.size * zoom }}
                aria-label={t('map.stageHeader', { name: stage.name, count, steps: steps.length })}
              >
                <span className="stage-head-number" aria-hidden="true">
                  {i + 1}
                </span>
                <EditableName
                  className="stage-head-name"
                  value={stage.name}
                  label={t('map.renameStage', { name: stage.name })}
                  readOnly={actions.readOnly}
                  onCommit={(name) => actions.edit('renameStage', [fieldEdit('stages', stage.id, 'name', name)])}
                />
                {/* Zoomed far out there is room for the number and the name only. */}
                {col.size * zoom >= 150 ? (
                  <span
                    className="stage-head-count"
                    aria-hidden="true"
                    title={t('map.stageCount', { count, steps: steps.length })}
                  >
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
  ui: MapUiStore;
}

/**
 * The lane names beside the lanes, editable in place: the thoughts row, the
 * channels, the "add channel" lane, the line of visibility, the departments
 * working backstage, the "add department" lane and the systems. They follow
 * the canvas up and down.
 */
export const LaneHeaders = memo(function LaneHeaders({ data, zoom, inner, actions, onReveal }: LaneHeaderProps) {
  const { t } = useTranslation();
  const { view, layout } = data;
  const at = (start: number, size: number) => ({ top: start * zoom, height: size * zoom });
  return (
    <div className="map-lane-strip" onFocus={revealOnFocus('y', onReveal)}>
      <div className="strip-inner" ref={inner} style={{ height: layout.height * zoom }}>
        {layout.thoughts ? (
          <div className="lane-head thoughts" style={at(layout.thoughts.start, layout.thoughts.size)}>
            <span className="lane-head-name">{t('map.thoughts.title')}</span>
            <span className="lane-head-meta">{t('map.thoughts.hint')}</span>
          </div>
        ) : null}
        <ul aria-label={t('map.lanesLabel')}>
          {view.lanes.map((lane, i) => {
            const band = layout.lanes[i]!;
            const c = lane.channel;
            return (
              <li
                key={lane.channelId}
                className={`lane-head${lane.closed ? ' closed' : ''}`}
                style={at(band.start, band.size)}
              >
                {c ? (
                  <EditableName
                    className="lane-head-name"
                    value={c.name}
                    label={t('map.lane.rename', { name: c.name })}
                    readOnly={actions.readOnly}
                    onCommit={(name) => actions.edit('renameChannel', [fieldEdit('channels', c.id, 'name', name)])}
                  />
                ) : (
                  <span className="lane-head-name">{t('map.lane.missing')}</span>
                )}
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
                {lane.empty && !actions.readOnly ? (
                  <button
                    type="button"
                    className="button small ghost lane-close"
                    aria-label={t('map.lane.close', { name: c?.name ?? '' })}
                    onClick={() => actions.closeLane('channel', lane.channelId)}
                  >
                    {t('map.lane.closeShort')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
        {actions.readOnly ? null : (
          <div className="lane-head add" style={at(layout.addLane.start, layout.addLane.size)}>
            <AddLane data={data} kind="channel" onOpen={(id) => actions.openLane('channel', id)} />
          </div>
        )}
        {layout.visibility ? (
          <div
            className="lane-head visibility"
            style={at(layout.visibility.start, layout.visibility.size)}
            title={t('map.backstage.lineOfVisibility')}
          >
            <span>{t('map.backstage.lineOfVisibility')}</span>
          </div>
        ) : null}
        {layout.visibility ? (
          <ul aria-label={t('map.backstage.lanesLabel')}>
            {view.backLanes.map((lane, i) => {
              const band = layout.backLanes[i]!;
              const d = lane.department;
              return (
                <li key={lane.departmentId || '-'} className="lane-head back" style={at(band.start, band.size)}>
                  <span className="lane-swatch" style={{ background: d?.color ?? '#9aa5b3' }} aria-hidden="true" />
                  {d ? (
                    <EditableName
                      className="lane-head-name"
                      value={d.name}
                      label={t('map.backstage.renameDepartment', { name: d.name })}
                      readOnly={actions.readOnly}
                      onCommit={(name) =>
                        actions.edit('renameDepartment', [fieldEdit('departments', d.id, 'name', name)])
                      }
                    />
                  ) : (
                    <span className="lane-head-name">{t('map.backstage.noDepartment')}</span>
                  )}
                  {lane.empty && !actions.readOnly ? (
                    <button
                      type="button"
                      className="button small ghost lane-close"
                      aria-label={t('map.lane.close', { name: d?.name ?? '' })}
                      onClick={() => actions.closeLane('department', lane.departmentId)}
                    >
                      {t('map.lane.closeShort')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {layout.addBackLane && !actions.readOnly ? (
          <div className="lane-head add" style={at(layout.addBackLane.start, layout.addBackLane.size)}>
            <AddLane data={data} kind="department" onOpen={(id) => actions.openLane('department', id)} />
          </div>
        ) : null}
        {layout.systems ? (
          <div className="lane-head systems" style={at(layout.systems.start, layout.systems.size)}>
            <span className="lane-head-name">{t('map.backstage.systems')}</span>
          </div>
        ) : null}
      </div>
    </div>
  );
});
