import { z } from 'zod';
import { idSchema } from './schema/columns';

/**
 * The device's own settings (not the workspace's): stated once here. The
 * contract's `settings.update` input, the settings file's reader and the
 * renderer's first value before main answers are all made from this.
 */
export const languageSetting = z.enum(['system', 'de', 'en']);
export type LanguageSetting = z.infer<typeof languageSetting>;

const settingFields = {
  language: languageSetting,
  lastWorkspaceId: idSchema.nullable(),
  /** How comments, approvals and workshop notes are signed on this device ('' until the user says). */
  userName: z.string().trim().max(100),
};

export type Settings = { [K in keyof typeof settingFields]: z.infer<(typeof settingFields)[K]> };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'system',
  lastWorkspaceId: null,
  userName: '',
});

/** What `settings.update` accepts: any subset of the settings, each checked. */
export const settingsPatch = z.object(settingFields).partial();

/**
 * Reading a settings file: a field that does not parse (hand-edited, from an
 * older version) falls back to its default and the others are kept; unknown
 * fields (a setting since removed) are dropped.
 */
export const storedSettings = z.object({
  language: settingFields.language.catch(DEFAULT_SETTINGS.language),
  lastWorkspaceId: settingFields.lastWorkspaceId.catch(DEFAULT_SETTINGS.lastWorkspaceId),
  userName: settingFields.userName.catch(DEFAULT_SETTINGS.userName),
}) satisfies z.ZodType<Settings>;
