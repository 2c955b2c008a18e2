import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useServices } from './ServicesContext';

/**
 * The top bar's quiet save state: "Saving…" while an edit is typed or on its
 * way, "Saved" once everything is, "Not saved" (with what to do) when a save
 * failed. A status region, so a screen reader hears it without being interrupted.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const { saver } = useServices();
  const status = useStore(saver.store, (s) => s.status);
  const failed = useStore(saver.store, (s) => s.failed.length);
  return (
    <span className={`save-status is-${status}`} role="status" data-state={status}>
      {status === 'saving' ? (
        <>
          <span className="save-dot" aria-hidden="true" />
          {t('save.saving')}
        </>
      ) : status === 'saved' ? (
        <>
          <span aria-hidden="true">✓</span> {t('save.saved')}
        </>
      ) : status === 'failed' ? (
        <span title={t('save.failedHint', { count: failed })}>
          <span aria-hidden="true">!</span> {t('save.failed', { count: failed })}
        </span>
      ) : null}
    </span>
  );
}
