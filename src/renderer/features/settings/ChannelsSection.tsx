import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type ChannelKind } from '../../../shared/schema/tables';
import { useRows, useServices } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { AddRowForm } from './AddRowForm';
import { useCatalogueNameCheck } from './useNameChecks';
import { newChannelEdits, splitArchived } from '../../../shared/catalogue-edits';
import { ChannelRow } from './ChannelRow';

/** Channels: a table of their properties, an add form, and the archived ones to restore. */
export function ChannelsSection() {
  const { t } = useTranslation();
  const { commands } = useServices();
  const rows = useRows('channels');
  const check = useCatalogueNameCheck('channels');
  const { active, archived } = useMemo(() => splitArchived(rows ?? []), [rows]);
  const [kind, setKind] = useState<ChannelKind>('other');

  return (
    <section className="card" aria-labelledby="channels-title">
      <h2 id="channels-title">{t('channels.title')}</h2>
      <p className="muted">{t('channels.intro')}</p>
      {rows === undefined ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <>
          {active.length === 0 ? (
            <p className="muted">{t('channels.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="channels-table" aria-labelledby="channels-title">
                <thead>
                  <tr>
                    <th scope="col">{t('channels.colName')}</th>
                    <th scope="col">{t('channels.colKind')}</th>
                    <th scope="col">{t('channels.colReach')}</th>
                    <th scope="col">{t('channels.colOwnership')}</th>
                    <th scope="col" className="cell-check">
                      {t('channels.colControlled')}
                    </th>
                    <th scope="col" className="cell-check">
                      {t('channels.colMonitored')}
                    </th>
                    <th scope="col" className="cell-check">
                      {t('channels.colBackChannel')}
                    </th>
                    <th scope="col" className="cell-actions">
                      <span className="visually-hidden">{t('channels.colActions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {active.map((c) => (
                    <ChannelRow key={c.id} channel={c} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <AddRowForm
            label={t('channels.newName')}
            button={t('channels.add')}
            extra={
              <div className="field narrow">
                <label htmlFor="new-channel-kind">{t('channels.colKind')}</label>
                <select id="new-channel-kind" value={kind} onChange={(e) => setKind(e.target.value as ChannelKind)}>
                  {CHANNEL_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`channels.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
            }
            check={check}
            onAdd={(name) => commands.apply('addChannel', newChannelEdits(rows, name, kind))}
          />
          {archived.length > 0 ? (
            <div className="archived-group">
              <h3 id="channels-archived">{t('channels.archivedTitle')}</h3>
              <ul className="catalogue-list" aria-labelledby="channels-archived">
                {archived.map((c) => (
                  <li key={c.id} className="catalogue-item archived">
                    <span className="catalogue-name">{c.name}</span>
                    <span className="muted">{t(`channels.kinds.${c.kind}`)}</span>
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('channels.restore', { name: c.name })}
                      onClick={() =>
                        void commands.apply('restoreChannel', [fieldEdit('channels', c.id, 'archived', false)])
                      }
                    >
                      {t('common.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
