import { useTranslation } from 'react-i18next';
import { actionLabel } from '../lib/action-label';
import { icons } from '../ui/icons';
import { useServices, useSession } from './ServicesContext';

/** Undo and redo, each naming the action it would undo or redo. */
export function UndoRedo() {
  const { t } = useTranslation();
  const { commands } = useServices();
  const history = useSession((s) => s.history);

  const undoText =
    history.canUndo && history.undoLabel
      ? t('history.undoAction', { action: actionLabel(t, history.undoLabel) })
      : t('history.undo');
  const redoText =
    history.canRedo && history.redoLabel
      ? t('history.redoAction', { action: actionLabel(t, history.redoLabel) })
      : t('history.redo');

  return (
    <div className="undo-redo" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        className="button ghost"
        disabled={!history.canUndo}
        title={t('history.undoHint')}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => void commands.undo()}
      >
        {icons.undo}
        <span className="undo-text">{undoText}</span>
      </button>
      <button
        type="button"
        className="button ghost"
        disabled={!history.canRedo}
        title={t('history.redoHint')}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={() => void commands.redo()}
      >
        {icons.redo}
        <span className="undo-text">{redoText}</span>
      </button>
    </div>
  );
}
