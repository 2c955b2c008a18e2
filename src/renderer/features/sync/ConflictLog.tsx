import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictEntry, ConflictSide } from '../../../shared/contract';
import { useData, useServices, useSync } from '../../app/ServicesContext';
import { useCanEdit } from '../../app/useCanEdit';
import { fieldValueText, referencedTable } from './field-value';
import { fieldLabel, formatWhen } from './format';
import './sync.css';

function Side({
  title,
  side,
  className,
  shown,
}: {
  title: string;
  side: ConflictSide;
  className: string;
  /** The value as the screens show it. */
  shown: string;
}) {
  const { t, i18n } = useTranslation();
  const who = side.thisDevice ? t('sync.conflicts.you') : (side.author ?? t('sync.conflicts.unknown'));
  return (
    <div className={`conflict-side ${className}`}>
      <span className="conflict-side-title">{title}</span>
      <span className="conflict-value">{shown}</span>
      <span className="muted">{t('sync.conflicts.by', { who, when: formatWhen(i18n.language, side.at) })}</span>
    </div>
  );
}

/** Fields where a newer change overwrote another: both values, who and when; restore or dismiss. */
export function ConflictLog() {
  const { t } = useTranslation();
  const { api, data, session, toasts } = useServices();
  const workspaceId = useSync((s) => s.status?.workspaceId ?? null);
  // The count moves with every sync round that finds (or a restore that settles) a conflict.
  const count = useSync((s) => s.status?.conflicts ?? 0);
  const rows = useData((s) => s.rows);
  const [entries, setEntries] = useState<ConflictEntry[] | null>(null);
  const [withDismissed, setWithDismissed] = useState(false);
  // A viewer reads the log but restores nothing (the service refuses it too).
  const canEdit = useCanEdit();

  const load = useCallback(async () => {
    if (!workspaceId) return;
    try {
      setEntries(await api['conflicts.list']({ workspaceId, includeDismissed: withDismissed }));
    } catch (err) {
      toasts.getState().report(err);
    }
  }, [api, toasts, workspaceId, withDismissed]);

  useEffect(() => {
    void load();
  }, [load, count]);

  const act = async (call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (err) {
      toasts.getState().report(err);
    }
    void load();
  };
  const restore = (id: number) =>
    act(async () => {
      if (!workspaceId) return;
      // Undoable: the top bar's undo button should offer it at once.
      const result = await api['conflicts.restore']({ workspaceId, conflictId: id });
      session.getState().setHistory(workspaceId, result.history);
    });
  const dismiss = (id: number) =>
    act(() => api['conflicts.dismiss']({ workspaceId: workspaceId ?? '', conflictId: id }));

  // Row titles come from the page's row cache; make sure the tables named here are loaded.
  useEffect(() => {
    const tables = (entries ?? []).flatMap((e) => [e.table, referencedTable(e.column)]);
    for (const table of new Set(tables)) if (table) data.getState().ensure(table);
  }, [data, entries]);

  return (
    <section className="card" aria-labelledby="conflicts-title">
      <div className="card-header">
        <h2 id="conflicts-title">{t('sync.conflicts.title')}</h2>
        <label className="choice">
          <input type="checkbox" checked={withDismissed} onChange={(e) => setWithDismissed(e.target.checked)} />
          {t('sync.conflicts.showDismissed')}
        </label>
      </div>
      <p className="muted">{t('sync.conflicts.intro')}</p>
      {canEdit ? null : <p className="muted">{t('sync.conflicts.viewerNote')}</p>}
      {entries === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('sync.conflicts.empty')}</p>
      ) : (
        <ul className="conflict-list" aria-labelledby="conflicts-title">
          {entries.map((c) => {
            const field = fieldLabel(t, rows, c);
            return (
              <li key={c.id} className={`conflict${c.dismissed ? ' dismissed' : ''}`} data-testid="conflict">
                <h3 className="conflict-field">{field}</h3>
                <div className="conflict-sides">
                  <Side
                    title={t('sync.conflicts.kept')}
                    side={c.kept}
                    className="kept"
                    shown={fieldValueText(t, rows, c, c.kept.value)}
                  />
                  <Side
                    title={t('sync.conflicts.lost')}
                    side={c.lost}
                    className="lost"
                    shown={fieldValueText(t, rows, c, c.lost.value)}
                  />
                </div>
                <div className="conflict-actions">
                  {c.dismissed ? (
                    <span className="badge">{t('sync.conflicts.dismissed')}</span>
                  ) : (
                    <>
                      {canEdit ? (
                        <button
                          type="button"
                          className="button small primary"
                          aria-label={t('sync.conflicts.actionOn', {
                            action: c.lost.thisDevice ? t('sync.conflicts.restore') : t('sync.conflicts.restoreOther'),
                            field,
                          })}
                          onClick={() => void restore(c.id)}
                        >
                          {c.lost.thisDevice ? t('sync.conflicts.restore') : t('sync.conflicts.restoreOther')}
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="button small"
                        aria-label={t('sync.conflicts.actionOn', { action: t('sync.conflicts.dismiss'), field })}
                        onClick={() => void dismiss(c.id)}
                      >
                        {t('sync.conflicts.dismiss')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
