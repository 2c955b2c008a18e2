import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, errorSentence } from '../lib/errors';
import { Shell } from './Shell';
import { useServices, useSession } from './ServicesContext';

/** Starts the session (first start included), then shows the shell. */
export function App() {
  const { t } = useTranslation();
  const { session } = useServices();
  const phase = useSession((s) => s.phase);
  const failure = useSession((s) => s.failure);

  useEffect(() => {
    void session.getState().start();
  }, [session]);

  if (phase === 'ready') return <Shell />;
  if (phase === 'failed') {
    const error = describeError(failure);
    return (
      <div className="splash" role="alert">
        <h1>{t('app.startFailed')}</h1>
        <p>{errorSentence(t, error)}</p>
        <p className="detail">{error.detail}</p>
        <button type="button" className="button primary" onClick={() => void session.getState().start()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="splash" aria-busy="true">
      <p>{t('app.starting')}</p>
    </div>
  );
}
