import { describe, expect, it } from 'vitest';
import { testService } from './test-service';

/**
 * Text typed on a device is stored exactly or refused with a reason (#17
 * item 8): an unpaired UTF-16 surrogate has no UTF-8 form and used to turn
 * into U+FFFD without a word. Characters that are valid, however rare, stay
 * exactly as they are.
 */
describe('text on the device', () => {
  it('refuses an unpaired surrogate with a reason and stores nothing', async () => {
    const { call, service } = testService();
    try {
      const { id } = await call<{ id: string }>('workspaces.create', { name: 'Text', language: 'en' });
      const edit = (value: unknown) =>
        call('edits.apply', {
          workspaceId: id,
          label: 'x',
          edits: [{ table: 'touchpoints', row: 'tp-unicode-01', column: 'title', value }],
        });
      for (const bad of ['Preis \ud800', 'Ende \udc00', '\udfff\ud800'])
        await expect(edit(bad)).rejects.toMatchObject({
          code: 'invalid_input',
          message: expect.stringMatching(/unpaired UTF-16 surrogate/),
        });
      await expect(
        call('edits.apply', {
          workspaceId: id,
          label: 'x',
          edits: [{ table: 'workspaces', row: id, column: 'required_terms', value: ['ok', 'bad \ud83d'] }],
        }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      expect(await call('rows.list', { workspaceId: id, table: 'touchpoints' })).toEqual([]);

      const kept = 'Grüße 😀 — \u0000 null, \u200b zero width, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
      await edit(kept);
      const [row] = await call<{ title: string }[]>('rows.list', { workspaceId: id, table: 'touchpoints' });
      expect(row!.title).toBe(kept);
    } finally {
      await service.close();
    }
  });
});
