import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

const REASON_MAX = 2000;

/** Asks why changes are requested: a request without a reason leaves the team guessing. */
export function RequestChangesDialog({
  open,
  onClose,
  onRequest,
}: {
  open: boolean;
  onClose: () => void;
  onRequest: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const close = () => {
    setReason('');
    setProblem(false);
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    if (!text) return setProblem(true);
    onRequest(text);
    close();
  };
  return (
    <Dialog open={open} title={t('review.approval.requestTitle')} onClose={close}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('review.approval.reasonLabel')}</label>
          <textarea
            id={id}
            rows={4}
            value={reason}
            maxLength={REASON_MAX}
            autoFocus
            aria-invalid={problem || undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setProblem(false);
            }}
          />
          {problem ? (
            <p id={`${id}-problem`} className="form-problem" role="alert">
              {t('review.approval.reasonRequired')}
            </p>
          ) : null}
          <p className="muted small">{t('review.approval.reasonHint')}</p>
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('review.approval.requestChanges')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
