import { useTranslation } from 'react-i18next';
import type { FactUsage } from '../../../../shared/messages';
import type { Fact } from '../../../../shared/schema/tables';
import { Dialog } from '../../../ui/Dialog';
import { placeText } from '../consistency/place-text';
import { placeholderOf } from '../labels';
import { useMessagesUiStore } from '../MessagesUiContext';
import type { MessagesData } from '../useMessagesData';

/** What the dialog is about: just showing the uses, or an action those uses stand in the way of. */
export type UsageQuestion =
  | { kind: 'uses'; fact: Fact }
  | { kind: 'archive'; fact: Fact }
  | { kind: 'delete'; fact: Fact }
  | { kind: 'rename'; fact: Fact; to: string };

interface FactUsageDialogProps {
  question: UsageQuestion | null;
  usages: readonly FactUsage[];
  data: MessagesData;
  onClose: () => void;
  /** Archive in spite of the uses (asked for archive, offered instead of delete). */
  onArchive: (fact: Fact) => void;
  onRename: (fact: Fact, to: string) => void;
}

/**
 * Where a fact is used, before something breaks it: archiving asks, renaming
 * offers to update every use, deleting is refused while uses remain.
 */
export function FactUsageDialog({ question, usages, data, onClose, onArchive, onRename }: FactUsageDialogProps) {
  const { t } = useTranslation();
  const ui = useMessagesUiStore();
  const key = question ? placeholderOf(question.fact.key) : '';
  const places = usages.reduce((n, u) => n + u.count, 0);
  const title = !question ? '' : t(`messages.facts.dialog.${question.kind}Title`, { placeholder: key });

  const open = (u: FactUsage) => {
    const message = data.messages.find((m) => m.id === u.messageId);
    onClose();
    ui.getState().goTo(
      { touchpointId: message?.touchpoint_id ?? undefined, variantId: u.variantId, field: u.field },
      u.messageId ?? undefined,
    );
  };

  return (
    <Dialog open={question !== null} title={title} onClose={onClose}>
      {question ? (
        <div className="usage-dialog">
          <p>
            {question.kind === 'uses'
              ? t('messages.facts.dialog.usesText', { count: places, placeholder: key })
              : question.kind === 'archive'
                ? t('messages.facts.dialog.archiveText', { count: places, placeholder: key })
                : question.kind === 'delete'
                  ? t('messages.facts.dialog.deleteText', { count: places, placeholder: key })
                  : t('messages.facts.dialog.renameText', {
                      count: places,
                      placeholder: key,
                      to: placeholderOf(question.to),
                    })}
          </p>
          <ul className="usage-list" aria-label={t('messages.facts.dialog.listLabel', { placeholder: key })}>
            {usages.map((u, i) => {
              const where = placeText(t, data, { messageId: u.messageId, variantId: u.variantId, field: u.field });
              return (
                <li key={i} className="usage-item">
                  <span>
                    {where}
                    {u.count > 1 ? ` (${u.count}×)` : ''}
                  </span>
                  <button
                    type="button"
                    className="button small ghost"
                    aria-label={t('messages.facts.dialog.openPlace', { place: where })}
                    onClick={() => open(u)}
                  >
                    {t('messages.facts.dialog.open')}
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {question.kind === 'uses' ? t('messages.facts.dialog.close') : t('common.cancel')}
            </button>
            {question.kind === 'archive' || question.kind === 'delete' ? (
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  onArchive(question.fact);
                  onClose();
                }}
              >
                {question.kind === 'archive'
                  ? t('messages.facts.dialog.archiveAnyway')
                  : t('messages.facts.dialog.archiveInstead')}
              </button>
            ) : null}
            {question.kind === 'rename' ? (
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  onRename(question.fact, question.to);
                  onClose();
                }}
              >
                {t('messages.facts.dialog.renameAll', { count: places })}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
