import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { APP_LINKS, type AppInfo } from '../../shared/contract';
import iconUrl from '../../../resources/icon.svg';
import { Dialog } from '../ui/Dialog';
import { useServices } from './ServicesContext';
import { useShellCommands } from './useShellCommands';

/** Wires the desktop shell's commands and shows what they open: the About dialog and short notes. */
export function ShellCommands() {
  useShellCommands();
  const { t } = useTranslation();
  const { shell } = useServices();
  const note = useStore(shell, (s) => s.note);
  return (
    <>
      <AboutDialog />
      {note ? (
        <div className="shell-note" role="status">
          <span>{t(`shell.${note}`)}</span>
          <button type="button" className="button ghost small" onClick={() => shell.getState().setNote(null)}>
            {t('shell.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}

function AboutDialog() {
  const { t } = useTranslation();
  const { api, shell, toasts } = useServices();
  const open = useStore(shell, (s) => s.aboutOpen);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    if (!open) return;
    api['app.info']({}).then(setInfo, (err: unknown) => toasts.getState().report(err));
  }, [api, open, toasts]);

  const close = () => shell.getState().setAbout(false);
  const separator = info?.dataDir.includes('\\') ? '\\' : '/';
  return (
    <Dialog open={open} title={t('shell.aboutTitle')} onClose={close}>
      <div className="about">
        <img className="about-icon" src={iconUrl} alt="" width={64} height={64} />
        <p className="about-tagline">{t('shell.tagline')}</p>
        {info ? (
          <dl className="about-facts">
            <dt>{t(`shell.host_${info.host}`)}</dt>
            <dd>{t('shell.version', { version: info.version })}</dd>
            <dt>{t('shell.dataFolder')}</dt>
            <dd className="path">{info.dataDir}</dd>
            {info.host === 'electron' ? (
              <>
                <dt>{t('shell.logsFolder')}</dt>
                <dd>
                  <span className="path">{`${info.dataDir}${separator}logs`}</span>
                  <span className="muted small"> {t('shell.logsHint')}</span>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        <p className="muted">
          {t('shell.fonts')}{' '}
          <a href={APP_LINKS[0]} target="_blank" rel="noreferrer">
            {t('shell.fontLicence')}
          </a>
        </p>
        <p className="muted">{t('shell.updates')}</p>
      </div>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={close}>
          {t('shell.close')}
        </button>
      </div>
    </Dialog>
  );
}
