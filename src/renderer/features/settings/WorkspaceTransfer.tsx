import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ApiError, type WorkspaceImportResult } from '../../../shared/contract';
import {
  MAX_WORKSPACE_FILE_CHARS,
  WORKSPACE_FILE_EXTENSION,
  WorkspaceFileRefused,
  readWorkspaceFile,
} from '../../../shared/workspace-file-format';
import { useServices, useSession } from '../../app/ServicesContext';
import { describeError } from '../../lib/errors';
import { downloadText } from '../../lib/download';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'exported'; file: string }
  | { kind: 'imported'; result: WorkspaceImportResult }
  | { kind: 'refused'; file: string; sentence: string; detail: string | null };

/** Bytes of UTF-8 can be up to three per character: larger files cannot be under the character limit. */
const MAX_FILE_BYTES = MAX_WORKSPACE_FILE_CHARS * 3;

/** Export the current workspace to one file; import such a file (merge, or a new workspace). */
export function WorkspaceTransfer() {
  const { t, i18n } = useTranslation();
  const { api, session, shell } = useServices();
  const currentId = useSession((s) => s.workspaceId);
  const current = useSession((s) => s.workspaces.find((w) => w.id === s.workspaceId));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const busy = outcome.kind === 'busy';
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  const exportFile = async () => {
    if (!currentId) return;
    setOutcome({ kind: 'busy', message: t('transfer.exporting') });
    try {
      const { fileName, content } = await api['workspaces.exportFile']({ workspaceId: currentId });
      downloadText(fileName, content, 'application/json;charset=utf-8');
      setOutcome({ kind: 'exported', file: fileName });
    } catch (err) {
      setOutcome({
        kind: 'refused',
        file: '',
        sentence: t('transfer.exportFailed'),
        detail: describeError(err).detail,
      });
    }
  };

  const refusal = (file: string, err: unknown): Outcome => {
    if (err instanceof WorkspaceFileRefused) {
      const params = {
        ...err.params,
        at: typeof err.params.at === 'string' ? new Date(err.params.at).toLocaleString(i18n.language) : '',
      };
      // The English detail (which part is damaged, which change is refused) only where the sentence leaves it out.
      const detail = typeof err.params.detail === 'string' ? err.params.detail : null;
      return { kind: 'refused', file, sentence: t(`transfer.problem.${err.code}`, params), detail };
    }
    if (err instanceof ApiError && err.code === 'forbidden')
      return { kind: 'refused', file, sentence: t('transfer.viewerRefused'), detail: err.message };
    return { kind: 'refused', file, sentence: t('transfer.failed'), detail: describeError(err).detail };
  };

  const importFile = async (file: File) => {
    setOutcome({ kind: 'busy', message: t('transfer.importing', { file: file.name }) });
    try {
      if (file.size > MAX_FILE_BYTES)
        throw new WorkspaceFileRefused('too_large', { limitMb: MAX_WORKSPACE_FILE_CHARS / (1024 * 1024) });
      const text = await file.text();
      // The same checks the desktop side makes, here to name the problem in the user's language.
      await readWorkspaceFile(text, Date.now());
      const result = await api['workspaces.importFile']({ content: text });
      await session.getState().refreshWorkspaces();
      setOutcome({ kind: 'imported', result });
    } catch (err) {
      setOutcome(refusal(file.name, err));
    }
  };

  // The desktop shell's requests (menu Export, a file opened by double-click or Import): the same flows.
  const request = useStore(shell, (s) => s.transfers[0]);
  useEffect(() => {
    if (!request || busy || !shell.getState().takeTransfer(request.id)) return;
    if (request.kind === 'export') void exportFile();
    else if ('content' in request.file)
      void importFile(new File([request.file.content], request.file.name, { type: 'application/json' }));
    else if (request.file.problem === 'too_large')
      setOutcome(
        refusal(
          request.file.name,
          new WorkspaceFileRefused('too_large', { limitMb: MAX_WORKSPACE_FILE_CHARS / (1024 * 1024) }),
        ),
      );
    else
      setOutcome({
        kind: 'refused',
        file: request.file.name,
        sentence: t('transfer.unreadable'),
        detail: request.file.detail,
      });
    // Runs when a request arrives or the card becomes idle; the handlers are this render's.
  }, [request, busy]);

  return (
    <section className="card transfer" aria-labelledby="transfer-title" aria-busy={busy}>
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <p className="muted">{t('transfer.intro', { extension: WORKSPACE_FILE_EXTENSION })}</p>
      <div className="transfer-actions">
        <button type="button" className="button" disabled={busy || !currentId} onClick={() => void exportFile()}>
          {t('transfer.export', { name: current?.name || t('workspace.unnamed') })}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {t('transfer.import')}
        </button>
        <span id={hintId} className="muted small">
          {t('transfer.importHint', { extension: WORKSPACE_FILE_EXTENSION })}
        </span>
        <input
          ref={input}
          type="file"
          hidden
          accept={`${WORKSPACE_FILE_EXTENSION},.json,application/json`}
          aria-label={t('transfer.fileLabel')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so that choosing the same file again imports it again.
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <div className="transfer-outcome" role="status" aria-live="polite">
        {outcome.kind === 'busy' ? (
          <p className="transfer-busy">
            <span className="spinner" aria-hidden="true" />
            {outcome.message}
          </p>
        ) : null}
        {outcome.kind === 'exported' ? (
          <p className="transfer-done">{t('transfer.exported', { file: outcome.file })}</p>
        ) : null}
        {outcome.kind === 'imported' ? (
          <ImportSummary
            result={outcome.result}
            number={number}
            currentId={currentId}
            onOpen={() => void session.getState().selectWorkspace(outcome.result.workspaceId)}
          />
        ) : null}
      </div>
      {outcome.kind === 'refused' ? (
        <div className="transfer-problem" role="alert">
          {outcome.file ? <p className="form-problem">{t('transfer.refusedTitle', { file: outcome.file })}</p> : null}
          <p>{outcome.sentence}</p>
          {outcome.detail ? (
            <details>
              <summary>{t('transfer.details')}</summary>
              <p className="muted">{outcome.detail}</p>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function ImportSummary({
  result,
  number,
  currentId,
  onOpen,
}: {
  result: WorkspaceImportResult;
  number: (n: number) => string;
  currentId: string | null;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const name = result.name || t('workspace.unnamed');
  const sentence = result.created
    ? t('transfer.created', { name, count: result.applied, n: number(result.applied) })
    : result.applied === 0
      ? t('transfer.nothingNew', { name, known: number(result.alreadyKnown) })
      : t('transfer.merged', {
          name,
          count: result.applied,
          n: number(result.applied),
          known: number(result.alreadyKnown),
        });
  return (
    <div className="transfer-done">
      <p>{sentence}</p>
      {result.keptNewer > 0 ? <p className="muted">{t('transfer.olderKept')}</p> : null}
      {result.workspaceId !== currentId ? (
        <button type="button" className="button small" onClick={onOpen}>
          {t('transfer.open', { name })}
        </button>
      ) : null}
    </div>
  );
}
