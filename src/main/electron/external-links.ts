import { APP_LINKS } from '../../shared/contract';

/**
 * Which URLs the desktop shell hands to the user's browser: only http(s)
 * links the app itself shows (APP_LINKS), compared after parsing so that
 * `https://host@evil/` or a javascript: URL cannot pass as one of them.
 */
export function isAppLink(url: string, allowed: readonly string[] = APP_LINKS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return allowed.some((link) => new URL(link).href === parsed.href);
}
