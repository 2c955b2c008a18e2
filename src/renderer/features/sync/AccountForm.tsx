import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract';
import { useServices } from '../../app/ServicesContext';

const DEFAULT_SERVER = 'http://127.0.0.1:8787';

/** Sign in, or create an account (the first one on a server needs no invitation). */
export function AccountForm({ server }: { server: string | null }) {
  const { t } = useTranslation();
  const { api, sync } = useServices();
  const id = useId();
  const [mode, setMode] = useState<'signIn' | 'signUp'>('signIn');
  const [address, setAddress] = useState(server ?? DEFAULT_SERVER);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [invitation, setInvitation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      if (mode === 'signIn') await api['sync.signIn']({ server: address, email, password });
      else
        await api['sync.signUp']({
          server: address,
          email,
          name,
          password,
          invitation: invitation.trim() || undefined,
        });
      setPassword('');
      await sync.getState().refreshAccounts();
    } catch (err) {
      // The core's messages are English; the code tells which sentence to show.
      const offline = err instanceof ApiError && err.code === 'unavailable';
      setProblem(
        offline ? t('sync.failed.offline') : t(mode === 'signIn' ? 'sync.failed.signIn' : 'sync.failed.signUp'),
      );
    } finally {
      setBusy(false);
    }
  };

  const field = (key: string, label: string, input: ReactElement, hint?: string) => (
    <div className="field grow">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
      {hint ? (
        <span className="muted hint" id={`${id}-${key}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );

  return (
    <form
      className="form sync-account-form"
      onSubmit={(e) => void submit(e)}
      aria-describedby={problem ? `${id}-problem` : undefined}
    >
      {field(
        'server',
        t('sync.server'),
        <input
          id={`${id}-server`}
          type="url"
          required
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          autoComplete="url"
        />,
      )}
      <div className="form-row">
        {field(
          'email',
          t('sync.email'),
          <input
            id={`${id}-email`}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="username"
          />,
        )}
        {mode === 'signUp'
          ? field(
              'name',
              t('sync.name'),
              <input
                id={`${id}-name`}
                type="text"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
                autoComplete="name"
              />,
            )
          : null}
      </div>
      <div className="form-row">
        {field(
          'password',
          t('sync.password'),
          <input
            id={`${id}-password`}
            type="password"
            required
            minLength={mode === 'signUp' ? 10 : 1}
            value={password}
            aria-describedby={mode === 'signUp' ? `${id}-password-hint` : undefined}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete={mode === 'signUp' ? 'new-password' : 'current-password'}
          />,
          mode === 'signUp' ? t('sync.passwordHint') : undefined,
        )}
        {mode === 'signUp'
          ? field(
              'invitation',
              t('sync.invitation'),
              <input
                id={`${id}-invitation`}
                type="text"
                value={invitation}
                aria-describedby={`${id}-invitation-hint`}
                onChange={(e) => setInvitation(e.target.value)}
                autoComplete="off"
              />,
              t('sync.invitationHint'),
            )
          : null}
      </div>
      {problem ? (
        <p className="form-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions sync-form-actions">
        <button
          type="button"
          className="link"
          onClick={() => {
            setMode(mode === 'signIn' ? 'signUp' : 'signIn');
            setProblem(null);
          }}
        >
          {mode === 'signIn' ? t('sync.needAccount') : t('sync.haveAccount')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {mode === 'signIn' ? t('sync.signIn') : t('sync.signUp')}
        </button>
      </div>
    </form>
  );
}
