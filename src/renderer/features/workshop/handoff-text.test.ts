import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/contract';
import { createI18n } from '../../i18n';
import { handoffText } from './handoff-text';

const i18n = createI18n('de');
const de = i18n.getFixedT('de');
const en = i18n.getFixedT('en');

const status = (over: Partial<SyncStatus>): SyncStatus => ({
  workspaceId: 'w',
  state: 'error',
  server: 'sync.example.org',
  pending: 0,
  reason: 'your role in this workspace is viewer: 1 local changes other than comments and approvals cannot be sent',
  errorCode: 'read_only',
  lastSyncedAt: null,
  nextRetryAt: null,
  role: 'viewer',
  live: false,
  conflicts: 0,
  clockSkewMs: null,
  ...over,
});

describe('the workshop hand-off sentence', () => {
  it('says why sync stopped in the interface language, never with the engine’s English reason', () => {
    const text = handoffText(de, status({}));
    expect(text).toBe(
      'Synchronisierung mit sync.example.org angehalten. Sie sind Leser: Lokale Änderungen außer Kommentaren und Freigaben können nicht gesendet werden. Alles ist hier gespeichert; siehe Einstellungen › Server.',
    );
    expect(text).not.toMatch(/your role|local changes/);
    expect(handoffText(en, status({ errorCode: 'clock' }))).toBe(
      'Sync with sync.example.org stopped. This computer’s clock is wrong. Correct it to keep syncing. Everything is saved here; see Settings › Server.',
    );
  });

  it('counts pending changes with the language’s plural', () => {
    expect(handoffText(de, status({ state: 'pending', pending: 1, errorCode: null }))).toMatch(
      /^1 Änderung wartet auf sync\.example\.org/,
    );
    expect(handoffText(de, status({ state: 'pending', pending: 2, errorCode: null }))).toMatch(
      /^2 Änderungen warten auf sync\.example\.org/,
    );
    expect(handoffText(de, null)).toBe('Synchronisierung wird geprüft …');
  });
});
