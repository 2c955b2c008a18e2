import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncInvitation } from '../../../shared/contract';
import { formatWhen } from './format';

/** A freshly made invitation code, selectable and with a copy button. */
export function InviteCode({ invitation }: { invitation: SyncInvitation }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    // The clipboard may be refused (browser host without permission); the code stays selectable.
    void navigator.clipboard?.writeText(invitation.code).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  return (
    <div className="invite-code">
      <label className="muted" htmlFor={`code-${invitation.code}`}>
        {t('sync.inviteCode', { date: formatWhen(i18n.language, invitation.expiresAt) })}
      </label>
      <div className="invite-code-row">
        <input
          id={`code-${invitation.code}`}
          type="text"
          readOnly
          value={invitation.code}
          className="path"
          onFocus={(e) => e.currentTarget.select()}
          data-testid="invitation-code"
        />
        <button type="button" className="button small" onClick={copy}>
          {copied ? t('sync.copied') : t('sync.copy')}
        </button>
      </div>
    </div>
  );
}
