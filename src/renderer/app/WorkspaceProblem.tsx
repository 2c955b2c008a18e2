import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../shared/contract';

/** Why a workspace cannot be opened, in the interface language, with its file and the technical reason. */
export function WorkspaceProblem({ workspace, details = false }: { workspace: WorkspaceSummary; details?: boolean }) {
  const { t } = useTranslation();
  const problem = workspace.problem;
  if (!problem) return null;
  return (
    <div className="workspace-problem">
      <p className="problem-reason">{t(`workspace.problem.${problem.code}`)}</p>
      <p className="problem-file">{t('workspace.file', { path: workspace.file })}</p>
      {details ? (
        <details className="problem-details">
          <summary>{t('workspace.technical')}</summary>
          <code>{problem.message}</code>
        </details>
      ) : null}
    </div>
  );
}
