import { coverageOf, type Coverage } from './coverage';
import type { Finding } from './finding-kinds';
import { findingsOf } from './findings';
import type { WorkspaceData } from './input';
import { maturityOf, type WorkspaceMaturity } from './maturity-workspace';
import { buildModel } from './model';

export interface Analysis {
  coverage: Coverage;
  findings: Finding[];
  maturity: WorkspaceMaturity;
}

/** Everything the dashboard shows, from one resolution of the workspace. */
export function analyzeWorkspace(data: WorkspaceData): Analysis {
  const model = buildModel(data);
  return { coverage: coverageOf(model), findings: findingsOf(model), maturity: maturityOf(model) };
}

export function computeCoverage(data: WorkspaceData): Coverage {
  return coverageOf(buildModel(data));
}

export function computeFindings(data: WorkspaceData): Finding[] {
  return findingsOf(buildModel(data));
}

export function computeMaturity(data: WorkspaceData): WorkspaceMaturity {
  return maturityOf(buildModel(data));
}
