import { useTranslation } from 'react-i18next';
import { useServices, useSession, useSync } from '../../app/ServicesContext';
import { InlineText } from '../../ui/InlineText';

/** Settings › General: the name this device signs comments and approvals with. */
export function UserNameField() {
  const { t } = useTranslation();
  const { api, session, toasts } = useServices();
  const userName = useSession((s) => s.settings.userName);
  const server = useSync((s) => s.status?.server ?? null);
  const accountName = useSync((s) => (server ? (s.accounts.find((a) => a.server === server)?.name ?? '') : ''));
  const save = (next: string) =>
    void api['settings.update']({ userName: next.trim() })
      .then((settings) => session.setState({ settings }))
      .catch((err: unknown) => toasts.getState().report(err));
  return (
    <section className="card" aria-labelledby="user-name-title">
      <h2 id="user-name-title">{t('review.name.title')}</h2>
      <div className="field">
        <label htmlFor="user-name">{t('review.name.label')}</label>
        <InlineText
          id="user-name"
          value={userName}
          label={t('review.name.label')}
          required={false}
          maxLength={100}
          className="wide"
          onCommit={save}
        />
      </div>
      <p className="muted small">
        {accountName ? t('review.name.synced', { name: accountName }) : t('review.name.settingsHint')}
      </p>
    </section>
  );
}
