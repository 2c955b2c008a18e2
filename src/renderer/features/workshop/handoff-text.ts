import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../../shared/contract';

/**
 * The hand-off sentence under the board. The sync engine's own reason is an
 * English sentence for the log; the board says why in the interface language,
 * from the error's code.
 */
export function handoffText(t: TFunction, status: SyncStatus | null): string {
  if (!status) return t('workshop.handoff.unknown');
  const server = status.server ?? '';
  switch (status.state) {
    case 'local':
      return t('workshop.handoff.local');
    case 'synced':
      return t('workshop.handoff.synced', { server });
    case 'pending':
      return t('workshop.handoff.pending', { count: status.pending, server });
    case 'syncing':
      return t('workshop.handoff.syncing', { server });
    case 'offline':
      return t('workshop.handoff.offline', { server });
    case 'error':
      return t('workshop.handoff.error', {
        server,
        reason: status.errorCode ? t(`sync.errors.${status.errorCode}`) : t('sync.status.error'),
      });
  }
}
