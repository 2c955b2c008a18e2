import { describe, expect, it } from 'vitest';
import type { Change } from './changes';
import {
  readWorkspaceFile,
  workspaceFileName,
  writeWorkspaceFile,
  WorkspaceFileRefused,
} from './workspace-file-format';

const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const changes: Change[] = [
  {
    hlc: '2026-11-23T09:00:00.000Z-0000-0123456789abcdef',
    table: 'workspaces',
    row: 'workspace-01',
    column: 'name',
    value: 'Muster GmbH',
  },
  {
    hlc: '2026-11-23T09:00:00.000Z-0001-0123456789abcdef',
    table: 'channels',
    row: 'channel-001',
    column: 'constraints',
    value: { '2': 'x', b: 1 } as Record<string, unknown>,
  },
];
const write = () =>
  writeWorkspaceFile(
    {
      appVersion: '1.0.0',
      exportedAt: new Date(NOW).toISOString(),
      workspace: { id: 'workspace-01', name: 'Muster GmbH' },
    },
    changes,
  );

describe('workspace file format', () => {
  it('names files safely for every file system', () => {
    const day = new Date(NOW);
    expect(workspaceFileName('Muster GmbH', day)).toBe('Muster-GmbH-2026-11-23.owb.json');
    expect(workspaceFileName('A/B: "Test"\u0007 <x>', day)).toBe('A-B-Test-x-2026-11-23.owb.json');
    expect(workspaceFileName('   ', day)).toBe('Workspace-2026-11-23.owb.json');
  });

  it('reads what it writes, with a byte order mark and with keys in another order', async () => {
    const text = await write();
    expect((await readWorkspaceFile(text, NOW)).changes.map((c) => c.row)).toEqual(['workspace-01', 'channel-001']);
    expect((await readWorkspaceFile(`\uFEFF${text}`, NOW)).header.workspace.name).toBe('Muster GmbH');
    const reordered = text.replace(
      /\{"hlc":("[^"]+"),"table":("[^"]+"),"row":("[^"]+"),"column":("[^"]+"),/g,
      '{"column":$4,"row":$3,"table":$2,"hlc":$1,',
    );
    expect(reordered).not.toBe(text);
    expect((await readWorkspaceFile(reordered, NOW)).changes).toHaveLength(2);
  });

  it('tells a cut-off file from a damaged one and from a foreign one', async () => {
    const text = await write();
    const code = async (t: string) =>
      readWorkspaceFile(t, NOW).then(
        () => 'accepted',
        (err: unknown) => (err instanceof WorkspaceFileRefused ? err.code : String(err)),
      );
    expect(await code(text.slice(0, text.length - 10))).toBe('truncated');
    expect(await code(text.replace('"changes": [', '"changes": [['))).toBe('damaged');
    expect(await code('[1, 2, 3]')).toBe('not_workspace_file');
    expect(await code('<html></html>')).toBe('not_workspace_file');
    expect(await code(text.replace('"formatVersion": 1', '"formatVersion": 2'))).toBe('newer_version');
    expect(await code(text)).toBe('accepted');
  });
});
