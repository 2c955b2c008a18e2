import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { icons } from '../../ui/icons';
import type { MapUiStore } from './map-ui-store';
import { mapIcons } from './map-icons';
import { MAP_KEYS, type MapKeyAction } from './map-keys';
import { KeyHelpDisclosure } from '../../ui/KeyHelp';
import type { MapData } from './useMapData';

interface MapToolbarProps {
  data: MapData;
  ui: MapUiStore;
  hitCount: number | null;
  onNextHit: () => void;
  /** A viewer's map: no adding, no connecting. */
  readOnly?: boolean;
}

/** Add, draw, search and highlight: what acts on the map as a whole (zoom sits in the map's corner). */
export function MapToolbar({ data, ui, hitCount, onNextHit, readOnly = false }: MapToolbarProps) {
  const { t } = useTranslation();
  const id = useId();
  const search = useStore(ui, (s) => s.search);
  const department = useStore(ui, (s) => s.department);
  const channel = useStore(ui, (s) => s.channel);
  const connectFrom = useStore(ui, (s) => s.connectFrom);
  const selection = useStore(ui, (s) => s.selection);
  const s = ui.getState();
  const noStages = data.view.stages.length === 0;
  const layers = useStore(ui, (st) => st.layers);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onNextHit();
    } else if (e.key === 'Escape') s.setSearch('');
  };
  const connect = () => {
    if (connectFrom) return s.startConnect(null);
    if (selection?.kind === 'touchpoint' || selection?.kind === 'backstage')
      s.startConnect({ kind: selection.kind, id: selection.id });
    else s.say('done', t('map.toolbar.connectHint'));
  };
  const departments = data.departments.filter((d) => !d.tombstone && (!d.archived || d.id === department));
  const lanes = data.view.lanes.filter((l) => l.channel);

  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.toolbar.label')}>
      {readOnly ? null : (
        <div className="toolbar-group">
          <button
            type="button"
            className="button small primary"
            disabled={noStages}
            onClick={() =>
              s.openDialog({
                kind: 'add',
                place:
                  selection?.kind === 'touchpoint'
                    ? {
                        time: { kind: 'after', itemId: selection.id },
                        channelId: data.view.touchpoints.get(selection.id)?.channel_id,
                      }
                    : {},
              })
            }
          >
            {icons.plus}
            <span>{t('map.toolbar.addTouchpoint')}</span>
          </button>
          <button
            type="button"
            className={`button small${connectFrom ? ' is-on' : ''}`}
            aria-pressed={connectFrom !== null}
            onClick={connect}
          >
            {mapIcons.connect}
            <span>{connectFrom ? t('map.toolbar.cancelConnect') : t('map.toolbar.connect')}</span>
          </button>
        </div>
      )}
      <div className="toolbar-group search-group">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          {t('map.toolbar.search')}
        </label>
        <span className="search-icon" aria-hidden="true">
          {mapIcons.search}
        </span>
        <input
          id={`${id}-search`}
          type="search"
          className="map-search"
          value={search}
          placeholder={t('map.toolbar.searchPlaceholder')}
          aria-describedby={`${id}-hits`}
          onChange={(e) => s.setSearch(e.target.value)}
          onKeyDown={onSearchKey}
        />
        <span id={`${id}-hits`} className="search-count" aria-live="polite">
          {hitCount === null
            ? ''
            : hitCount === 0
              ? t('map.toolbar.noMatches')
              : t('map.toolbar.matches', { count: hitCount })}
        </span>
        {hitCount ? (
          <button
            type="button"
            className="icon-button"
            aria-label={t('map.toolbar.nextMatch')}
            title={t('map.toolbar.nextMatch')}
            onClick={onNextHit}
          >
            {icons.down}
          </button>
        ) : null}
      </div>
      <details className="toolbar-group layers-menu">
        <summary className="button small">
          {mapIcons.layers}
          <span>{t('map.layers.label')}</span>
        </summary>
        <fieldset className="layers-list">
          <legend className="visually-hidden">{t('map.layers.label')}</legend>
          {(['thoughts', 'backstage', 'curve'] as const).map((layer) => (
            <label key={layer} className="choice">
              <input type="checkbox" checked={layers[layer]} onChange={(e) => s.setLayer(layer, e.target.checked)} />
              <span>{t(`map.layers.${layer}`)}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <div className="toolbar-group">
        <label htmlFor={`${id}-dept`} className="visually-hidden">
          {t('map.toolbar.department')}
        </label>
        <select
          id={`${id}-dept`}
          className={department !== null ? 'is-on' : ''}
          value={department ?? '*'}
          onChange={(e) => s.setDepartment(e.target.value === '*' ? null : e.target.value)}
        >
          <option value="*">{t('map.toolbar.allDepartments')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
          <option value="">{t('map.toolbar.noOwner')}</option>
        </select>
        <label htmlFor={`${id}-chan`} className="visually-hidden">
          {t('map.toolbar.channel')}
        </label>
        <select
          id={`${id}-chan`}
          className={channel !== null ? 'is-on' : ''}
          value={channel ?? '*'}
          onChange={(e) => s.setChannel(e.target.value === '*' ? null : e.target.value)}
        >
          <option value="*">{t('map.toolbar.allChannels')}</option>
          {lanes.map((l) => (
            <option key={l.channelId} value={l.channelId}>
              {l.channel!.name}
            </option>
          ))}
        </select>
      </div>
      <KeyHelpDisclosure
        label={t('map.keysTitle')}
        sections={[{ table: MAP_KEYS, describe: (a) => t(`map.keys.${a as MapKeyAction}`) }]}
      />
    </div>
  );
}
