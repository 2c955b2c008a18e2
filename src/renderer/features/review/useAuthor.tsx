import { useCallback, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useSession, useSync } from '../../app/ServicesContext';
import { Dialog } from '../../ui/Dialog';

/**
 * Who signs comments and approvals on this device: the sync account's name
 * when the workspace is synced, else the `userName` setting. When neither is
 * known, `signed(action)` asks once, saves the name and then runs the action.
 */
export function useAuthor(): { name: string; signed: (action: (name: string) => void) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const { api, session, toasts } = useServices();
  const userName = useSession((s) => s.settings.userName);
  const server = useSync((s) => s.status?.server ?? null);
  const accountName = useSync((s) => (server ? (s.accounts.find((a) => a.server === server)?.name ?? '') : ''));
  const name = (accountName || userName).trim();
  const pending = useRef<((name: string) => void) | null>(null);
  const [asking, setAsking] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const signed = useCallback(
    (action: (name: string) => void) => {
      if (name) return action(name);
      pending.current = action;
      setAsking(true);
    },
    [name],
  );

  const close = () => {
    pending.current = null;
    setAsking(false);
    setProblem(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const chosen = draft.trim();
    if (!chosen) return setProblem(t('review.name.required'));
    try {
      const settings = await api['settings.update']({ userName: chosen });
      session.setState({ settings });
      const action = pending.current;
      close();
      action?.(chosen);
    } catch (err) {
      toasts.getState().report(err);
    }
  };

  const dialog = (
    <Dialog open={asking} title={t('review.name.title')} onClose={close}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('review.name.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('review.name.label')}</label>
          <input
            id={`${id}-name`}
            value={draft}
            maxLength={100}
            autoFocus
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
          {problem ? (
            <p id={`${id}-problem`} className="form-problem" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            {t('review.comments.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('review.name.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
  return { name, signed, dialog };
}
