import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { useServices } from './ServicesContext';

/** Asks for a name and creates a workspace with the default catalogue, then opens it. */
export function NewWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { session, toasts } = useServices();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      await session.getState().createWorkspace(trimmed);
      setName('');
      onClose();
    } catch (err) {
      toasts.getState().report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title={t('workspace.newTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} className="form">
        <p className="muted">{t('workspace.newIntro')}</p>
        <div className="field">
          <label htmlFor="new-workspace-name">{t('workspace.nameLabel')}</label>
          <input
            id="new-workspace-name"
            type="text"
            value={name}
            maxLength={200}
            required
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy || name.trim() === ''}>
            {t('workspace.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
