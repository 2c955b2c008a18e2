import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Full screen for one element, with a way to say that the browser or system refused. */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(false);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === target.current);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [target]);

  // Leaving the board must not leave the app stuck in full screen.
  useEffect(
    () => () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
    [],
  );

  const toggle = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (target.current && document.fullscreenEnabled) await target.current.requestFullscreen();
      else throw new Error('full screen not available');
      setRefused(false);
    } catch {
      setRefused(true);
    }
  }, [target]);

  return { active, refused, toggle, dismiss: () => setRefused(false) };
}
