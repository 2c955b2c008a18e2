import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from '../lib/action-label';
import { errorSentence } from '../lib/errors';
import type { Toast } from '../stores/toast-store';
import { icons } from '../ui/icons';
import { useServices, useToasts } from './ServicesContext';

const SHOWN_MS = 12_000;

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const { toasts } = useServices();
  useEffect(() => {
    const timer = window.setTimeout(() => toasts.getState().dismiss(toast.id), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [toasts, toast.id]);

  return (
    <div className="toast">
      <span className="toast-icon" aria-hidden="true">
        {icons.warning}
      </span>
      <div className="toast-body">
        <p className="toast-title">
          {toast.action
            ? t('errors.saveFailed', { action: actionLabel(t, toast.action) })
            : errorSentence(t, toast.error)}
        </p>
        {toast.action ? <p>{errorSentence(t, toast.error)}</p> : null}
        <p className="toast-detail">{toast.error.detail}</p>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={t('errors.dismiss')}
        onClick={() => toasts.getState().dismiss(toast.id)}
      >
        {icons.remove}
      </button>
    </div>
  );
}

/** Errors, readable: an alert region that is always in the page so screen readers announce what lands in it. */
export function Toasts() {
  const { t } = useTranslation();
  const list = useToasts((s) => s.toasts);
  return (
    <div className="toasts" role="alert" aria-label={t('errors.region')}>
      {list.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
