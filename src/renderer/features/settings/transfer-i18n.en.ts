import type { WorkspaceFileProblemCode } from '../../../shared/workspace-file-format';

/** Settings › Workspaces: handing a workspace on as one file. */
export const transferEn = {
  title: 'Hand on as a file',
  intro:
    'Save the whole workspace as one file ({{extension}}) to give to a colleague who works offline, and import such a file. Importing merges: per field the newer value wins, nothing here is lost or duplicated, and importing the same file twice changes nothing.',
  export: 'Export “{{name}}” to a file',
  exporting: 'Preparing the file…',
  exported: 'Saved {{file}}.',
  import: 'Import from file…',
  importHint: 'Workspace files end in {{extension}} (or .json).',
  fileLabel: 'Workspace file to import',
  importing: 'Importing {{file}}…',
  created_one: 'Created workspace “{{name}}” from the file ({{n}} change).',
  created_other: 'Created workspace “{{name}}” from the file ({{n}} changes).',
  merged_one: 'Merged into “{{name}}”: {{n}} new change, {{known}} already known.',
  merged_other: 'Merged into “{{name}}”: {{n}} new changes, {{known}} already known.',
  nothingNew: 'Nothing new: all {{known}} changes in the file are already in “{{name}}”. Nothing was changed.',
  olderKept: 'Values changed here later than in the file were kept.',
  open: 'Open “{{name}}”',
  refusedTitle: '{{file}} was not imported. Nothing was changed.',
  exportFailed: 'The file could not be made.',
  unreadable: 'The file could not be read.',
  details: 'Technical details',
  problem: {
    empty: 'The file is empty.',
    too_large: 'The file is too large to import (the limit is {{limitMb}} MB).',
    truncated: 'The file is incomplete (cut off), perhaps by an interrupted copy or download. Ask for the file again.',
    damaged: 'The file is damaged. Ask for the file again.',
    not_workspace_file: 'This is not an Omnichannel Workbench workspace file.',
    newer_version: 'The file was made by a newer version of the app. Update the app to import it.',
    invalid_change:
      'The file contains data this version of the app does not accept. It may come from a newer version, or it is damaged.',
    future_stamps:
      'The file contains changes dated in the future ({{at}}). Check the date and time of this computer and of the one that made the file.',
  } satisfies Record<WorkspaceFileProblemCode, string>,
  failed: 'The import failed.',
  viewerRefused:
    'Nothing was imported: the file changes the journeys or the catalogue, and your role in this workspace is viewer. A viewer can only take in comments and approvals.',
};
