import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterchangeImportResult } from '../../../shared/contract';
import type { CatalogueChoices as Choices } from '../../../shared/interchange/plan-catalogue';
import type { YamlPreview } from '../../../shared/interchange/preview';
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS, type SheetPreview } from '../../../shared/interchange/sheet-preview';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { describeError } from '../../lib/errors';
import { Dialog } from '../../ui/Dialog';
import { CatalogueChoices } from './CatalogueChoices';
import { isProblem, readPicked, type PickedFile } from './read-file';
import { SheetPreviewView, type SheetRequest } from './SheetPreviewView';
import { JourneyChangesView, YamlProblems } from './YamlPreviewView';
import './interchange.css';

/**
 * Importing a journey file or a spreadsheet: read the file, show the preview
 * from the desktop side (what will be created or changed, or why it cannot
 * be), let the user settle names and columns, then import as one undoable step.
 */

type State =
  | { kind: 'reading' }
  | { kind: 'refused'; sentence: string; detail: string | null }
  | { kind: 'yaml'; preview: YamlPreview }
  | { kind: 'sheet'; preview: SheetPreview }
  | { kind: 'done'; journeys: { id: string; name: string }[] };

export function ImportDialog({ file, onClose }: { file: File | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { api, session, nav } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const journeyRows = useRows('journeys');
  const journeys = useMemo(
    () => (journeyRows ?? []).filter((j) => !j.tombstone && !j.archived).sort((a, b) => a.name.localeCompare(b.name)),
    [journeyRows],
  );
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [state, setState] = useState<State>({ kind: 'reading' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [choices, setChoices] = useState<Choices>({});
  const [asNew, setAsNew] = useState(false);
  const [request, setRequest] = useState<SheetRequest>({ target: { kind: 'new', name: '' } });

  const fail = (err: unknown) =>
    setState({ kind: 'refused', sentence: t('interchange.failed'), detail: describeError(err).detail });

  const preview = async (
    file: PickedFile,
    next: { choices: Choices; asNew: boolean; request: SheetRequest },
  ): Promise<void> => {
    if (!workspaceId) return;
    setBusy(true);
    try {
      if (file.kind === 'yaml') {
        const p = await api['interchange.previewYaml']({
          workspaceId,
          content: file.content,
          asNew: next.asNew,
          choices: next.choices,
        });
        setState({ kind: 'yaml', preview: p });
      } else {
        const p = await api['interchange.previewSheet']({
          workspaceId,
          fileName: file.name,
          base64: file.base64,
          ...next.request,
          choices: next.choices,
        });
        if (p.problem)
          setState({
            kind: 'refused',
            sentence: t(`interchange.fileProblem.${p.problem}`, {
              limitMb: MAX_SHEET_BYTES / (1024 * 1024),
              max: MAX_SHEET_ROWS.toLocaleString(),
            }),
            detail: null,
          });
        else setState({ kind: 'sheet', preview: p });
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  // The flows of the latest render (translations, preview), started only when a new file is picked.
  const begin = useEffectEvent((picked: File, isLive: () => boolean) => {
    setState({ kind: 'reading' });
    setNotice('');
    setChoices({});
    setAsNew(false);
    const first: SheetRequest = { target: { kind: 'new', name: picked.name.replace(/\.[^.]*$/, '') } };
    setRequest(first);
    void readPicked(picked).then((read) => {
      if (!isLive()) return;
      if (isProblem(read)) {
        setState({
          kind: 'refused',
          sentence:
            read.code === 'too_large'
              ? t('interchange.tooLarge', { limitMb: read.limitMb })
              : t('interchange.unknownType'),
          detail: null,
        });
        return;
      }
      setPicked(read);
      void preview(read, { choices: {}, asNew: false, request: first });
    }, fail);
  });

  useEffect(() => {
    if (!file) return;
    let live = true;
    begin(file, () => live);
    return () => {
      live = false;
    };
  }, [file]);

  const change = (next: { choices?: Choices; asNew?: boolean; request?: SheetRequest }) => {
    const merged = { choices: next.choices ?? choices, asNew: next.asNew ?? asNew, request: next.request ?? request };
    setChoices(merged.choices);
    setAsNew(merged.asNew);
    setRequest(merged.request);
    setNotice('');
    if (picked) void preview(picked, merged);
  };

  const runImport = async () => {
    if (!workspaceId || !picked || (state.kind !== 'yaml' && state.kind !== 'sheet')) return;
    setBusy(true);
    try {
      const fingerprint = state.preview.fingerprint;
      const result: InterchangeImportResult =
        picked.kind === 'yaml'
          ? await api['interchange.importYaml']({ workspaceId, content: picked.content, asNew, choices, fingerprint })
          : await api['interchange.importSheet']({
              workspaceId,
              fileName: picked.name,
              base64: picked.base64,
              ...request,
              choices,
              fingerprint,
            });
      session.getState().setHistory(workspaceId, result.history);
      if (result.stale) {
        await preview(picked, { choices, asNew, request });
        setNotice(t('interchange.stale'));
        return;
      }
      const names =
        state.kind === 'yaml' ? state.preview.journeys.map((j) => j.name) : [state.preview.result.journeyName];
      setState({ kind: 'done', journeys: result.journeyIds.map((id, i) => ({ id, name: names[i] ?? '' })) });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const title =
    picked?.kind === 'sheet' || (file && /\.(xlsx|xls|csv|txt)$/i.test(file.name))
      ? t('interchange.titleSheet')
      : t('interchange.titleYaml');
  const canImport =
    !busy &&
    ((state.kind === 'yaml' && state.preview.problems.length === 0 && state.preview.edits > 0) ||
      (state.kind === 'sheet' && state.preview.unmapped.length === 0 && state.preview.rows.valid > 0));

  return (
    <Dialog open={file !== null} title={title} onClose={onClose} className="ic-dialog">
      <p className="muted small ic-file">{t('interchange.fileName', { file: file?.name ?? '' })}</p>
      <div className="ic-body" aria-busy={busy}>
        {state.kind === 'reading' ? (
          <p className="ic-busy">
            <span className="spinner" aria-hidden="true" />
            {t('interchange.reading', { file: file?.name ?? '' })}
          </p>
        ) : null}
        {state.kind === 'refused' ? (
          <div className="ic-problems" role="alert">
            <p className="form-problem">{state.sentence}</p>
            <p className="muted">{t('interchange.nothingWritten')}</p>
            {state.detail ? (
              <details>
                <summary>{t('interchange.details')}</summary>
                <p className="muted">{state.detail}</p>
              </details>
            ) : null}
          </div>
        ) : null}
        {state.kind === 'yaml' ? (
          state.preview.problems.length > 0 ? (
            <YamlProblems preview={state.preview} />
          ) : (
            <>
              {state.preview.journeys.map((j, i) => (
                <JourneyChangesView
                  key={i}
                  changes={j}
                  asNew={asNew}
                  disabled={busy}
                  onAsNew={state.preview.journeys.length === 1 ? (value) => change({ asNew: value }) : null}
                />
              ))}
              <CatalogueChoices
                summary={state.preview.catalogue}
                choices={choices}
                disabled={busy}
                onChange={(next) => change({ choices: next })}
              />
              {state.preview.edits === 0 ? (
                <p className="ic-unchanged">
                  {t('interchange.unchanged', { name: state.preview.journeys.map((j) => j.name).join(', ') })}
                </p>
              ) : (
                <p className="muted small">{t('interchange.yaml.edits', { count: state.preview.edits })}</p>
              )}
            </>
          )
        ) : null}
        {state.kind === 'sheet' ? (
          <>
            <SheetPreviewView
              preview={state.preview}
              request={{ ...request, mapping: request.mapping ?? state.preview.mapping }}
              journeys={journeys}
              disabled={busy}
              onChange={(next) => change({ request: next })}
            />
            <CatalogueChoices
              summary={state.preview.catalogue}
              choices={choices}
              disabled={busy}
              onChange={(next) => change({ choices: next })}
            />
            {state.preview.rows.valid > 0 && state.preview.unmapped.length === 0 ? (
              <p className="ic-result">
                {state.preview.result.mode === 'new'
                  ? t('interchange.sheet.resultNew', {
                      name: state.preview.result.journeyName,
                      count: state.preview.result.touchpoints,
                    })
                  : t('interchange.sheet.resultUpdate', {
                      name: state.preview.result.journeyName,
                      count: state.preview.result.touchpoints,
                    })}
                {state.preview.result.newStages.length > 0
                  ? ` ${t('interchange.sheet.newStages', { names: state.preview.result.newStages.join(', ') })}`
                  : ''}
              </p>
            ) : null}
          </>
        ) : null}
        {state.kind === 'done' ? (
          <div className="ic-done" role="status">
            <p>{t('interchange.done')}</p>
            <div className="ic-actions">
              {state.journeys.map((j) => (
                <button
                  key={j.id}
                  type="button"
                  className="button primary"
                  onClick={() => {
                    onClose();
                    nav.getState().showJourneys({ kind: 'detail', journeyId: j.id });
                  }}
                >
                  {t('interchange.open', { name: j.name })}
                </button>
              ))}
            </div>
          </div>
        ) : null}
        {notice ? (
          <p className="notice" role="alert">
            {notice}
          </p>
        ) : null}
      </div>
      <div className="dialog-actions ic-footer">
        <button type="button" className="button" onClick={onClose}>
          {state.kind === 'done' ||
          state.kind === 'refused' ||
          (state.kind === 'yaml' && state.preview.problems.length > 0)
            ? t('interchange.close')
            : t('interchange.cancel')}
        </button>
        {(state.kind === 'yaml' && state.preview.problems.length === 0) || state.kind === 'sheet' ? (
          <button type="button" className="button primary" disabled={!canImport} onClick={() => void runImport()}>
            {busy
              ? t('interchange.importing')
              : state.kind === 'sheet'
                ? t('interchange.importRows', { count: state.preview.rows.valid })
                : t('interchange.import')}
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
